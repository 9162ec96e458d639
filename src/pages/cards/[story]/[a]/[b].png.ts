/**
 * The share card of a pair of accounts, the og:image of both its comparison pages (a/b and b/a;
 * one card per pair: see `cardPair` in src/lib/site/cards.ts), drawn as share-card.ts and
 * card-set.ts say. A build writes these files from the story JSON route (story-exports.ts), so this
 * endpoint has paths only in `astro dev`.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Account, Story } from '@lib/site/stories.ts';
import { getStoryAnalysis, storiesAnalysedAhead } from '@lib/site/analysis.ts';
import { cardPairs } from '@lib/site/cards.ts';
import { compareCardBytes } from '@lib/site/story-exports.ts';
import { buildOutDir } from '@lib/site/out-dir.ts';

export const getStaticPaths = (async () =>
  buildOutDir()
    ? []
    : (await storiesAnalysedAhead()).flatMap((story) => cardPairs(story.accounts).map(([a, b]) => ({ params: { story: story.id, a: a.id, b: b.id }, props: { story, a, b } })))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { story, a, b } = props as { story: Story; a: Account; b: Account };
  return new Response(new Uint8Array(await compareCardBytes(story, await getStoryAnalysis(story), a.id, b.id)), { headers: { 'Content-Type': 'image/png' } });
};
