/*
 * The engine and jsdiff side by side on the 20 ordered pairs of the seed story, in one process
 * (`npm run bench` runs it). Each round runs all 20 pairs through the engine and then through
 * jsdiff's `diffWords` on the same texts; rounds alternate the implementations, so load on a
 * shared machine hits all alike. The engine is timed three ways:
 * - `comparePairs`: the 20 ordered pairs in one call, with the story context built once (as a
 *   site build does: one context serves every pair of a story); (a, b) and (b, a) share one
 *   alignment. This is the headline figure (`ratio`, `cpuRatio`).
 * - `compareAccounts`: the same 20 pairs one call at a time, each computing its own alignment.
 * - whole story: the story context built from the texts (segmentation, word rarity, matching
 *   features) plus `comparePairs`, every round: everything the engine does for a story's pairs.
 * Reported: median round time of each, CPU time, and the ratios (jsdiff ÷ engine).
 * Usage: node scripts/bench/seed-pairs.ts [rounds]   Prints one JSON line.
 */
import { diffWords } from 'diff';
import { loadCorpus } from '../../src/lib/content/corpus.ts';
import { buildStoryContext, compareAccounts, comparePairs, type AccountInput } from '../../src/lib/engine/index.ts';

const SEED_STORY = 'lavrov-blinken-reykjavik-2021';
const rounds = Number(process.argv[2] ?? '41');

const corpus = await loadCorpus('content');
const accounts: AccountInput[] = corpus.versions.filter((v) => v.story === SEED_STORY).map((v) => ({ id: v.version, paragraphs: v.paragraphs }));
const pairs = accounts.flatMap((a) => accounts.filter((b) => b !== a).map((b) => ({ a, b })));
const texts = new Map(accounts.map((a) => [a.id, a.paragraphs.join('\n\n')]));
const context = buildStoryContext(accounts);

const rounds_ = {
  engine: () => { comparePairs(pairs, context); },
  oneByOne: () => { for (const { a, b } of pairs) compareAccounts(a, b, context); },
  story: () => { comparePairs(pairs, buildStoryContext(accounts)); },
  jsdiff: () => { for (const { a, b } of pairs) diffWords(texts.get(a.id)!, texts.get(b.id)!); },
};
type Name = keyof typeof rounds_;

function timed(work: () => void): { wall: number; cpu: number } {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  work();
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { wall, cpu: (c.user + c.system) / 1000 };
}
const median = (xs: number[]) => { const s = [...xs].sort((x, y) => x - y); const m = s.length >> 1; return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2; };

// Warm-up: about a second of each, so all are measured JIT-compiled.
for (const work of Object.values(rounds_)) { const t0 = performance.now(); while (performance.now() - t0 < 1000) work(); }
const times = Object.fromEntries(Object.keys(rounds_).map((k) => [k, [] as { wall: number; cpu: number }[]])) as Record<Name, { wall: number; cpu: number }[]>;
for (let i = 0; i < rounds; i++) for (const [name, work] of Object.entries(rounds_) as [Name, () => void][]) times[name].push(timed(work));
const wall = (n: Name) => median(times[n].map((r) => r.wall));
const cpu = (n: Name) => median(times[n].map((r) => r.cpu));
const result = {
  pairs: pairs.length,
  rounds,
  engineMs: wall('engine'),
  engineCpuMs: cpu('engine'),
  oneByOneMs: wall('oneByOne'),
  oneByOneCpuMs: cpu('oneByOne'),
  storyMs: wall('story'),
  storyCpuMs: cpu('story'),
  jsdiffMs: wall('jsdiff'),
  jsdiffCpuMs: cpu('jsdiff'),
  ratio: wall('jsdiff') / wall('engine'),
  cpuRatio: cpu('jsdiff') / cpu('engine'),
  oneByOneRatio: wall('jsdiff') / wall('oneByOne'),
  oneByOneCpuRatio: cpu('jsdiff') / cpu('oneByOne'),
  storyRatio: wall('jsdiff') / wall('story'),
  storyCpuRatio: cpu('jsdiff') / cpu('story'),
};
console.log(JSON.stringify(result));
