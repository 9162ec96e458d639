import { describe, expect, it } from 'vitest';
import { judged, slot } from './fact-slot.ts';

/*
 * The rules that judge a slot's two readings (`facts.ts` judgeDates, judgeNumbers): which dates
 * count, one day against a longer span, lists of numbers, the words that qualify a figure or make a
 * vague quantity. One slot per case, every phrase used once in this file (the readings are memoized
 * per phrase). Invented news sentences; accounts published 20 May 2027.
 */
const PUBLISHED: [string, string] = ['2027-05-20', '2027-05-20'];
const en = (s: ReturnType<typeof slot>) => judged(s, PUBLISHED, [undefined, undefined]);

describe('dates', () => {
  it('compares the dates the slot changes, not a date of the shared text beside them', () => {
    expect(en(slot('Talks began on Monday and ended ', 'on May 19', 'on May 20', ' in Geneva.'))).toBe('date:conflict');
  });

  it('needs a differing date on both sides, whichever side lacks one', () => {
    expect(en(slot('The street market opened ', 'on Monday', 'every Monday', ' in the old square.'))).toBeUndefined();
  });

  it('reads the first or last day of a month as a day inside it, not as the month', () => {
    expect(en(slot('The new bridge will open ', 'in May', 'on May 1', ' after years of delays.'))).toBe('date:precision');
    expect(en(slot('The new tunnel will open ', 'on May 31', 'in May', ' after years of delays.'))).toBe('date:precision');
    // Control: the day before the month is outside it.
    expect(en(slot('The new pier will open ', 'on April 30', 'in May', ' after years of delays.'))).toBe('date:conflict');
  });

  it('reads a month inside its year before 1970 too (a span before the epoch)', () => {
    expect(en(slot('The students occupied the campus ', 'in May 1968', 'in 1968', ' before the elections.'))).toBe('date:precision');
  });
});

describe('numbers', () => {
  it('compares whole lists of values: one more value, or one other value among shared ones, is a conflict', () => {
    expect(en(slot('Rescuers found ', '30', '30 to 40', ' survivors on the shore.'))).toBe('number:conflict');
    expect(en(slot('Rescuers said between 30 and ', '40', '50', ' survivors were found on the shore.'))).toBe('number:conflict');
  });

  it('reads adverbs and adjectives before the counted thing as a vague quantity, a noun as none', () => {
    expect(en(slot('Divers found ', 'eight', 'very many', ' survivors on the shore.'))).toBe('number:precision');
    expect(en(slot('Divers found ', 'eight', 'ferry', ' survivors on the rocks.'))).toBeUndefined();
    // Every word of the side: a vague word beside a noun is no vague quantity; nor is a dash.
    expect(en(slot('Divers found ', 'eight', 'several ferry', ' survivors near the rocks.'))).toBeUndefined();
    expect(en(slot('Divers found ', '12', '–', ' survivors near the reef.'))).toBeUndefined();
  });

  it('reads "more than" as a qualifier of the figure after it, an article as none', () => {
    expect(en(slot('The ferry sank after ', 'more than ', '', 'two hours in the storm.'))).toBe('number:precision');
    expect(en(slot('The ferry drifted for ', 'the ', '', 'two days before the rescue.'))).toBeUndefined();
  });
});
