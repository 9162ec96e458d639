import { describe, expect, it } from 'vitest';
import { buildStoryContext, matchSegments, type AccountInput } from '@lib/engine/index.ts';
import { acc } from '../support/account.ts';

/*
 * Neighbour support in the first pass (align.ts): of two equally good copies of a sentence, the
 * one whose neighbour on the diagonal also matches wins, whether that neighbour stands before it
 * (in both accounts) or after it. One neighbour is enough: the other may be a sentence the second
 * account does not have. The copies stand deep inside the accounts, never at their first
 * sentence, so the support is looked up at a real diagonal position. Invented flood coverage.
 */

const pairs = (a: AccountInput, b: AccountInput) => matchSegments(a, b, buildStoryContext([a, b])).map((m) => [m.a, m.b]);

const G0 = 'The regional assembly in Varnholt met for an emergency session on Monday evening.';
const Q1 = 'Delegates argued for hours about the cost of rebuilding the flood barriers.';
const R = 'No decision was taken, the speaker said.';
const Q2 = 'A vote on the budget is now expected before the end of the month.';
const Q3 = 'Farmers outside the chamber demanded compensation for lost harvests.';
const S1 = 'The river rose by two metres overnight and cut the southern road to Kessel.';
const S2 = 'Engineers opened the sluice gates at Ostbrück to relieve the pressure on the dam.';
const Z = 'Schools in the lower town stayed closed for a third day.';
const H0 = 'Rescue boats ferried patients from the hospital in Mireau to higher ground.';
const T = 'Volunteers handed out sandbags at the railway station until midnight.';

describe('neighbour support of a repeated sentence', () => {
  it('the previous neighbours match: the later copy is taken, though the next ones differ', () => {
    const a = acc('a', G0, Q1, R, Q2, Q3, S1, R, Z);
    const b = acc('b', H0, S1, R, T);
    expect(pairs(a, b)).toEqual([
      [[5], [1]],
      [[6], [2]],
    ]);
    expect(pairs(b, a)).toEqual([
      [[1], [5]],
      [[2], [6]],
    ]);
  });

  it('the next neighbours match: the later copy is taken, though the previous ones differ', () => {
    const a = acc('a', G0, Q1, R, Q2, Q3, R, S2, Z);
    const b = acc('b', H0, T, R, S2);
    expect(pairs(a, b)).toEqual([
      [[5], [2]],
      [[6], [3]],
    ]);
  });

  it('only the diagonal neighbour counts: a match two sentences back, at the other end of B, lends no support', () => {
    // A sorts first ("Across …" < "No …"), so A is the aligner's first side. B's copy is its first
    // sentence: it has no previous neighbour, and the match of Q2 two sentences before A's second
    // copy is nowhere near it in B.
    const A0 = 'Across the valley, roads were closed by landslides after the storm.';
    const a = acc('a', A0, R, Q2, Q3, R, Z);
    const b = acc('b', R, T, Q2, H0);
    expect(pairs(a, b)).toEqual([
      [[1], [0]],
      [[2], [2]],
    ]);
  });

  it('without a matching neighbour the earlier copy is taken', () => {
    const a = acc('a', G0, Q1, R, Q2, Q3, R, Z);
    const b = acc('b', H0, T, R, S2);
    expect(pairs(a, b)).toEqual([[[2], [2]]]);
  });
});
