/** The share card of a story (its og:image): see src/lib/site/share-card.ts and card-set.ts. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { storyNames, type Story } from '@lib/site/stories.ts';
import { getStoryAnalysis, storiesAnalysedAhead } from '@lib/site/analysis.ts';
import { storyPageKey } from '@lib/site/page-keys.ts';
import { storyCardOf } from '@lib/site/cards.ts';
import { cardPng } from '@lib/site/card-set.ts';

export const getStaticPaths = (async () => (await storiesAnalysedAhead()).map((story) => ({ params: { story: story.id }, props: { story }, cacheKey: storyPageKey(story) }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { story } = props as { story: Story };
  const png = await cardPng(story, storyCardOf(story, storyNames(story), (await getStoryAnalysis(story)).comparisons));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
