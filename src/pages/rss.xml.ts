/** RSS feed of stories, newest event first. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getStories } from '../lib/site/stories.ts';
import { storyUrl } from '../lib/site/routes.ts';

export const GET: APIRoute = async (context) => {
  const stories = await getStories();
  return rss({
    title: 'Retold: stories',
    description: 'How different news outlets told the same event, aligned side by side.',
    site: context.site!,
    trailingSlash: true,
    items: stories.map((story) => ({
      title: story.data.title,
      link: storyUrl(story.id),
      pubDate: new Date(`${story.data.date}T00:00:00Z`),
      description: `${story.summary.join(' ')} ${story.accounts.length} accounts: ${story.accounts.map((a) => a.outlet.name).join(', ')}.`,
    })),
  });
};
