import { describe, expect, it } from 'vitest';
import { heaviestIncreasing, labelMoves } from '@lib/engine/moves.ts';
import type { SegmentMatch } from '@lib/engine/types.ts';

const m = (a: number, b: number): SegmentMatch => ({ a: [a], b: [b], score: 1, dice: 1, containment: 1, pass: 'similar' });

describe('heaviestIncreasing', () => {
  it('finds the longest increasing subsequence with unit weights', () => {
    expect(heaviestIncreasing([0, 3, 1, 2], [1, 1, 1, 1])).toEqual([true, false, true, true]);
  });
  it('prefers weight over length', () => {
    expect(heaviestIncreasing([2, 0, 1], [10, 1, 1])).toEqual([true, false, false]);
  });
  it('breaks ties deterministically towards earlier elements', () => {
    expect(heaviestIncreasing([1, 0], [1, 1])).toEqual([true, false]);
    expect(heaviestIncreasing([], [])).toEqual([]);
  });
});

describe('labelMoves', () => {
  it('chains matches that follow each other on both sides into passages', () => {
    const labels = labelMoves([m(0, 5), m(1, 6), m(2, 0), m(3, 1), m(4, 2)], [1, 1, 1, 1, 1]);
    expect(labels.passage).toEqual([0, 0, 1, 1, 1]);
    // The two-sentence passage is off the heaviest increasing subsequence.
    expect(labels.moved).toEqual([true, true, false, false, false]);
  });
  it('moves nothing when the order agrees', () => {
    expect(labelMoves([m(0, 0), m(2, 3), m(5, 4)], [1, 1, 1]).moved).toEqual([false, false, false]);
  });
});
