import { expect } from 'vitest';
import { buildStoryContext, compareAccounts, type AccountInput, type Comparison, type StatsJson } from '../../../src/lib/engine/index.ts';

/** Asserts the documented invariants of a comparison of `a` with `b`. */
export function expectInvariants(c: Comparison, a: AccountInput, b: AccountInput): void {
  const textA = a.paragraphs.join('\n\n');
  const textB = b.paragraphs.join('\n\n');
  // Lossless segments with consistent offsets.
  for (const [side, text] of [[c.a, textA], [c.b, textB]] as const) {
    expect(side.segments.map((s) => s.text).join('')).toBe(text);
    let at = 0;
    for (const s of side.segments) {
      expect(s.start).toBe(at);
      expect(s.end).toBe(at + s.text.length);
      expect(text.slice(s.start, s.end)).toBe(s.text);
      at = s.end;
    }
  }
  // Every segment index of each side in exactly one row; runs consecutive.
  const seenA = c.rows.flatMap((r) => r.a);
  const seenB = c.rows.flatMap((r) => r.b);
  expect([...seenA].sort((x, y) => x - y)).toEqual(c.a.segments.map((_, i) => i));
  expect([...seenB].sort((x, y) => x - y)).toEqual(c.b.segments.map((_, i) => i));
  // Rows follow A's order.
  expect(seenA).toEqual([...seenA].sort((x, y) => x - y));
  for (const r of c.rows) {
    for (const run of [r.a, r.b]) run.forEach((v, k) => k > 0 && expect(v).toBe(run[k - 1]! + 1));
    // Diff reproduces both sides.
    const rowA = r.a.map((i) => c.a.segments[i]!.text).join('');
    const rowB = r.b.map((i) => c.b.segments[i]!.text).join('');
    expect(r.diff.filter(([op]) => op <= 0).map(([, t]) => t).join('')).toBe(rowA);
    expect(r.diff.filter(([op]) => op >= 0).map(([, t]) => t).join('')).toBe(rowB);
    expect(r.grades).toHaveLength(r.diff.length);
    r.diff.forEach(([op], i) => expect(r.grades[i] === null).toBe(op === 0));
    // Kinds agree with sides.
    if (r.kind === 'a-only') expect(r.b).toEqual([]);
    else if (r.kind === 'b-only') expect(r.a).toEqual([]);
    else {
      expect(r.a.length).toBeGreaterThan(0);
      expect(r.b.length).toBeGreaterThan(0);
      for (const i of r.a) expect(c.a.segments[i]!.kind).toBe('text');
      for (const j of r.b) expect(c.b.segments[j]!.kind).toBe('text');
    }
  }
  expect(c.rows.map((r) => r.id)).toEqual(c.rows.map((_, i) => `r${i + 1}`));
  const counts = { equal: 0, changed: 0, moved: 0, aOnly: 0, bOnly: 0 };
  for (const r of c.rows) counts[r.kind === 'a-only' ? 'aOnly' : r.kind === 'b-only' ? 'bOnly' : r.kind]++;
  expect(c.stats.rows).toEqual(counts);
  for (const v of [c.stats.similarity, c.stats.aShared, c.stats.bShared, c.stats.verbatim]) {
    expect(v).toBeGreaterThanOrEqual(0);
    expect(v).toBeLessThanOrEqual(1);
  }
}

/** Text of the rows of `c` that hold A segment `i`. */
export function rowOfA(c: Comparison, i: number) {
  const row = c.rows.find((r) => r.a.includes(i));
  if (!row) throw new Error(`no row for A segment ${i}`);
  return row;
}

/** Index of the first segment of a side whose text includes `needle`. */
export function segmentIndex(side: Comparison['a'], needle: string): number {
  const i = side.segments.findIndex((s) => s.text.includes(needle));
  if (i < 0) throw new Error(`no segment with ${JSON.stringify(needle)}`);
  return i;
}

/** Compares both ways in one context and checks the figures agree: similarity and verbatim equal, shares swapped. Returns A→B's. */
export function expectSymmetricStats(a: AccountInput, b: AccountInput): StatsJson {
  const ctx = buildStoryContext([a, b]);
  const ab = compareAccounts(a, b, ctx).stats;
  const ba = compareAccounts(b, a, ctx).stats;
  expect(ba.similarity).toBe(ab.similarity);
  expect(ba.verbatim).toBe(ab.verbatim);
  expect([ba.aShared, ba.bShared]).toEqual([ab.bShared, ab.aShared]);
  return ab;
}
