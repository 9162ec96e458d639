/**
 * The one rarity scorer: how much a shared word says that two texts tell the same thing. Used by
 * the pairwise engine (a stem's weight in `features.ts`, counted in the story context by
 * `context.ts`) and by story quotations (`story/quotes.ts`), so a rare name weighs the same
 * everywhere and every document frequency is counted the same way.
 */

/**
 * Inverse document frequency, > 0: `ln(1 + documents / df)`. A term found in every document still
 * weighs ln 2 (never 0, so two texts of only common words can still match), and one found in a
 * single document weighs most. `df` below 1 (a term the documents never held) counts as 1: rare.
 * The `1 +` keeps the weight positive and smooth for the small collections of a story (2–10
 * accounts, a few hundred sentences), where plain `ln(N / df)` would zero out a name every account
 * repeats.
 */
export function inverseDocumentFrequency(documents: number, documentFrequency: number): number {
  return Math.log(1 + Math.max(1, documents) / Math.max(1, documentFrequency));
}

/**
 * Weighted Dice overlap, 0–1: `2·shared / (weightA + weightB)`, where `shared` is the weight of
 * what both sides hold. Symmetric, 1 for the same words, 0 when nothing is shared or a side is
 * empty. Capped at 1 against rounding when the two sums were added in different orders.
 */
export function weightedDice(shared: number, weightA: number, weightB: number): number {
  const total = weightA + weightB;
  return total > 0 ? Math.min(1, (2 * shared) / total) : 0;
}

/** How many documents of a collection hold each term: the basis of {@link inverseDocumentFrequency}. */
export interface DocumentFrequencies {
  /** Documents counted. */
  documents: number;
  /** Term → documents holding it at least once (in the order terms were first seen). */
  frequency: ReadonlyMap<string, number>;
}

/**
 * Counts document frequencies: each document counts once for every distinct term it holds,
 * however often it repeats it. The one counter behind every IDF of the engine: the story context's
 * matching stems (`context.ts`) and story quotations' loose stems (`story/quotes.ts`) are each
 * counted here over the story's article sentences.
 */
export function countDocumentFrequencies<D>(documents: Iterable<D>, termsOf: (document: D) => Iterable<string>): DocumentFrequencies {
  const frequency = new Map<string, number>();
  let count = 0;
  for (const document of documents) {
    count++;
    for (const term of new Set(termsOf(document))) frequency.set(term, (frequency.get(term) ?? 0) + 1);
  }
  return { documents: count, frequency };
}

/** The IDF of a term in counted documents (a term they never held counts as rare). */
export const termIdf = (counts: DocumentFrequencies, term: string): number =>
  inverseDocumentFrequency(counts.documents, counts.frequency.get(term) ?? 0);
