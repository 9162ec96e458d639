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
import { cacheKey } from '../cache/index.ts';
import { analysisKey } from './analysis.ts';
import { pageRange } from './paging.ts';
import { getStories, type Story } from './stories.ts';

/** Hashing a story reads all its text: once per story and build, shared by all its routes. */
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
    // The texts are in the analysis key already (by the hash that names each one in the text store,
    // which `text` repeats): hashing them here would hash the whole archive's text on every build.
    const fields = { ...story, accounts: story.accounts.map(({ paragraphs: _texts, ...account }) => account) };
    key = cacheKey({ analysis: analysisKey(story), story: fields });
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
