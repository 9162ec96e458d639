/**
 * Retold story analysis: the data model.
 *
 * A comparison answers "how do these two accounts differ". A story with k
 * accounts needs answers across all of them: which passages each account
 * carries, who copied whom, which quotations they share and how each worded
 * them, and which names and figures they spell differently. This module
 * derives those findings from ALL pairwise comparisons of a story at build
 * time. Nothing here depends on the order the accounts are listed in: every
 * structure is built from the set of pairwise matches (cohesive groups with
 * links sorted by strength then ids, sets of word sequences) and every list
 * is sorted by explicit keys with tie-breaks (publication date, then id;
 * code-unit string order).
 *
 * Units and conventions (as in `../types.ts`):
 * - segment indexes are the engine's 0-based segment indexes of an account;
 * - words are the engine's `word` and `number` tokens (punctuation and spaces never count);
 * - shares and confidences are 0–1, rounded to 4 decimals in the output;
 * - dates are `YYYY-MM-DD` strings (never parsed into a time zone).
 */
import type { Comparison, DiffGrade, DiffTuple, SegmentJson } from '../types.ts';

// ---------------------------------------------------------------------------
// Input
// ---------------------------------------------------------------------------

/** What the editor recorded about where a version comes from (content front matter). */
export interface RelationInput {
  kind: 'revision' | 'repost' | 'copy' | 'translation';
  /** Version id this one derives from. */
  of: string;
}

/** One account of the story, as the site passes it. */
export interface StoryAccountInput {
  /** Version id, unique within the story. */
  id: string;
  /** Outlet id. Two versions of the same outlet are treated as revisions of one article. */
  outlet: string;
  /** Publication date, `YYYY-MM-DD`. */
  published: string;
  /** Verbatim paragraphs (used only when the account has no comparison, i.e. a one-account story). */
  paragraphs: readonly string[];
  /** Word count shown to readers; computed from `paragraphs` when absent. */
  words?: number;
  /** The editor's record of what this version derives from, if any. */
  relation?: RelationInput;
  /** ISO 639-1 code of the text's language (its `lang/` module reads its quotations); absent means English. */
  lang?: string;
}

/**
 * Returns the engine's comparison of account `a` with account `b` (ids). The
 * analysis only asks for pairs with `a < b` (code-unit order), so the result
 * cannot depend on which direction a caller happens to have computed first.
 */
export type CompareFn = (a: string, b: string) => Comparison;

// ---------------------------------------------------------------------------
// Options (every field optional; defaults documented and exported)
// ---------------------------------------------------------------------------

export interface ClusterOptions {
  /**
   * Matched rows with a score below this are not used to join passages.
   * Default 0: every match the engine accepted counts (the engine already
   * thresholds its matches; a second threshold would silently disagree with
   * the comparison pages).
   */
  minRowScore?: number;
  /**
   * Two accounts' sentences that do not match each other may share a cluster
   * only through a common member matched to both by rows (of the `similar`
   * pass) scoring at least this. Default 0.75, halfway between the engine's
   * `similarThreshold` (0.5) and identity: two sentences that each keep three
   * quarters of a common member's weighted content share at least half of it
   * with each other, the engine's own "same statement" bar.
   */
  strongRowScore?: number;
}

export interface LineageOptions {
  /**
   * A pair is related at all only when the two share a verbatim run of at
   * least this many words (equal words, across adjacent rows of a passage).
   * Default 8, the engine's `verbatimRun`: shorter runs are stock phrases
   * ("the sidelines of the") that independent reports share by chance.
   */
  minRun?: number;
  /**
   * A copy (rather than a common source) needs a verbatim run of at least this
   * many words outside quotation marks. Default 20: quotations are verbatim by
   * nature (every outlet takes the same agency quote), a 20-word run of the
   * outlets' own prose is not written twice independently.
   */
  copyMinRun?: number;
  /**
   * A copy needs wording exclusive to the pair (found in these two accounts
   * and no other) over a stretch of at least this many words. Default 8, as
   * `minRun`: a shorter exclusive stretch may be a stock phrase two outlets
   * happen to share; without any, whatever the two share is also elsewhere
   * (reprints of one wire story), which says "common source", not who copied whom.
   */
  copyMinExclusive?: number;
  /**
   * A copy needs this share of the derived text found in the source. Default
   * 0.6: a copy keeps most of what it takes (a repost adds its own intro and
   * comments, which count against the share); below it, shared passages are
   * quotes or wire paragraphs inside otherwise independent reports.
   */
  copyMinContained?: number;
  /**
   * One-sided containment: the share of X found in Y must exceed the share of
   * Y found in X by at least this much to say "X sits inside Y". Default 0.15:
   * a smaller margin is within what trimmed furniture and light edits change.
   */
  containmentMargin?: number;
  /**
   * Two texts are revisions of one article (not an excerpt) when each has at
   * least this share of its words not found in the other. Default 0.05: an
   * added or rewritten paragraph in a 20-paragraph article.
   */
  revisionMinOwn?: number;
  /** Length of the word sequences used for "wording only the two share". Default 4. */
  shingle?: number;
  /**
   * Transitive reduction: an edge X–Z is dropped when a third account Y is
   * more strongly tied to both and at most this share of what X and Z share
   * is missing from Y (the X–Z likeness is explained through Y). Default 0.1.
   */
  explainedTolerance?: number;
}

export interface QuoteOptions {
  /**
   * Two quotations are one when the IDF-weighted share of the shorter's
   * content words found in the longer reaches this. Default 0.6.
   */
  minContainment?: number;
  /** Containment is trusted only when the shorter quotation has at least this many content words. Default 4. */
  minContentWords?: number;
  /** Short quotations are one when their IDF-weighted Dice overlap reaches this. Default 0.6. */
  minDice?: number;
  /** A member is "paraphrased" when at least this share of its words differ substantively from its counterpart. Default 0.25. */
  paraphraseShare?: number;
  /**
   * An account that carries at least this many words of a quotation in a row
   * (and half of it) without quotation marks joins the cluster, marked
   * `unquoted`. Default 6: shorter runs are common phrases.
   */
  minUnquotedWords?: number;
  /** A member is "truncated" when it has at most this share of the reference wording's words (and 3 fewer). Default 0.8. */
  truncatedShare?: number;
}

export interface VariantOptions {
  /** Shortest name considered for spelling variants (letters). Default 4: shorter names are often initials. */
  minNameLength?: number;
  /** Largest edit distance between two spellings of one name. Default 2. */
  maxEdits?: number;
  /**
   * Longest substitution (words, each side) read as one slot of an aligned
   * passage. Default 3: a name with its title, or a figure with its unit
   * ("nearly two hours"); a longer substitution is a rewording, where a name
   * or figure may belong to another clause.
   */
  maxSlotWords?: number;
}

export interface SlotOptions {
  /** Lowest row score read (see `slots.ts`). Default: the engine's `similarThreshold` (0.5). */
  minRowScore?: number;
  /** Longest side of a slot, in words. Default 3 (as `VariantOptions.maxSlotWords`): a longer substitution is a rewording. */
  maxSlotWords?: number;
}

export interface StoryOptions {
  /** Story id, echoed into the output. */
  story?: string;
  clusters?: ClusterOptions;
  lineage?: LineageOptions;
  quotes?: QuoteOptions;
  variants?: VariantOptions;
  /** Which substitutions word choices and facts read (`slots.ts`). */
  slots?: SlotOptions;
  /** "Left out" lists passages carried by at least this many other accounts. Default 2. */
  leftOutMinOthers?: number;
}

// ---------------------------------------------------------------------------
// Accounts as the analysis sees them
// ---------------------------------------------------------------------------

/** A segment of an account: the engine's comparison JSON segment (without `reason`), with its index. */
export interface StorySegment extends Pick<SegmentJson, 'text' | 'start' | 'end' | 'paragraph' | 'kind'> {
  index: number;
}

/** An account with its segments, in the canonical order. */
export interface StoryAccount {
  id: string;
  outlet: string;
  published: string;
  words: number;
  relation?: RelationInput;
  /** ISO 639-1 code of the text's language; absent means English. */
  lang?: string;
  /** Canonical text: the segments joined. */
  text: string;
  segments: StorySegment[];
  /** Position in the canonical order (published, then id). */
  rank: number;
}

// ---------------------------------------------------------------------------
// Findings
// ---------------------------------------------------------------------------

/** How an account carries a passage compared with the most common wording. */
export type Wording = 'reference' | 'same' | 'reworded';

/** A link target: row `row` (a row id such as `r12`) of the comparison `a`/`b`. */
export interface RowLink {
  a: string;
  b: string;
  row: string;
}

/** One account's share of a passage cluster. */
export interface ClusterMember {
  version: string;
  /** Segment indexes of this account in the cluster, ascending. */
  segments: number[];
  /** The segments' text, joined and trimmed. */
  text: string;
  /** `reference` for the most common wording; `same` when it differs from it only in minor ways; else `reworded`. */
  wording: Wording;
  /** Word diff from the reference wording to this member's text (empty for the reference itself). */
  diff: DiffTuple[];
  /** Grade of each diff op, parallel to `diff`. */
  grades: DiffGrade[];
  /** Where this member is shown side by side with the reference (or, for the reference, with another member). */
  link?: RowLink;
}

/**
 * One passage told by k outlets: a cohesive group of sentence matches over all
 * pairs (see `grouping.ts`). Invariants: every two members' accounts match
 * each other directly (a matched row in their comparison) or each match one
 * common member strongly (`ClusterOptions.strongRowScore`); a member's
 * segments are consecutive article-text segments of its account; every
 * article-text segment is in exactly one cluster.
 */
export interface PassageCluster {
  /** `p1`, `p2`, … in first-appearance order. */
  id: string;
  /** Position in first-appearance order (0-based). */
  order: number;
  /** Members in the canonical account order. */
  members: ClusterMember[];
  /** Version id of the member holding the most common wording. */
  reference: string;
}

/** What one account says alone, and what it leaves out. */
export interface AccountCoverage {
  version: string;
  /** Clusters only this account carries (its own passages). */
  only: string[];
  /** Clusters at least `leftOutMinOthers` other accounts carry but this one does not. */
  leftOut: string[];
  /** Clusters this account carries. */
  carried: number;
  /** Interpolated third-party segments (e.g. a reposting site's comments), not counted anywhere else. */
  interpolations: number;
}

/** How a lineage edge's direction was decided. */
export type LineageBasis = 'relation' | 'evidence' | 'none';

/**
 * A reason for a stated kind and direction of a lineage edge, as a code:
 * - `recorded`: the editor recorded the relation (front matter);
 * - `same-outlet`: both captures are one outlet's article;
 * - `both-revised`: each text has words the other lacks (two revisions);
 * - `contained`: the derived text sits largely inside the source, one-sidedly;
 * - `published-first`: the source was published first;
 * - `earlier-revision-carried`: a recorded derived version carries an earlier
 *   revision than this capture of its source (its date is earlier);
 * - `own-prose-run`: a long verbatim run outside quotation marks;
 * - `exclusive-wording`: wording found in these two and no other account.
 */
export type LineageSupport = 'recorded' | 'same-outlet' | 'both-revised' | 'contained' | 'published-first' | 'earlier-revision-carried' | 'own-prose-run' | 'exclusive-wording';

/**
 * A reason no copy was stated (the edge is a common source), as a code:
 * - `mostly-quoted`: what they share verbatim is mostly quotation;
 * - `short-runs`: their shared runs are short;
 * - `little-shared`: too little of either text is in the other;
 * - `no-exclusive-wording`: everything they share is in another account too;
 * - `same-day`: published the same day, so the dates give no order;
 * - `two-sided-containment`: neither text sits inside the other;
 * - `order-disagrees`: the earlier one is the one contained in the other.
 */
export type LineageObjection = 'mostly-quoted' | 'short-runs' | 'little-shared' | 'no-exclusive-wording' | 'same-day' | 'two-sided-containment' | 'order-disagrees';

/** One reason for a lineage edge, as a code (the site words it, reading the numbers from `signals`). */
export type LineageReason = LineageSupport | LineageObjection;

/** Measured evidence for one pair (symmetric facts, oriented `from`/`to`). */
export interface LineageSignals {
  /** Publication dates of `from` and `to`. */
  published: [string, string];
  /** Share of `from`'s words found in `to`, and of `to`'s in `from`. */
  shared: [number, number];
  similarity: number;
  /** Longest run of identical words, and its text. */
  longestRun: number;
  longestRunText: string;
  /** Longest run of identical words outside quotation marks. */
  longestRunOutsideQuotes: number;
  /** Word sequences (`shingle` words) found in these two accounts and no other. */
  exclusive: number;
  /** Words in the longest stretch of such wording, and its text ('' when none). */
  exclusiveWords: number;
  exclusiveExample: string;
}

/**
 * An edge of the copy lineage. The engine gives facts only (`kind`,
 * direction, `reasons`, `signals`); the site words them (`evidence`, `label`:
 * see `src/lib/site/lineage.ts`). Invariants: a `copy` without a recorded
 * relation always has `contained`, `published-first`, `own-prose-run` and
 * `exclusive-wording` among its reasons (and `signals.exclusiveWords` of at
 * least `copyMinExclusive`); a `common-source` edge is undirected and names
 * at least one reason no copy was stated.
 */
export interface LineageEdge {
  /** Source version (for undirected edges: the earlier one, then by id). */
  from: string;
  /** Derived version. */
  to: string;
  kind: 'copy' | 'revision' | 'common-source';
  /** 0–1: how strongly the evidence supports the edge as stated. */
  confidence: number;
  /** Why, strongest first (codes; see {@link LineageReason}). */
  reasons: LineageReason[];
  /** False when no direction is stated (`from`/`to` are then just an order). */
  directed: boolean;
  basis: LineageBasis;
  /** For `basis: 'relation'`: the relation the editor recorded (`to` is a … of `from`). */
  relation?: RelationInput['kind'];
  /** For revisions: the version whose text is the earlier revision (by publication date), when the dates differ. */
  earlier?: string;
  signals: LineageSignals;
}

/** Why a quotation member is marked. */
export type QuoteMark = 'truncated' | 'paraphrased' | 're-attributed' | 'unquoted';

export interface QuoteMember {
  version: string;
  /** The quoted words, without the quotation marks. */
  text: string;
  /** Attribution verb as written ("said", "was quoted as saying"), or null when none is found. */
  verb: string | null;
  /** The speaker this account names (display form), or null. */
  speaker: string | null;
  /** Offset of the quotation (its opening mark) in the account's canonical text. */
  start: number;
  /** Segment holding the opening mark. */
  segment: number;
  /**
   * Relative to the cluster's reference wording: `truncated` (quotes only part
   * of it: at most `truncatedShare` of its length), `paraphrased`
   * (`paraphraseShare` or more of this member's words differ substantively),
   * `re-attributed` (names another speaker than most members), `unquoted`
   * (the words stand in the account without quotation marks).
   */
  marks: QuoteMark[];
  /**
   * True when this member carries the reference wording: the fullest (never a fragment of another wording
   * of the cluster), then one given whole, then the one most accounts use.
   */
  reference: boolean;
  /** Word diff from the reference wording to this one, trimmed to the part this member reaches (empty for the reference). */
  diff: DiffTuple[];
  grades: DiffGrade[];
  /** Version id of the reference wording's first member (null for members carrying the reference wording). */
  counterpart: string | null;
}

export interface QuoteCluster {
  /** `q1`, `q2`, … ordered by the earliest account carrying it, then position. */
  id: string;
  /** The speaker most members name (display form), or null. */
  speaker: string | null;
  members: QuoteMember[];
  /** Distinct versions carrying it. */
  versions: string[];
}

export interface VariantForm {
  text: string;
  versions: string[];
  /** For names: the form in context ("Sergei Lavrov"); for figures: the passage wording. */
  context?: string;
}

/**
 * One name, number or date given differently by the accounts. Only forms that
 * stand in the same slot of two aligned passages (same words on both sides)
 * are compared: names when they differ as spellings or transliterations (never
 * by an added ending: derivation, inflection, a word cut off by the capture's
 * end), figures when they differ in value.
 */
export interface Variant {
  kind: 'name' | 'number' | 'date';
  forms: VariantForm[];
  /** For numbers and dates: the passage cluster where the accounts disagree. */
  cluster?: string;
}

/** One side of a word choice: the words as most often written, their lemma form, and who writes them. */
export interface WordChoiceForm {
  text: string;
  /** Content-word stems (the language module's), space-separated: the grouping key. */
  lemma: string;
  versions: string[];
  /** Outlet ids of `versions`, in the same order, without repeats. */
  outlets: string[];
}

/**
 * Accounts choosing different words in the same place of one statement
 * (see `word-choices.ts` for what counts). `forms` are in lemma order.
 */
export interface WordChoice {
  forms: [WordChoiceForm, WordChoiceForm];
  /** Distinct outlets on either side. */
  outlets: number;
  /** Rows (pairs × places) where the substitution occurs. */
  count: number;
  rows: RowLink[];
}

/** What a differing fact is. */
export type FactKind = 'number' | 'date' | 'place' | 'title' | 'name';

/**
 * How two forms of a fact relate: `equivalent` (one value written two ways:
 * "2" / "two", "Wednesday" / "May 19" for a Wednesday, Sergei / Sergey);
 * `precision` (one states it more exactly: "eight" / "several", "nearly two
 * hours" / "two hours"; see `morePrecise`); `conflict` (different values:
 * "12 killed" / "15 killed", two different dates); `different` (different
 * places, titles or names, which the text alone cannot rank or reconcile).
 */
export type FactRelation = 'equivalent' | 'precision' | 'conflict' | 'different';

export interface FactForm {
  /** The differing words as written. */
  text: string;
  versions: string[];
  outlets: string[];
  /** The passage it stands in (the first account's row text, tidied). */
  context: string;
}

export interface Fact {
  kind: FactKind;
  relation: FactRelation;
  forms: [FactForm, FactForm];
  /** For `precision`: index in `forms` of the more exact form. */
  morePrecise?: 0 | 1;
  rows: RowLink[];
}

export interface VersionSummary {
  id: string;
  outlet: string;
  published: string;
  words: number;
  /** Words of article text (boilerplate and interpolations excluded). */
  articleWords: number;
}

/**
 * Everything the analysis finds. `E` is the lineage edge type: the engine's
 * {@link LineageEdge}, or the site's worded edge (with `evidence` and `label`).
 */
export interface StoryFindings<E extends LineageEdge = LineageEdge> {
  story?: string;
  /** Versions in canonical order (published, then id). */
  versions: VersionSummary[];
  /** Symmetric similarity for every pair (1 on the diagonal). */
  similarity: Record<string, Record<string, number>>;
  clusters: PassageCluster[];
  coverage: AccountCoverage[];
  lineage: E[];
  quotes: QuoteCluster[];
  variants: Variant[];
  wordChoices: WordChoice[];
  facts: Fact[];
}

/** The public story JSON (schema 1): the documented keys, plus extras. */
export interface StoryJson<E extends LineageEdge = LineageEdge> {
  schema: 1;
  story: string;
  versions: VersionSummary[];
  similarity: Record<string, Record<string, number>>;
  clusters: Array<{ id: string; reference: string; members: Array<{ version: string; segments: number[]; text: string; wording: Wording }> }>;
  coverage: AccountCoverage[];
  lineage: E[];
  quotes: Array<{ id: string; speaker: string | null; members: Array<{ version: string; text: string; verb: string | null; speaker: string | null; marks: QuoteMark[] }> }>;
  variants: Variant[];
  wordChoices: WordChoice[];
  facts: Fact[];
}
