/**
 * The RSS feed's items. An RSS `<description>` is HTML: a feed reader parses the XML, then renders
 * the description's text as markup. A summary or outlet name is plain text, so it is escaped as HTML
 * first (here) and then as XML (by @astrojs/rss): a `<img onerror>` in a summary reaches the reader
 * as the text "<img onerror>", never as an element.
 */
import type { RSSFeedItem } from '@astrojs/rss';
import { storyUrl } from './routes.ts';

/** What the feed needs of a story. */
export interface FeedStory {
  id: string;
  data: { title: string; date: string };
  summary: readonly string[];
  accounts: readonly { outlet: { name: string } }[];
}

const HTML_SPECIAL: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => HTML_SPECIAL[c]!);

export function feedItems(stories: readonly FeedStory[]): RSSFeedItem[] {
  return stories.map((story) => ({
    title: story.data.title,
    link: storyUrl(story.id),
    pubDate: new Date(`${story.data.date}T00:00:00Z`),
    description: escapeHtml(`${story.summary.join(' ')} ${story.accounts.length} accounts: ${story.accounts.map((a) => a.outlet.name).join(', ')}.`),
  }));
}
