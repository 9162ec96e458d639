import { normalizeKey } from '../normalize.ts';

/*
 * Word lists are matched against token keys (`normalizeKey`: lower case, diacritics and
 * apostrophes folded), so a module may write its words as readers spell them ("erklärte",
 * "fünf") and still match.
 */

/** The keys of words written as readers spell them. */
export const asKeys = (words: readonly string[]): string[] => words.map(normalizeKey);

/** A word → value table keyed by the words' keys. */
export const keyedValues = (table: Record<string, number>): ReadonlyMap<string, number> =>
  new Map(Object.entries(table).map(([word, value]) => [normalizeKey(word), value]));
