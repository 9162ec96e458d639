import type { AttributionWords, FurniturePhrases, Language } from './types.ts';
import { normalizeKey } from '../normalize.ts';

/*
 * The one language builder. A language module is its data (word lists as the language's readers
 * spell them, and the regular-expression sources of its patterns) plus its rules (a stemmer, a
 * spelling fold, an inflection test); `defineLanguage` turns the data into what the engine reads.
 * Keying happens here, once for every language: word lists are matched against token keys
 * (`normalizeKey`: lower case, diacritics and apostrophes folded), so a module writes "erklärte",
 * "fünf" or "её" as readers do and still matches, and no module can forget to key a list.
 */

/** Words separated by white space, as readers spell them; or a list, where an entry holds a space. */
export type WordList = string | readonly string[];

/** A language's data, as its module writes it (see {@link Language} for what each field is for). */
export interface LanguageData {
  code: string;
  /** Function words, as spelled (keyed here). */
  stopwords: WordList;
  /** Title abbreviations, lower case, without the dot; compared with the lower-cased text, never keyed. */
  titles: WordList;
  /** Abbreviations that may end a sentence, lower case, without the dot; never keyed. */
  ambiguousAbbreviations: WordList;
  /** Attribution words: the verbs as written (matched in the text, never keyed), the word sets keyed here. */
  attribution: Omit<AttributionWords, 'speechVerbs' | 'pronouns' | 'titleWords' | 'nameJoiners'> & {
    speechVerbs: WordList;
    pronouns: WordList;
    titleWords: WordList;
    nameJoiners: WordList;
  };
  /** Calendar and number words, as spelled (keyed here): months January first, weekdays Sunday first. */
  figures: { months: WordList; weekdays: WordList; numberWords: Readonly<Record<string, number>> };
  furniture: FurniturePhrases;
  /** True when the language capitalizes every noun (see `Language.capitalizesNouns`); default false. */
  capitalizesNouns?: boolean;
  /** Words that can state a figure, a date or a time (see `Language.factWords`), as spelled. */
  factWords?: WordList;
}

/** A language's rules: the functions of {@link Language} that are code, not data. */
export interface LanguageRules {
  stem: Language['stem'];
  foldVariants: Language['foldVariants'];
  inflectionOnly: Language['inflectionOnly'];
  /** Defaults to the stem itself: a language without a derivation fold of its own. */
  looseStem?: Language['looseStem'];
  names?: Language['names'];
}

const wordsOf = (list: WordList): string[] => (typeof list === 'string' ? list.split(/\s+/u).filter((w) => w !== '') : [...list]);
const keysOf = (list: WordList): string[] => wordsOf(list).map(normalizeKey);

/** The language of a module's data and rules. */
export function defineLanguage(data: LanguageData, rules: LanguageRules): Language {
  const { attribution: a, figures: f } = data;
  return {
    code: data.code,
    stopwords: new Set(keysOf(data.stopwords)),
    stem: rules.stem,
    foldVariants: rules.foldVariants,
    inflectionOnly: rules.inflectionOnly,
    looseStem: rules.looseStem ?? ((stem) => stem),
    ...(rules.names === undefined ? {} : { names: rules.names }),
    capitalizesNouns: data.capitalizesNouns ?? false,
    titles: new Set(wordsOf(data.titles)),
    ambiguousAbbreviations: new Set(wordsOf(data.ambiguousAbbreviations)),
    furniture: data.furniture,
    attribution: {
      ...a,
      speechVerbs: wordsOf(a.speechVerbs),
      pronouns: new Set(keysOf(a.pronouns)),
      titleWords: new Set(keysOf(a.titleWords)),
      nameJoiners: new Set(keysOf(a.nameJoiners)),
    },
    figures: {
      months: keysOf(f.months),
      weekdays: keysOf(f.weekdays),
      numberWords: new Map(Object.entries(f.numberWords).map(([word, value]) => [normalizeKey(word), value])),
    },
    ...(data.factWords === undefined ? {} : { factWords: new Set(keysOf(data.factWords)) }),
  };
}
