/**
 * Build-time analysis of a story: the comparison of every ordered pair of its accounts and the
 * findings across all of them. A story is analysed once, as a whole, and stored on disk under a
 * hash of everything the result depends on, so a rebuild re-analyses only the stories whose text
 * (or the engine) changed. Only a few parsed analyses are kept in memory, so a build of thousands of
 * stories stays within a fixed memory budget.
 */
import { buildStoryContext, compareAccounts, resolveCompareOptions, type AccountInput, type Comparison } from '../engine/index.ts';
import { analyseStory, toStoryJson, type StoryFindings, type StoryJson } from '../engine/story/index.ts';
import { publishedDay } from '../engine/story/timeline.ts';
import { cachedJson, cacheKey } from '../cache/index.ts';
import { storyNames, type Story } from './stories.ts';

/** What is stored per story. */
interface StoredAnalysis {
  /** Comparisons keyed `"<a>/<b>"`, for every ordered pair of distinct accounts. */
  comparisons: Record<string, Comparison>;
  findings: StoryFindings;
}

export interface StoryAnalysis {
  /** Comparisons keyed `"<a>/<b>"`, for every ordered pair of distinct accounts. */
  comparisons: ReadonlyMap<string, Comparison>;
  findings: StoryFindings;
  /** The public story JSON (`/api/stories/<story>.json`). */
  json: StoryJson;
  /** Reader-facing name of each account. */
  names: ReadonlyMap<string, string>;
}

/**
 * The engine's source, hashed into every key: any change to how texts are compared or analysed
 * invalidates stored results, without relying on anyone remembering to bump a version.
 */
const ENGINE_SOURCE = import.meta.glob('../engine/**/*.ts', { query: '?raw', import: 'default', eager: true });
const engineHash = cacheKey(Object.entries(ENGINE_SOURCE).sort(([x], [y]) => (x < y ? -1 : 1)));

const pairKey = (a: string, b: string) => `${a}/${b}`;

/** Every ordered pair (a, b) of distinct accounts, in the story's account order. */
export function orderedPairs<T extends { id: string }>(accounts: readonly T[]): [T, T][] {
  return accounts.flatMap((a) => accounts.filter((b) => b.id !== a.id).map((b): [T, T] => [a, b]));
}

function analyse(story: Story, names: ReadonlyMap<string, string>): StoredAnalysis {
  const inputs = new Map(story.accounts.map((a): [string, AccountInput] => [a.id, { id: a.id, paragraphs: a.paragraphs }]));
  const context = buildStoryContext([...inputs.values()]);
  const comparisons: Record<string, Comparison> = {};
  for (const [a, b] of orderedPairs(story.accounts)) {
    comparisons[pairKey(a.id, b.id)] = compareAccounts(inputs.get(a.id)!, inputs.get(b.id)!, context, { story: story.id, aOutlet: a.outlet.id, bOutlet: b.outlet.id });
  }
  const findings = analyseStory(
    // The analysis works in days (`YYYY-MM-DD`); a time of day, where known, orders the timeline only.
    story.accounts.map((a) => ({ id: a.id, outlet: a.outlet.id, published: publishedDay(a.data.published), paragraphs: a.paragraphs, words: a.words, ...(a.data.relation ? { relation: a.data.relation } : {}) })),
    (a, b) => comparisons[pairKey(a, b)]!,
    { story: story.id, name: (id) => names.get(id) ?? id },
  );
  return { comparisons, findings };
}

const isStoredAnalysis = (value: unknown): value is StoredAnalysis =>
  typeof value === 'object' && value !== null && 'comparisons' in value && 'findings' in value;

async function load(story: Story): Promise<StoryAnalysis> {
  const names = storyNames(story);
  const key = cacheKey({
    engine: engineHash,
    options: resolveCompareOptions(),
    story: story.id,
    accounts: story.accounts.map((a) => ({ id: a.id, outlet: a.outlet.id, name: names.get(a.id), published: a.data.published, relation: a.data.relation, paragraphs: a.paragraphs })),
  });
  const stored = await cachedJson(key, () => analyse(story, names), isStoredAnalysis);
  return { comparisons: new Map(Object.entries(stored.comparisons)), findings: stored.findings, json: toStoryJson(stored.findings, story.id), names };
}

/**
 * Pages are rendered route by route (all comparisons, then all accounts, …), each route story by
 * story, so a handful of recent analyses serves almost every request from memory.
 */
const RECENT_STORIES = 4;
const recent = new Map<string, Promise<StoryAnalysis>>();

export function getStoryAnalysis(story: Story): Promise<StoryAnalysis> {
  const pending = recent.get(story.id) ?? load(story);
  recent.delete(story.id);
  recent.set(story.id, pending);
  if (recent.size > RECENT_STORIES) recent.delete(recent.keys().next().value!);
  return pending;
}

export async function getComparison(story: Story, a: string, b: string): Promise<Comparison> {
  const comparison = (await getStoryAnalysis(story)).comparisons.get(pairKey(a, b));
  if (!comparison) throw new Error(`no comparison ${a}/${b} in story ${story.id}`);
  return comparison;
}
