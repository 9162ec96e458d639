/**
 * The comparison JSON files (`/api/stories/<story>/compare/<a>/<b>.json`, every ordered pair) are
 * written straight into the output folder, a story at a time, by the story JSON route, instead of
 * as one Astro endpoint each: at 1,000 stories of 5 accounts, 20,000 endpoint renders (a third of a
 * cold build) become 1,000 renders that write 20 files each. The bytes are the endpoint's: the
 * comparison as `JSON.stringify` prints it. In `astro dev` the endpoints still serve them.
 *
 * The story JSON route is keyed like every story route (page-keys.ts): when the incremental build
 * skips it, the story's comparison files stay in the kept output folder, and the out-dir
 * integration keeps them with it (see `ownedBy` in astro.config.mjs).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { StoryAnalysis } from './analysis.ts';
import { orderedPairs, pairKey } from './story-analysis.ts';
import { compareJsonFile } from './routes.ts';
import type { Story } from './stories.ts';

/** Each comparison JSON file of a story: its path in the output folder and its bytes. */
const comparisonExports = (story: Story, analysis: StoryAnalysis): { file: string; body: string }[] =>
  orderedPairs(story.accounts).map(([a, b]) => ({ file: compareJsonFile(story.id, a.id, b.id), body: JSON.stringify(analysis.comparisons.get(pairKey(a.id, b.id))) }));

/** Writes the story's comparison JSON files into the build's output folder. */
export async function writeComparisonExports(story: Story, analysis: StoryAnalysis, outDir: string): Promise<void> {
  const folders = new Set<string>();
  for (const { file, body } of comparisonExports(story, analysis)) {
    const full = path.join(outDir, file);
    if (!folders.has(path.dirname(full))) {
      await mkdir(path.dirname(full), { recursive: true });
      folders.add(path.dirname(full));
    }
    await writeFile(full, body);
  }
}
