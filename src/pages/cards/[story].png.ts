/** The share card of a story (its og:image): see src/lib/site/share-card.ts. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { accountRefs, storyNames, type Story } from '@lib/site/stories.ts';
import { getStoryAnalysis, storiesAnalysedAhead } from '@lib/site/analysis.ts';
import { storyPageKey } from '@lib/site/page-keys.ts';
import { lookupIn, storyFinding } from '@lib/site/overview.ts';
import { storyCard } from '@lib/site/cards.ts';
import { renderCard } from '@lib/site/share-card.ts';

export const getStaticPaths = (async () => (await storiesAnalysedAhead()).map((story) => ({ params: { story: story.id }, props: { story }, cacheKey: storyPageKey(story) }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { story } = props as { story: Story };
  const names = storyNames(story);
  const finding = storyFinding(accountRefs(story, names), lookupIn((await getStoryAnalysis(story)).comparisons));
  const png = await renderCard(storyCard(story, names, finding?.sentence ?? null));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
