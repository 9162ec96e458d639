/*
 * Normalization for matching only: nothing here is ever displayed, and the
 * diff always shows the verbatim text. This file holds the language-neutral
 * layer, the key: typographic and case differences removed (`“U.S.”` ~
 * `"us"`). The language-specific layers (stopwords, stem, spelling fold) are
 * in `lang/`.
 */

// Quotes and dashes unified so that quote style never counts as a difference.
const QUOTE_MAP: ReadonlyArray<[RegExp, string]> = [
  [/[\u2018\u2019\u201A\u201B\u2032\u02BC\u00B4]/g, "'"],
  [/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"'],
  [/[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g, '-'],
];
const COMBINING_MARKS = /\p{M}+/gu;
/**
 * Diacritics are dropped, except the breve of Cyrillic й (и + U+0306 once
 * decomposed): й is a letter of its own in Russian, not и with an accent, and
 * the Russian stemmer's endings (-ый, -ий, -ой) need it. ё still folds into е.
 */
const dropMarks = (marks: string, at: number, s: string): string => (s.charCodeAt(at - 1) === 0x438 && marks.startsWith('\u0306') ? '\u0306' : '');

/**
 * Comparison key of a token or a short string: NFKC (compatibility forms,
 * e.g. full-width letters and ligatures), lower case, diacritics removed,
 * quotes/dashes unified, and abbreviation dots dropped when the string is a
 * dotted abbreviation (`U.S.` → `us`).
 */
export function normalizeKey(text: string): string {
  let s = text.normalize('NFKC').toLowerCase();
  // Diacritics: decompose, drop marks, recompose. Only when there is something
  // to strip, because `normalize` is the costly part of tokenizing.
  if (/[^\x00-\x7F]/.test(s)) {
    s = s.normalize('NFD').replace(COMBINING_MARKS, dropMarks).normalize('NFC');
    for (const [re, rep] of QUOTE_MAP) s = s.replace(re, rep);
  }
  if (/^(?:\p{L}\.){2,}$/u.test(s)) s = s.replace(/\./g, '');
  return s;
}
