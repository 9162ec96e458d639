import { describe, expect, it } from 'vitest';
import { mayStateFact } from '@lib/engine/story/facts.ts';
import { judged, slot as storySlot } from './fact-slot.ts';

/*
 * The pre-filter's cue words (`facts.ts` englishCue, figureCue, mayStateFact): a name opens with
 * a capital, so a word with a capital only inside it ("eBay", "iPhone": brand names written in
 * lower case) is no cue in either reader; a slot at the end of its row has no next word to look
 * at. Invented sentences; accounts published 20 May 2027.
 */
const PUBLISHED: [string, string] = ['2027-05-20', '2027-05-20'];

describe('cue words', () => {
  it('reads a capital inside a word as no name cue (English reader)', () => {
    const s = storySlot('The retailer said ', 'iPhone', 'eBay', ' sales fell sharply.');
    expect(mayStateFact(s.slot)).toBe(false);
    // And rightly: parsed anyway, the slot states no fact.
    expect(judged(s, PUBLISHED, [undefined, undefined])).toBeUndefined();
  });

  it('reads a capital inside a word as no name cue (figure reader, a language whose capitals mark names)', () => {
    const s = storySlot('Продажи ', 'iPhone', 'eBay', ' упали весной.');
    expect(mayStateFact(s.slot, ['ru', 'ru'])).toBe(false);
    expect(judged(s, PUBLISHED, ['ru', 'ru'])).toBeUndefined();
  });

  it('passes no slot at the end of its row whose own words are no cue', () => {
    expect(mayStateFact(storySlot('The ferry sank ', 'quickly', 'slowly', '.').slot)).toBe(false);
    expect(mayStateFact(storySlot('Паром затонул ', 'быстро', 'медленно', '.').slot, ['ru', 'ru'])).toBe(false);
  });
});
