import type { DiffGrade } from './types.ts';
import { tokenize } from './tokenize.ts';
import { normalizeKey, sameWordVariant } from './normalize.ts';

/*
 * Grades a change. Minor: the words are the same once case, punctuation,
 * quote style, abbreviation dots and diacritics are set aside, or they are
 * spelling variants of each other (Sergei/Sergey, Aleksei/Alexei, one typo).
 * Substantive: anything else. Symmetric in (deleted, inserted).
 */

function wordKeys(text: string): string[] {
  const keys: string[] = [];
  for (const t of tokenize(text)) if (t.type === 'word' || t.type === 'number') keys.push(normalizeKey(t.text));
  return keys;
}

/** Grade of a delete/insert pair (either side may be empty for a lone delete or insert). */
export function gradeChange(deleted: string, inserted: string): Exclude<DiffGrade, null> {
  const x = wordKeys(deleted);
  const y = wordKeys(inserted);
  if (x.length !== y.length) return 'substantive';
  for (let i = 0; i < x.length; i++) if (!sameWordVariant(x[i]!, y[i]!)) return 'substantive';
  return 'minor';
}

/** True when the text has no word or number (whitespace and punctuation only). */
export function hasWords(text: string): boolean {
  return wordKeys(text).length > 0;
}
