import { describe, expect, it } from 'vitest';
import { judged, slot } from './fact-slot.ts';

/*
 * A run compromise-dates takes for a date but cannot read (`facts.ts` readEnglish skips a match
 * without `dates`): a month word followed by numbers none of which is a day of it, as in a results
 * table flattened into text, where a surname that is a month ("May") stands before two counts.
 * Invented sentence; accounts published 20 May 2027.
 */
const PUBLISHED: [string, string] = ['2027-05-20', '2027-05-20'];

describe('a date compromise cannot read', () => {
  it('is no date: the counts after a surname that is a month are compared as numbers', () => {
    expect(judged(slot('Votes in the two ballots: Theresa May ', '199 165', '199 167', ', Boris Stone 88 76.'), PUBLISHED, [undefined, undefined])).toBe('number:conflict');
  });
});
