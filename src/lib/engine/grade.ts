import type { DiffGrade } from './types.ts';
import { isWord, tokenize } from './tokenize.ts';
import { normalizeKey } from './normalize.ts';
import { sameWordVariant } from './lang/index.ts';

/*
 * Grades a change. Minor: the words are the same once case, punctuation,
 * quote style, abbreviation dots and diacritics are set aside, or they are
 * spelling variants of each other (Sergei/Sergey, Aleksei/Alexei, one typo).
 * Substantive: anything else. Symmetric in (deleted, inserted).
 */

/** Keys of the words and numbers of a text. */
function wordKeys(text: string): string[] {
  const keys: string[] = [];
  for (const t of tokenize(text)) if (isWord(t)) keys.push(normalizeKey(t.text));
  return keys;
}

/** Grade of a change given the word keys of its deleted and inserted sides (either may be empty), in language `lang` (default English). */
export function gradeKeys(x: readonly string[], y: readonly string[], lang?: string): Exclude<DiffGrade, null> {
  if (x.length !== y.length) return 'substantive';
  for (let i = 0; i < x.length; i++) if (!sameWordVariant(x[i]!, y[i]!, lang)) return 'substantive';
  return 'minor';
}

/** Grade of a delete/insert pair of texts (either side may be empty for a lone delete or insert). */
export function gradeChange(deleted: string, inserted: string, lang?: string): Exclude<DiffGrade, null> {
  return gradeKeys(wordKeys(deleted), wordKeys(inserted), lang);
}
