/**
 * The RSS feed's items: a feed reader orders and announces items by `pubDate`, which must be when
 * the story appeared on this site, not when the event happened (a story of a 2021 event added
 * today is new to the reader today). Links are absolute, on the configured site and base path.
 */
import type { Story } from './stories.ts';
import { storyUrl } from './routes.ts';

/**
 * When the story was added: the editor's `added` date, else the latest capture (`retrieved`) or,
 * failing that, publication date of its accounts (a story cannot be on the site before its
 * latest account existed), else the event date.
 */
export function addedDate(story: Pick<Story, 'data' | 'accounts'>): string {
  if (story.data.added) return story.data.added;
  const dates = story.accounts.map((a) => a.data.retrieved ?? a.data.published);
  return dates.reduce((latest, d) => (d > latest ? d : latest), story.data.date);
}

export interface FeedItem {
  title: string;
  link: string;
  pubDate: Date;
  description: string;
}

/** Feed items, the most recently added story first. */
export function feedItems(stories: readonly Story[], site: URL): FeedItem[] {
  return stories
    .map((story) => ({ story, added: addedDate(story) }))
    .sort((x, y) => (x.added < y.added ? 1 : x.added > y.added ? -1 : x.story.id < y.story.id ? -1 : 1))
    .map(({ story, added }) => ({
      title: story.data.title,
      link: new URL(storyUrl(story.id), site).href,
      pubDate: new Date(`${added}T00:00:00Z`),
      description: `${story.summary.join(' ')} ${story.accounts.length} accounts: ${story.accounts.map((a) => a.outlet.name).join(', ')}.`,
    }));
}
