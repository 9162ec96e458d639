import type { DiffTuple, RowJson, Segment, SegmentMatch, SegmentedAccount } from './types.ts';
import type { MoveLabels } from './moves.ts';
import type { GradedDiff } from './diff.ts';
import { isWord } from './tokenize.ts';

/*
 * Builds the rows of the side-by-side view: A's reading order, matched rows
 * where their first A segment stands, runs of unmatched A segments as a-only
 * rows, and runs of unmatched B segments as b-only rows at their natural
 * place: just before the row of the next in-order (not moved) match in B,
 * i.e. after everything A has before that match (deletions before
 * insertions, as in a diff); at the end when no such match follows.
 */

/** A match with its graded word diff (A → B). */
export interface DiffedMatch extends GradedDiff {
  match: SegmentMatch;
}

/** A run of unmatched segments of one side: same paragraph, same kind, adjacent. */
interface Run {
  first: number;
  last: number;
}

function unmatchedRuns(segments: readonly Segment[], owned: Int32Array): Run[] {
  const runs: Run[] = [];
  for (const s of segments) {
    if (owned[s.index]! >= 0) continue;
    const last = runs[runs.length - 1];
    const prev = last ? segments[last.last]! : undefined;
    if (last && prev && last.last === s.index - 1 && prev.paragraph === s.paragraph && prev.kind === s.kind) last.last = s.index;
    else runs.push({ first: s.index, last: s.index });
  }
  return runs;
}

function ownership(count: number, matches: readonly DiffedMatch[], side: 'a' | 'b'): Int32Array {
  const owner = new Int32Array(count).fill(-1);
  matches.forEach((m, k) => {
    for (const i of m.match[side]) owner[i] = k;
  });
  return owner;
}

function runText(segments: readonly Segment[], run: Run): string {
  let s = '';
  for (let i = run.first; i <= run.last; i++) s += segments[i]!.text;
  return s;
}

function runHasWords(segments: readonly Segment[], run: Run): boolean {
  for (let i = run.first; i <= run.last; i++) {
    for (const t of segments[i]!.tokens) if (isWord(t)) return true;
  }
  return false;
}

function onlyRow(kind: 'a-only' | 'b-only', segments: readonly Segment[], run: Run): RowJson {
  const text = runText(segments, run);
  const indexes = Array.from({ length: run.last - run.first + 1 }, (_, k) => run.first + k);
  const op = kind === 'a-only' ? -1 : 1;
  return {
    kind,
    a: kind === 'a-only' ? indexes : [],
    b: kind === 'b-only' ? indexes : [],
    diff: [[op, text]],
    id: '',
    grades: [runHasWords(segments, run) ? 'substantive' : 'minor'],
  };
}

/** True when every non-equal op is whitespace only. */
function sameUpToWhitespace(diff: readonly DiffTuple[]): boolean {
  return diff.every(([op, t]) => op === 0 || !/\S/u.test(t));
}

function matchedRow(m: DiffedMatch, passage: number, moved: boolean): RowJson {
  const same = sameUpToWhitespace(m.diff);
  const row: RowJson = {
    kind: moved ? 'moved' : same ? 'equal' : 'changed',
    a: m.match.a,
    b: m.match.b,
    diff: m.diff,
    id: '',
    grades: m.grades,
    score: m.match.score,
    pass: m.match.pass,
    passage,
  };
  if (moved) row.edited = !same;
  return row;
}

/** Rows in A order; `matches` sorted by first A index. */
export function collateRows(a: SegmentedAccount, b: SegmentedAccount, matches: readonly DiffedMatch[], moves: MoveLabels): RowJson[] {
  const ownerA = ownership(a.segments.length, matches, 'a');
  const ownerB = ownership(b.segments.length, matches, 'b');

  // b-only runs grouped by the match they stand before (-1: at the end).
  const beforeMatch = new Map<number, Run[]>();
  for (const run of unmatchedRuns(b.segments, ownerB)) {
    let anchor = -1;
    for (let j = run.last + 1; j < b.segments.length && anchor < 0; j++) {
      const k = ownerB[j]!;
      if (k >= 0 && !moves.moved[k]) anchor = k;
    }
    const list = beforeMatch.get(anchor) ?? [];
    list.push(run);
    beforeMatch.set(anchor, list);
  }
  const bOnly = (anchor: number): RowJson[] => (beforeMatch.get(anchor) ?? []).map((run) => onlyRow('b-only', b.segments, run));

  const rows: RowJson[] = [];
  const aRuns = new Map(unmatchedRuns(a.segments, ownerA).map((r) => [r.first, r]));
  for (const s of a.segments) {
    const k = ownerA[s.index]!;
    if (k < 0) {
      const run = aRuns.get(s.index);
      if (run) rows.push(onlyRow('a-only', a.segments, run));
      continue;
    }
    const m = matches[k]!;
    if (m.match.a[0] !== s.index) continue;
    if (!moves.moved[k]) rows.push(...bOnly(k));
    rows.push(matchedRow(m, moves.passage[k]!, moves.moved[k]!));
  }
  rows.push(...bOnly(-1));

  // Row n (1-based, as readers count) is anchor `rn`: a cited "row 8" is `#r8`.
  rows.forEach((row, i) => (row.id = `r${i + 1}`));
  linkMoves(rows, b.segments.length);
  return rows;
}

/** Sets `bAfter` on moved rows: the row holding the B segment just before theirs. */
function linkMoves(rows: RowJson[], bCount: number): void {
  const rowOfB = new Array<string>(bCount);
  for (const row of rows) for (const j of row.b) rowOfB[j] = row.id;
  for (const row of rows) {
    if (row.kind !== 'moved') continue;
    const before = row.b[0]! - 1;
    row.bAfter = before >= 0 ? rowOfB[before]! : null;
  }
}
