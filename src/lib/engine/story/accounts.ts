/**
 * The story's accounts in canonical order, and access to pairwise comparisons
 * in canonical orientation. Everything downstream iterates these, never the
 * caller's list, which is what makes the findings independent of input order.
 */
import { countWords, type Comparison, type RowJson } from '../index.ts';
import type { CompareFn, StoryAccount, StoryAccountInput, StorySegment } from './types.ts';
import { cmp } from './text.ts';
import { findQuotations, type Quotation } from '../quotation.ts';

/** Canonical order: earliest published first, then by id (code-unit order). */
const byPublished = (a: { published: string; id: string }, b: { published: string; id: string }) =>
  cmp(a.published, b.published) || cmp(a.id, b.id);

/** A pair's comparison seen from `x`: rows' `a`/`b` and diffs oriented so that `x` is A. */
export interface PairView {
  x: string;
  y: string;
  comparison: Comparison;
  /** True when the stored comparison has `x` as its B side. */
  flipped: boolean;
}

export class Pairs {
  private cache = new Map<string, Comparison>();
  private compare: CompareFn;
  constructor(compare: CompareFn) {
    this.compare = compare;
  }
  /** The comparison of the pair, always computed as `compare(lo, hi)` with `lo < hi`. */
  get(x: string, y: string): PairView {
    const [lo, hi] = x < y ? [x, y] : [y, x];
    const key = `${lo}\u0000${hi}`;
    let c = this.cache.get(key);
    if (!c) {
      c = this.compare(lo, hi);
      if (c.a.id !== lo || c.b.id !== hi) throw new Error(`compare(${lo}, ${hi}) returned ${c.a.id}/${c.b.id}`);
      this.cache.set(key, c);
    }
    return { x, y, comparison: c, flipped: x !== lo };
  }
}

/** Matched rows (equal, changed, moved) of a comparison. */
export const matchedRows = (c: Comparison): RowJson[] => c.rows.filter((r) => r.kind === 'equal' || r.kind === 'changed' || r.kind === 'moved');

/** Builds the canonical account list with segments taken from the comparisons. */
export function buildAccounts(inputs: readonly StoryAccountInput[], pairs: Pairs): StoryAccount[] {
  const ids = new Set<string>();
  for (const a of inputs) {
    if (ids.has(a.id)) throw new Error(`duplicate account id ${a.id}`);
    ids.add(a.id);
  }
  const sorted = [...inputs].sort(byPublished);
  return sorted.map((input, rank) => {
    const other = sorted.find((o) => o.id !== input.id);
    let segments: StorySegment[];
    if (other) {
      const view = pairs.get(input.id, other.id);
      const side = view.flipped ? view.comparison.b : view.comparison.a;
      segments = side.segments.map((s, index) => ({ index, text: s.text, start: s.start, end: s.end, paragraph: s.paragraph, kind: s.kind }));
    } else {
      // A story with one account has no comparison: each paragraph stands as one text segment.
      let at = 0;
      segments = input.paragraphs.map((p, index) => {
        const text = index < input.paragraphs.length - 1 ? `${p}\n\n` : p;
        const seg: StorySegment = { index, text, start: at, end: at + text.length, paragraph: index, kind: 'text' };
        at += text.length;
        return seg;
      });
    }
    const text = segments.map((s) => s.text).join('');
    return {
      id: input.id,
      outlet: input.outlet,
      published: input.published,
      words: input.words ?? countWords(input.paragraphs.join('\n\n')),
      ...(input.relation ? { relation: input.relation } : {}),
      ...(input.lang ? { lang: input.lang } : {}),
      text,
      segments,
      rank,
    };
  });
}

/** Words of article text (segments of kind `text`). */
export const articleWords = (account: StoryAccount) =>
  account.segments.filter((s) => s.kind === 'text').reduce((n, s) => n + countWords(s.text), 0);

/**
 * Paragraph ranges of an account's canonical text, from its segments: a
 * paragraph runs from its first segment's start to its last segment's end
 * (trailing separators included, which never hold quotation marks).
 */
export function paragraphRanges(account: StoryAccount): Array<{ paragraph: number; start: number; end: number }> {
  const out: Array<{ paragraph: number; start: number; end: number }> = [];
  for (const s of account.segments) {
    const last = out[out.length - 1];
    if (last && last.paragraph === s.paragraph) last.end = s.end;
    else out.push({ paragraph: s.paragraph, start: s.start, end: s.end });
  }
  return out;
}

const quoteCache = new WeakMap<StoryAccount, Quotation[]>();

/**
 * Quotations of an account (the engine's one finder), in canonical-text
 * offsets, nested ones included. Quotations never cross paragraphs; one left
 * open at a paragraph's end (a capture cut off mid-quote, or a statement
 * continued in the next paragraph) runs to the paragraph's end.
 */
export function accountQuoteSpans(account: StoryAccount): Quotation[] {
  let spans = quoteCache.get(account);
  if (!spans) {
    spans = paragraphRanges(account).flatMap((p) => {
      // Trailing paragraph separators are not text: an unclosed quotation ends at the last character.
      const text = account.text.slice(p.start, p.end).replace(/\s+$/u, '');
      return findQuotations(text, { unclosed: true }).map((q) => ({ ...q, open: q.open + p.start, close: q.close + p.start }));
    });
    quoteCache.set(account, spans);
  }
  return spans;
}

/** The segment holding an offset of the canonical text. */
export function segmentAt(account: StoryAccount, offset: number): StorySegment | undefined {
  return account.segments.find((s) => offset >= s.start && offset < s.end);
}
