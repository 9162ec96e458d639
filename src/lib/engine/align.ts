import type { SegmentMatch, SegmentedAccount, StoryContext } from './types.ts';
import type { ResolvedCompareOptions } from './options.ts';
import { TermTable, accountFeatures, mergeFeatures, scorePair, shingleContainment, type Features, type PairScore } from './features.ts';
import { candidatePairs } from './candidates.ts';
import { retellingEvidence } from './retold.ts';

/*
 * Order-free sentence matching, in six steps:
 * 1. candidates from an inverted index (candidates.ts), never all pairs;
 * 2. around each candidate pair, windows of up to `maxWindow` adjacent
 *    sentences on one side against one sentence on the other (splits and
 *    merges), scored by IDF-weighted Dice;
 * 3. pass "similar": greedy by score (plus a little neighbour support),
 *    without overlap, above `similarThreshold`;
 * 4. pass "contained": on the leftovers, a short run (a quote) whose content
 *    is mostly inside a longer one, with trigram (word order) evidence;
 * 5. pass "retold": on the leftovers, 1:1 pairs that share rare content
 *    (names, places, figures) in a compatible order (retold.ts);
 * 6. pass "neighbour": what is still left, scored only against the
 *    unmatched sentence between two matched neighbours, with one rare unit.
 * Only `text` segments take part. Order is used later, only to label moves.
 */

/** A candidate correspondence: A run [aStart, aStart+aLen) ↔ B run [bStart, bStart+bLen). */
interface Window extends PairScore {
  aStart: number;
  aLen: number;
  bStart: number;
  bLen: number;
  /** Selection key of the current pass. */
  rank: number;
  score: number;
}

/**
 * Windows are only grown around pairs that share at least this share of the
 * smaller sentence's weight: a split or merge always has one sentence largely
 * contained in the other. Saves most window scoring (speed only).
 */
const EXPAND_FLOOR = 0.3;

/**
 * Window features of accounts, shared by the comparisons of one
 * `comparePairs` call. Speed: each of an account's pairs asks for windows
 * (runs of adjacent sentences) around its sentences, mostly the same ones
 * (on the seeds, 542 merges of term counts for 168 distinct runs); a run's
 * features depend only on its account, never on the other side.
 */
export type RunCache = Map<SegmentedAccount, RunFeatures>;

/** Matches the text segments of two segmented accounts; sorted by first A index. */
export function matchSegmented(
  a: SegmentedAccount,
  b: SegmentedAccount,
  context: StoryContext,
  options: ResolvedCompareOptions,
  runCache: RunCache = new Map(),
): SegmentMatch[] {
  const table = context.matching?.table ?? new TermTable(context);
  const featuresA = accountFeatures(a, table, context.matching);
  const featuresB = accountFeatures(b, table, context.matching);
  const fa = featuresA.segments;
  const fb = featuresB.segments;
  const runsOf = (account: SegmentedAccount, features: ReadonlyArray<Features | null>): RunFeatures => {
    let runs = runCache.get(account);
    if (!runs) runCache.set(account, (runs = new RunFeatures(features)));
    return runs;
  };
  const runsA = runsOf(a, fa);
  const runsB = runsOf(b, fb);
  const windows = scoreWindows(candidatePairs(fa, fb, table, options, { a: featuresA.index, b: featuresB.index }), runsA, runsB, table, options.maxWindow);

  const usedA = new Uint8Array(fa.length);
  const usedB = new Uint8Array(fb.length);
  const matches: SegmentMatch[] = [];
  const accept = (w: Window, pass: SegmentMatch['pass']): void => {
    for (let i = w.aStart; i < w.aStart + w.aLen; i++) usedA[i] = 1;
    for (let j = w.bStart; j < w.bStart + w.bLen; j++) usedB[j] = 1;
    matches.push({
      a: range(w.aStart, w.aLen),
      b: range(w.bStart, w.bLen),
      score: round4(w.score),
      dice: round4(w.dice),
      containment: round4(w.containment),
      pass,
    });
  };
  const free = (w: Window): boolean => {
    for (let i = w.aStart; i < w.aStart + w.aLen; i++) if (usedA[i]) return false;
    for (let j = w.bStart; j < w.bStart + w.bLen; j++) if (usedB[j]) return false;
    return true;
  };

  // Pass 1: similar runs. Neighbour support = best 1:1 Dice on the diagonal
  // just before or just after the window.
  const single = new Map<number, number>();
  const width = fb.length + 1;
  for (const w of windows) if (w.aLen === 1 && w.bLen === 1) single.set(w.aStart * width + w.bStart, w.dice);
  const support = (w: Window): number =>
    Math.max(
      single.get((w.aStart - 1) * width + (w.bStart - 1)) ?? 0,
      single.get((w.aStart + w.aLen) * width + (w.bStart + w.bLen)) ?? 0,
    );
  const similar = windows.filter((w) => w.dice >= options.similarThreshold);
  for (const w of similar) {
    w.score = w.dice;
    w.rank = w.dice + options.contextBoost * support(w);
  }
  for (const w of similar.sort(byRank)) if (free(w)) accept(w, 'similar');

  // Pass 2: contained runs among the leftovers.
  const shingles = new Map<Window, number>();
  const contained = windows.filter((w) => {
    if (w.containment < options.containThreshold || !free(w)) return false;
    const x = runsA.get(w.aStart, w.aLen);
    const y = runsB.get(w.bStart, w.bLen);
    if (Math.min(x.contentWords, y.contentWords) < options.containMinWords) return false;
    const s = shingleContainment(x, y);
    shingles.set(w, s);
    return s >= options.containMinShingles;
  });
  // Score: containment, kept whole when the words also stand in the same order (every trigram
  // shared) and halved when none do. Containment is the evidence that the short run sits in the
  // long one; trigrams tell a quotation (same order) from a reassembled sentence, which is still a
  // correspondence but a weaker one, so order can only lower the score, never below half. The
  // score ranks contained pairs against one another and is the row's reported strength (0–1).
  for (const w of contained) w.rank = w.score = w.containment * (0.5 + 0.5 * shingles.get(w)!);
  for (const w of contained.sort(byRank)) if (free(w)) accept(w, 'contained');

  // Passes 3 and 4: retellings among the 1:1 leftovers.
  const leftovers = windows.filter((w) => w.aLen === 1 && w.bLen === 1 && w.dice >= options.retoldThreshold && free(w));
  const evidence = new Map(leftovers.map((w) => [w, retellingEvidence(runsA.get(w.aStart, 1), runsB.get(w.bStart, 1), table)] as const));
  const retold = (w: Window, minUnits: number): boolean => {
    const e = evidence.get(w)!;
    return !e.numberConflict && e.order >= options.retoldMinOrder && e.rareUnits >= minUnits;
  };
  for (const w of leftovers) w.rank = w.score = w.dice;
  leftovers.sort(byRank);
  for (const w of leftovers) if (free(w) && retold(w, options.retoldMinRareUnits)) accept(w, 'retold');
  // Pass 4: a gap between matched neighbours, scored only against its counterpart.
  const pairedAt = new Map<number, number>();
  for (const m of matches) if (m.a.length === 1 && m.b.length === 1) pairedAt.set(m.a[0]!, m.b[0]!);
  const between = (w: Window): boolean => pairedAt.get(w.aStart - 1) === w.bStart - 1 || pairedAt.get(w.aStart + 1) === w.bStart + 1;
  for (const w of leftovers) if (free(w) && between(w) && retold(w, options.neighbourMinRareUnits)) accept(w, 'neighbour');

  return matches.sort((x, y) => x.a[0]! - y.a[0]!);
}

/** Higher rank first; ties: smaller window, earlier in A, earlier in B, A-side window first. */
function byRank(x: Window, y: Window): number {
  return y.rank - x.rank || x.aLen + x.bLen - (y.aLen + y.bLen) || x.aStart - y.aStart || x.bStart - y.bStart || x.aLen - y.aLen;
}

/** Features of runs of adjacent text segments, memoized by (start, length). */
export class RunFeatures {
  private readonly memo = new Map<number, Features>();
  private readonly features: ReadonlyArray<Features | null>;

  constructor(features: ReadonlyArray<Features | null>) {
    this.features = features;
  }

  get size(): number {
    return this.features.length;
  }

  /**
   * True when [start, start+len) is inside the account and all text with
   * content: a sentence without content words adds nothing to a window, and
   * would only tie with the smaller window.
   */
  valid(start: number, len: number): boolean {
    if (start < 0 || start + len > this.features.length) return false;
    for (let i = start; i < start + len; i++) if (!this.features[i] || (len > 1 && this.features[i]!.weight === 0)) return false;
    return true;
  }

  get(start: number, len: number): Features {
    const key = start * 16 + len; // maxWindow ≤ 15 (clamped in options.ts)
    let f = this.memo.get(key);
    if (!f) {
      f = mergeFeatures(this.features.slice(start, start + len) as Features[]);
      this.memo.set(key, f);
    }
    return f;
  }
}

/**
 * Scores the 1:1 candidate pairs, then the split/merge windows around the
 * promising ones: a split or merge always has one sentence largely inside the
 * other, so only pairs at or above {@link EXPAND_FLOOR} grow windows. Every such
 * pair grows them, not only each sentence's best partners: short sentences that
 * repeat a merge's words (a summary line, then the body) lie as wholly inside
 * its sentences as the merge's own parts do, so ranking partners can rank the
 * merge's pairs out.
 */
function scoreWindows(
  pairs: ReadonlyArray<[number, number]>,
  runsA: RunFeatures,
  runsB: RunFeatures,
  table: TermTable,
  maxWindow: number,
): Window[] {
  const out: Window[] = [];
  // Numeric window key (no string building in the hot loop): lengths < 16.
  const seen = new Set<number>();
  const add = (aStart: number, aLen: number, bStart: number, bLen: number): void => {
    const key = ((aStart * 16 + aLen) * (runsB.size + 1) + bStart) * 16 + bLen;
    if (seen.has(key) || !runsA.valid(aStart, aLen) || !runsB.valid(bStart, bLen)) return;
    seen.add(key);
    const s = scorePair(runsA.get(aStart, aLen), runsB.get(bStart, bLen), table);
    out.push({ aStart, aLen, bStart, bLen, dice: s.dice, containment: s.containment, rank: 0, score: 0 });
  };
  for (const [i, j] of pairs) add(i, 1, j, 1);
  if (maxWindow < 2) return out;

  const singles = out.length;
  for (let k = 0; k < singles; k++) {
    const { aStart: i, bStart: j, containment } = out[k]!;
    if (containment < EXPAND_FLOOR) continue;
    for (let len = 2; len <= maxWindow; len++) {
      for (let start = i - len + 1; start <= i; start++) add(start, len, j, 1);
      for (let start = j - len + 1; start <= j; start++) add(i, 1, start, len);
    }
  }
  return out;
}

function range(start: number, len: number): number[] {
  return Array.from({ length: len }, (_, k) => start + k);
}

export function round4(x: number): number {
  return Math.round(x * 10000) / 10000;
}
