import type { Language, NameSpelling } from './types.ts';
import { english } from './en.ts';
import { german } from './de.ts';
import { russian } from './ru.ts';

export type { AttributionWords, FigureWords, FurniturePhrases, Language, NameSpelling } from './types.ts';

/*
 * The language seam: every language-specific rule of the engine (stopwords,
 * stemming, spelling folds, abbreviations, furniture phrases, month names)
 * comes from the account's `Language`. Selected by the account's `lang` (an
 * ISO 639-1 code), else the segment option `lang`, else English. Each module
 * (`en.ts`, `de.ts`, `ru.ts`) is its language's data and rules, made into a
 * `Language` by the one builder, `defineLanguage` (`define.ts`).
 */

export const DEFAULT_LANG = 'en';

const LANGUAGES: ReadonlyMap<string, Language> = new Map([english, german, russian].map((l) => [l.code, l]));

/** Codes with a language module of their own. */
export const SUPPORTED_LANGS: readonly string[] = [...LANGUAGES.keys()];

/**
 * The language module for an ISO 639-1 code (case-insensitive; a region
 * subtag such as `en-GB` is ignored). A language without a module of its own
 * reads with English rules: its words still match by key, and IDF weighs them;
 * only stemming and stopwords are lost (or wrong for a few English-looking words).
 */
export function languageFor(code: string | undefined): Language {
  return LANGUAGES.get(languageCode(code)) ?? english;
}

/**
 * The ISO 639-1 code an account's `lang` names (case-insensitive, region subtag ignored; absent:
 * English), whether or not it has a module: what a reader that knows one language checks.
 */
export function languageCode(code: string | undefined): string {
  return (code ?? DEFAULT_LANG).toLowerCase().split(/[-_]/)[0]!;
}

/**
 * True when a capitalized word of the language may be read as a name, place or title: in a
 * language that capitalizes only those (and a sentence's first word), yes; in one that
 * capitalizes every noun (German: `Language.capitalizesNouns`), case is no evidence of a name.
 */
export function capitalizationMarksNames(lang?: string): boolean {
  return !languageFor(lang).capitalizesNouns;
}

/** The language's name-spelling rules, else English's (see `Language.names`). */
export function nameSpelling(lang?: string): NameSpelling {
  return languageFor(lang).names ?? english.names!;
}

/** Matching stem of a content-word key: the language's stem, then its spelling fold. */
export function matchStem(key: string, lang?: string): string {
  const l = languageFor(lang);
  return l.foldVariants(l.stem(key));
}

/** The language's spelling/transliteration fold of a key (English by default). */
export function foldVariants(key: string, lang?: string): string {
  return languageFor(lang).foldVariants(key);
}

/** True when a key is a stopword of the language (English by default). */
export function isStopword(key: string, lang?: string): boolean {
  return languageFor(lang).stopwords.has(key);
}

/**
 * Looser stem for matching rewordings, e.g. translations of one quotation:
 * the matching stem folded further by the language (`Language.looseStem`:
 * English `agreement` ~ `agreed`), then its spelling fold.
 */
export function looseStem(key: string, lang?: string): string {
  const l = languageFor(lang);
  return l.foldVariants(l.looseStem(l.stem(key)));
}

const possessiveEndings = new WeakMap<Language, RegExp>();

/** The language's possessive ending at the end of a word (`attribution.possessivePattern`), compiled once. */
export function possessiveEnding(language: Language): RegExp {
  let re = possessiveEndings.get(language);
  if (!re) possessiveEndings.set(language, (re = new RegExp(`(?:${language.attribution.possessivePattern})$`, 'u')));
  return re;
}

/** A word as a name form, without its possessive ending ("Lavrov’s" → "Lavrov"; English by default). */
export function withoutPossessive(word: string, lang?: string): string {
  return word.replace(possessiveEnding(languageFor(lang)), '');
}

/**
 * True when two word keys are the same word for grading purposes: equal,
 * equal after the spelling fold (Sergei/Sergey), or inflections of one stem
 * (talk/talks). Derivations (use/useful) and near-spellings (count/court) are
 * different words.
 */
export function sameWordVariant(keyA: string, keyB: string, lang?: string): boolean {
  if (keyA === keyB) return true;
  const l = languageFor(lang);
  if (l.foldVariants(keyA) === l.foldVariants(keyB)) return true;
  return l.stem(keyA) === l.stem(keyB) && l.inflectionOnly(keyA, keyB);
}
