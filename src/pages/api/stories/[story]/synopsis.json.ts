/** The synopsis JSON (issue 15, schema 1): every passage as a row, every account's wording as a cell. */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Story } from '@lib/site/stories.ts';
import { getStoryAnalysis, storiesAnalysedAhead } from '@lib/site/analysis.ts';
import { synopsisJson, storySource } from '@lib/site/synopsis.ts';
import { storyPageKey } from '@lib/site/page-keys.ts';

export const getStaticPaths = (async () => (await storiesAnalysedAhead()).map((story) => ({ params: { story: story.id }, props: { story }, cacheKey: storyPageKey(story) }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const story = (props as { story: Story }).story;
  return new Response(JSON.stringify(synopsisJson(story.id, storySource(story, await getStoryAnalysis(story)))), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
