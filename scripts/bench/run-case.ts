/*
 * One benchmark case in its own process, so that peak memory (maxRSS) belongs
 * to this case alone. Usage: node scripts/bench/run-case.ts <engine|jsdiff> <words> <runs>
 * Prints one JSON line.
 */
import { diffWords } from 'diff';
import { buildStoryContext, compareAccounts } from '../../src/lib/engine/index.ts';
import { countWords, syntheticPair } from './synthetic.ts';

const [impl = 'engine', wordsArg = '3000', runsArg = '15'] = process.argv.slice(2);
const [a, b] = syntheticPair(Number(wordsArg));
const runs = Number(runsArg);
const textA = a.paragraphs.join('\n\n');
const textB = b.paragraphs.join('\n\n');

function median(xs: number[]): number {
  const s = [...xs].sort((x, y) => x - y);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

// The engine's per-pair work: compare with the story context already built
// (as in a site build, where one context serves all pairs of a story). The
// context (segmentation of both accounts + word rarity) is timed separately.
const context = buildStoryContext([a, b]);
const work = impl === 'jsdiff' ? () => diffWords(textA, textB) : () => compareAccounts(a, b, context);
const contextOnly = () => buildStoryContext([a, b]);

// Warm up the JIT: runs for about 1 s (at least one, at most 50), the same
// rule for both implementations.
const warmupStart = performance.now();
for (let i = 0; i < 50 && (i < 1 || performance.now() - warmupStart < 1000); i++) work();
const rssBefore = process.memoryUsage().rss;
// Wall time, and CPU time of this process (user + system, all threads): on a
// busy shared machine the wall time includes waiting for a core, CPU time not.
const times: number[] = [];
const cpuTimes: number[] = [];
for (let i = 0; i < runs; i++) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  work();
  times.push(performance.now() - t0);
  const c = process.cpuUsage(c0);
  cpuTimes.push((c.user + c.system) / 1000);
}
const contextTimes: number[] = [];
if (impl === 'engine') {
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    contextOnly();
    contextTimes.push(performance.now() - t0);
  }
}
const result = {
  impl,
  words: [countWords(a), countWords(b)],
  runs,
  medianMs: median(times),
  minMs: Math.min(...times),
  cpuMedianMs: median(cpuTimes),
  contextMs: contextTimes.length ? median(contextTimes) : null,
  maxRssMB: process.resourceUsage().maxRSS / 1024,
  rssBeforeMB: rssBefore / 1024 / 1024,
};
console.log(JSON.stringify(result));
