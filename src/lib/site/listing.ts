/** One page of the home page's story list (see `paging.ts`), each story with its one-line finding. */
import { getStoryAnalysis } from './analysis.ts';
import { lookupIn, storyFinding, type Finding } from './overview.ts';
import { pageRange, type PageRange } from './paging.ts';
import { accountRefs, getStories, storyNames, type Story } from './stories.ts';

export interface ListedStory {
  story: Story;
  names: ReadonlyMap<string, string>;
  finding: Finding | null;
}

/** Number of pages of the story list. */
export const storyListPageCount = async () => pageRange((await getStories()).length, 1).count;

/** Page `number` (1-based) of the story list. */
export async function storyListPage(number: number): Promise<{ range: PageRange; stories: ListedStory[] }> {
  const all = await getStories();
  const range = pageRange(all.length, number);
  const stories: ListedStory[] = [];
  // One story at a time: a story's analysis holds all its comparisons, and loading a whole list's
  // worth at once held them all in memory together (4.8 GiB for 1,000 stories of 10 accounts).
  for (const story of all.slice(range.start, range.end)) {
    const names = storyNames(story);
    stories.push({ story, names, finding: storyFinding(accountRefs(story, names), lookupIn((await getStoryAnalysis(story)).comparisons)) });
  }
  return { range, stories };
}
