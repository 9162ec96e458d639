/** One page of the home page's story list (see `paging.ts`), each story with its one-line finding. */
import { lookupIn, storyFinding, type Finding } from './overview.ts';
import { pageRange, type PageRange } from './paging.ts';
import { accountRefs, getStories, storyNames, type Story } from './stories.ts';
import { storySummary, type SummaryKind } from './story-summary.ts';

export interface ListedStory {
  story: Story;
  names: ReadonlyMap<string, string>;
  finding: Finding | null;
}

/**
 * A story's finding, stored per story (story-summary.ts): adding a story shifts every page of the
 * list (40 pages of 25 at 1,000 stories), and reading each listed story's whole analysis (about
 * 300 KB of JSON at 5 accounts) to print one sentence made that rebuild read the whole archive.
 */
const LISTING_SUMMARY: SummaryKind<{ finding: Finding | null }> = {
  name: 'listing',
  source: import.meta.glob(['./listing.ts'], { query: '?raw', import: 'default', eager: true }),
  summarise: ({ comparisons }, story) => ({ finding: storyFinding(accountRefs(story), lookupIn(comparisons)) }),
  validate: (value) => {
    const finding = (value as { finding?: unknown } | null)?.finding;
    const ok = finding === null || (typeof finding === 'object' && finding !== null && ['a', 'b', 'sentence'].every((k) => typeof (finding as Record<string, unknown>)[k] === 'string'));
    return ok ? undefined : 'expected a listing summary ({ finding: null or { a, b, sentence } })';
  },
};

/** Number of pages of the story list. */
export const storyListPageCount = async () => pageRange((await getStories()).length, 1).count;

/** Page `number` (1-based) of the story list. */
export async function storyListPage(number: number): Promise<{ range: PageRange; stories: ListedStory[] }> {
  const all = await getStories();
  const range = pageRange(all.length, number);
  const stories: ListedStory[] = [];
  // One story at a time: a summary missing from the cache is drawn from the story's analysis, which
  // holds all its comparisons; several at once held them all in memory together.
  for (const story of all.slice(range.start, range.end)) {
    stories.push({ story, names: storyNames(story), finding: (await storySummary(story, LISTING_SUMMARY)).finding });
  }
  return { range, stories };
}
