import { describe, expect, it } from 'vitest';
import { judgeSlot } from '@lib/engine/story/facts.ts';
import { judged, slot } from './fact-slot.ts';

/*
 * Words one account adds before a figure both accounts share (`facts.ts` judgeNumbers): a
 * qualifier of that figure ("nearly 40", "in their mid-40s") is a precision, the qualified form
 * the more exact; added words that qualify no figure, or that name something besides the
 * qualifier, are no number fact. One slot per case, every phrase once in this file (readings are
 * memoized per phrase). Invented news sentences; accounts published 20 May 2027.
 */
const PUBLISHED: [string, string] = ['2027-05-20', '2027-05-20'];
const en = (s: ReturnType<typeof slot>) => judged(s, PUBLISHED, [undefined, undefined]);

describe('words added before a shared figure', () => {
  it('an adverb added before a word that is no number qualifies no figure', () => {
    // "very quickly": every added word is an adverb, but what follows is no figure.
    expect(en(slot('The river rose ', 'very ', '', 'quickly overnight.'))).toBeUndefined();
    // Control: the same kind of word before a figure is a qualifier.
    expect(en(slot('The river rose by ', 'nearly ', '', '40 centimetres overnight.'))).toBe('number:precision');
  });

  it('qualify the figure only when every added word is a qualifier: a noun among them names others', () => {
    // "residents and nearly 40 protesters": one account names more people, not a bound of the 40.
    expect(en(slot('Police detained ', 'residents and nearly ', '', '40 protesters in the square.'))).toBeUndefined();
    expect(en(slot('Police held ', 'nearly ', '', '40 protesters in the square.'))).toBe('number:precision');
  });

  it('reads a hyphenated qualifier ("mid-40s") as a qualifier, the qualified side the more exact', () => {
    // compromise tags "mid" a preposition that is also hyphenated: the part of speech decides, not the hyphen.
    const j = judgeSlot(slot('Most of the victims were in their ', 'mid-', '', '40s, officials said.'), PUBLISHED, { prefilter: false });
    expect(j && [j.kind, j.relation, j.morePrecise]).toEqual(['number', 'precision', 0]);
  });

  it('reads no qualifier in an abbreviation written onto the figure ("No.4")', () => {
    // compromise reads "No.4" as one word: the added "No." has no part of speech of its own to qualify by.
    expect(en(slot('The night train left from platform ', 'No.', '', '4 at ten.'))).toBeUndefined();
  });

  it('finds the figure after the slot whichever side of the slot edge the space is on', () => {
    expect(en(slot('The ferry sank after ', 'nearly', '', ' two hours at sea.'))).toBe('number:precision');
  });
});
