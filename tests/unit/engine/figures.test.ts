import { describe, expect, it } from 'vitest';
import { buildStoryContext, compareAccounts, type AccountInput, type Comparison } from '@lib/engine/index.ts';
import { acc } from '../support/account.ts';

/*
 * The figures of a comparison (stats.ts) as the reader sees them next to the rows: the verbatim
 * share counts runs of at least eight identical words, continued across rows that are adjacent
 * in both accounts and across changes of punctuation only; the row counts match the rows.
 * Invented accounts, each built so one rule decides the figure.
 */

const compare = (a: AccountInput, b: AccountInput): Comparison => compareAccounts(a, b, buildStoryContext([a, b]));
const rows = (c: Comparison) => c.rows.map((r) => [r.kind, r.a, r.b]);

describe('verbatim share', () => {
  it('a run of exactly eight identical words counts', () => {
    // Eight shared words, then one substituted word and one more shared: 8 of 10 on each side.
    const c = compare(
      acc('a', 'Flood barrier at Marlow held through the night, engineers reported.'),
      acc('b', 'Flood barrier at Marlow held through the night, inspectors reported.'),
    );
    expect(c.stats.verbatim).toBe(0.8);
  });

  it('a change of punctuation only does not end a run', () => {
    // Five words, a comma that became a semicolon, five more: one run of ten.
    const c = compare(
      acc('a', 'Flood barrier at Marlow held, through the night engineers reported.'),
      acc('b', 'Flood barrier at Marlow held; through the night engineers reported.'),
    );
    expect(c.rows.map((r) => r.kind)).toEqual(['changed']);
    expect(c.stats.verbatim).toBe(1);
  });

  // Two five-word sentences: only together are they a run of eight or more.
  const FIRST = 'Rain flooded the lower town.';
  const SECOND = 'Bridges closed before dawn yesterday.';
  const OTHER = 'Schools in the valley stayed open as usual despite warnings from the council.';

  it('a run does not continue across rows adjacent in one account only', () => {
    for (const [a, b] of [
      [acc('a', FIRST, SECOND), acc('b', FIRST, OTHER, SECOND)],
      [acc('a', FIRST, OTHER, SECOND), acc('b', FIRST, SECOND)],
    ] as const) {
      const c = compare(a, b);
      expect(c.rows.filter((r) => r.kind === 'equal')).toHaveLength(2);
      expect(c.stats.verbatim).toBe(0);
    }
  });

  it('a run continues from a merged row into the next one', () => {
    // A's two sentences are one in B (a full stop became a semicolon), then the same short sentence.
    const split = acc('a', 'Sanctions hit the banks. Osei warned lenders.', 'Markets fell sharply afterwards.');
    const merged = acc('b', 'Sanctions hit the banks; Osei warned lenders.', 'Markets fell sharply afterwards.');
    for (const [a, b] of [[split, merged], [merged, split]] as const) {
      const c = compare(a, b);
      expect(c.rows.map((r) => r.kind)).toEqual(['changed', 'equal']);
      expect(c.stats.verbatim).toBe(1);
    }
  });
});

describe('row counts and shares', () => {
  it('count every kind of row, and each side’s share of its own words', () => {
    const a = acc('a', 'Ministers discussed grain exports through the Black Sea corridor on Monday.', 'Officials said a ceasefire along the northern border remained fragile.', 'The summit of the two presidents will be held in Geneva in June.');
    const b = acc('b', 'Ministers discussed grain exports through the Black Sea corridor on Monday.', 'Protesters gathered outside the parliament building demanding early elections.', 'The summit of both presidents will be held in Vienna in June.');
    const c = compare(a, b);
    expect(rows(c)).toEqual([
      ['equal', [0], [0]],
      ['a-only', [1], []],
      ['b-only', [], [1]],
      ['changed', [2], [2]],
    ]);
    expect(c.stats.rows).toEqual({ equal: 1, changed: 1, moved: 0, aOnly: 1, bOnly: 1 });
    // A: 11 + 10 + 13 words, of which shared the first sentence and the summit sentence less
    // "the two" and "Geneva" (11 + 10); B: 11 + 9 + 12, shared 11 + 10 (less "both", "Vienna").
    expect(c.stats.words).toEqual({ a: 34, b: 32 });
    expect(c.stats.aShared).toBe(Math.round((21 / 34) * 1e4) / 1e4);
    expect(c.stats.bShared).toBe(Math.round((21 / 32) * 1e4) / 1e4);
    expect(c.stats.similarity).toBe(Math.round((42 / 66) * 1e4) / 1e4);
  });
});

describe('shares of a minor substitution', () => {
  it('the deleted spelling counts for A only, the inserted one for B only', () => {
    const c = compare(acc('a', 'Minister Sergei Lavrov praised serious progress in talks.'), acc('b', 'Minister Sergey Lavrov praised significant progress in talks.'));
    expect(c.stats.aShared).toBe(0.875);
    expect(c.stats.bShared).toBe(0.875);
  });
});
