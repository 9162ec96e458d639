/** The public comparison JSON (issue 3, schema 1) for every ordered pair of a story's accounts. */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Story } from '../../../../../../lib/site/stories.ts';
import { getComparison, orderedPairs, storiesAnalysedAhead } from '../../../../../../lib/site/analysis.ts';
import { storyPageKey } from '../../../../../../lib/site/page-keys.ts';

export const getStaticPaths = (async () =>
  (await storiesAnalysedAhead()).flatMap((story) =>
    orderedPairs(story.accounts).map(([a, b]) => ({ params: { story: story.id, a: a.id, b: b.id }, props: { story }, cacheKey: storyPageKey(story) })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, props }) => {
  const comparison = await getComparison((props as { story: Story }).story, params.a!, params.b!);
  return new Response(JSON.stringify(comparison), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
