/** RSS feed of stories, the most recently added first (see src/lib/site/feed.ts). */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getStories } from '@lib/site/stories.ts';
import { homeUrl } from '@lib/site/routes.ts';
import { feedItems } from '@lib/site/feed.ts';

export const GET: APIRoute = async (context) =>
  rss({
    title: 'Retold: stories',
    description: 'How different news outlets told the same event, aligned side by side.',
    // The channel's link is the site's home, base path included (a site served under /retold/ is not at the origin's root).
    site: new URL(homeUrl(), context.site).href,
    trailingSlash: true,
    items: feedItems(await getStories(), context.site!),
  });
