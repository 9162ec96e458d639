/** The timeline JSON (issue 15, schema 1): accounts in publication order, their relations, revision steps. */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Story } from '@lib/site/stories.ts';
import { getStoryAnalysis, storiesAnalysedAhead } from '@lib/site/analysis.ts';
import { storyTimeline, timelineJson } from '@lib/site/timeline.ts';
import { storySource } from '@lib/site/synopsis.ts';
import { storyPageKey } from '@lib/site/page-keys.ts';

export const getStaticPaths = (async () => (await storiesAnalysedAhead()).map((story) => ({ params: { story: story.id }, props: { story }, cacheKey: storyPageKey(story) }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const story = (props as { story: Story }).story;
  const source = storySource(story, await getStoryAnalysis(story));
  return new Response(JSON.stringify(timelineJson(story.id, storyTimeline(source), source.findings)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
