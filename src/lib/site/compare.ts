/**
 * View model of a comparison page: what the rows show, which rows are set apart as page
 * furniture or interleaved comments, where "next difference" goes, and the summary in words and
 * figures. Pure functions over the engine's public Comparison; no Astro, no HTML.
 */
import { countWords } from '../engine/index.ts';
import type { Comparison, DiffGrade, DiffTuple, RowJson, RowKind, SegmentKind, SegmentReason } from '../engine/types.ts';
import { capitalize, formatCount, formatNumber, formatPercent, possessive } from './format.ts';

/** How a piece of text is marked: removed/added, substantive or minor (spelling, punctuation). */
export type Mark = 'del' | 'ins' | 'del-minor' | 'ins-minor' | null;
export interface Piece {
  text: string;
  mark: Mark;
  /**
   * Merged lines only: a variant that differs from the other side's form in punctuation alone
   * (`Russia’s`/`Russia's`, `“`/`"`) is shown once, in B's form; `was` holds A's form for the
   * hidden label. Printing both would read as a doubled word, or leave a lone quote mark on a line.
   */
  was?: string;
}

export interface RowView {
  id: string;
  /** Row number as shown to readers (1-based); it equals the anchor's (`r8` is row 8). */
  number: number;
  kind: RowKind;
  /** The A side's text as marked pieces; `null` when A has nothing in this row. */
  a: Piece[] | null;
  b: Piece[] | null;
  /**
   * Both texts as one line, removed and added words inline: set for reworded rows whose two
   * wordings are close (see {@link isCloseWording}). Phones show it instead of A then B.
   */
  merged: Piece[] | null;
  /** What the row's segments are when it is not article text (one-sided rows only). */
  furniture: { kind: Exclude<SegmentKind, 'text'>; reason?: SegmentReason } | null;
  /** Any difference of substance (not just spelling or punctuation). */
  substantive: boolean;
  /** Moved rows: where the passage stands in B's reading order (after that row, or at the top). */
  moved: { after: { id: string; number: number } | null; edited: boolean } | null;
  /** Moved rows whose B text stands, in B's reading order, right after this row. */
  movedHere: { id: string; number: number }[];
}

/** A group of page furniture or interleaved comments, collapsed to one line. */
export interface FurnitureBlock {
  type: 'furniture';
  /** Anchor of the collapsed group (`g` + its first row's id). */
  id: string;
  rows: RowView[];
  /** e.g. "4 lines of page furniture", "1 interleaved comment". */
  label: string;
  /** Which account(s) the lines belong to. */
  sides: ('a' | 'b')[];
  /** The first words of the group, shown while it is collapsed. */
  preview: string;
  /** True when the group holds interleaved third-party text (a difference worth stopping at). */
  interpolation: boolean;
  /** Numbers of its first and last row, so the collapsed line says which rows it holds. */
  first: number;
  last: number;
}

/** A run of passages only one side has (and any furniture between them), collapsed to one line. */
export interface OneSidedBlock {
  type: 'one-sided';
  /** Anchor of the collapsed run (`s` + its first row's id). */
  id: string;
  blocks: (RowBlock | FurnitureBlock)[];
  /** Passages (one-sided article rows) only in A and only in B. */
  passages: { a: number; b: number };
  first: number;
  last: number;
  preview: string;
}

export interface RowBlock {
  type: 'row';
  row: RowView;
}

export type Block = RowBlock | FurnitureBlock | OneSidedBlock;

const isWhitespace = (text: string) => /^\s*$/u.test(text);

/**
 * The marked pieces of a row's text: one side (A: ops 0 and -1; B: ops 0 and 1), or `both` merged
 * inline (a wording against a reference). Whitespace-only changes are not marked; merged, they
 * follow B, and a removed word directly followed by its replacement gets a space between them, so
 * a screen reader and a copied text read "Joe Joseph", not "JoeJoseph".
 */
export function sidePieces(diff: readonly [number, string][], grades: readonly DiffGrade[], side: 'a' | 'b' | 'both'): Piece[] {
  const pieces: Piece[] = [];
  let was: string | undefined;
  diff.forEach(([op, text], i) => {
    if ((side === 'a' && op === 1) || (side === 'b' && op === -1)) return;
    if (side === 'both' && op === -1 && isWhitespace(text)) return;
    if (side === 'both' && op === -1 && isPunctuationVariant(diff, grades, i)) {
      was = text;
      return;
    }
    if (was !== undefined && op === 1) {
      pieces.push({ text, mark: 'ins-minor', was });
      was = undefined;
      return;
    }
    let mark: Mark = null;
    if (op !== 0 && !isWhitespace(text)) {
      const minor = grades[i] === 'minor';
      mark = op === -1 ? (minor ? 'del-minor' : 'del') : minor ? 'ins-minor' : 'ins';
    }
    const last = pieces[pieces.length - 1];
    if (last && last.mark === mark && last.was === undefined) {
      last.text += text;
      return;
    }
    if (last?.mark && mark && /\S$/u.test(last.text) && /^\S/u.test(text)) pieces.push({ text: ' ', mark: null });
    pieces.push({ text, mark });
  });
  // Trailing whitespace (the paragraph separator) belongs to the layout, not the row.
  while (pieces.length) {
    const last = pieces[pieces.length - 1]!;
    last.text = last.text.replace(/\s+$/u, '');
    if (last.text) break;
    pieces.pop();
  }
  return pieces;
}

/** Letters and digits only: two forms with the same are one word punctuated (or quoted) differently. */
const wordChars = (text: string) => text.replace(/[^\p{L}\p{N}]/gu, '');

/** Op `i` (a removal) and the insertion right after it are a minor variant that differs only in punctuation. */
function isPunctuationVariant(diff: readonly [number, string][], grades: readonly DiffGrade[], i: number): boolean {
  const next = diff[i + 1];
  return !!next && next[0] === 1 && grades[i] === 'minor' && grades[i + 1] === 'minor' && wordChars(diff[i]![1]) === wordChars(next[1]) && !isWhitespace(next[1]);
}

/**
 * Most words of a close wording are common to both sides, so one line with the changes inline reads
 * better than two near-identical paragraphs. Past a third of either side changed, the inline line
 * turns into a patchwork of struck and underlined fragments, and the two texts read better apart.
 */
const CLOSE_WORDING_MAX_CHANGED = 1 / 3;

/** True when at most {@link CLOSE_WORDING_MAX_CHANGED} of each side's words are removed or added. */
export function isCloseWording(diff: readonly DiffTuple[]): boolean {
  const words = { [-1]: 0, 0: 0, 1: 0 };
  for (const [op, text] of diff) words[op] += countWords(text);
  const changed = Math.max(words[-1], words[1]);
  return changed <= CLOSE_WORDING_MAX_CHANGED * (words[0] + changed);
}

function rowFurniture(row: RowJson, comparison: Comparison): RowView['furniture'] {
  const segs = [...row.a.map((i) => comparison.a.segments[i]!), ...row.b.map((i) => comparison.b.segments[i]!)];
  if (!segs.length || (row.a.length && row.b.length)) return null;
  if (segs.some((s) => s.kind === 'text')) return null;
  const kind = segs.some((s) => s.kind === 'interpolation') ? 'interpolation' : 'boilerplate';
  const reason = segs.find((s) => s.kind === kind)?.reason;
  return reason ? { kind, reason } : { kind };
}

const plain = (pieces: Piece[]): Piece[] => {
  const text = pieces.map((p) => p.text).join('');
  return text ? [{ text, mark: null }] : [];
};

const rowNumber = (id: string) => Number(id.replace(/^r/, ''));

/** Every row of the comparison, ready to render. */
export function rowViews(comparison: Comparison): RowView[] {
  const movedHere = new Map<string, { id: string; number: number }[]>();
  for (const row of comparison.rows) {
    if (row.kind === 'moved' && row.bAfter) {
      const list = movedHere.get(row.bAfter) ?? [];
      list.push({ id: row.id, number: rowNumber(row.id) });
      movedHere.set(row.bAfter, list);
    }
  }
  return comparison.rows.map((row) => {
    const grades = row.grades ?? row.diff.map(([op]) => (op === 0 ? null : 'substantive'));
    return {
      id: row.id,
      number: rowNumber(row.id),
      kind: row.kind,
      // A one-sided row is not marked word by word: the empty column opposite says it all.
      a: row.a.length ? (row.b.length ? sidePieces(row.diff, grades, 'a') : plain(sidePieces(row.diff, grades, 'a'))) : null,
      b: row.b.length ? (row.a.length ? sidePieces(row.diff, grades, 'b') : plain(sidePieces(row.diff, grades, 'b'))) : null,
      merged: row.kind === 'changed' && isCloseWording(row.diff) ? sidePieces(row.diff, grades, 'both') : null,
      furniture: rowFurniture(row, comparison),
      substantive: row.diff.some(([op, text], i) => op !== 0 && !isWhitespace(text) && grades[i] !== 'minor'),
      moved:
        row.kind === 'moved'
          ? { after: row.bAfter ? { id: row.bAfter, number: rowNumber(row.bAfter) } : null, edited: row.edited ?? false }
          : null,
      movedHere: movedHere.get(row.id) ?? [],
    };
  });
}

/** Distinct paragraphs of the given side touched by the rows (a "line" to a reader). */
function paragraphsOf(rows: readonly RowJson[], comparison: Comparison, side: 'a' | 'b', kind?: SegmentKind): number {
  const seen = new Set<number>();
  for (const row of rows)
    for (const i of row[side]) {
      const seg = comparison[side].segments[i]!;
      if (!kind || seg.kind === kind) seen.add(seg.paragraph);
    }
  return seen.size;
}

/** Label of a group of set-apart lines: "4 lines of page furniture", "1 interleaved comment", or both. */
export function furnitureLabel(boilerplate: number, interpolation: number): string {
  const parts: string[] = [];
  if (boilerplate) parts.push(formatCount(boilerplate, 'line') + ' of page furniture');
  if (interpolation) parts.push(formatCount(interpolation, 'interleaved comment'));
  return parts.join(' and ');
}

/**
 * Rows with consecutive furniture rows folded into collapsible groups, then long runs of one-sided
 * passages folded too (see {@link foldOneSided}).
 */
export function blocks(comparison: Comparison, views: RowView[] = rowViews(comparison)): Block[] {
  return foldOneSided(furnitureBlocks(comparison, views));
}

/** Rows with consecutive furniture rows folded into collapsible groups. */
function furnitureBlocks(comparison: Comparison, views: RowView[]): (RowBlock | FurnitureBlock)[] {
  const out: (RowBlock | FurnitureBlock)[] = [];
  let group: { views: RowView[]; rows: RowJson[] } | null = null;
  const flush = () => {
    if (!group) return;
    const count = (kind: SegmentKind) =>
      paragraphsOf(group!.rows, comparison, 'a', kind) + paragraphsOf(group!.rows, comparison, 'b', kind);
    const first = group.rows[0]!;
    const firstSide = first.a.length ? 'a' : 'b';
    const sides = (['a', 'b'] as const).filter((s) => group!.rows.some((r) => r[s].length));
    out.push({
      type: 'furniture',
      id: `g${first.id}`,
      rows: group.views,
      label: furnitureLabel(count('boilerplate'), count('interpolation')),
      sides,
      preview: comparison[firstSide].segments[first[firstSide][0]!]!.text,
      interpolation: group.views.some((v) => v.furniture?.kind === 'interpolation'),
      first: group.views[0]!.number,
      last: group.views[group.views.length - 1]!.number,
    });
    group = null;
  };
  comparison.rows.forEach((row, i) => {
    const view = views[i]!;
    if (view.furniture) {
      // A comment and page furniture are different things: don't fold them into one group.
      const prev = group?.views[group.views.length - 1];
      if (group && prev?.furniture?.kind !== view.furniture.kind) flush();
      group ??= { views: [], rows: [] };
      group.views.push(view);
      group.rows.push(row);
    } else {
      flush();
      out.push({ type: 'row', row: view });
    }
  });
  flush();
  return out;
}

/**
 * A run of this many one-sided passages in a row is folded into one line. Two passages only one
 * account has are read as a gap; from three on, two accounts that tell the story apart fill the
 * page with hatching, and a line saying "12 passages only in Press TV" says the same in a glance.
 */
const ONE_SIDED_RUN_MIN = 3;

const isOneSided = (view: RowView) => view.kind === 'a-only' || view.kind === 'b-only';

/**
 * Folds every run of at least {@link ONE_SIDED_RUN_MIN} consecutive one-sided passages (with any
 * furniture groups between them) into one expandable block. Furniture at the edges of a run stays
 * outside it; nothing is dropped: every row is still in the block, in order.
 */
function foldOneSided(list: readonly (RowBlock | FurnitureBlock)[]): Block[] {
  const out: Block[] = [];
  let run: (RowBlock | FurnitureBlock)[] = [];
  const flush = () => {
    // Trailing furniture is not part of the run: it stays where it is, outside.
    let end = run.length;
    while (end > 0 && run[end - 1]!.type === 'furniture') end--;
    const inner = run.slice(0, end);
    const rows = inner.flatMap((b) => (b.type === 'row' ? [b.row] : []));
    if (rows.length >= ONE_SIDED_RUN_MIN) {
      // A run always starts with a row: furniture joins a run only once it has begun.
      const firstRow = (inner[0] as RowBlock).row;
      const lastBlock = inner[inner.length - 1]!;
      out.push({
        type: 'one-sided',
        id: `s${firstRow.id}`,
        blocks: inner,
        passages: { a: rows.filter((r) => r.kind === 'a-only').length, b: rows.filter((r) => r.kind === 'b-only').length },
        first: firstRow.number,
        last: lastBlock.type === 'row' ? lastBlock.row.number : lastBlock.last,
        preview: (rows[0]!.a ?? rows[0]!.b ?? []).map((p) => p.text).join(''),
      });
    } else out.push(...inner);
    out.push(...run.slice(end));
    run = [];
  };
  for (const block of list) {
    if (block.type === 'row' && isOneSided(block.row)) run.push(block);
    else if (block.type === 'furniture' && run.length > 0) run.push(block);
    else {
      flush();
      out.push(block);
    }
  }
  flush();
  return out;
}

/** Label of a folded one-sided run: "5 passages only in Press TV and 3 only in Antiwar.com". */
export function oneSidedLabel(passages: { a: number; b: number }, aName: string, bName: string): string {
  const parts = [passages.a ? [passages.a, aName] : null, passages.b ? [passages.b, bName] : null].filter((p): p is [number, string] => p !== null);
  return parts.map(([n, name], i) => `${i === 0 ? formatCount(n, 'passage') : formatNumber(n)} only in ${name}`).join(' and ');
}

/** "row 4" or "rows 4–6": which rows a collapsed line holds. */
export const rowRange = (first: number, last: number) => (first === last ? `row ${first}` : `rows ${first}–${last}`);

/**
 * Anchors a reader steps through with "next difference": rows that differ, groups of interleaved
 * comments, and folded one-sided runs (one stop for the run, not one per passage inside it).
 */
export function differenceStops(list: readonly Block[]): string[] {
  return list.flatMap((block) =>
    block.type === 'row' ? (block.row.kind === 'equal' ? [] : [block.row.id]) : block.type === 'one-sided' || block.interpolation ? [block.id] : [],
  );
}

/** Every anchor of the page in reading order: rows, groups and the rows inside them. */
export function anchorOrder(list: readonly Block[]): string[] {
  return list.flatMap((block): string[] =>
    block.type === 'row' ? [block.row.id] : block.type === 'furniture' ? [block.id, ...block.rows.map((r) => r.id)] : [block.id, ...anchorOrder(block.blocks)],
  );
}

/**
 * Runs of unchanged rows among the top-level blocks, keyed by the id of the run's first row: what
 * the page says in their place when "Hide unchanged rows" hides them ("3 unchanged rows hidden").
 */
export function unchangedRuns(list: readonly Block[]): Map<string, { count: number; first: number; last: number }> {
  const runs = new Map<string, { count: number; first: number; last: number }>();
  let current: { count: number; first: number; last: number } | null = null;
  for (const block of list) {
    if (block.type === 'row' && block.row.kind === 'equal') {
      if (current) {
        current.count++;
        current.last = block.row.number;
      } else {
        current = { count: 1, first: block.row.number, last: block.row.number };
        runs.set(block.row.id, current);
      }
    } else current = null;
  }
  return runs;
}

/**
 * For each row of the comparison A/B, the row of the swapped comparison B/A holding the same
 * text (A's first segment, or B's for a row A has nothing in), so "Swap sides" keeps the reader's
 * place: `#r8` here opens the swapped page at the row that holds row 8's text.
 */
export function swapTargets(comparison: Comparison, swapped: Comparison): Map<string, string> {
  const rowOfA = new Map<number, string>();
  const rowOfB = new Map<number, string>();
  for (const row of swapped.rows) {
    for (const i of row.b) rowOfA.set(i, row.id); // swapped B is this A
    for (const j of row.a) rowOfB.set(j, row.id);
  }
  const out = new Map<string, string>();
  for (const row of comparison.rows) {
    const target = row.a.length ? rowOfA.get(row.a[0]!) : rowOfB.get(row.b[0]!);
    if (target) out.set(row.id, target);
  }
  return out;
}

/**
 * For each anchor of `order` (the page's anchors in reading order), the stops right before and right
 * after it. One pass each way, so a long comparison (thousands of rows) stays linear.
 */
export function neighbourStops(stops: readonly string[], order: readonly string[]): Map<string, { prev: string | null; next: string | null }> {
  const isStop = new Set(stops);
  const around = new Map<string, { prev: string | null; next: string | null }>();
  let prev: string | null = null;
  for (const id of order) {
    around.set(id, { prev, next: null });
    if (isStop.has(id)) prev = id;
  }
  let next: string | null = null;
  for (let i = order.length - 1; i >= 0; i--) {
    around.get(order[i]!)!.next = next;
    if (isStop.has(order[i]!)) next = order[i]!;
  }
  return around;
}

// ---------------------------------------------------------------------------
// Summary in words and figures
// ---------------------------------------------------------------------------

export interface PairFacts {
  /** Every article sentence of A is matched in B (and likewise for B). */
  aAllInB: boolean;
  bAllInA: boolean;
  /** Article sentences only A or only B has. */
  aOnlySentences: number;
  bOnlySentences: number;
  /** Matched rows whose wording differs in substance, or only in spelling/punctuation. */
  reworded: number;
  minorOnly: number;
  /** Moved passages. */
  moved: number;
  /** Interleaved comments (paragraphs) on each side. */
  aComments: number;
  bComments: number;
  /** No article text matched at all. */
  nothingShared: boolean;
}

export function pairFacts(comparison: Comparison, views: RowView[] = rowViews(comparison)): PairFacts {
  let aOnlySentences = 0;
  let bOnlySentences = 0;
  let reworded = 0;
  let minorOnly = 0;
  const movedPassages = new Set<number | string>();
  const textCount = (side: 'a' | 'b', row: RowJson) => row[side].filter((s) => comparison[side].segments[s]!.kind === 'text').length;
  comparison.rows.forEach((row, i) => {
    const view = views[i]!;
    if (view.furniture) return;
    if (row.kind === 'a-only') aOnlySentences += textCount('a', row);
    if (row.kind === 'b-only') bOnlySentences += textCount('b', row);
    if (row.kind === 'changed' || (row.kind === 'moved' && row.edited)) {
      if (view.substantive) reworded++;
      else minorOnly++;
    }
    if (row.kind === 'moved') movedPassages.add(row.passage ?? row.id);
  });
  const matched = comparison.rows.filter((r) => r.a.length && r.b.length);
  const onlyText = (side: 'a' | 'b', kind: RowKind) =>
    comparison.rows.some((r, i) => r.kind === kind && !views[i]!.furniture && r[side].some((s) => comparison[side].segments[s]!.kind === 'text'));
  const comments = (side: 'a' | 'b') => paragraphsOf(comparison.rows, comparison, side, 'interpolation');
  return {
    aAllInB: matched.length > 0 && !onlyText('a', 'a-only'),
    bAllInA: matched.length > 0 && !onlyText('b', 'b-only'),
    aOnlySentences,
    bOnlySentences,
    reworded,
    minorOnly,
    moved: movedPassages.size,
    aComments: comments('a'),
    bComments: comments('b'),
    nothingShared: matched.length === 0,
  };
}

export interface PairSummary {
  /** The headline finding in one sentence. */
  sentence: string;
  /** Short figures, e.g. "78% of RFE/RL’s words in Unnamed site". */
  figures: string[];
  /** The figure that goes in the page description. */
  keyFigure: string;
  /** The key figure apart, for the share card: the share ("99%") and what it counts. */
  share: string;
  shareCaption: string;
  /** The page description (share previews): the sentence, and the key figure unless the sentence already gives it. */
  description: string;
}

const sentences = (n: number) => formatCount(n, 'sentence');

/**
 * Cut-offs of the summary's words for two accounts that each have sentences the other lacks, on
 * the symmetric similarity (0–1, the share of both texts' words that the other also has):
 * - at least 0.6, "largely share their text": most of both texts is common, so the differences are
 *   additions around a shared body (a copy with its own lead and ending);
 * - at least 0.2, "share some passages": a fifth is about one shared paragraph in an article of
 *   five, the least that reads as shared text rather than a quotation both carry;
 * - below, "mostly tell the story in their own words".
 * The exact shares are printed beside the words, so the cut-offs only choose the phrase.
 */
const LARGELY_SHARED = 0.6;
const SOME_SHARED = 0.2;

/** Summary of a comparison in words and figures, derived from its rows and stats only. */
export function summarize(comparison: Comparison, aName: string, bName: string, views: RowView[] = rowViews(comparison)): PairSummary {
  const f = pairFacts(comparison, views);
  const { stats } = comparison;
  const aS = possessive(aName);
  const bS = possessive(bName);
  const verbatimAll = f.reworded === 0 && f.minorOnly === 0;
  let sentence: string;
  if (f.nothingShared) {
    sentence = `${aName} and ${bName} share no passage: each tells the story in its own words`;
  } else if (f.aAllInB && f.bAllInA) {
    sentence = verbatimAll
      ? `${aS} and ${bS} texts are the same, word for word`
      : f.reworded === 0
        ? `${aS} and ${bS} texts are the same apart from spelling and punctuation`
        : `${aName} and ${bName} carry the same sentences; ${f.reworded} ${f.reworded === 1 ? 'is' : 'are'} reworded`;
  } else if (f.aAllInB) {
    sentence = `Every sentence of ${aS} text appears in ${bName}${f.reworded === 0 ? ', word for word' : ''}; ${bName} adds ${sentences(f.bOnlySentences)}`;
  } else if (f.bAllInA) {
    sentence = `Every sentence of ${bS} text appears in ${aName}${f.reworded === 0 ? ', word for word' : ''}; ${aName} has ${sentences(f.aOnlySentences)} that ${bName} lacks`;
  } else {
    const lead =
      stats.similarity >= LARGELY_SHARED
        ? `${aName} and ${bName} largely share their text`
        : stats.similarity >= SOME_SHARED
          ? `${aName} and ${bName} share some passages`
          : `${aName} and ${bName} mostly tell the story in their own words`;
    sentence = `${lead}: ${formatPercent(stats.aShared)} of ${aS} words appear in ${bName}, ${formatPercent(stats.bShared)} of ${bS} in ${aName}`;
  }
  const comments = [
    f.aComments ? `${aName} has ${formatCount(f.aComments, 'interleaved comment')}` : '',
    f.bComments ? `${bName} has ${formatCount(f.bComments, 'interleaved comment')}` : '',
  ].filter(Boolean);
  if (comments.length) sentence += `. ${capitalize(comments.join('; '))}`;
  sentence += '.';

  // The shares, unless the sentence already gives them.
  const figures = sentence.includes(formatPercent(stats.aShared))
    ? []
    : [`${formatPercent(stats.aShared)} of ${aS} words in ${bName}`, `${formatPercent(stats.bShared)} of ${bS} words in ${aName}`];
  if (f.aComments + f.bComments) figures.push(formatCount(f.aComments + f.bComments, 'interleaved comment'));
  if (f.moved) figures.push(`${f.moved} moved`);
  if (f.reworded) figures.push(`${f.reworded} reworded`);
  if (f.minorOnly) figures.push(`${f.minorOnly} with minor variants`);
  if (f.aOnlySentences) figures.push(`${sentences(f.aOnlySentences)} only in ${aName}`);
  if (f.bOnlySentences) figures.push(`${sentences(f.bOnlySentences)} only in ${bName}`);
  const share = formatPercent(stats.aShared);
  const shareCaption = `of ${aS} words appear in ${bName}`;
  const keyFigure = `${share} ${shareCaption}`;
  const description = sentence.includes(share) ? sentence : `${sentence} ${capitalize(keyFigure)}.`;
  return { sentence, figures, keyFigure, share, shareCaption, description };
}
