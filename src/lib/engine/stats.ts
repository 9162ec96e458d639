import type { RowCounts, RowJson, SegmentedAccount, StatsJson } from './types.ts';
import { countWords } from './tokenize.ts';
import { round4 } from './align.ts';

/*
 * Figures of a pair (see StatsJson for definitions). Everything is computed
 * from the rows' diffs, so the figures always agree with what the reader sees.
 * similarity and verbatim only depend on the set of matches and their diffs,
 * which are orientation-free, hence compare(a,b) and compare(b,a) agree.
 */

function textWords(account: SegmentedAccount): number {
  let n = 0;
  for (const s of account.segments) if (s.kind === 'text') n += countWords(s.text);
  return n;
}

function countRows(rows: readonly RowJson[]): RowCounts {
  const c: RowCounts = { equal: 0, changed: 0, moved: 0, aOnly: 0, bOnly: 0 };
  for (const r of rows) {
    if (r.kind === 'a-only') c.aOnly++;
    else if (r.kind === 'b-only') c.bOnly++;
    else c[r.kind]++;
  }
  return c;
}

/** Words of each side that are shared: equal ops, and minor (same-word) changes. */
function sharedWords(rows: readonly RowJson[]): { a: number; b: number } {
  let a = 0;
  let b = 0;
  for (const r of rows) {
    if (r.a.length === 0 || r.b.length === 0) continue;
    r.diff.forEach(([op, text], i) => {
      if (op !== 0 && r.grades[i] !== 'minor') return;
      const n = countWords(text);
      if (op <= 0) a += n;
      if (op >= 0) b += n;
    });
  }
  return { a, b };
}

/**
 * Words in runs of ≥ `minRun` identical words. A run continues across the
 * boundary between two matched rows that are adjacent on both sides, and
 * across changes without words (punctuation, whitespace); a change with words
 * ends it.
 */
function verbatimWords(rows: readonly RowJson[], minRun: number): number {
  const matched = rows.filter((r) => r.a.length > 0 && r.b.length > 0).sort((x, y) => x.a[0]! - y.a[0]!);
  let total = 0;
  let run = 0;
  const flush = (): void => {
    if (run >= minRun) total += run;
    run = 0;
  };
  let prev: RowJson | undefined;
  for (const r of matched) {
    const adjacent = prev && r.a[0] === prev.a[prev.a.length - 1]! + 1 && r.b[0] === prev.b[prev.b.length - 1]! + 1;
    if (!adjacent) flush();
    for (const [op, text] of r.diff) {
      const n = countWords(text);
      if (op === 0) run += n;
      else if (n > 0) flush();
    }
    prev = r;
  }
  flush();
  return total;
}

export function computeStats(a: SegmentedAccount, b: SegmentedAccount, rows: readonly RowJson[], verbatimRun: number): StatsJson {
  const words = { a: textWords(a), b: textWords(b) };
  const shared = sharedWords(rows);
  const all = words.a + words.b;
  const ratio = (x: number, y: number): number => (y === 0 ? 0 : round4(Math.min(1, x / y)));
  return {
    similarity: ratio(shared.a + shared.b, all),
    aShared: ratio(shared.a, words.a),
    bShared: ratio(shared.b, words.b),
    verbatim: ratio(2 * verbatimWords(rows, verbatimRun), all),
    rows: countRows(rows),
    words,
  };
}
