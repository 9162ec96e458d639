/*
 * Seed comparison figures (`npm run seed-figures`): the stats of all 20
 * ordered pairs of the five seed captures, and every matched row as the
 * character ranges it pairs, so that an engine change can be checked row by
 * row ("no seed row may get worse").
 *
 *   node scripts/seed-figures.ts --out docs/seed-figures-before.json
 *   node scripts/seed-figures.ts --against docs/seed-figures-before.json
 *
 * `--against` prints both tables and lists every earlier matched row that is
 * no longer matched to (an overlapping part of) the same text; it exits 1 when
 * there is one. Seeds are read with the unit tests' loader
 * (tests/fixtures/seeds).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { buildStoryContext, compareAccounts, type Comparison } from '../src/lib/engine/index.ts';
import { loadSeeds } from '../tests/unit/engine/seeds.ts';

interface PairFigures {
  a: string;
  b: string;
  stats: Comparison['stats'];
  /** Matched rows: [A start, A end) ↔ [B start, B end) in canonical-text offsets, with the row kind. */
  matched: Array<{ a: [number, number]; b: [number, number]; kind: string }>;
}

function figures(): PairFigures[] {
  const seeds = loadSeeds();
  const context = buildStoryContext(seeds);
  const out: PairFigures[] = [];
  for (const a of seeds) {
    for (const b of seeds) {
      if (a.id === b.id) continue;
      const c = compareAccounts(a, b, context);
      const span = (segs: Comparison['a']['segments'], idx: number[]): [number, number] => [segs[idx[0]!]!.start, segs[idx.at(-1)!]!.end];
      const matched = c.rows
        .filter((r) => r.a.length > 0 && r.b.length > 0)
        .map((r) => ({ a: span(c.a.segments, r.a), b: span(c.b.segments, r.b), kind: r.kind }));
      out.push({ a: a.id, b: b.id, stats: c.stats, matched });
    }
  }
  return out;
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function table(rows: PairFigures[]): string {
  const lines = ['| A → B | similarity | A shared | B shared | verbatim | equal | changed | moved | A only | B only |', '|---|---|---|---|---|---|---|---|---|---|'];
  for (const r of rows) {
    const s = r.stats;
    lines.push(
      `| ${r.a} → ${r.b} | ${pct(s.similarity)} | ${pct(s.aShared)} | ${pct(s.bShared)} | ${pct(s.verbatim)} | ${s.rows.equal} | ${s.rows.changed} | ${s.rows.moved} | ${s.rows.aOnly} | ${s.rows.bOnly} |`,
    );
  }
  return lines.join('\n');
}

const overlaps = (x: [number, number], y: [number, number]) => x[0] < y[1] && y[0] < x[1];

/** Earlier matched rows whose A text is no longer matched to an overlapping part of the same B text. */
function lostRows(before: PairFigures[], after: PairFigures[]): string[] {
  const lost: string[] = [];
  for (const old of before) {
    const now = after.find((p) => p.a === old.a && p.b === old.b);
    for (const m of old.matched) {
      const kept = now?.matched.some((n) => overlaps(n.a, m.a) && overlaps(n.b, m.b));
      if (!kept) lost.push(`${old.a} → ${old.b}: A [${m.a.join(', ')}) ↔ B [${m.b.join(', ')}) (${m.kind})`);
    }
  }
  return lost;
}

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const current = figures();
const outFile = flag('--out');
if (outFile) writeFileSync(outFile, `${JSON.stringify(current, null, 1)}\n`);
const againstFile = flag('--against');
if (againstFile) {
  const before = JSON.parse(readFileSync(againstFile, 'utf8')) as PairFigures[];
  console.log(`Before (${againstFile}):\n\n${table(before)}\n\nNow:\n\n${table(current)}\n`);
  const lost = lostRows(before, current);
  console.log(lost.length === 0 ? 'No earlier matched row lost.' : `${lost.length} earlier matched rows lost:\n${lost.join('\n')}`);
  if (lost.length > 0) process.exitCode = 1;
} else console.log(table(current));
