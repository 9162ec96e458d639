/** RSS feed of stories, newest event first. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getStories } from '../lib/site/stories.ts';
import { feedItems } from '../lib/site/feed.ts';

export const GET: APIRoute = async (context) =>
  rss({
    title: 'Retold: stories',
    description: 'How different news outlets told the same event, aligned side by side.',
    site: context.site!,
    trailingSlash: true,
    items: feedItems(await getStories()),
  });
