import type { Features, TermTable } from './features.ts';
import { lowerBound } from './sorted.ts';

/*
 * Evidence that two sentences retell one statement: outlets that rewrite
 * another's sentence change its verbs and function words but keep what the
 * statement is about: names, places, figures, distinctive terms. So a
 * retelling shares *rare* content (see `TermTable.rare`) in a compatible
 * order; two sentences on one topic that make different claims share only
 * the topic's common words and protagonists (a name every sentence repeats,
 * "said"), or state different figures.
 */

export interface RetellingEvidence {
  /**
   * Shared content units holding a rare term. A unit is a maximal run of
   * shared content words adjacent on both sides ("Judge Miriam Osei" is one
   * unit, not three): a copied name or phrase is one piece of evidence.
   */
  rareUnits: number;
  /**
   * Share of the shared terms that keep their relative order (longest
   * increasing subsequence of B positions in A order, over the shared terms),
   * 0–1; 1 when fewer than three terms are shared (order says nothing then).
   */
  order: number;
  /** Both sides state figures and share none of them: different claims ("47 cases" / "200 residents"). */
  numberConflict: boolean;
}

/** First position of each term in a run's content words, in reading order. */
function firstPositions(f: Features): Map<number, number> {
  const out = new Map<number, number>();
  let at = 0;
  for (const seq of f.sequences) {
    for (const id of seq) {
      if (!out.has(id)) out.set(id, at);
      at++;
    }
  }
  return out;
}

export function retellingEvidence(x: Features, y: Features, table: TermTable): RetellingEvidence {
  const posY = firstPositions(y);
  const xs: number[] = [];
  for (const seq of x.sequences) for (const id of seq) xs.push(id);
  // Units: walk x; a shared term continues the unit when the previous x term
  // was shared too and stands right before it in y.
  let rareUnits = 0;
  let unitRare = false;
  let inUnit = false;
  const order: number[] = [];
  const seen = new Set<number>();
  for (let i = 0; i < xs.length; i++) {
    const id = xs[i]!;
    const p = posY.get(id);
    if (p === undefined) {
      if (inUnit && unitRare) rareUnits++;
      inUnit = false;
      continue;
    }
    const prev = i > 0 ? posY.get(xs[i - 1]!) : undefined;
    const continues = inUnit && prev !== undefined && p === prev + 1;
    if (!continues) {
      if (inUnit && unitRare) rareUnits++;
      inUnit = true;
      unitRare = false;
    }
    if (table.rare(id)) unitRare = true;
    if (!seen.has(id)) {
      seen.add(id);
      order.push(p);
    }
  }
  if (inUnit && unitRare) rareUnits++;
  let numberConflict = x.numbers.size > 0 && y.numbers.size > 0;
  for (const id of x.numbers) if (y.numbers.has(id)) numberConflict = false;
  return { rareUnits, order: order.length < 3 ? 1 : longestIncreasing(order) / order.length, numberConflict };
}

/** Length of the longest strictly increasing subsequence (patience sorting, O(n log n)). */
function longestIncreasing(xs: readonly number[]): number {
  // tails[k]: the smallest last value of an increasing subsequence of length k + 1 (ascending).
  const tails: number[] = [];
  for (const v of xs) tails[lowerBound(tails, v)] = v;
  return tails.length;
}
