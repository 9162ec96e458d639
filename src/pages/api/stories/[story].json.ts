/** The public story JSON (issue 5, schema 1): versions, similarity, passage clusters, lineage, quotes, variants. */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Story } from '../../../lib/site/stories.ts';
import { getStoryAnalysis, storiesAnalysedAhead } from '../../../lib/site/analysis.ts';
import { storyPageKey } from '../../../lib/site/page-keys.ts';

export const getStaticPaths = (async () => (await storiesAnalysedAhead()).map((story) => ({ params: { story: story.id }, props: { story }, cacheKey: storyPageKey(story) }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { json } = await getStoryAnalysis((props as { story: Story }).story);
  return new Response(JSON.stringify(json), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
