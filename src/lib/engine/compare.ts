import type { AccountInput, Comparison, SegmentJson, SegmentMatch, SegmentedAccount, StoryContext, Token } from './types.ts';
import { resolveCompareOptions, type CompareOptions, type ResolvedCompareOptions } from './options.ts';
import { matchSegmented, type RunCache } from './align.ts';
import { gradeDiff, mirrorDiff, wordDiff } from './diff.ts';
import { labelMoves } from './moves.ts';
import { collateRows, type DiffedMatch } from './collate.ts';
import { computeStats } from './stats.ts';
import { segmentWithContext } from './context.ts';
import { isWord } from './tokenize.ts';
import { compareCodeUnits } from './sorted.ts';

/**
 * Bump whenever the output for the same input can change (algorithm,
 * defaults, JSON shape). Part of every cache key.
 */
export const ENGINE_VERSION = '1.1.0';

/*
 * Orientation. Greedy selection and diff-match-patch both break ties in
 * reading order, so aligning (a, b) and (b, a) could pick different, equally
 * good answers. To make the alignment (and so `similarity` and `verbatim`)
 * exactly symmetric, it is always computed in one canonical orientation
 * (the account whose text sorts first is "x") and mirrored when the caller
 * asked for the other one. Rows, moves and row counts are then built for the
 * requested orientation (they depend on whose order is followed).
 */

/** Matches and their word diffs of two segmented accounts in canonical orientation (x's text sorts first). */
type CanonicalAlignment = (x: SegmentedAccount, y: SegmentedAccount, context: StoryContext, options: ResolvedCompareOptions) => DiffedMatch[];

function alignCanonical(x: SegmentedAccount, y: SegmentedAccount, context: StoryContext, options: ResolvedCompareOptions, runCache?: RunCache): DiffedMatch[] {
  return matchSegmented(x, y, context, options, runCache).map((match): DiffedMatch => {
    const diff = wordDiff(tokensOf(x, match.a), tokensOf(y, match.b));
    return { match, ...diff, grades: gradeDiff(diff, x.lang) };
  });
}

/** Matches and their word diffs, for segmented accounts in the caller's orientation. */
function alignPair(a: SegmentedAccount, b: SegmentedAccount, context: StoryContext, options: ResolvedCompareOptions, canonical: CanonicalAlignment = alignCanonical): DiffedMatch[] {
  const swap = compareCodeUnits(b.text, a.text) < 0;
  const [x, y] = swap ? [b, a] : [a, b];
  const diffed = canonical(x, y, context, options);
  if (!swap) return diffed;
  // Fresh index arrays: the canonical matches may also serve the other orientation's rows.
  return diffed
    .map(({ match, ...diff }) => ({ match: { ...match, a: match.b.slice(), b: match.a.slice() }, ...mirrorDiff(diff) }))
    .sort((p, q) => p.match.a[0]! - q.match.a[0]!);
}

function tokensOf(account: SegmentedAccount, indexes: readonly number[]): Token[] {
  const out: Token[] = [];
  for (const i of indexes) for (const t of account.segments[i]!.tokens) out.push(t);
  return out;
}

function segmentsJson(account: SegmentedAccount): SegmentJson[] {
  return account.segments.map((s) => {
    const j: SegmentJson = { text: s.text, kind: s.kind, paragraph: s.paragraph, start: s.start, end: s.end };
    if (s.reason) j.reason = s.reason;
    return j;
  });
}

/**
 * Sentence-level matches between two accounts with their scores (pure helper
 * for the cross-account analysis). Sorted by first A index; symmetric:
 * swapping a and b swaps each match's sides.
 */
export function matchSegments(a: AccountInput, b: AccountInput, context: StoryContext, options: CompareOptions = {}): SegmentMatch[] {
  const opts = resolveCompareOptions(options);
  return alignPair(segmentWithContext(a, context, opts.segment), segmentWithContext(b, context, opts.segment), context, opts).map((d) => d.match);
}

/** Compares two accounts of a story: the public comparison JSON (schema 1). */
export function compareAccounts(a: AccountInput, b: AccountInput, context: StoryContext, options: CompareOptions = {}): Comparison {
  const opts = resolveCompareOptions(options);
  return compareSegmented(segmentWithContext(a, context, opts.segment), segmentWithContext(b, context, opts.segment), context, opts);
}

/** One ordered pair for {@link comparePairs}. */
export interface PairRequest {
  a: AccountInput;
  b: AccountInput;
  /** The pair's options (`story`, outlets, …), as for {@link compareAccounts}. */
  options?: CompareOptions;
}

/**
 * {@link compareAccounts} for many pairs of one story at once: each result is
 * exactly what `compareAccounts` returns for that pair. Speed: the alignment
 * and word diffs are computed in one canonical orientation (see "Orientation"
 * above), so (a, b) and (b, a) share them instead of computing the same
 * answer twice, and a story's n·(n−1) ordered comparisons cost n·(n−1)/2
 * alignments (they were ~85% of a comparison's time). Each account is also
 * looked up in the context once rather than once per pair (its lookup key
 * spells its whole text).
 */
export function comparePairs(pairs: readonly PairRequest[], context: StoryContext): Comparison[] {
  const segmentations = new Map<AccountInput, Map<string, SegmentedAccount>>();
  const segment = (account: AccountInput, options: ResolvedCompareOptions): SegmentedAccount => {
    const key = JSON.stringify(options.segment);
    let byOptions = segmentations.get(account);
    if (!byOptions) segmentations.set(account, (byOptions = new Map()));
    let s = byOptions.get(key);
    if (!s) byOptions.set(key, (s = segmentWithContext(account, context, options.segment)));
    return s;
  };
  // Canonical alignments by (x, y, the options that shape them: all but the echoed labels),
  // and each account's window features (align.ts, RunCache; they depend on no option).
  const alignments = new Map<SegmentedAccount, Map<SegmentedAccount, Map<string, DiffedMatch[]>>>();
  const runCache: RunCache = new Map();
  const shared: CanonicalAlignment = (x, y, ctx, options) => {
    const { story: _story, aOutlet: _aOutlet, bOutlet: _bOutlet, ...shaping } = options;
    const key = JSON.stringify(shaping);
    let byY = alignments.get(x);
    if (!byY) alignments.set(x, (byY = new Map()));
    let byOptions = byY.get(y);
    if (!byOptions) byY.set(y, (byOptions = new Map()));
    let diffed = byOptions.get(key);
    if (!diffed) byOptions.set(key, (diffed = alignCanonical(x, y, ctx, options, runCache)));
    return diffed;
  };
  return pairs.map(({ a, b, options }) => {
    const opts = resolveCompareOptions(options);
    return compareResolved(segment(a, opts), segment(b, opts), context, opts, shared);
  });
}

/** {@link compareAccounts} for accounts already segmented with the same segment options. */
function compareSegmented(a: SegmentedAccount, b: SegmentedAccount, context: StoryContext, options: CompareOptions = {}): Comparison {
  return compareResolved(a, b, context, resolveCompareOptions(options));
}

function compareResolved(a: SegmentedAccount, b: SegmentedAccount, context: StoryContext, opts: ResolvedCompareOptions, canonical?: CanonicalAlignment): Comparison {
  const matches = alignPair(a, b, context, opts, canonical);
  const weights = matches.map(({ match }) => wordsOf(a, match.a) + wordsOf(b, match.b));
  const rows = collateRows(a, b, matches, labelMoves(matches.map((m) => m.match), weights));
  const out: Comparison = {
    schema: 1,
    ...(opts.story !== undefined ? { story: opts.story } : {}),
    engine: ENGINE_VERSION,
    a: { id: a.id, ...(opts.aOutlet !== undefined ? { outlet: opts.aOutlet } : {}), segments: segmentsJson(a) },
    b: { id: b.id, ...(opts.bOutlet !== undefined ? { outlet: opts.bOutlet } : {}), segments: segmentsJson(b) },
    stats: computeStats(a, b, matches, rows, opts.verbatimRun),
    rows,
  };
  return out;
}

function wordsOf(account: SegmentedAccount, indexes: readonly number[]): number {
  let n = 0;
  for (const i of indexes) for (const t of account.segments[i]!.tokens) if (isWord(t)) n++;
  return Math.max(1, n);
}
