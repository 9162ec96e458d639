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
   * sentences to correspond. Default 0.5: on the seeds, paraphrases of one
   * statement score 0.55–1, unrelated sentences on the same topic ≤ 0.35.
   */
  similarThreshold?: number;
  /**
   * Pass 2 ("contained"), on what pass 1 left: least share of the smaller
   * side's weighted content found in the larger one. Default 0.7: a quote
   * keeps most of its words but its attribution ("said the minister") often
   * differs; the trigram requirement below guards against chance overlap.
   */
  containThreshold?: number;
  /** Pass 2: least number of content words on the smaller side (a quote, not a phrase). Default 4. */
  containMinWords?: number;
  /** Pass 2: least share of the smaller side's content-word trigrams found in the larger (word order). Default 0.5. */
  containMinShingles?: number;
  /** Largest run of sentences on one side of a split/merge (1:n, n:1). Default 3; clamped to 1–15. */
  maxWindow?: number;
  /** Candidates kept per sentence from the inverted index. Default 8. */
  candidatesPerSegment?: number;
  /**
   * Stems found in more sentences than this (in the other account) do not
   * generate candidates: they are too common to anchor anything, and skipping
   * them keeps candidate generation linear. Default 64.
   */
  maxPostings?: number;
  /**
   * Weight of neighbour support: a pair whose diagonal neighbours also match
   * ranks higher, so repeated sentences pair with the copy in the same
   * passage. Small, so it only decides near-ties. Default 0.05.
   */
  contextBoost?: number;
  /** Run length (words) for the verbatim share. Default 8. */
  verbatimRun?: number;
  /**
   * Pass 3 ("retold"), on what passes 1–2 left: least IDF-weighted Dice of a
   * 1:1 pair that retells one statement. Default 0.3: a rewrite keeps its
   * names and figures but changes most other words, so its Dice falls below
   * pass 1's 0.5; the evidence conditions below, not this floor, keep
   * same-topic sentences apart.
   */
  retoldThreshold?: number;
  /**
   * Pass 3: least number of shared content units holding a rare term (see
   * `retold.ts`). Default 2: one shared name or figure is a topic; two
   * separate ones (a person and a date, a place and a figure) are a statement.
   */
  retoldMinRareUnits?: number;
  /**
   * Pass 3 and 4: least share of the shared terms in the same relative order
   * (0–1). Default 0.5: a rewrite may move one clause to the front
   * ("…, officials said" / "Officials said …"), which keeps at least half of
   * the shared words in order; a scramble does not.
   */
  retoldMinOrder?: number;
  /**
   * Pass 4 ("neighbour"), on what passes 1–3 left: a pair whose neighbours
   * match each other (the sentence before in A matches the one before in B,
   * or the one after the one after) is scored against that gap only, and
   * needs one rare unit instead of two, above `retoldThreshold`. Default 1:
   * the matched neighbours are the second piece of evidence.
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
