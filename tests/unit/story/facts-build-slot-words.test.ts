import { describe, expect, it } from 'vitest';
import { judged, slot } from './fact-slot.ts';

/*
 * A slot whose sides differ in words is judged, however little differs (`facts.ts` judgeSlot: only
 * case, punctuation and quotation marks alone never make a fact). Invented ferry news; every phrase
 * used once in this file (readings are memoized per phrase).
 */
const PUBLISHED: [string, string] = ['2027-05-21', '2027-05-21'];

describe('sides that differ only where their words break', () => {
  it('a range against one figure written with the same digits is a conflict', () => {
    // "5-6 hours" / "56 hours": a dropped dash turns a range into another figure.
    expect(judged(slot('The storm crossing took ', '5-6 hours', '56 hours', ' on Thursday night.'), PUBLISHED, [undefined, undefined])).toBe('number:conflict');
    expect(judged(slot('Die Überfahrt im Sturm dauerte ', '5-6 Stunden', '56 Stunden', ' in der Nacht.'), PUBLISHED, ['de', 'de'])).toBe('number:conflict');
    // Control: punctuation alone is no fact.
    expect(judged(slot('The calm crossing took ', '5 hours,', '5 hours', ' on Friday morning.'), PUBLISHED, [undefined, undefined])).toBeUndefined();
  });
});
