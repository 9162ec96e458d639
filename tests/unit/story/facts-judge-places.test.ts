import { describe, expect, it } from 'vitest';
import { judged, slot } from './fact-slot.ts';

/*
 * Places and names in a slot (`facts.ts` judgeNames): two places are one place spelled two ways
 * only when every capitalized word of one side is the same word, or a spelling variant, of the
 * other side's word in the same position; words that are no name (a preposition) do not count,
 * a place of the shared text beside the slot is no side's place, and a side without words names
 * nothing. One slot per case, every phrase once in this file (readings are memoized per phrase).
 * Invented news sentences; accounts published 20 May 2027.
 */
const PUBLISHED: [string, string] = ['2027-05-20', '2027-05-20'];
const en = (s: ReturnType<typeof slot>) => judged(s, PUBLISHED, [undefined, undefined]);

describe('places', () => {
  it('one spelling against a list with another place in it is a different place, not an equivalent one', () => {
    expect(en(slot('Delegates will meet in ', 'Kyiv', 'Kiev and Lviv', ' next week.'))).toBe('place:different');
    expect(en(slot('Envoys will travel to ', 'Kyiv and Odesa', 'Kiev and Lviv', ' next week.'))).toBe('place:different');
    // Control: every place of the list spelled another way is one list.
    expect(en(slot('Ministers will travel to ', 'Kyiv and Odesa', 'Kiev and Odessa', ' next week.'))).toBe('place:equivalent');
  });

  it('compares the names only, not the preposition beside them', () => {
    expect(en(slot('The delegation flew ', 'to Kyiv', 'into Kiev', ' on Monday.'))).toBe('place:equivalent');
  });

  it('tells two places written in capitals apart (a dateline)', () => {
    expect(en(slot('Delegates will meet in ', 'GENEVA', 'VIENNA', ' next week.'))).toBe('place:different');
  });

  it('reads no place fact from a place of the shared text beside the slot', () => {
    // "Austria" is in both accounts' context; only one side names a city.
    expect(en(slot('The talks were moved to ', 'the capital', 'Vienna', ' in Austria last week.'))).toBeUndefined();
    expect(en(slot('The summit was moved to ', 'Vienna', 'the capital', ' in Austria last week.'))).toBeUndefined();
  });

  it('reads no place from words one account adds to a shared place', () => {
    // One account adds "Lake" to the shared "Geneva": no second place is named.
    expect(en(slot('The leaders met at ', '', 'Lake ', 'Geneva on Monday.'))).toBeUndefined();
  });

  it('reads no name from a side without words', () => {
    // A name withheld ("***") against a name: nothing to compare.
    expect(en(slot('The statement was signed by ', '***', 'Petrov', ' on behalf of the board.'))).toBeUndefined();
  });
});

describe('names', () => {
  it('reads a name spelled two ways in one of its words as one name, its other word the same', () => {
    expect(en(slot('Talks were led by ', 'Sergei Lavrov', 'Sergey Lavrov', ' in Geneva.'))).toBe('name:equivalent');
  });
});
