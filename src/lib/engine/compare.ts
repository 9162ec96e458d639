import type { AccountInput, Comparison, SegmentJson, SegmentMatch, SegmentedAccount, StoryContext, Token } from './types.ts';
import { resolveCompareOptions, type CompareOptions, type ResolvedCompareOptions } from './options.ts';
import { matchSegmented } from './align.ts';
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

/** Matches and their word diffs, for segmented accounts in the caller's orientation. */
function alignPair(a: SegmentedAccount, b: SegmentedAccount, context: StoryContext, options: ResolvedCompareOptions): DiffedMatch[] {
  const swap = compareCodeUnits(b.text, a.text) < 0;
  const [x, y] = swap ? [b, a] : [a, b];
  const diffed = matchSegmented(x, y, context, options).map((match): DiffedMatch => {
    const diff = wordDiff(tokensOf(x, match.a), tokensOf(y, match.b));
    return { match, ...diff, grades: gradeDiff(diff, x.lang) };
  });
  if (!swap) return diffed;
  return diffed
    .map(({ match, ...diff }) => ({ match: { ...match, a: match.b, b: match.a }, ...mirrorDiff(diff) }))
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

/** {@link compareAccounts} for accounts already segmented with the same segment options. */
function compareSegmented(a: SegmentedAccount, b: SegmentedAccount, context: StoryContext, options: CompareOptions = {}): Comparison {
  const opts = resolveCompareOptions(options);
  const matches = alignPair(a, b, context, opts);
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
