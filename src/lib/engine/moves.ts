import type { SegmentMatch } from './types.ts';

/*
 * Moves (matches are found without regard to order; order is used only to label
 * moves). Matches that follow each other in both accounts form a passage;
 * the heaviest increasing subsequence of passages (by B position, weighted by
 * words) is the part told in the same order; passages off it are moved.
 * Weighting by words means one long passage is never called "moved" to keep
 * several one-line ones in place.
 */

export interface MoveLabels {
  /** Passage number of each match (0, 1, … in A order). */
  passage: number[];
  /** Whether each match is moved. */
  moved: boolean[];
}

/**
 * @param matches sorted by first A index
 * @param weight  weight of each match (e.g. words on both sides), > 0
 */
export function labelMoves(matches: readonly SegmentMatch[], weight: readonly number[]): MoveLabels {
  const n = matches.length;
  // Rank of each match in B order.
  const byB = matches.map((_, k) => k).sort((x, y) => matches[x]!.b[0]! - matches[y]!.b[0]!);
  const rankB = new Array<number>(n);
  byB.forEach((k, r) => (rankB[k] = r));

  const passage = new Array<number>(n);
  const firsts: number[] = [];
  for (let k = 0; k < n; k++) {
    if (k === 0 || rankB[k] !== rankB[k - 1]! + 1) firsts.push(k);
    passage[k] = firsts.length - 1;
  }
  const passageWeight = firsts.map(() => 0);
  for (let k = 0; k < n; k++) passageWeight[passage[k]!]! += weight[k]!;
  const passageRank = firsts.map((k) => rankB[k]!);

  const keep = heaviestIncreasing(passageRank, passageWeight);
  return { passage, moved: passage.map((p) => !keep[p]) };
}

/**
 * Heaviest strictly increasing subsequence of `keys` (distinct integers in
 * 0..n-1) with weights, in O(n log n) with a Fenwick tree of prefix maxima.
 * Ties between equally heavy predecessors go to the earlier element, so the
 * result is deterministic. Returns a membership mask.
 */
export function heaviestIncreasing(keys: readonly number[], weights: readonly number[]): boolean[] {
  const n = keys.length;
  const size = keys.reduce((m, k) => Math.max(m, k + 1), 0);
  const treeBest = new Float64Array(size + 1);
  const treeAt = new Int32Array(size + 1).fill(-1);
  const total = new Float64Array(n);
  const prev = new Int32Array(n).fill(-1);
  const better = (w: number, at: number, bw: number, bat: number): boolean => w > bw || (w === bw && at >= 0 && (bat < 0 || at < bat));
  for (let i = 0; i < n; i++) {
    // Best chain ending at a key < keys[i].
    let bw = 0;
    let bat = -1;
    for (let x = keys[i]!; x > 0; x -= x & -x) {
      if (better(treeBest[x]!, treeAt[x]!, bw, bat)) {
        bw = treeBest[x]!;
        bat = treeAt[x]!;
      }
    }
    total[i] = bw + weights[i]!;
    prev[i] = bat;
    for (let x = keys[i]! + 1; x <= size; x += x & -x) {
      if (better(total[i]!, i, treeBest[x]!, treeAt[x]!)) {
        treeBest[x] = total[i]!;
        treeAt[x] = i;
      }
    }
  }
  let end = -1;
  for (let i = 0; i < n; i++) if (end < 0 || total[i]! > total[end]!) end = i;
  const keep = new Array<boolean>(n).fill(false);
  for (let i = end; i >= 0; i = prev[i]!) keep[i] = true;
  return keep;
}
