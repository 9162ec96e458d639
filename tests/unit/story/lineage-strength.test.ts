import { describe, expect, it } from 'vitest';
import type { StoryAccountInput } from '@lib/engine/story/index.ts';
import { analyse, storyOf } from './helpers.ts';
import { ORIGINAL } from './synthetic.ts';

/*
 * Which of two pairs is "more strongly tied" in the transitive reduction: the one sharing more
 * words, counted once per pair as the mean of the words of each side found in the other (whole
 * words: the shares the engine reports are rounded to four decimals, and a word count rebuilt
 * from them is off by a few thousandths), then the shorter time span. Three accounts, published a
 * day apart: `first`, `middle`, `last`; the first–last likeness is explained through the middle
 * account (and not drawn) only when the middle is tied to both at least as strongly. Invented
 * accounts.
 */
const edges = (first: string[], middle: string[], last: string[]) =>
  analyse(
    storyOf([
      { id: 'first', outlet: 'one', published: '2024-05-01', paragraphs: first },
      { id: 'middle', outlet: 'two', published: '2024-05-02', paragraphs: middle },
      { id: 'last', outlet: 'three', published: '2024-05-03', paragraphs: last },
    ] satisfies StoryAccountInput[]),
  ).lineage.map((e) => `${e.from}>${e.to}`);

describe('pairs that share as many words', () => {
  it('are ordered by their time span, whatever the rounding of their shares', () => {
    // Each pair shares the same four paragraphs (115 words); the first and middle accounts each add
    // a paragraph of their own. Rebuilt from rounded shares, first–middle counts 229.9968 words and
    // first–last 229.9984: the same 230, so the middle account's shorter span makes it the
    // stronger tie, and it explains first–last.
    const shared = ORIGINAL.slice(0, 4);
    const first = [...shared, 'Divers from the naval academy will survey the old ferry ramp next month before it is demolished.'];
    const middle = [...shared, 'Rain held off until the afternoon.'];
    expect(edges(first, middle, shared)).toEqual(['first>middle', 'middle>last']);
  });
});

describe('a pair sharing one word more', () => {
  it('is the stronger tie, counted from both sides', () => {
    // The same four paragraphs, one word shorter (114 words) in the first and last accounts; the
    // middle account drops one more word. First–last shares 114 words a side, first–middle and
    // middle–last 113: first–last is the stronger tie and is drawn, though the middle account holds
    // nearly all of it (within the tolerance) and is closer in time to both. Counted from one side
    // only, halved and rounded, 114 and 113 would both be 57.
    const shared = ORIGINAL.slice(0, 4).map((p, i) => (i === 0 ? p.replace(' lengthy', '') : p));
    const middle = shared.map((p, i) => (i === 2 ? p.replace(' northern', '') : p));
    expect(edges(shared, middle, shared)).toEqual(['first>middle', 'first>last']);
  });
});
