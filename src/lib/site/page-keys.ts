/**
 * Cache keys of the pages for Astro's incremental build (`experimental.incrementalBuild`): a page
 * returned from `getStaticPaths()` with a `cacheKey` is copied from the previous build when its key
 * and its code are unchanged. A key must therefore change whenever anything the page prints
 * changes; everything else (the page's code and components, `site` and `base` from the config, the
 * lockfile) Astro hashes itself.
 *
 * A page that prints something from outside its inputs below must add it to its key, or an
 * incremental build would copy a stale page (tests/unit/build/incremental.test.ts compares an
 * incremental build with a cold one).
 */
import { createHash } from 'node:crypto';
import { cacheKey } from '../cache/index.ts';
import { analysisKey } from './analysis.ts';
import { pageRange } from './paging.ts';
import { getStories, type Story } from './stories.ts';

/** Once per story and build, shared by all its routes. */
const storyKeys = new WeakMap<Story, string>();

/**
 * Key of every page and JSON file scoped to one story (the story page, its account pages, its
 * comparisons and their JSON): its analysis (engine, options, texts) and every other field of the story,
 * its accounts and their outlets that a page prints: titles, dates, summary, headlines, authors,
 * URLs, outlet names, descriptions and attribution, and the reader-facing account names derived
 * from them. A story page prints nothing of other stories, so a change elsewhere never touches it.
 */
export function storyPageKey(story: Story): string {
  let key = storyKeys.get(story);
  if (key === undefined) {
    // Every field of the story and its accounts, but not the texts: they are in the analysis key
    // already (by the hash that names each one in the text store, which an account's `text`
    // repeats), and an account's paragraphs are not an enumerable field (stories.ts), so its JSON
    // leaves them out and reading the archive's texts to key it is not needed.
    // Plain JSON, not the canonical JSON of `cacheKey` (sorted keys): a page key need only be equal
    // for equal stories and differ for different ones. The same code builds each story's fields in
    // the same order on every build, so equal stories give equal strings; an order changed by a
    // code change changes the key, which renders the pages again and never copies a stale one.
    // Native `JSON.stringify` costs a fraction of the canonical form (0.3 CPU-s per build at 1,000 × 5).
    key = createHash('sha256').update(JSON.stringify([analysisKey(story), story])).digest('hex');
    storyKeys.set(story, key);
  }
  return key;
}

/**
 * Key of a page of the story list: its place in the list (number, count, total, neighbours) and the
 * key of each story it lists (title, date, accounts and the finding drawn from the analysis).
 * Adding a story changes the pages from its place in the list on, not the ones before it.
 */
export async function storyListPageKey(number: number): Promise<string> {
  const all = await getStories();
  const range = pageRange(all.length, number);
  return cacheKey({ range, stories: all.slice(range.start, range.end).map(storyPageKey) });
}
