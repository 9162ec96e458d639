import { invertedIndex, type Features, type TermIndex } from './features.ts';
import type { TermTable } from './features.ts';
import { lowerBound } from './sorted.ts';

/*
 * Candidate generation: which sentence pairs are worth scoring. Scoring every
 * pair is quadratic (a 20,000-word pair has ~1,000 × 1,000 sentence pairs);
 * instead each sentence looks up its terms in an inverted index of the other
 * side and accumulates IDF weight per sentence it shares terms with (a sparse
 * dot product). Terms found in more than `maxPostings` sentences are skipped:
 * they anchor nothing and are what would make the lookup quadratic.
 */

const CANDIDATE_FLOOR = 0.2;

export interface CandidateOptions {
  candidatesPerSegment: number;
  maxPostings: number;
}

/**
 * For each segment of `from`, the best `candidatesPerSegment` segments of `to`
 * by accumulated shared IDF weight; ties go to the segment nearer in relative
 * position, then to the lower index. Calls `emit(fromIndex, toIndex)`.
 */
function oneWay(
  from: ReadonlyArray<Features | null>,
  to: ReadonlyArray<Features | null>,
  index: TermIndex,
  table: TermTable,
  options: CandidateOptions,
  emit: (i: number, j: number) => void,
): void {
  const scale = to.length / Math.max(1, from.length);
  // Dense accumulator + list of touched entries: no Map per sentence (speed).
  const acc = new Float64Array(to.length);
  const touched: number[] = [];
  from.forEach((f, i) => {
    if (!f) return;
    let fallback: readonly number[] | undefined;
    for (const id of f.terms.keys()) {
      const postings = index.get(id);
      if (!postings) continue;
      if (postings.length > options.maxPostings) {
        // Remember the least common skipped term: the anchor of last resort.
        if (!fallback || postings.length < fallback.length) fallback = postings;
        continue;
      }
      const w = table.weight(id);
      for (const j of postings) {
        if (acc[j] === 0) touched.push(j);
        acc[j]! += w;
      }
    }
    const expected = i * scale;
    if (touched.length === 0 && fallback) {
      // Only common terms: look at the occurrences nearest the expected position.
      for (const j of nearest(fallback, expected, options.candidatesPerSegment)) emit(i, j);
      return;
    }
    // A pair sharing less than CANDIDATE_FLOOR of the smaller sentence's
    // weight cannot pass any threshold (pass 1 needs Dice ≥ 0.5, pass 2 and
    // window growth need containment ≥ 0.3, and Dice ≤ containment); the
    // accumulated weight leaves out skipped common terms, so the floor sits
    // below 0.3 to stay on the safe side. Saves scoring hopeless pairs.
    const ranked: Array<[number, number]> = [];
    for (const j of touched) {
      if (acc[j]! >= CANDIDATE_FLOOR * Math.min(f.weight, to[j]!.weight)) ranked.push([j, acc[j]!]);
      acc[j] = 0;
    }
    touched.length = 0;
    ranked.sort((x, y) => y[1] - x[1] || Math.abs(x[0] - expected) - Math.abs(y[0] - expected) || x[0] - y[0]);
    for (const [j] of ranked.slice(0, options.candidatesPerSegment)) emit(i, j);
  });
}

/**
 * The `k` entries of an ascending list nearest to `target` (ties to the lower
 * one): binary search, then widen both ways. O(log n + k), so a sentence made
 * of common words does not scan the whole list.
 */
function nearest(sorted: readonly number[], target: number, k: number): number[] {
  const lo = lowerBound(sorted, target);
  const out: number[] = [];
  let left = lo - 1;
  let right = lo;
  while (out.length < k && (left >= 0 || right < sorted.length)) {
    const dl = left >= 0 ? target - sorted[left]! : Infinity;
    const dr = right < sorted.length ? sorted[right]! - target : Infinity;
    if (dl <= dr) out.push(sorted[left--]!);
    else out.push(sorted[right++]!);
  }
  return out;
}

/** Candidate (a, b) segment pairs, both directions merged, sorted by a then b. */
export function candidatePairs(
  fa: ReadonlyArray<Features | null>,
  fb: ReadonlyArray<Features | null>,
  table: TermTable,
  options: CandidateOptions,
  indexes: { a: TermIndex; b: TermIndex } = { a: invertedIndex(fa), b: invertedIndex(fb) },
): Array<[number, number]> {
  const seen = new Set<number>();
  const width = fb.length + 1;
  oneWay(fa, fb, indexes.b, table, options, (i, j) => seen.add(i * width + j));
  oneWay(fb, fa, indexes.a, table, options, (j, i) => seen.add(i * width + j));
  return [...seen].sort((x, y) => x - y).map((k) => [Math.floor(k / width), k % width]);
}
