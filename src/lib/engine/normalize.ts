import { STOPWORDS } from './stopwords.ts';

/*
 * Normalization for matching only: nothing here is ever displayed, and the
 * diff always shows the verbatim text. Three layers:
 * - key: typographic and case differences removed (`“U.S.”` ~ `"us"`);
 * - variant fold: common transliteration/spelling variants collapsed
 *   (`Sergey` ~ `Sergei`, `Aleksei` ~ `Alexei`, `colour` ~ `color`);
 * - stem: light English suffix stripping (`talks` ~ `talk`, `agreed` ~ `agree`).
 */

// Quotes and dashes unified so that quote style never counts as a difference.
const QUOTE_MAP: ReadonlyArray<[RegExp, string]> = [
  [/[\u2018\u2019\u201A\u201B\u2032\u02BC\u00B4]/g, "'"],
  [/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"'],
  [/[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g, '-'],
];
const COMBINING_MARKS = /\p{M}+/gu;

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
    s = s.normalize('NFD').replace(COMBINING_MARKS, '').normalize('NFC');
    for (const [re, rep] of QUOTE_MAP) s = s.replace(re, rep);
  }
  if (/^(?:\p{L}\.){2,}$/u.test(s)) s = s.replace(/\./g, '');
  return s;
}

/** True when a key is an English stopword. */
export function isStopword(key: string): boolean {
  return STOPWORDS.has(key);
}

/**
 * Folds common spelling/transliteration variants into one skeleton. Applied to
 * keys of content words only; deliberately small and general (no names).
 * Order matters: `ks`→`x` before doubled letters collapse.
 */
export function foldVariants(key: string): string {
  if (key.length < 4) return key;
  return key
    .replace(/ks(?=[aeiouy])/g, 'x') // Aleksei / Alexei (not plural "talks")
    .replace(/ph/g, 'f')
    .replace(/(?<=.)y/g, 'i') // Sergey / Sergei, Dmitry / Dmitri (not word-initial y)
    .replace(/our$/, 'or') // colour / color
    .replace(/is(e|ed|es|ing|ation)$/, 'iz$1') // organise / organize
    .replace(/(\p{L})\1+/gu, '$1'); // doubled letters: travelled / traveled, Gaddafi / Gadafi
}

/**
 * Light English stemmer (a subset of Porter's step 1): plural and possessive
 * `s`, `-ed`, `-ing`, final `e`. Only for matching, so over-stemming is harmless
 * as long as both sides stem alike.
 */
export function stem(key: string): string {
  let s = key.replace(/'s$/, '').replace(/'$/, '');
  if (s.length <= 3) return s;
  if (s.endsWith('sses')) s = s.slice(0, -2);
  else if (s.endsWith('ies') && s.length > 4) s = s.slice(0, -2);
  else if (s.endsWith('s') && !/(?:ss|us|is)$/.test(s)) s = s.slice(0, -1);
  // `-ed`/`-ing` already removed the final e ("hoped" → "hop" = "hope" → "hop").
  if (s.endsWith('ed') && s.length > 4) s = s.slice(0, -2);
  else if (s.endsWith('ing') && s.length > 5) s = s.slice(0, -3);
  else if (s.endsWith('e') && s.length > 3) s = s.slice(0, -1);
  return s;
}

/** Matching stem of a content word key. */
export function matchStem(key: string): string {
  // Stem first so that the fold sees the word, not its inflection.
  return foldVariants(stem(key));
}

/**
 * Looser stem for matching rewordings, e.g. translations of one quotation:
 * the matching stem, with a noun in `-ment` also folded onto its verb
 * (`assessment` ~ `assessing`, `agreement` ~ `agreed`). Not used by the
 * pairwise comparison, whose stems are part of its versioned output.
 */
export function looseStem(key: string): string {
  const s = stem(key);
  return foldVariants(s.length > 7 && s.endsWith('ment') ? stem(s.slice(0, -4)) : s);
}

/**
 * True when two word keys are the same word for grading purposes: equal, or
 * the same stem after the variant fold (Sergei/Sergey, Aleksei/Alexei,
 * talk/talks). No edit-distance rule: "count"/"court" are one edit apart and
 * different words.
 */
export function sameWordVariant(keyA: string, keyB: string): boolean {
  return keyA === keyB || matchStem(keyA) === matchStem(keyB);
}
