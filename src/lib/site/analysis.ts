/**
 * Build-time analysis of a story: the comparison of every ordered pair of its accounts and the
 * findings across all of them. A story is analysed once, as a whole, and stored on disk under a
 * hash of everything the result depends on, so a rebuild re-analyses only the stories whose text
 * (or the engine) changed. Stories not yet in the cache are analysed ahead, in worker threads
 * (analysis-pool.ts), while the build renders. Only a few parsed analyses are kept in memory, so a
 * build of thousands of stories stays within a fixed memory budget.
 */
import { existsSync } from 'node:fs';
import { resolveCompareOptions, type Comparison } from '../engine/index.ts';
import { toStoryJson, type StoryJson } from '../engine/story/index.ts';
import { cacheEntryPath, cachedJson, cacheKey, defaultCacheDir } from '../cache/index.ts';
import { AnalysisPool, worthWorkers } from './analysis-pool.ts';
import { cardsDrawnAhead, cardsJob } from './card-set.ts';
import { analysisCodeHash } from './analysis-key.ts';
import { wordFindings, type WordedFindings, type WordedLineageEdge } from './lineage.ts';
import { analyseInput, pairKey, type AnalysisInput } from './story-analysis.ts';
import { storedAnalysisProblem, type StoredAnalysis } from './stored-analysis.ts';
import { getStories, storyNames, type Story } from './stories.ts';
import { publishedDay } from '../engine/story/timeline.ts';
import { accountNamer } from './format.ts';

export { orderedPairs } from './story-analysis.ts';

export interface StoryAnalysis {
  /** Comparisons keyed `"<a>/<b>"`, for every ordered pair of distinct accounts. */
  comparisons: ReadonlyMap<string, Comparison>;
  /** The findings, lineage worded for readers (`lineage.ts`). */
  findings: WordedFindings;
  /** The public story JSON (`/api/stories/<story>.json`). */
  json: StoryJson<WordedLineageEdge>;
  /** Reader-facing name of each account. */
  names: ReadonlyMap<string, string>;
}

/** The fields of an account the engine uses besides its text. */
const accountFields = (a: Story['accounts'][number]) =>
  // The analysis works in days (`YYYY-MM-DD`); a time of day, where known, orders the timeline only.
  ({ id: a.id, outlet: a.outlet.id, published: publishedDay(a.data.published), ...(a.data.relation ? { relation: a.data.relation } : {}), ...(a.data.lang ? { lang: a.data.lang } : {}) });

/** What the analysis of `story` reads: its accounts' texts and the fields the engine uses. */
function analysisInput(story: Story): AnalysisInput {
  return { story: story.id, accounts: story.accounts.map((a) => ({ ...accountFields(a), paragraphs: a.paragraphs })) };
}

/** Computed once per story and build: every route of a story asks for it. */
const analysisKeys = new WeakMap<Story, string>();

/**
 * The analysis input with each account's text replaced by the SHA-256 that names it in the text
 * store (src/lib/content/texts.ts): equal hashes mean equal texts, so the key still covers every
 * character, and keying the archive neither hashes nor reads its texts on every build.
 */
const keyInput = (story: Story) => ({ story: story.id, accounts: story.accounts.map((a) => ({ ...accountFields(a), text: a.text })) });

/** Hash of everything a story's analysis depends on: the analysis code (analysis-key.ts), options and input. Equal keys mean equal analyses. */
export function analysisKey(story: Story): string {
  let key = analysisKeys.get(story);
  if (key === undefined) {
    key = cacheKey({ code: analysisCodeHash, options: resolveCompareOptions(), input: keyInput(story) });
    analysisKeys.set(story, key);
  }
  return key;
}

/** Stories being analysed in a worker thread, by analysis key. */
const ahead = new Map<string, Promise<void>>();
let pool: AnalysisPool | undefined;

/**
 * All stories, as `getStories()`, after sending those with no stored analysis to the worker pool, in
 * list order (the order pages are rendered in). The story routes' `getStaticPaths` use it, so
 * analysis starts before the first page renders.
 */
export function storiesAnalysedAhead(): Promise<Story[]> {
  sentAhead ??= sendAhead();
  return sentAhead;
}

/** Sending the stories to the pool happens once per build: later calls find every job queued. */
let sentAhead: Promise<Story[]> | undefined;

async function sendAhead(): Promise<Story[]> {
  const stories = await getStories();
  pool ??= new AnalysisPool();
  if (pool.size === 0) return stories;
  const dir = defaultCacheDir();
  const jobs: { story: Story; key: string; analysed: boolean; cards: ReturnType<typeof cardsJob> }[] = [];
  for (const story of stories) {
    const key = analysisKey(story);
    // A story analysed before still goes to a worker when some of its share cards are not drawn.
    const analysed = ahead.has(key) || existsSync(cacheEntryPath(dir, key));
    const cards = cardsJob(story, storyNames(story), key, dir);
    if (!analysed || cards) jobs.push({ story, key, analysed, cards });
  }
  if (!worthWorkers(jobs.length, pool.size)) return stories;
  for (const { story, key, analysed, cards } of jobs) {
    // A failure is reported when a page asks for the story (below), not as an unhandled rejection.
    const job = pool.analyse({ key, input: analysisInput(story), dir, ...(cards ? { cards } : {}) });
    if (cards) cardsDrawnAhead(story, job.drawn);
    if (analysed) continue;
    job.analysed.catch(() => {});
    ahead.set(key, job.analysed);
  }
  return stories;
}

async function load(story: Story): Promise<StoryAnalysis> {
  const key = analysisKey(story);
  // Whatever asks first (a story route, or a page over all stories such as the outlet profiles,
  // whose paths Astro may collect before any story route's), every missing analysis goes to the
  // pool: otherwise a page reading every story would analyse them all on this one thread.
  await storiesAnalysedAhead();
  await ahead.get(key);
  ahead.delete(key);
  const stored = await cachedJson<StoredAnalysis>(key, () => analyseInput(analysisInput(story)), (value) => storedAnalysisProblem(value, story.accounts));
  const names = storyNames(story);
  const findings = wordFindings(stored.findings, accountNamer(names));
  return { comparisons: new Map(Object.entries(stored.comparisons)), findings, json: toStoryJson(findings, story.id), names };
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
