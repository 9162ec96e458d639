/**
 * Small results derived from one story's analysis, stored in the analysis cache, for pages that
 * read every story of the archive (the outlet profiles). A rebuild after one change re-renders the
 * profiles of that story's outlets, and each profile reads every story the outlet reported: from
 * the stored summaries that is a few kilobytes per unchanged story instead of its whole analysis
 * (about 300 KB of JSON to read, parse and check at 5 accounts; 1,000 stories cost seconds).
 *
 * A summary is stored under a hash of the story's page key (its analysis key, so the engine, its
 * options and the texts, and every field of the story and its outlets: page-keys.ts) and of the
 * source of the code that derives the summary, so it is never read for other inputs or other code.
 */
import { cachedJson, cacheKey, type CacheValidator } from '../cache/index.ts';
import { getStoryAnalysis, type StoryAnalysis } from './analysis.ts';
import { storyPageKey } from './page-keys.ts';
import type { Story } from './stories.ts';

export interface SummaryKind<T> {
  /** Names the kind of summary (part of its key). */
  name: string;
  /** The source of every module that derives it (import.meta.glob with `?raw`), by path. */
  source: Record<string, string>;
  summarise: (analysis: StoryAnalysis, story: Story) => T;
  /** What is wrong with a stored value, or undefined when it is fit to serve. */
  validate: CacheValidator;
}

/** Hash of a kind's name and code, computed once per kind. */
const codeKeys = new WeakMap<SummaryKind<unknown>, string>();

function codeKey<T>(kind: SummaryKind<T>): string {
  let key = codeKeys.get(kind as SummaryKind<unknown>);
  if (key === undefined) {
    key = cacheKey({ name: kind.name, source: Object.entries(kind.source).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)) });
    codeKeys.set(kind as SummaryKind<unknown>, key);
  }
  return key;
}

/** The story's summary of this kind: from the cache when stored, else from its analysis (then stored). */
export function storySummary<T>(story: Story, kind: SummaryKind<T>): Promise<T> {
  const key = cacheKey({ summary: codeKey(kind), page: storyPageKey(story) });
  return cachedJson<T>(key, async () => kind.summarise(await getStoryAnalysis(story), story), kind.validate);
}
