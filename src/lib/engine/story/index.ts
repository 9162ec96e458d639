/**
 * Retold story analysis: public API. Pure TypeScript, no I/O, deterministic.
 * The data model is documented in ./types.ts.
 *
 *   const findings = analyseStory(accounts, (a, b) => comparisons.get(`${a}/${b}`)!, { story });
 *   const json = toStoryJson(findings, story);
 *
 * Only comparisons `compare(a, b)` with `a < b` (code-unit order) are requested,
 * and accounts are put in canonical order (published, then id) first, so the
 * findings are identical whatever order the accounts come in.
 */
import type { CompareFn, LineageEdge, StoryAccountInput, StoryFindings, StoryJson, StoryOptions } from './types.ts';
import { articleWords, buildAccounts, Pairs } from './accounts.ts';
import { buildClusters } from './clusters.ts';
import { buildCoverage } from './coverage.ts';
import { buildLineage } from './lineage.ts';
import { buildQuotes } from './quotes.ts';
import { buildVariants } from './variants.ts';
import { buildWordChoices } from './word-choices.ts';
import { buildFacts, type Readings } from './facts.ts';

export type * from './types.ts';
export { CLUSTER_DEFAULTS } from './clusters.ts';
export { LINEAGE_DEFAULTS } from './lineage.ts';
export { decideLineage, type LineageThresholds, type PairEvidence, type LineageDecision } from './lineage-decision.ts';
export { QUOTE_DEFAULTS } from './quotes.ts';
export { VARIANT_DEFAULTS, nameSkeleton, isSpellingVariant, extendsWord } from './variants.ts';
export { SLOT_DEFAULTS } from './slots.ts';

/** Defaults of {@link StoryOptions} beyond the per-finding ones. */
export const STORY_DEFAULTS = { leftOutMinOthers: 2 } as const;

export type AnalyseOptions = StoryOptions;

/**
 * Analyses a story from all pairwise comparisons of its accounts.
 * @param accounts the story's accounts, in any order.
 * @param compare the engine's comparison of two accounts by id (asked only for `a < b`).
 */
export function analyseStory(accounts: readonly StoryAccountInput[], compare: CompareFn, options: AnalyseOptions = {}): StoryFindings {
  const pairs = new Pairs(compare);
  const story = buildAccounts(accounts, pairs);
  const clusters = buildClusters(story, pairs, options.clusters);
  const variants = buildVariants(story, clusters, pairs, options.variants);
  // Word choices and facts judge the same slots: one memo of their readings for the story, none kept after it.
  const readings: Readings = new Map();
  const similarity: Record<string, Record<string, number>> = {};
  for (const a of story) {
    similarity[a.id] = {};
    for (const b of story) similarity[a.id]![b.id] = a.id === b.id ? 1 : pairs.get(a.id, b.id).comparison.stats.similarity;
  }
  return {
    ...(options.story ? { story: options.story } : {}),
    versions: story.map((a) => ({ id: a.id, outlet: a.outlet, published: a.published, words: a.words, articleWords: articleWords(a) })),
    similarity,
    clusters,
    coverage: buildCoverage(story, clusters, options.leftOutMinOthers ?? STORY_DEFAULTS.leftOutMinOthers),
    lineage: buildLineage(story, pairs, options.lineage),
    quotes: buildQuotes(story, options.quotes),
    variants,
    wordChoices: buildWordChoices(story, pairs, options.slots, readings),
    facts: buildFacts(story, pairs, variants, options.slots, readings),
  };
}

/**
 * The public story JSON (schema 1): the keys the API documents, plus extras
 * (cluster `reference` and member `wording`; `coverage`; lineage `reasons`,
 * `directed`, `basis`, `relation`, `earlier`, `signals`, and whatever the
 * caller's edge type adds: the site's `evidence` and `label`; quote member
 * `speaker` and `marks`; variant form `context`). Diffs are left out: the
 * comparison JSON has them.
 */
export function toStoryJson<E extends LineageEdge>(findings: StoryFindings<E>, story: string): StoryJson<E> {
  return {
    schema: 1,
    story,
    versions: findings.versions,
    similarity: findings.similarity,
    clusters: findings.clusters.map((c) => ({
      id: c.id,
      reference: c.reference,
      members: c.members.map((m) => ({ version: m.version, segments: m.segments, text: m.text, wording: m.wording })),
    })),
    coverage: findings.coverage,
    lineage: findings.lineage,
    quotes: findings.quotes.map((q) => ({
      id: q.id,
      speaker: q.speaker,
      members: q.members.map((m) => ({ version: m.version, text: m.text, verb: m.verb, speaker: m.speaker, marks: m.marks })),
    })),
    variants: findings.variants,
    wordChoices: findings.wordChoices,
    facts: findings.facts,
  };
}
