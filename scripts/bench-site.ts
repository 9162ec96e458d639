/**
 * `npm run bench:site`: builds the site from synthetic corpora (N stories × V accounts) and reports
 * pages built, wall time, pages per second, peak memory, output size, and two incremental rebuilds
 * (Astro's incremental build, same output folder and caches): after one account changes (with how
 * many stories that rebuild re-analysed), then after one new story is added. Each row states the
 * machine's load average when it was measured: timings on a busy machine are inflated.
 *
 *   npm run bench:site                       # 100x5, 1000x5, 10000x5
 *   npm run bench:site -- --sizes 100x5      # one size
 *   npm run bench:site -- --sizes 1000x5 --cache DIR
 *
 * `--cache DIR` copies DIR (an analysis cache, `RETOLD_CACHE_DIR`, from an earlier build of the same
 * generated corpus: the corpus is deterministic, so the keys match) in before the first build. That
 * build then analyses and draws nothing and measures rendering alone, and its cell says so; the
 * rebuilds measure the same thing either way (only the changed story is analysed). For a machine
 * where an uncached 1,000 × 5 build (about 20 minutes quiet) does not fit the time at hand.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeCorpus } from './bench-site/corpus.ts';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '100x5,1000x5,10000x5' }, keep: { type: 'boolean', default: false }, out: { type: 'string', default: 'docs/bench-site.md' }, cache: { type: 'string' } } });

interface Walk { files: number; html: number; json: number; bytes: number }
function walk(dir: string, into: Walk = { files: 0, html: 0, json: 0, bytes: 0 }): Walk {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, into);
    else {
      into.files++;
      into.bytes += statSync(full).size;
      if (entry.name.endsWith('.html')) into.html++;
      if (entry.name.endsWith('.json') && full.includes(`${path.sep}api${path.sep}`)) into.json++;
    }
  }
  return into;
}

/**
 * Runs a command under GNU time: wall seconds, CPU seconds (user + system, all threads and child
 * processes; on a busy machine wall time includes waiting for a core, CPU time does not) and peak
 * resident memory (largest process, MiB).
 */
function timed(command: string[], env: NodeJS.ProcessEnv): { seconds: number; cpuSeconds: number; peakMiB: number } {
  const report = path.join(tmpdir(), `retold-time-${process.pid}.txt`);
  const result = spawnSync('/usr/bin/time', ['-o', report, '-f', '%e %M %U %S', ...command], { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 28 });
  if (result.status !== 0) throw new Error(`${command.join(' ')} failed:\n${result.stderr.toString().slice(-4000)}`);
  const [seconds, kib, user, system] = readFileSync(report, 'utf8').trim().split(/\s+/).slice(-4).map(Number);
  return { seconds: seconds!, cpuSeconds: user! + system!, peakMiB: kib! / 1024 };
}

const gib = (mib: number) => `${(mib / 1024).toFixed(2)} GiB`;
// Analyses only: the cache also holds the share cards (cache/cards/), which a changed story redraws
// too, and counting those made one re-analysed story read as several; and the accounts' texts
// (cache/texts/), where a changed account's new text is written and its earlier one removed.
const countFiles = (dir: string): number => { try { return walk(dir).files; } catch { return 0; } };
const countAnalyses = (dir: string): number => countFiles(dir) - countFiles(path.join(dir, 'cards')) - countFiles(path.join(dir, 'texts'));

const rows: string[] = [];
for (const size of values.sizes.split(',')) {
  const [stories, versions] = size.split('x').map(Number) as [number, number];
  const work = mkdtempSync(path.join(tmpdir(), `retold-bench-${size}-`));
  const env = { RETOLD_CONTENT: path.join(work, 'content'), RETOLD_CACHE_DIR: path.join(work, 'cache'), RETOLD_ASTRO_CACHE: path.join(work, 'astro-cache'), ASTRO_TELEMETRY_DISABLED: '1' };
  const outDir = path.join(work, 'dist');
  const firstAccount = await writeCorpus(env.RETOLD_CONTENT, { stories, versions });
  if (values.cache) cpSync(values.cache, env.RETOLD_CACHE_DIR, { recursive: true });
  const build = () => {
    const astro = timed(['npx', 'astro', 'build', '--outDir', outDir], env);
    const search = timed(['npx', 'node', 'scripts/search-index.ts', outDir], env);
    return { seconds: astro.seconds + search.seconds, astroSeconds: astro.seconds, searchSeconds: search.seconds, cpuSeconds: astro.cpuSeconds + search.cpuSeconds, astroMiB: astro.peakMiB, searchMiB: search.peakMiB };
  };
  console.error(`bench:site ${size}: cold build…`);
  const cold = build();
  const output = walk(outDir);
  const cachedBefore = countAnalyses(env.RETOLD_CACHE_DIR);
  // An editor fixes one account of one story: only that story should be re-analysed (one new cache entry).
  appendFileSync(firstAccount, '\nA correction was appended to this account.\n');
  console.error(`bench:site ${size}: rebuild after changing one account…`);
  const rebuild = build();
  const reanalysed = countAnalyses(env.RETOLD_CACHE_DIR) - cachedBefore;
  // An editor adds a story (the newest, so it tops the story list): a copy of story 0 under a new id and date
  // (after every generated story's, all in May 2021, and in the past: content refuses future dates).
  const stories0 = path.join(env.RETOLD_CONTENT, 'stories');
  const first = readdirSync(stories0).find((f) => f.endsWith('.md'))!.slice(0, -3);
  cpSync(path.join(stories0, first), path.join(stories0, 'added-story'), { recursive: true });
  writeFileSync(path.join(stories0, 'added-story.md'), readFileSync(path.join(stories0, `${first}.md`), 'utf8').replace(/^title: .*$/m, 'title: An added story').replace(/^date: .*$/m, 'date: 2021-06-01'));
  console.error(`bench:site ${size}: rebuild after adding one story…`);
  const added = build();
  const load = loadavg().map((l) => l.toFixed(1)).join(' / ');
  const f = (b: ReturnType<typeof build>) => `${b.seconds.toFixed(0)} s (${b.astroSeconds.toFixed(0)} + ${b.searchSeconds.toFixed(0)}); CPU ${b.cpuSeconds.toFixed(0)} s`;
  const coldNote = values.cache ? ' (analyses and cards cached: `--cache`)' : '';
  rows.push(`| ${stories.toLocaleString('en')} × ${versions} | ${output.html.toLocaleString('en')} | ${output.json.toLocaleString('en')} | ${f(cold)}${coldNote} | ${(output.html / cold.seconds).toFixed(0)} | ${gib(Math.max(cold.astroMiB, cold.searchMiB))} (${gib(cold.astroMiB)}, ${gib(cold.searchMiB)}) | ${Math.round(output.bytes / 2 ** 20).toLocaleString('en')} MiB | ${f(rebuild)} | ${reanalysed} of ${stories.toLocaleString('en')} | ${f(added)} | ${load} |`);
  console.error(rows.at(-1));
  if (!values.keep) rmSync(work, { recursive: true, force: true });
}

// The measured block replaces the one between the markers, so notes written around it survive a
// re-run; rows of sizes not measured this time are kept from the previous table.
const START = '<!-- bench:site -->';
const END = '<!-- /bench:site -->';
const previous = existsSync(values.out) ? readFileSync(values.out, 'utf8') : '';
const [before, after] = [previous.indexOf(START), previous.indexOf(END)];
const hasBlock = before >= 0 && after > before;
const sizeOf = (row: string) => row.split('|')[1]!.trim();
const sizeKey = (row: string) => sizeOf(row).replace(/,/g, '').split(' × ').map(Number);
const measured = new Set(rows.map(sizeOf));
// Rows from before the added-story and load columns existed get "–" there.
const COLUMNS = 11;
const pad = (row: string) => row + ' – |'.repeat(Math.max(0, COLUMNS - (row.split('|').length - 2)));
const kept = hasBlock ? previous.slice(before, after).split('\n').filter((line) => /^\| [\d,]+ × \d+ \|/.test(line) && !measured.has(sizeOf(line))).map(pad) : [];
const allRows = [...kept, ...rows].sort((x, y) => { const [a, b] = [sizeKey(x), sizeKey(y)]; return a[0]! - b[0]! || a[1]! - b[1]!; });
const table = [
  '| stories × accounts | HTML pages | JSON files | cold build, wall (astro + pagefind); CPU | pages/s | peak memory (astro, pagefind) | output | rebuild after 1 account changed, wall (astro + pagefind); CPU | stories re-analysed | rebuild after 1 story added, wall (astro + pagefind); CPU | load average 1 / 5 / 15 min at the end |',
  '|---|---|---|---|---|---|---|---|---|---|---|',
  ...allRows,
].join('\n');
console.log(table);
const note = kept.length ? ' Rows of other sizes come from earlier runs.' : '';
const block = `${START}\nLast run: \`npm run bench:site -- --sizes ${values.sizes}${values.cache ? ' --cache <analysis cache>' : ''}\` (astro build + pagefind, ${new Date().toISOString().slice(0, 10)}).${note}\n\n${table}\n${END}`;
writeFileSync(values.out, hasBlock ? previous.slice(0, before) + block + previous.slice(after + END.length) : `${previous}${previous ? '\n' : ''}${block}\n`);
