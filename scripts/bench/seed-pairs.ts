/*
 * The engine and jsdiff side by side on the 20 ordered pairs of the seed story, in one process
 * (`npm run bench` runs it). Each round runs all 20 pairs through the engine (with the story
 * context built once, as a site build does) and then through jsdiff's `diffWords` on the same
 * texts; rounds alternate the two, so load on a shared machine hits both alike. Reported: median
 * round time of each, CPU time, and their ratio (jsdiff ÷ engine).
 * Usage: node scripts/bench/seed-pairs.ts [rounds]   Prints one JSON line.
 */
import { diffWords } from 'diff';
import { loadCorpus } from '../../src/lib/content/corpus.ts';
import { buildStoryContext, compareAccounts, type AccountInput } from '../../src/lib/engine/index.ts';

const SEED_STORY = 'lavrov-blinken-reykjavik-2021';
const rounds = Number(process.argv[2] ?? '41');

const corpus = await loadCorpus('content');
const accounts: AccountInput[] = corpus.versions.filter((v) => v.story === SEED_STORY).map((v) => ({ id: v.version, paragraphs: v.paragraphs }));
const pairs = accounts.flatMap((a) => accounts.filter((b) => b !== a).map((b) => [a, b] as const));
const texts = new Map(accounts.map((a) => [a.id, a.paragraphs.join('\n\n')]));
const context = buildStoryContext(accounts);

const engineRound = () => { for (const [a, b] of pairs) compareAccounts(a, b, context); };
const jsdiffRound = () => { for (const [a, b] of pairs) diffWords(texts.get(a.id)!, texts.get(b.id)!); };

function timed(work: () => void): { wall: number; cpu: number } {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  work();
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { wall, cpu: (c.user + c.system) / 1000 };
}
const median = (xs: number[]) => { const s = [...xs].sort((x, y) => x - y); const m = s.length >> 1; return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2; };

// Warm-up: about a second of each, so both are measured JIT-compiled.
for (const work of [engineRound, jsdiffRound]) { const t0 = performance.now(); while (performance.now() - t0 < 1000) work(); }
const engine: { wall: number; cpu: number }[] = [];
const jsdiff: { wall: number; cpu: number }[] = [];
for (let i = 0; i < rounds; i++) {
  engine.push(timed(engineRound));
  jsdiff.push(timed(jsdiffRound));
}
const result = {
  pairs: pairs.length,
  rounds,
  engineMs: median(engine.map((r) => r.wall)),
  engineCpuMs: median(engine.map((r) => r.cpu)),
  jsdiffMs: median(jsdiff.map((r) => r.wall)),
  jsdiffCpuMs: median(jsdiff.map((r) => r.cpu)),
  ratio: median(jsdiff.map((r) => r.wall)) / median(engine.map((r) => r.wall)),
  cpuRatio: median(jsdiff.map((r) => r.cpu)) / median(engine.map((r) => r.cpu)),
};
console.log(JSON.stringify(result));
