/**
 * The public comparison JSON (issue 3, schema 1) for every ordered pair of a story's accounts. A build
 * writes these files from the story JSON route (story-exports.ts), so this endpoint has paths only in
 * `astro dev`.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Story } from '@lib/site/stories.ts';
import { getStoryAnalysis, orderedPairs, storiesAnalysedAhead } from '@lib/site/analysis.ts';
import { comparisonBody } from '@lib/site/story-exports.ts';
import { buildOutDir } from '@lib/site/out-dir.ts';

export const getStaticPaths = (async () =>
  buildOutDir()
    ? []
    : (await storiesAnalysedAhead()).flatMap((story) => orderedPairs(story.accounts).map(([a, b]) => ({ params: { story: story.id, a: a.id, b: b.id }, props: { story } })))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, props }) => {
  const { story } = props as { story: Story };
  return new Response(comparisonBody(story, await getStoryAnalysis(story), params.a!, params.b!), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
