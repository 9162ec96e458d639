import type { SegmentOptions } from './segment.ts';

/** Options of `compareAccounts` / `matchSegments`. Every field is optional; defaults below. */
export interface CompareOptions {
  /** Story id echoed into `Comparison.story` (the site sets it). Not used by the algorithm. */
  story?: string;
  /** Outlet id echoed into `Comparison.a.outlet`. */
  aOutlet?: string;
  /** Outlet id echoed into `Comparison.b.outlet`. */
  bOutlet?: string;
  /** Segmentation options (locale, classification). */
  segment?: SegmentOptions;
  /**
   * Pass 1 ("similar"): least IDF-weighted Dice overlap for two runs of
   * sentences to correspond. Share, 0–1. Default 0.5: paraphrases of one
   * statement score 0.55–1, unrelated sentences on the same topic ≤ 0.35 (on
   * the seeds); on the labelled alignment sets 0.4 already pairs same-topic
   * sentences and 0.6 loses light edits (docs/calibration.md).
   */
  similarThreshold?: number;
  /**
   * Pass 2 ("contained"), on what pass 1 left: least share of the smaller
   * side's weighted content found in the larger one. Default 0.7: a quote
   * keeps most of its words but its attribution ("said the minister") often
   * differs; the trigram requirement below guards against chance overlap.
   * Share, 0–1 (above `similarThreshold` to mean anything: a lower value would
   * accept what pass 1 refused).
   */
  containThreshold?: number;
  /**
   * Pass 2: least number of content words on the smaller side, 1 or more. Default 4: a quotation
   * worth a row ("talks were constructive and useful") has four or more; three or fewer is a
   * phrase any two reports of an event share ("foreign minister Lavrov").
   */
  containMinWords?: number;
  /**
   * Pass 2: least share of the smaller side's content-word trigrams found in the larger (word
   * order), 0–1. Default 0.5: a quotation keeps its word order, so most of its trigrams recur;
   * half still admits a quotation cut in the middle, while words merely shared in another order
   * share almost none.
   */
  containMinShingles?: number;
  /**
   * Largest run of sentences on one side of a split/merge (1:n, n:1), in sentences; clamped to
   * 1–15 (window keys hold it in 4 bits). Default 3: an edit that splits one sentence into more
   * than three is a rewrite of the passage, and every extra sentence multiplies the windows scored.
   */
  maxWindow?: number;
  /**
   * Candidates kept per sentence from the inverted index (count, 1 or more). Default 8: a
   * sentence has one counterpart, or a few when the other account repeats it; eight leaves room
   * for those and for same-topic sentences that outrank it on common words, and bounds the work
   * per sentence (speed).
   */
  candidatesPerSegment?: number;
  /**
   * Stems found in more sentences than this (in the other account) do not
   * generate candidates: they are too common to anchor anything, and skipping
   * them keeps candidate generation linear. Count of sentences, 1 or more.
   * Default 64: above the sentence count of a long article (about 40), so
   * only a stem in nearly every sentence of a very long text is skipped.
   */
  maxPostings?: number;
  /**
   * Weight of neighbour support: a pair whose diagonal neighbours also match
   * ranks higher, so repeated sentences pair with the copy in the same
   * passage. Added to a Dice score (0–1), 0–0.1 sensible. Small, so it only
   * decides near-ties: 0.05 is below the gap between two different wordings
   * of one statement. Default 0.05.
   */
  contextBoost?: number;
  /**
   * Run length for the verbatim share, in words, 1 or more. Default 8: the same as lineage's
   * `minRun`, eight words in a row are rarely shared by chance (a name with its title is three or
   * four), so a run this long is copied text.
   */
  verbatimRun?: number;
  /**
   * Pass 3 ("retold"), on what passes 1–2 left: least IDF-weighted Dice of a
   * 1:1 pair that retells one statement. Default 0.3: a rewrite keeps its
   * names and figures but changes most other words, so its Dice falls below
   * pass 1's 0.5; the evidence conditions below, not this floor, keep
   * same-topic sentences apart. Share, 0–1, below `similarThreshold`. On the
   * labelled sets 0.2 and 0.3 give the same precision; 0.4 loses held-out
   * rewrites (docs/calibration.md).
   */
  retoldThreshold?: number;
  /**
   * Pass 3: least number of shared content units holding a rare term (see
   * `retold.ts`). Default 2: one shared name or figure is a topic; two
   * separate ones (a person and a date, a place and a figure) are a statement.
   * Count, 1 or more; 1 admits same-topic pairs on the labelled set.
   */
  retoldMinRareUnits?: number;
  /**
   * Pass 3 and 4: least share of the shared terms in the same relative order
   * (0–1). Default 0.5: a rewrite may move one clause to the front
   * ("…, officials said" / "Officials said …"), which keeps at least half of
   * the shared words in order; a scramble does not. Above 0.5 the labelled
   * sets lose rewrites whose clauses moved.
   */
  retoldMinOrder?: number;
  /**
   * Pass 4 ("neighbour"), on what passes 1–3 left: a pair whose neighbours
   * match each other (the sentence before in A matches the one before in B,
   * or the one after the one after) is scored against that gap only, and
   * needs one rare unit instead of two, above `retoldThreshold`. Default 1:
   * the matched neighbours are the second piece of evidence. Count, 0 or more.
   */
  neighbourMinRareUnits?: number;
}

export type ResolvedCompareOptions = Required<Omit<CompareOptions, 'story' | 'aOutlet' | 'bOutlet'>> &
  Pick<CompareOptions, 'story' | 'aOutlet' | 'bOutlet'>;

export const DEFAULT_COMPARE_OPTIONS = {
  segment: {},
  similarThreshold: 0.5,
  containThreshold: 0.7,
  containMinWords: 4,
  containMinShingles: 0.5,
  maxWindow: 3,
  candidatesPerSegment: 8,
  maxPostings: 64,
  contextBoost: 0.05,
  verbatimRun: 8,
  retoldThreshold: 0.3,
  retoldMinRareUnits: 2,
  retoldMinOrder: 0.5,
  neighbourMinRareUnits: 1,
} as const satisfies ResolvedCompareOptions;

export function resolveCompareOptions(options: CompareOptions = {}): ResolvedCompareOptions {
  const out: ResolvedCompareOptions = { ...DEFAULT_COMPARE_OPTIONS, segment: { ...DEFAULT_COMPARE_OPTIONS.segment } };
  for (const [k, v] of Object.entries(options)) if (v !== undefined) (out as unknown as Record<string, unknown>)[k] = v;
  // Window lengths are packed into 4 bits of the aligner's window keys.
  out.maxWindow = Math.min(15, Math.max(1, Math.floor(out.maxWindow)));
  return out;
}
