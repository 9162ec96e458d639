/**
 * The RSS feed's items. A feed reader orders and announces items by `pubDate`, which must be when the
 * story appeared on this site, not when the event happened (a story of a 2021 event added today is
 * new to the reader today). Links are absolute, on the configured site and base path.
 *
 * An RSS `<description>` is HTML: a feed reader parses the XML, then renders the description's text
 * as markup. A summary or outlet name is plain text, so it is escaped as HTML first (here) and then
 * as XML (by @astrojs/rss): a `<img onerror>` in a summary reaches the reader as the text
 * "<img onerror>", never as an element.
 */
import type { RSSFeedItem } from '@astrojs/rss';
import { storyUrl } from './routes.ts';
import { compareCodeUnits } from '../engine/sorted.ts';

/** What the feed needs of a story. */
export interface FeedStory {
  id: string;
  data: { title: string; date: string; added?: string };
  summary: readonly string[];
  accounts: readonly { data?: { published: string; retrieved?: string }; outlet: { name: string } }[];
}

const HTML_SPECIAL: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => HTML_SPECIAL[c]!);

/**
 * When the story was added: the editor's `added` date, else the latest capture (`retrieved`) or,
 * failing that, publication date of its accounts (a story cannot be on the site before its
 * latest account existed), else the event date.
 */
export function addedDate(story: Pick<FeedStory, 'data' | 'accounts'>): string {
  if (story.data.added) return story.data.added;
  const dates = story.accounts.flatMap((a) => (a.data ? [(a.data.retrieved ?? a.data.published).slice(0, 10)] : []));
  return dates.reduce((latest, d) => (d > latest ? d : latest), story.data.date);
}

/** Feed items, the most recently added story first. */
export function feedItems(stories: readonly FeedStory[], site: URL): RSSFeedItem[] {
  return stories
    .map((story) => ({ story, added: addedDate(story) }))
    .sort((x, y) => compareCodeUnits(y.added, x.added) || compareCodeUnits(x.story.id, y.story.id))
    .map(({ story, added }) => ({
      title: story.data.title,
      link: new URL(storyUrl(story.id), site).href,
      pubDate: new Date(`${added}T00:00:00Z`),
      description: escapeHtml(`${story.summary.join(' ')} ${story.accounts.length} accounts: ${story.accounts.map((a) => a.outlet.name).join(', ')}.`),
    }));
}
