/** The share card of a comparison (its og:image): see src/lib/site/share-card.ts and card-set.ts. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { storyNames, type Account, type Story } from '@lib/site/stories.ts';
import { getComparison, orderedPairs, storiesAnalysedAhead } from '@lib/site/analysis.ts';
import { storyPageKey } from '@lib/site/page-keys.ts';
import { compareCard } from '@lib/site/cards.ts';
import { cardPng } from '@lib/site/card-set.ts';

export const getStaticPaths = (async () =>
  (await storiesAnalysedAhead()).flatMap((story) =>
    orderedPairs(story.accounts).map(([a, b]) => ({ params: { story: story.id, a: a.id, b: b.id }, props: { story, a, b }, cacheKey: storyPageKey(story) })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { story, a, b } = props as { story: Story; a: Account; b: Account };
  const names = storyNames(story);
  const png = await cardPng(story, compareCard(story, await getComparison(story, a.id, b.id), names.get(a.id)!, names.get(b.id)!));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
