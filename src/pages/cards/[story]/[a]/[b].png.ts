/**
 * The share card of a pair of accounts, the og:image of both its comparison pages (a/b and b/a;
 * one card per pair: see `cardPair` in src/lib/site/cards.ts), drawn as share-card.ts and
 * card-set.ts say.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { storyNames, type Account, type Story } from '@lib/site/stories.ts';
import { getStoryAnalysis, storiesAnalysedAhead } from '@lib/site/analysis.ts';
import { storyPageKey } from '@lib/site/page-keys.ts';
import { cardPairs, compareCard } from '@lib/site/cards.ts';
import { cardPng } from '@lib/site/card-set.ts';

export const getStaticPaths = (async () =>
  (await storiesAnalysedAhead()).flatMap((story) =>
    cardPairs(story.accounts).map(([a, b]) => ({ params: { story: story.id, a: a.id, b: b.id }, props: { story, a, b }, cacheKey: storyPageKey(story) })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { story, a, b } = props as { story: Story; a: Account; b: Account };
  const png = await cardPng(story, compareCard(story, storyNames(story), (await getStoryAnalysis(story)).comparisons, a.id, b.id));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
