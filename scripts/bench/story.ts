/*
 * CPU cost of one story's whole analysis (`analyseInput`: the 20 ordered pairs of a 5-account story
 * plus the story findings), as the site build pays it per story: the seed story and a generated
 * 5-account story (scripts/bench-site/corpus.ts). The engine's token memos are emptied before each
 * run, so every run starts as a new story would. Usage: node scripts/bench/story.ts [rounds]
 * Prints one JSON line: median CPU ms per story.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadCorpus, type Corpus } from '../../src/lib/content/corpus.ts';
import { clearTokenMemos } from '../../src/lib/engine/segment.ts';
import { analyseInput, type AnalysisInput } from '../../src/lib/site/story-analysis.ts';
import { writeCorpus } from '../bench-site/corpus.ts';

const rounds = Number(process.argv[2] ?? '9');
const firstStory = (corpus: Corpus): AnalysisInput => {
  const story = corpus.versions[0]!.story;
  const accounts = corpus.versions.filter((v) => v.story === story);
  return { story, accounts: accounts.map((v) => ({ id: v.version, outlet: v.data.outlet, published: String(v.data.published).slice(0, 10), ...(v.data.relation ? { relation: v.data.relation } : {}), ...(v.data.lang ? { lang: v.data.lang } : {}), paragraphs: v.paragraphs })) };
};
const dir = mkdtempSync(path.join(os.tmpdir(), 'retold-story-bench-'));
try {
  await writeCorpus(dir, { stories: 1, versions: 5 });
  const cases = { seed: firstStory(await loadCorpus('tests/fixtures/seed-content')), generated: firstStory(await loadCorpus(dir)) };
  const cpuMs = (input: AnalysisInput): number => {
    clearTokenMemos();
    const c0 = process.cpuUsage();
    analyseInput(input);
    const c = process.cpuUsage(c0);
    return (c.user + c.system) / 1000;
  };
  const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[xs.length >> 1]!;
  for (const input of Object.values(cases)) for (let i = 0; i < 3; i++) cpuMs(input); // warm-up
  const times: Record<string, number[]> = { seed: [], generated: [] };
  for (let i = 0; i < rounds; i++) for (const [name, input] of Object.entries(cases)) times[name]!.push(cpuMs(input));
  console.log(JSON.stringify({ rounds, seedCpuMs: median(times.seed!), generatedCpuMs: median(times.generated!), loadAverage: os.loadavg()[0] }));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
