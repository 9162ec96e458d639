import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildStoryContext, compareAccounts, type AccountInput, type CompareOptions, type Comparison } from '../../../src/lib/engine/index.ts';

/*
 * Precision and recall of the aligner on the labelled development set
 * (tests/fixtures/alignment/pairs.json; see its README). Shared by the unit
 * test (floors) and `npm run eval:alignment` (the report).
 *
 * Two readings, both with the topic's sentences as the story (IDF context):
 * - `pairs`: each labelled pair compared alone, one sentence per account;
 * - `accounts`: all A sentences of a topic as one account, all B sentences as
 *   another, compared once; every matched row pairs its A and B sentences, and
 *   a pair counts as right only when it is a labelled positive (so a sentence
 *   aligned with the wrong partner is a false pair and a miss).
 */

export type PairKind = 'verbatim' | 'light-edit' | 'rewrite' | 'same-topic' | 'unrelated';
export interface LabelledPair {
  kind: PairKind;
  a: string;
  b: string;
}
export interface Topic {
  id: string;
  pairs: LabelledPair[];
}

export const POSITIVE_KINDS: ReadonlySet<PairKind> = new Set(['verbatim', 'light-edit', 'rewrite']);

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/alignment');

/** `pairs`: the development set; `heldout`: pairs written after the rules were fixed, never used to choose them. */
export function loadTopics(set: 'pairs' | 'heldout' = 'pairs'): Topic[] {
  return (JSON.parse(readFileSync(path.join(FIXTURES, `${set}.json`), 'utf8')) as { topics: Topic[] }).topics;
}

export interface Score {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  /** Pairs aligned, per kind (for positives: found; for negatives: false pairs). */
  alignedByKind: Record<PairKind, { aligned: number; total: number }>;
  /** Human-readable list of every wrong decision. */
  mistakes: string[];
}

/** Counts decisions into a {@link Score}. */
class Tally {
  tp = 0;
  fp = 0;
  fn = 0;
  readonly byKind = emptyByKind();
  readonly mistakes: string[] = [];

  truePair(): void {
    this.tp++;
  }

  falsePair(what: string): void {
    this.fp++;
    this.mistakes.push(`false pair ${what}`);
  }

  missed(what: string): void {
    this.fn++;
    this.mistakes.push(`missed ${what}`);
  }

  score(): Score {
    const { tp, fp, fn } = this;
    return {
      truePositives: tp,
      falsePositives: fp,
      falseNegatives: fn,
      precision: tp + fp === 0 ? 1 : tp / (tp + fp),
      recall: tp + fn === 0 ? 1 : tp / (tp + fn),
      alignedByKind: this.byKind,
      mistakes: this.mistakes,
    };
  }
}

function emptyByKind(): Score['alignedByKind'] {
  const k = (): { aligned: number; total: number } => ({ aligned: 0, total: 0 });
  return { verbatim: k(), 'light-edit': k(), rewrite: k(), 'same-topic': k(), unrelated: k() };
}

function topicAccounts(topic: Topic): [AccountInput, AccountInput] {
  return [
    { id: `${topic.id}-a`, paragraphs: topic.pairs.map((p) => p.a) },
    { id: `${topic.id}-b`, paragraphs: topic.pairs.map((p) => p.b) },
  ];
}

const matched = (c: Comparison) => c.rows.filter((r) => r.a.length > 0 && r.b.length > 0);

/** Each labelled pair compared alone. */
export function scorePairs(topics: readonly Topic[], options: CompareOptions = {}): Score {
  const tally = new Tally();
  for (const topic of topics) {
    const context = buildStoryContext(topicAccounts(topic));
    for (const pair of topic.pairs) {
      const c = compareAccounts({ id: 'a', paragraphs: [pair.a] }, { id: 'b', paragraphs: [pair.b] }, context, options);
      const aligned = matched(c).length > 0;
      const positive = POSITIVE_KINDS.has(pair.kind);
      const what = `(${topic.id}, ${pair.kind}): ${pair.a} ↔ ${pair.b}`;
      tally.byKind[pair.kind].total++;
      if (aligned) tally.byKind[pair.kind].aligned++;
      if (aligned && positive) tally.truePair();
      else if (aligned) tally.falsePair(what);
      else if (positive) tally.missed(what);
    }
  }
  return tally.score();
}

/** All sentences of a topic as two accounts, compared once. */
export function scoreAccounts(topics: readonly Topic[], options: CompareOptions = {}): Score {
  const tally = new Tally();
  for (const topic of topics) {
    const [a, b] = topicAccounts(topic);
    const c = compareAccounts(a, b, buildStoryContext([a, b]), options);
    const paragraphs = (side: Comparison['a'], idx: number[]) => [...new Set(idx.map((i) => side.segments[i]!.paragraph))];
    const positives = new Set(topic.pairs.filter((p) => POSITIVE_KINDS.has(p.kind)).map((p) => `${p.a}\u0000${p.b}`));
    const found = new Set<string>();
    for (const row of matched(c)) {
      for (const i of paragraphs(c.a, row.a)) {
        for (const j of paragraphs(c.b, row.b)) {
          const key = `${topic.pairs[i]!.a}\u0000${topic.pairs[j]!.b}`;
          if (found.has(key)) continue;
          found.add(key);
          if (positives.has(key)) tally.truePair();
          else tally.falsePair(`(${topic.id}): ${topic.pairs[i]!.a} ↔ ${topic.pairs[j]!.b}`);
        }
      }
    }
    for (const pair of topic.pairs) {
      const key = `${pair.a}\u0000${pair.b}`;
      tally.byKind[pair.kind].total++;
      if (found.has(key)) tally.byKind[pair.kind].aligned++;
      if (POSITIVE_KINDS.has(pair.kind) && !found.has(key)) tally.missed(`(${topic.id}, ${pair.kind}): ${pair.a} ↔ ${pair.b}`);
    }
  }
  return tally.score();
}
