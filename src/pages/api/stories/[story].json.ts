/**
 * The public story JSON (issue 5, schema 1): versions, similarity, passage clusters, lineage, quotes,
 * variants. In a build, rendering it also writes the story's other exports: comparison, synopsis and
 * timeline JSON and share cards (story-exports.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Story } from '@lib/site/stories.ts';
import { getStoryAnalysis, storiesAnalysedAhead } from '@lib/site/analysis.ts';
import { storyPageKey } from '@lib/site/page-keys.ts';
import { writeStoryExports } from '@lib/site/story-exports.ts';
import { buildOutDir } from '@lib/site/out-dir.ts';

export const getStaticPaths = (async () => (await storiesAnalysedAhead()).map((story) => ({ params: { story: story.id }, props: { story }, cacheKey: storyPageKey(story) }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { story } = props as { story: Story };
  const analysis = await getStoryAnalysis(story);
  const outDir = buildOutDir();
  if (outDir) await writeStoryExports(story, analysis, outDir);
  return new Response(JSON.stringify(analysis.json), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
