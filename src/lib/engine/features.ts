import type { SegmentedAccount, StoryContext } from './types.ts';
import { termIdf, weightedDice } from './rarity.ts';

/*
 * Numeric features for matching. Stems are interned to small integers once
 * per story, so scoring works on integer-keyed maps and typed arrays
 * instead of strings (the hot loop of the engine).
 */

/** Inverse document frequency of a stem, > 0. A stem the context never saw counts as rare (df = 1). */
export function idf(context: StoryContext, stem: string): number {
  return termIdf({ documents: context.segmentCount, frequency: context.documentFrequency }, stem);
}

/** Content of one sentence or of a run of adjacent sentences. */
export interface Features {
  /** Term id → occurrences. */
  terms: Map<number, number>;
  /** Σ occurrences × idf: the "size" of the run in weighted words. */
  weight: number;
  /** Number of content words. */
  contentWords: number;
  /** Content-word term ids in reading order, per sentence of the run. */
  sequences: ReadonlyArray<readonly number[]>;
  /** Term ids of the run's numbers (figures, dates, counts). */
  numbers: ReadonlySet<number>;
  /**
   * Content-word trigrams (term ids joined), within each sentence. Built on
   * first use by {@link shingleContainment}: only the few pairs that reach
   * the containment pass need them (building them for every sentence and
   * window was a fifth of the matching time).
   */
  shingles?: Set<string>;
}

/** Shared term dictionary and IDF table of one comparison. */
export class TermTable {
  private readonly ids = new Map<string, number>();
  private readonly weights: number[] = [];
  private readonly rareFlags: boolean[] = [];
  private readonly context: StoryContext;
  /**
   * A stem is *rare* when no more of the story's sentences hold it than the
   * story has accounts: on average each account says it at most once, so it
   * names something specific to one statement (a place, a figure, a
   * distinctive term), not the story's topic or protagonists, which every
   * account repeats from sentence to sentence.
   */
  private readonly rareMaxFrequency: number;

  constructor(context: StoryContext) {
    this.context = context;
    this.rareMaxFrequency = Math.max(1, context.texts.length);
  }

  id(stem: string): number {
    let id = this.ids.get(stem);
    if (id === undefined) {
      id = this.weights.length;
      this.ids.set(stem, id);
      this.weights.push(idf(this.context, stem));
      this.rareFlags.push((this.context.documentFrequency.get(stem) ?? 0) <= this.rareMaxFrequency);
    }
    return id;
  }

  weight(id: number): number {
    return this.weights[id]!;
  }

  /** True when the term is rare in the story (see `rareMaxFrequency`). */
  rare(id: number): boolean {
    return this.rareFlags[id]!;
  }
}

/**
 * What matching reads of each account of a story, computed once per story
 * (`buildStoryContext`) instead of once per pair. Speed: an account takes
 * part in 2·(n−1) comparisons of a story of n accounts, and interning its
 * stems, weighing them and indexing its sentences was a quarter of every
 * comparison's matching time. Term ids are only compared with each other,
 * never ordered or shown, and every sum runs in reading order as before, so
 * results are exactly those of per-pair tables.
 */
export interface StoryMatching {
  /** The story's terms: one id, weight and rarity per stem. */
  table: TermTable;
  /** The context's segmented accounts → their features and inverted index. */
  accounts: ReadonlyMap<SegmentedAccount, AccountFeatures>;
}

/** Matching features of one segmented account. */
export interface AccountFeatures {
  /** Per segment, see {@link segmentFeatures}. */
  segments: ReadonlyArray<Features | null>;
  /** Term id → ascending indexes of the segments holding it (candidate lookup). */
  index: TermIndex;
}

/** Term id → ascending indexes of the segments holding it. */
export type TermIndex = ReadonlyMap<number, readonly number[]>;

/** The matching data of a story's segmented accounts. */
export function storyMatching(context: StoryContext, accounts: readonly SegmentedAccount[]): StoryMatching {
  const table = new TermTable(context);
  return { table, accounts: new Map(accounts.map((a) => [a, accountFeatures(a, table)] as const)) };
}

/** Features of an account: from the story's matching data when it holds the account, else computed with its table. */
export function accountFeatures(account: SegmentedAccount, table: TermTable, matching?: StoryMatching): AccountFeatures {
  const cached = matching?.accounts.get(account);
  if (cached) return cached;
  const segments = segmentFeatures(account, table);
  return { segments, index: invertedIndex(segments) };
}

/** Term id → ascending segment indexes containing it. */
export function invertedIndex(features: ReadonlyArray<Features | null>): Map<number, number[]> {
  const index = new Map<number, number[]>();
  features.forEach((f, i) => {
    if (!f) return;
    for (const id of f.terms.keys()) {
      const list = index.get(id);
      if (list) list.push(i);
      else index.set(id, [i]);
    }
  });
  return index;
}

/** Per-segment features of a text segment; `null` for segments that are not `text`. */
export function segmentFeatures(account: SegmentedAccount, table: TermTable): Array<Features | null> {
  return account.segments.map((s) => {
    if (s.kind !== 'text') return null;
    const terms = new Map<number, number>();
    const seq: number[] = [];
    const numbers = new Set<number>();
    let weight = 0;
    for (const t of s.tokens) {
      if (!t.content) continue;
      const id = table.id(t.stem);
      terms.set(id, (terms.get(id) ?? 0) + 1);
      weight += table.weight(id);
      seq.push(id);
      if (t.type === 'number') numbers.add(id);
    }
    return { terms, weight, contentWords: seq.length, sequences: [seq], numbers };
  });
}

/** Features of a run of segments (all must be text). */
export function mergeFeatures(parts: readonly Features[]): Features {
  if (parts.length === 1) return parts[0]!;
  const terms = new Map<number, number>();
  const numbers = new Set<number>();
  let weight = 0;
  let contentWords = 0;
  for (const p of parts) {
    for (const [id, n] of p.terms) terms.set(id, (terms.get(id) ?? 0) + n);
    for (const id of p.numbers) numbers.add(id);
    weight += p.weight;
    contentWords += p.contentWords;
  }
  return { terms, weight, contentWords, sequences: parts.flatMap((p) => p.sequences), numbers };
}

function shinglesOf(f: Features): Set<string> {
  if (!f.shingles) {
    f.shingles = new Set<string>();
    for (const seq of f.sequences) {
      for (let i = 0; i + 2 < seq.length; i++) f.shingles.add(`${seq[i]},${seq[i + 1]},${seq[i + 2]}`);
    }
  }
  return f.shingles;
}

/** Scores of one pair of runs; both symmetric in (x, y) and in 0–1. */
export interface PairScore {
  /** 2·overlap / (weightX + weightY). */
  dice: number;
  /** overlap / min(weightX, weightY). */
  containment: number;
}

/** IDF-weighted overlap scores. Iterates the smaller term map only. */
export function scorePair(x: Features, y: Features, table: TermTable): PairScore {
  if (x.weight === 0 || y.weight === 0) return { dice: 0, containment: 0 };
  const [small, large] = x.terms.size <= y.terms.size ? [x.terms, y.terms] : [y.terms, x.terms];
  let overlap = 0;
  for (const [id, n] of small) {
    const m = large.get(id);
    if (m !== undefined) overlap += Math.min(n, m) * table.weight(id);
  }
  return {
    dice: weightedDice(overlap, x.weight, y.weight),
    containment: Math.min(1, overlap / Math.min(x.weight, y.weight)),
  };
}

/**
 * Shared trigrams over the trigrams of the side with fewer (word-order
 * evidence, 0–1). Separate from `scorePair` because only the few pairs that
 * reach the containment pass need it (speed).
 */
export function shingleContainment(x: Features, y: Features): number {
  const hx = shinglesOf(x);
  const hy = shinglesOf(y);
  const [sx, sy] = hx.size <= hy.size ? [hx, hy] : [hy, hx];
  if (sx.size === 0) return 0;
  let shared = 0;
  for (const s of sx) if (sy.has(s)) shared++;
  return shared / sx.size;
}
