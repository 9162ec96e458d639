/**
 * Substitutions read across a whole story: every slot (see `diffSlots`) in
 * the strong matched rows of every pair of accounts, with where it was found.
 * Word choices and facts that differ both read these, so they agree on what
 * counts as "the same place of the same statement".
 *
 * A row counts only when
 * - both its sides are article text (segment kind `text`): a reposting site's
 *   interleaved comments and page furniture are not an outlet's telling;
 * - its match score reaches `minRowScore`, by default the engine's own
 *   `similarThreshold` (0.5): the bar at which the engine calls two sentences
 *   one statement. Below it the engine pairs retellings on their rare content
 *   (the `retold` pass), and a substitution there mostly sets a phrase of one
 *   statement against a phrase of another.
 */
import { countWords, DEFAULT_COMPARE_OPTIONS, type DiffGrade, type RowJson } from '../index.ts';
import { matchedRows, type Pairs } from './accounts.ts';
import type { SlotOptions, StoryAccount } from './types.ts';
import { diffSlots, type Slot } from './variants.ts';

export type { SlotOptions };

export const SLOT_DEFAULTS: Required<SlotOptions> = { minRowScore: DEFAULT_COMPARE_OPTIONS.similarThreshold, maxSlotWords: 3 };

/** One slot of one row: `slot.before` is account `a`'s wording, `slot.after` account `b`'s (`a < b`, the comparison's sides). */
export interface StorySlot {
  a: string;
  b: string;
  row: string;
  slot: Slot;
  /** Grades of the two ops (A's, B's). */
  grades: [DiffGrade, DiffGrade];
  /** The row's whole text on each side (the passage quoted as context). */
  aText: string;
  bText: string;
}

/**
 * Words one side adds between two equal stretches ("after [nearly] two
 * hours"): slots with an empty side, at most `maxWords` words. Facts read them
 * (a qualifier added to a figure); word choices need two sides. Only word
 * counts are read here, and what is a word does not depend on the language
 * (the tokenizer's one test, `countWords`), so no account's `lang` is needed.
 */
function loneSlots(diff: RowJson['diff'], maxWords: number): Slot[] {
  const out: Slot[] = [];
  const hasWord = (t: string | undefined) => t !== undefined && countWords(t) > 0;
  for (let i = 1; i + 1 < diff.length; i++) {
    const [op, text] = diff[i]!;
    const prev = diff[i - 1]!;
    const next = diff[i + 1]!;
    if (op === 0 || prev[0] !== 0 || next[0] !== 0 || !hasWord(prev[1]) || !hasWord(next[1])) continue;
    const n = countWords(text);
    if (n === 0 || n > maxWords) continue;
    out.push({ before: op === -1 ? text : '', after: op === 1 ? text : '', left: prev[1], right: next[1], index: i });
  }
  return out;
}

/** True when every segment of the row, on both sides, is article text. */
const articleRow = (row: RowJson, aKinds: readonly string[], bKinds: readonly string[]) => row.a.every((i) => aKinds[i] === 'text') && row.b.every((i) => bKinds[i] === 'text');

/** A strong article-text row of a pair (`a < b`) with its two texts. */
export interface StoryRow {
  a: string;
  b: string;
  row: RowJson;
  aText: string;
  bText: string;
}

/** Every strong article-text row of every pair, pairs in canonical account order, rows in order. */
export function storyRows(accounts: readonly StoryAccount[], pairs: Pairs, options: SlotOptions = {}): StoryRow[] {
  const opts = { ...SLOT_DEFAULTS, ...options };
  const out: StoryRow[] = [];
  for (let i = 0; i < accounts.length; i++)
    for (let j = i + 1; j < accounts.length; j++) {
      const c = pairs.get(accounts[i]!.id, accounts[j]!.id).comparison;
      const aKinds = c.a.segments.map((s) => s.kind);
      const bKinds = c.b.segments.map((s) => s.kind);
      for (const row of matchedRows(c)) {
        if ((row.score ?? 1) < opts.minRowScore || !articleRow(row, aKinds, bKinds)) continue;
        out.push({ a: c.a.id, b: c.b.id, row, aText: row.a.map((k) => c.a.segments[k]!.text).join(''), bText: row.b.map((k) => c.b.segments[k]!.text).join('') });
      }
    }
  return out;
}

/** Every slot of the story's strong rows (see {@link storyRows}). */
export function storySlots(accounts: readonly StoryAccount[], pairs: Pairs, options: SlotOptions = {}): StorySlot[] {
  const opts = { ...SLOT_DEFAULTS, ...options };
  return storyRows(accounts, pairs, opts).flatMap(({ a, b, row, aText, bText }) =>
    [...diffSlots(row.diff, opts.maxSlotWords), ...loneSlots(row.diff, opts.maxSlotWords)].map((slot): StorySlot => {
      const first = row.grades[slot.index] ?? null;
      const second = row.grades[slot.index + 1] ?? null;
      // diffSlots orders the pair as (deletion, insertion): A's op is the deletion.
      const aFirst = row.diff[slot.index]![0] === -1 && slot.before !== '';
      return { a, b, row: row.id, slot, grades: aFirst ? [first, second] : [second, first], aText, bText };
    }),
  );
}
