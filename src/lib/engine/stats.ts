import type { RowCounts, RowJson, SegmentedAccount, StatsJson } from './types.ts';
import type { DiffedMatch } from './collate.ts';
import { round4 } from './align.ts';
import { isWord } from './tokenize.ts';

/*
 * Figures of a pair (see StatsJson for definitions). Everything is computed
 * from the matches' diffs (the rows show the same diffs), so the figures
 * always agree with what the reader sees.
 * similarity and verbatim only depend on the set of matches and their diffs,
 * which are orientation-free, hence compare(a,b) and compare(b,a) agree.
 */

/**
 * Words of an account's `text` segments, counted once per segmented account
 * (speed: an account's figures are computed for each of its 2·(n−1) pairs,
 * and counting walked every token of both texts each time).
 */
const textWordCounts = new WeakMap<SegmentedAccount, number>();

function textWords(account: SegmentedAccount): number {
  let n = textWordCounts.get(account);
  if (n !== undefined) return n;
  n = 0;
  for (const s of account.segments) {
    if (s.kind !== 'text') continue;
    for (const t of s.tokens) if (isWord(t)) n++;
  }
  textWordCounts.set(account, n);
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
function sharedWords(matches: readonly DiffedMatch[]): { a: number; b: number } {
  let a = 0;
  let b = 0;
  for (const m of matches) {
    m.diff.forEach(([op], i) => {
      if (op !== 0 && m.grades[i] !== 'minor') return;
      if (op <= 0) a += m.words[i]!;
      if (op >= 0) b += m.words[i]!;
    });
  }
  return { a, b };
}

/**
 * Words in runs of ≥ `minRun` identical words. A run continues across the
 * boundary between two matches that are adjacent on both sides, and across
 * changes without words (punctuation, whitespace); a change with words ends it.
 */
function verbatimWords(matches: readonly DiffedMatch[], minRun: number): number {
  let total = 0;
  let run = 0;
  const flush = (): void => {
    if (run >= minRun) total += run;
    run = 0;
  };
  let prev: DiffedMatch['match'] | undefined;
  for (const m of matches) {
    const { a, b } = m.match;
    const adjacent = prev && a[0] === prev.a[prev.a.length - 1]! + 1 && b[0] === prev.b[prev.b.length - 1]! + 1;
    if (!adjacent) flush();
    m.diff.forEach(([op], i) => {
      if (op === 0) run += m.words[i]!;
      else if (m.words[i]! > 0) flush();
    });
    prev = m.match;
  }
  flush();
  return total;
}

/** @param matches sorted by first A index */
export function computeStats(
  a: SegmentedAccount,
  b: SegmentedAccount,
  matches: readonly DiffedMatch[],
  rows: readonly RowJson[],
  verbatimRun: number,
): StatsJson {
  const words = { a: textWords(a), b: textWords(b) };
  const shared = sharedWords(matches);
  const all = words.a + words.b;
  const ratio = (x: number, y: number): number => (y === 0 ? 0 : round4(Math.min(1, x / y)));
  return {
    similarity: ratio(shared.a + shared.b, all),
    aShared: ratio(shared.a, words.a),
    bShared: ratio(shared.b, words.b),
    verbatim: ratio(2 * verbatimWords(matches, verbatimRun), all),
    rows: countRows(rows),
    words,
  };
}
