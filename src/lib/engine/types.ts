/**
 * Retold comparison engine: the data model.
 *
 * Read this file first. Everything the engine produces is described here, in
 * the spirit of diff-match-patch's documented data model: what each field is,
 * its unit, and the invariants a consumer may rely on.
 *
 * Units and conventions used throughout:
 * - **Offsets** are UTF-16 code-unit offsets into an account's *canonical
 *   text*, `paragraphs.join('\n\n')`; `end` is exclusive (like `String.slice`).
 * - **Words** are tokens of type `word` or `number` (see {@link TokenType});
 *   punctuation and whitespace are never counted as words.
 * - **Indexes** (`paragraph`, segment indexes in rows) are 0-based.
 * - Every number the engine emits is deterministic: the same inputs and
 *   options always give deep-equal output (no clocks, no randomness, stable
 *   sorts with explicit tie-breaks, diff-match-patch with timeout 0).
 */
import type { StoryMatching } from './features.ts';

// ---------------------------------------------------------------------------
// Input
// ---------------------------------------------------------------------------

/**
 * One account as the site passes it (fixed contract).
 * The account's canonical text is `paragraphs.join('\n\n')`; nothing in it may
 * be lost. Paragraphs are plain text (any Unicode, internal single `\n`,
 * HTML-looking text is not interpreted). Empty paragraphs are allowed.
 */
export interface AccountInput {
  /** Version id, e.g. `"press-tv"`. Only echoed into the output. */
  id: string;
  /** Verbatim paragraphs in reading order. */
  paragraphs: string[];
  /**
   * ISO 639-1 code of the account's language (`en`, `de`, `ru`, …): selects
   * the language module (stopwords, stemmer, abbreviations, furniture
   * phrases). Absent: `SegmentOptions.lang`, else English.
   */
  lang?: string;
}

// ---------------------------------------------------------------------------
// Tokens and segments (internal, richer than the JSON)
// ---------------------------------------------------------------------------

/**
 * What a token is:
 * - `word`: letters (with inner apostrophes, e.g. `Russia’s`), abbreviations
 *   with inner dots (`U.S.`), or a single Han, Hiragana or Katakana character
 *   (Chinese and Japanese are written without spaces; a following prolonged
 *   sound mark stays on its kana: `コーヒー` is `コー` + `ヒー`). Hangul words
 *   are delimited by spaces like Latin ones (`한국어` is one word);
 * - `number`: digits, with inner `.,:` between digits (`2,000`, `19.5`);
 * - `space`: a run of whitespace (including `\n`);
 * - `mark`: any other grapheme cluster: punctuation or a symbol with its
 *   combining marks, or a whole emoji sequence (`👩‍👩‍👧‍👦`, `👋🏽`, `🇺🇦`, `🏳️‍🌈`,
 *   `1️⃣`).
 *
 * Every token is one or more whole extended grapheme clusters (UAX #29, as
 * `Intl.Segmenter` has them): combining marks, skin tones, ZWJ, variation
 * selectors stay on their base, so a diff never cuts a character apart.
 * Word counts (`countWords`) are the number of `word` and `number` tokens.
 */
export type TokenType = 'word' | 'number' | 'space' | 'mark';

/** One token of an account. Tokens of a segment tile its text exactly. */
export interface Token {
  /** Verbatim surface text. */
  text: string;
  /** Offset of the first code unit in the canonical text. */
  start: number;
  /** Offset after the last code unit (exclusive). */
  end: number;
  type: TokenType;
  /**
   * Normalized comparison key (NFKC, case folded, diacritics removed,
   * quotes/dashes unified, abbreviation dots removed: `U.S.` → `us`).
   * Used for matching and for grading substitutions, never displayed.
   */
  key: string;
  /**
   * Matching stem: the key stemmed by the account's language module (`talks` →
   * `talk`; Snowball's stemmers, `lang/`), then its spelling variants folded
   * (`sergey` → `sergei`). Empty for tokens that never anchor a match (see `content`).
   */
  stem: string;
  /** True for words/numbers that are not stopwords: the only tokens that count in matching. */
  content: boolean;
}

/**
 * What a segment is.
 * - `text`: the article's own text. Only these are aligned and counted.
 * - `boilerplate`: page furniture (breadcrumbs, headline/standfirst repeated
 *   at the top, photo captions and credits, share buttons, mirror addresses,
 *   author boxes, scraper stamps).
 * - `interpolation`: third-party material interleaved in the article (e.g. a
 *   reposting site's "Comment:" paragraphs).
 */
export type SegmentKind = 'text' | 'boilerplate' | 'interpolation';

/**
 * Why a segment is page furniture (kind `boilerplate`); a short stable label for the UI and
 * debugging. `stamp` (scraper date stamp, and page date stamps: "Published …", "Last updated …"),
 * `breadcrumb`, `furniture` (headline/standfirst repeated at the top), `byline`, `caption` (photo
 * caption or credit), `media` (image alt-text stubs), `video` (player controls, status, timecodes,
 * "Watch:" teasers), `gallery` (viewer buttons, "3 of 12" counters), `share` (share/follow
 * buttons, footer lines), `related` (related / recommended / most-read blocks), `ad` (advertising
 * labels), `consent` (cookie lines), `notice` (machine-summary notices), `mirror` ("can also be
 * accessed at" and the addresses after it), `author` (author box at the end).
 */
export type BoilerplateReason =
  | 'stamp' | 'breadcrumb' | 'furniture' | 'byline' | 'caption' | 'media' | 'video' | 'gallery'
  | 'share' | 'related' | 'ad' | 'consent' | 'notice' | 'mirror' | 'author';

/** Why a segment is third-party material (kind `interpolation`): `comment`, an interleaved third-party comment. */
export type InterpolationReason = 'comment';

/** Why a segment is not `text` (see {@link BoilerplateReason}, {@link InterpolationReason}). */
export type SegmentReason = BoilerplateReason | InterpolationReason;

/**
 * A sentence (or a boilerplate line) of an account, in reading order.
 * Invariants: segments tile the canonical text: `segments[0].start === 0`,
 * `segments[i].end === segments[i+1].start`, the last `end` is the text's
 * length; so `segments.map(s => s.text).join('')` is the canonical text.
 * Whitespace after a sentence, and the `\n\n` between paragraphs, belong to the
 * end of the preceding segment. An account whose text is `''` has no segments.
 */
export interface Segment {
  /** Position in the account's segment list. */
  index: number;
  /** Verbatim text, including trailing whitespace / paragraph separator. */
  text: string;
  start: number;
  end: number;
  /** Index of the input paragraph the segment starts in. */
  paragraph: number;
  kind: SegmentKind;
  /** Present when `kind !== 'text'`. */
  reason?: SegmentReason;
  /** Tokens tiling `text` exactly. */
  tokens: Token[];
}

/** Result of {@link segmentAccount}. */
export interface SegmentedAccount {
  id: string;
  /** Canonical text: `paragraphs.join('\n\n')`. */
  text: string;
  /** The language code the account was read with (see `AccountInput.lang`). */
  lang: string;
  segments: Segment[];
}

// ---------------------------------------------------------------------------
// Story context
// ---------------------------------------------------------------------------

/**
 * Statistics over all accounts of one story, used to weight words by rarity
 * (IDF). Built by `buildStoryContext`; independent of the accounts' order.
 */
export interface StoryContext {
  /** Number of `text` segments over all accounts (the IDF "documents"). */
  segmentCount: number;
  /** Stem → number of `text` segments containing it at least once. */
  documentFrequency: ReadonlyMap<string, number>;
  /**
   * The accounts' canonical texts, sorted (code-unit order). Identifies the
   * context for cache keys; not used by the algorithm.
   */
  texts: readonly string[];
  /**
   * The context's accounts, already segmented, keyed by {@link segmentationKey}.
   * `compareAccounts` reuses them instead of segmenting every account once per
   * pair (an account is compared 2·(n−1) times in a story of n accounts).
   * Not part of the context's identity (cache keys use `texts`).
   */
  segmented?: ReadonlyMap<string, SegmentedAccount>;
  /**
   * The matching features of the context's segmented accounts (term ids,
   * weights, per-sentence term counts, inverted index), built once per story
   * instead of once per pair (`features.ts`). Not part of the context's identity.
   */
  matching?: StoryMatching;
}

// ---------------------------------------------------------------------------
// Sentence-level matches (pure helper output, input of the cross-account work)
// ---------------------------------------------------------------------------

/**
 * One correspondence between a run of A segments and a run of B segments:
 * 1:1, a split (1:n) or a merge (n:1), n ≤ `maxWindow`.
 */
export interface SegmentMatch {
  /** Consecutive A segment indexes, ascending. */
  a: number[];
  /** Consecutive B segment indexes, ascending. */
  b: number[];
  /**
   * Match strength, 0–1: the IDF-weighted Dice overlap of the two sides' content
   * stems for `pass: 'similar'`, `'retold'` and `'neighbour'`; for `pass:
   * 'contained'` the containment of the smaller side in the larger, scaled by
   * its word-order (trigram) evidence.
   */
  score: number;
  /** IDF-weighted Dice overlap, 0–1 (symmetric). */
  dice: number;
  /** IDF-weighted share of the smaller side's content found in the larger, 0–1. */
  containment: number;
  /**
   * Which selection pass accepted it: `similar` (the two sides say mostly the
   * same thing), `contained` (a short passage, e.g. a quote, found inside a
   * longer one), `retold` (one statement in other words: shared rare names,
   * places and figures in a compatible order) or `neighbour` (a retelling
   * between two matched neighbours, on less evidence). See align.ts.
   */
  pass: 'similar' | 'contained' | 'retold' | 'neighbour';
}

// ---------------------------------------------------------------------------
// Word diff
// ---------------------------------------------------------------------------

/** diff-match-patch operation: -1 delete (A only), 0 equal, 1 insert (B only). */
export type DiffOp = -1 | 0 | 1;

/** One diff tuple, as in diff-match-patch: `[op, text]`. Text never splits a word. */
export type DiffTuple = [DiffOp, string];

/**
 * Grade of a non-equal diff op (`null` for equal ops).
 * - `minor`: whitespace, case, punctuation, quote style, abbreviation dots,
 *   or spelling variants of the same words (Sergei/Sergey, Aleksei/Alexei).
 *   A delete+insert pair carries the same grade on both ops.
 * - `substantive`: different words.
 */
export type DiffGrade = 'minor' | 'substantive' | null;

// ---------------------------------------------------------------------------
// Public JSON (schema 1)
// ---------------------------------------------------------------------------

/** A segment as published in the JSON. */
export interface SegmentJson {
  /** Verbatim text (see {@link Segment.text}). */
  text: string;
  kind: SegmentKind;
  /** Index of the input paragraph the segment starts in. */
  paragraph: number;
  /** Extra: offset in the canonical text (UTF-16 code units). */
  start: number;
  /** Extra: end offset, exclusive. */
  end: number;
  /** Extra: present when `kind !== 'text'`. */
  reason?: SegmentReason;
}

/** One side of a comparison. */
export interface SideJson {
  id: string;
  /** Outlet id; set from `CompareOptions.aOutlet` / `bOutlet` when given. */
  outlet?: string;
  /** All segments of the account; joined, they reproduce its canonical text. */
  segments: SegmentJson[];
}

/**
 * Row kinds.
 * - `equal`: matched, in order, and the texts differ at most in whitespace.
 * - `changed`: matched, in order, with other differences.
 * - `moved`: matched, but off the heaviest increasing subsequence of positions
 *   (the passage stands elsewhere in B); see `edited` and `bAfter`.
 * - `a-only` / `b-only`: unmatched segments of one side (including all
 *   boilerplate and interpolation).
 */
export type RowKind = 'equal' | 'changed' | 'moved' | 'a-only' | 'b-only';

/**
 * One row of the side-by-side view.
 * Invariants: rows follow A's reading order (each row's A indexes ascend
 * across rows); every segment index of each side appears in exactly one row;
 * a row's `a` and `b` are runs of consecutive indexes; `diff` ops 0 and -1
 * concatenate to the row's A text, ops 0 and 1 to its B text.
 */
export interface RowJson {
  kind: RowKind;
  /** A segment indexes (consecutive, ascending; empty for `b-only`). */
  a: number[];
  /** B segment indexes (consecutive, ascending; empty for `a-only`). */
  b: number[];
  /** Word-level diff from the row's A text to its B text. */
  diff: DiffTuple[];
  /** Extra: stable anchor, `r<number>`: the row's 1-based position in this row list (`r1` is row 1, as shown to readers). */
  id: string;
  /** Extra: grade of each diff op, parallel to `diff`. */
  grades: DiffGrade[];
  /** Extra, matched rows only: the {@link SegmentMatch} score, 0–1. */
  score?: number;
  /** Extra, matched rows only: how the match was found. */
  pass?: SegmentMatch['pass'];
  /**
   * Extra, matched rows only: passage number. Rows that follow each other in
   * both accounts form one passage (numbered 0, 1, … in A order); a moved
   * passage moves as a whole.
   */
  passage?: number;
  /** Extra, `moved` rows only: true when the texts also differ beyond whitespace. */
  edited?: boolean;
  /**
   * Extra, `moved` rows only: id of the row holding the B segment just before
   * this row's first B segment, i.e. where the passage stands in B's reading
   * order; `null` when it opens B.
   */
  bAfter?: string | null;
}

/** Row counts by kind. */
export interface RowCounts {
  equal: number;
  changed: number;
  moved: number;
  aOnly: number;
  bOnly: number;
}

/**
 * Figures for a pair. Only `text` segments count (boilerplate and
 * interpolation are left out). A word is *shared* when it lies in an equal diff
 * op of a matched row, or in a `minor` substitution (same word, other spelling
 * or case). All shares are 0–1, rounded to 4 decimals.
 */
export interface StatsJson {
  /**
   * Symmetric similarity: shared words of both sides over all words of both
   * sides, `(sharedA + sharedB) / (wordsA + wordsB)`; compare(a,b) and
   * compare(b,a) give the same value. 0 when both sides have no words.
   */
  similarity: number;
  /** Share of A's words found in B. */
  aShared: number;
  /** Share of B's words found in A. */
  bShared: number;
  /**
   * Words inside runs of ≥ `verbatimRun` (default 8) identical words (equal
   * ops, continued across adjacent rows of one passage), counted on both sides,
   * over all words of both sides. Symmetric.
   */
  verbatim: number;
  rows: RowCounts;
  /** Extra: word totals of `text` segments. */
  words: { a: number; b: number };
}

/** The public comparison JSON (schema 1), plus documented extra fields. */
export interface Comparison {
  schema: 1;
  /** Story id; set from `CompareOptions.story` when given. */
  story?: string;
  /** Extra: engine version that produced this (see `ENGINE_VERSION`). */
  engine: string;
  a: SideJson;
  b: SideJson;
  stats: StatsJson;
  rows: RowJson[];
}
