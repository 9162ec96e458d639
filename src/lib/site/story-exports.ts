/**
 * A story's files that need no page rendering: its comparison JSON (every ordered pair), its
 * synopsis and timeline JSON, and its share cards (the story's and one per pair). A build writes
 * them straight into the output folder, a story at a time, from the story JSON route, instead of
 * as one Astro route each. Astro spends a fixed cost on every path it generates even when its
 * incremental build keeps the page (collecting and stringifying its params, comparing its key,
 * checking the file, a log line, a manifest entry); at 5 accounts these are 33 of a story's
 * 49 files, 33,000 paths of a 1,000-story archive that a rebuild no longer walks. In `astro dev`
 * their endpoints still serve them, from the same functions below, so the bytes are the same.
 *
 * Only a file whose bytes changed is written, and the route removes the files of its story's
 * export folders it no longer writes (a removed account's comparisons and cards). The story JSON
 * route is keyed like every story route (page-keys.ts): while the incremental build keeps it, the
 * story's exports are kept with it, and when the story goes the out-dir integration removes them
 * (`exportOwner` in export-files.ts, given to it in astro.config.mjs).
 */
import { readdir, readFile, rm, rmdir } from 'node:fs/promises';
import path from 'node:path';
import type { StoryAnalysis } from './analysis.ts';
import { cardPng } from './card-set.ts';
import { cardPairs, compareCard, storyCardOf } from './cards.ts';
import { compareCardFile, compareJsonFile, storyCardFile, storyExportFolders, synopsisJsonFile, timelineJsonFile } from './export-files.ts';
import { orderedPairs, pairKey } from './story-analysis.ts';
import { storyNames, type Story } from './stories.ts';
import { storySource, synopsisJson } from './synopsis.ts';
import { storyTimeline, timelineJson } from './timeline.ts';
import { writeAtomic } from '../cache/index.ts';

type Analysis = Pick<StoryAnalysis, 'comparisons' | 'findings'>;

/** The comparison JSON of `a` and `b` (issue 3, schema 1), as `JSON.stringify` prints it. */
export function comparisonBody(story: Story, analysis: Analysis, a: string, b: string): string {
  const comparison = analysis.comparisons.get(pairKey(a, b));
  if (!comparison) throw new Error(`no comparison ${a}/${b} in story ${story.id}`);
  return JSON.stringify(comparison);
}

/** The synopsis JSON (issue 15, schema 1). */
export const synopsisBody = (story: Story, analysis: Analysis): string => JSON.stringify(synopsisJson(story.id, storySource(story, analysis)));

/** The timeline JSON (issue 15, schema 1). */
export function timelineBody(story: Story, analysis: Analysis): string {
  const source = storySource(story, analysis);
  return JSON.stringify(timelineJson(story.id, storyTimeline(source), source.findings));
}

/** The story's share card (its og:image). */
export const storyCardBytes = (story: Story, analysis: Analysis): Promise<Uint8Array> => cardPng(story, storyCardOf(story, storyNames(story), analysis.comparisons));

/** The share card of the pair `a`, `b` (either order: one card per pair, see cards.ts). */
export const compareCardBytes = (story: Story, analysis: Analysis, a: string, b: string): Promise<Uint8Array> => cardPng(story, compareCard(story, storyNames(story), analysis.comparisons, a, b));

/** Each export of a story: its path in the output folder and how to make its bytes (a card is read or drawn only when asked for). */
function storyExports(story: Story, analysis: Analysis): { file: string; bytes: () => string | Promise<Uint8Array> }[] {
  return [
    ...orderedPairs(story.accounts).map(([a, b]) => ({ file: compareJsonFile(story.id, a.id, b.id), bytes: () => comparisonBody(story, analysis, a.id, b.id) })),
    { file: synopsisJsonFile(story.id), bytes: () => synopsisBody(story, analysis) },
    { file: timelineJsonFile(story.id), bytes: () => timelineBody(story, analysis) },
    { file: storyCardFile(story.id), bytes: () => storyCardBytes(story, analysis) },
    ...cardPairs(story.accounts).map(([a, b]) => ({ file: compareCardFile(story.id, a.id, b.id), bytes: () => compareCardBytes(story, analysis, a.id, b.id) })),
  ];
}

/** Every file under `dir`, relative to `root` with `/` separators; none when `dir` does not exist. */
async function filesUnder(root: string, dir: string): Promise<string[]> {
  const entries = await readdir(path.join(root, dir), { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join('/'));
}

export interface ExportsWritten {
  /** Files whose bytes changed (or were missing) and were written. */
  written: string[];
  /** Files of the story's export folders it no longer has. */
  removed: string[];
}

/**
 * Writes the story's exports into the build's output folder: each file only when its bytes differ
 * from what is there (an unchanged file keeps its time, so a deploy tool syncing by time or hash
 * uploads only what changed), atomically (a failed build never leaves half a file), then removes
 * whatever else its export folders hold.
 */
export async function writeStoryExports(story: Story, analysis: Analysis, outDir: string): Promise<ExportsWritten> {
  const exports = storyExports(story, analysis);
  const written: string[] = [];
  for (const { file, bytes } of exports) {
    const full = path.join(outDir, file);
    const content = await bytes();
    const next = typeof content === 'string' ? Buffer.from(content) : Buffer.from(content.buffer, content.byteOffset, content.byteLength);
    const current = await readFile(full).catch(() => null);
    if (current?.equals(next)) continue;
    await writeAtomic(full, next);
    written.push(file);
  }
  const wanted = new Set(exports.map((e) => e.file));
  const held = (await Promise.all(storyExportFolders(story.id).map((folder) => filesUnder(outDir, folder)))).flat();
  const removed = held.filter((file) => !wanted.has(file));
  await Promise.all(removed.map((file) => rm(path.join(outDir, file), { force: true })));
  // A removed account's folders (compare/<a>/, cards/<story>/<a>/) go with their last file; deepest first.
  const folders = new Set(removed.map((file) => path.posix.dirname(file)));
  for (const folder of [...folders].sort((x, y) => y.length - x.length)) await rmdir(path.join(outDir, folder)).catch(() => {});
  return { written, removed };
}
