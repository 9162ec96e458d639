import { describe, expect, it } from 'vitest';
import { judged, slot } from './fact-slot.ts';

/*
 * One date inside another (`facts.ts` judgeDates, `inside`): a day is inside a month only when it
 * starts within it too; the day before the month, in the same year, ends before the month ends yet
 * is outside it. (`facts-judges.test.ts` has a control "on April 30 … after years of delays" that
 * compromise reads as April 2028, a year after the month: this case keeps both in 2027.)
 * Invented sentence; accounts published 20 May 2027.
 */
const PUBLISHED: [string, string] = ['2027-05-20', '2027-05-20'];

describe('a day against a month', () => {
  it('reads the day before a month of the same year as a conflict, not a precision', () => {
    expect(judged(slot('The new dam opened ', 'on April 30', 'in May', ', officials said.'), PUBLISHED, [undefined, undefined])).toBe('date:conflict');
  });
});
