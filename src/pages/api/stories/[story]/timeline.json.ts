/**
 * The timeline JSON (issue 15, schema 1): accounts in publication order, their relations, revision
 * steps. A build writes these files from the story JSON route (story-exports.ts), so this endpoint
 * has paths only in `astro dev`.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Story } from '@lib/site/stories.ts';
import { getStoryAnalysis, storiesAnalysedAhead } from '@lib/site/analysis.ts';
import { timelineBody } from '@lib/site/story-exports.ts';
import { buildOutDir } from '@lib/site/out-dir.ts';

export const getStaticPaths = (async () => (buildOutDir() ? [] : (await storiesAnalysedAhead()).map((story) => ({ params: { story: story.id }, props: { story } })))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const story = (props as { story: Story }).story;
  return new Response(timelineBody(story, await getStoryAnalysis(story)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
