/**
 * Everything the engine knows about one language, in one object. The engine
 * never holds a word list or a language-specific pattern outside `lang/`;
 * it asks the account's language (see {@link languageFor}).
 */
export interface Language {
  /** ISO 639-1 code, e.g. `en`; also the `Intl.Segmenter` locale. */
  code: string;
  /**
   * Function words (keys as produced by `normalizeKey`): they never anchor a
   * match and carry no weight in similarity.
   */
  stopwords: ReadonlySet<string>;
  /** Matching stem of a content-word key (a stemmer from a kept library; memoized). */
  stem(key: string): string;
  /**
   * Folds spelling/transliteration variants of a key into one skeleton
   * (`Sergey` ~ `Sergei`). Applied after stemming.
   */
  foldVariants(key: string): string;
  /**
   * True when two keys with the same stem differ only by inflection
   * (`talk`/`talks`), not by derivation (`use`/`useful`): only inflection is
   * a minor change when grading a diff.
   */
  inflectionOnly(keyA: string, keyB: string): boolean;
  /**
   * A matching stem folded further for matching rewordings (translations of one quotation, see
   * `looseStem` in `index.ts`): a derived noun onto its verb where the stemmer keeps them apart
   * (English `agreement` ~ `agreed`). The stem itself where the language has no such fold.
   */
  looseStem(stem: string): string;
  /**
   * How two spellings of one name are compared (`story/variants.ts`), where the language has
   * rules of its own; a language without them reads names with English's (Latin transliteration).
   */
  names?: NameSpelling;
  /**
   * True when the language capitalizes every noun (German): a capitalized word there is no sign of
   * a name, place or title, so no rule may read one as such from its case (see `capitalizationMarksNames`).
   */
  capitalizesNouns: boolean;
  /** Abbreviations (lower case, without the dot) that never end a sentence: titles. */
  titles: ReadonlySet<string>;
  /** Abbreviations that may end a sentence: a break only before a capitalized stopword. */
  ambiguousAbbreviations: ReadonlySet<string>;
  /** Page-furniture phrases, by category (see `furniture.ts` for the rules that use them). */
  furniture: FurniturePhrases;
  /** Words of quotation attribution (see `story/quotes.ts` for the rules that use them). */
  attribution: AttributionWords;
  /** Calendar and number words, for reading figures in prose (`figures` in `story/variants.ts`; the facts step reads languages compromise does not read with it). */
  figures: FigureWords;
  /**
   * Words (keys) that can state a figure, a date or a time besides digits and the month and
   * weekday names (`furniture.months`, `furniture.weekdays`): number words ("two", "dozen",
   * "first") and relative dates and times ("yesterday", "week", "p.m."). The facts step
   * (`story/facts.ts`) parses a slot with its NLP reader only when the slot holds one of these, a
   * digit, a month, a weekday or a capitalized word: any other slot can hold no differing fact.
   * Only for languages that reader reads (compromise: English); the facts step reads any other
   * language's slots by its `figures` words and digits alone.
   */
  factWords?: ReadonlySet<string>;
}

/** The letter rules of a language's name spellings (see `Language.names`). */
export interface NameSpelling {
  /** A name key's consonant skeleton: two spellings of one name have the same (Sergei/Sergey, Aleksei/Alexei). */
  skeleton(key: string): string;
  /** True when a key ends in a vowel, which an ending may replace (Ukraine → Ukrainian). */
  endsInVowel(key: string): boolean;
}

/** Words that state a date or a number in prose ("May 19", "Wednesday", "two"), as keys. */
export interface FigureWords {
  /** Month names, January first, in the form a day-of-month date uses ("19 May"; Russian: genitive "мая"). */
  months: readonly string[];
  /** Weekday names, Sunday first (the order of `Date.getUTCDay`), in the form prose names a day in (Russian: accusative "в среду"). */
  weekdays: readonly string[];
  /** Number words and their values ("two" → 2, "dozen" → 12). */
  numberWords: ReadonlyMap<string, number>;
}

/**
 * How the language attributes a quotation to a speaker ("…,” he said", "Lavrov told reporters
 * “…”") and tells people's names from titles. Word lists hold keys (as `normalizeKey` makes
 * them); the `…Pattern` fields are regular-expression sources, matched case-insensitively.
 */
export interface AttributionWords {
  /** Speech verbs, every form an attribution uses, as written (matched in the text, case-sensitive): "said", "told". */
  speechVerbs: readonly string[];
  /** Longer attribution phrases, tried before the verbs: "was quoted as saying". */
  speechPhrases: readonly string[];
  /** Subject pronouns that refer to the last person named before the quote: "he", "she". */
  pronouns: ReadonlySet<string>;
  /** Words that make a capitalized run a title or an institution rather than a person: "Minister", "Council". */
  titleWords: ReadonlySet<string>;
  /** Lower-case words allowed inside a capitalized name run: "of" in "Secretary of State Antony Blinken". */
  nameJoiners: ReadonlySet<string>;
  /** A name's possessive ending: "’s" in "Lavrov’s" (the name is read without it). */
  possessivePattern: string;
  /** Adverbs between a subject and its speech verb, dropped from the subject: "also" in "he also said". */
  leadAdverbsPattern: string;
  /** Words that open a clause, so a subject never reaches back past them: "that", "and", "while". */
  clauseWordsPattern: string;
  /** Conjunctions dropped from the start of a subject phrase: "and" in "and Lavrov said". */
  subjectOpenersPattern: string;
  /** Articles dropped from an organisation's name: "the" in "the ministry said". */
  articlesPattern: string;
}

/**
 * Regular-expression sources (no flags; matched case-insensitively, Unicode)
 * of the words real news pages use for their furniture. Each is a
 * disjunction of phrases; the rules in `classify.ts` decide where and how
 * they count.
 */
export interface FurniturePhrases {
  /** Month names and their abbreviations, for date stamps ("12 May 2021"). */
  months: string;
  /** Weekday names and abbreviations, for date stamps ("Sat Mar 30, 2013"). */
  weekdays: string;
  /** What may follow a clock time ("10:22 a.m.", "10.22 Uhr"); empty when nothing does. */
  clockSuffix: string;
  /** A relative time stamp ("3 hours ago"); `\\d+` stands for the count. */
  relativeTime: string;
  /** Words that may join or stand inside the names of a byline ("and", "&", "van", "bin"). */
  nameJoiners: string;
  /** A newsletter or follow prompt written as a sentence ("Sign up for our newsletter to get …"). */
  prompts: string;
  /** Words of a date stamp: "Published", "Updated", "Last updated", "Posted". */
  stampWords: string;
  /** A share/follow/newsletter/comment control: "Share", "Follow us", "Sign up for our newsletter". */
  controls: string;
  /** Headings of related/recommended/more-news blocks: "Related stories", "Most read". */
  related: string;
  /** Advertising labels: "Advertisement", "Sponsored". */
  ads: string;
  /** Cookie and consent lines: "We use cookies", "Accept all". */
  consent: string;
  /** Words that open a photo or video credit: "Photo", "Image", "Video", "Credit". */
  mediaWords: string;
  /** Credit kinds: "handout", "pool", "file photo", "courtesy of". */
  creditKinds: string;
  /** What joins a media word to its credit: "by", "via" ("Photo by …"). */
  creditBy: string;
  /** Words of an image placeholder after a media word: "Video poster", "Image placeholder". */
  stubWords: string;
  /** Video player words: "Watch", "Play video", "Loading video", "Duration". */
  video: string;
  /** Gallery words: "Gallery", "Next image", "Enlarge", "of" in "3 of 12". */
  gallery: string;
  /** The "of" of an image counter ("3 of 12", "3/12" needs none). */
  counterOf: string;
  /** Bylines: "By", "Written by", "Reporting by". */
  byline: string;
  /** Notices that a summary was machine-written: "AI-generated summary". */
  aiNotice: string;
  /** A third-party comment interleaved in the article: "Comment:". */
  comment: string;
  /** Author-box openers and "follow him on …" lines. */
  authorBox: string;
  /** Mirror notices: "can also be accessed at". */
  mirror: string;
  /** Scraper capture stamp words: "date", "captured", "archived". */
  captureStamp: string;
  /**
   * The capture stamp word that states the article's publication date ("date 2021-05-20"):
   * ingest moves its date to `published`; the other stamp words date the capture, not the article.
   */
  publishedStamp: string;
  /** Words between a stamp word and its date or time: "Updated on", "Published at", "Aktualisiert am". */
  stampJoiners: string;
  /** Ordinal endings after a day number ("May 20th"); empty when the language writes none. */
  ordinalSuffix: string;
  /** A social-media follow line in an author box: "follow him on Twitter". */
  authorFollow: string;
  /** What follows an author's name in an author box: "is a reporter …", "is the editor of …". */
  authorBio: string;
}
