import { describe, expect, it } from 'vitest';
import { heaviestIncreasing } from '@lib/engine/moves.ts';

/*
 * `heaviestIncreasing` promises the heaviest strictly increasing subsequence, with ties between
 * equally heavy chains going to earlier elements. Checked against a plain O(n²) dynamic program
 * on every permutation of six keys (720 inputs, three weight patterns), so the Fenwick tree's
 * index arithmetic and tie-breaks are exercised on far more shapes than hand-picked cases.
 */

function permutations(n: number): number[][] {
  if (n === 0) return [[]];
  return permutations(n - 1).flatMap((p) => Array.from({ length: n }, (_, at) => [...p.slice(0, at), n - 1, ...p.slice(at)]));
}

/** Best chain weight by brute force, and the earliest-element-first chain among the heaviest. */
function reference(keys: readonly number[], weights: readonly number[]): boolean[] {
  const n = keys.length;
  const total = new Array<number>(n).fill(0);
  const prev = new Array<number>(n).fill(-1);
  for (let i = 0; i < n; i++) {
    total[i] = weights[i]!;
    for (let j = 0; j < i; j++) {
      if (keys[j]! < keys[i]! && total[j]! + weights[i]! > total[i]!) {
        total[i] = total[j]! + weights[i]!;
        prev[i] = j;
      } else if (keys[j]! < keys[i]! && total[j]! + weights[i]! === total[i]! && prev[i]! >= 0 && j < prev[i]!) {
        prev[i] = j;
      }
    }
  }
  let end = -1;
  for (let i = 0; i < n; i++) if (end < 0 || total[i]! > total[end]!) end = i;
  const keep = new Array<boolean>(n).fill(false);
  for (let i = end; i >= 0; i = prev[i]!) keep[i] = true;
  return keep;
}

const weightOf = (keep: readonly boolean[], weights: readonly number[]) => keep.reduce((s, k, i) => s + (k ? weights[i]! : 0), 0);
const increasing = (keep: readonly boolean[], keys: readonly number[]) => {
  const chosen = keys.filter((_, i) => keep[i]);
  return chosen.every((k, i) => i === 0 || chosen[i - 1]! < k);
};

describe('heaviestIncreasing against a brute-force reference', () => {
  const patterns = [
    [1, 1, 1, 1, 1, 1],
    [3, 1, 4, 1, 5, 9],
    [2, 7, 1, 8, 2, 8],
  ];
  it('finds an increasing chain of the greatest weight, the same chain as the reference', () => {
    for (const keys of permutations(6)) {
      for (const weights of patterns) {
        const keep = heaviestIncreasing(keys, weights);
        const expected = reference(keys, weights);
        expect(increasing(keep, keys)).toBe(true);
        expect(weightOf(keep, weights)).toBe(weightOf(expected, weights));
        expect(keep, `keys ${keys} weights ${weights}`).toEqual(expected);
      }
    }
  });
  it('an equal-weight tie between predecessors goes to the earlier element', () => {
    // {key 1, key 2} and {key 0, key 2} weigh the same; the first element comes first.
    expect(heaviestIncreasing([1, 0, 2], [1, 1, 1])).toEqual([true, false, true]);
  });
});
