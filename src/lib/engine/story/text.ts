/**
 * Story-specific text helpers: quotation spans, and small utilities. Words,
 * their keys and stems, stopwords and the word diff are the engine's
 * (`../index.ts`), so a story reads text exactly as the pairwise comparison does.
 */
import { textTokens, type Token } from '../index.ts';

/** A word or number token (the engine's `Token`: text, offsets, key, stem, content flag). */
export type Word = Token & { type: 'word' | 'number' };

const isWord = (t: Token): t is Word => t.type === 'word' || t.type === 'number';

/** The words and numbers of a text, offsets relative to `base`, read by the engine's tokenizer. */
export const words = (text: string, base = 0): Word[] => textTokens(text, base).filter(isWord);

/** Collapses runs of whitespace and trims: how member texts are shown and compared. */
export const tidy = (text: string) => text.replace(/\s+/g, ' ').trim();

// ---------------------------------------------------------------------------
// Quotations
// ---------------------------------------------------------------------------

/** A quotation: `[open, close]` are the positions of the quotation marks in the string. */
export interface QuoteSpan {
  open: number;
  close: number;
}

const OPEN_DOUBLE = new Set(['\u201C', '\u201E', '\u00AB']);
const CLOSE_DOUBLE = new Set(['\u201D', '\u00BB']);

/**
 * Quotation spans of one paragraph: curly and straight double quotes,
 * guillemets, and single quotes only where they clearly delimit (an opening
 * mark after a space or start, a closing one not followed by a letter, so
 * apostrophes in "Russia’s" never count). Quotations do not nest here: an
 * inner single-quoted phrase stays part of the outer quotation.
 */
export function quoteSpans(p: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let i = 0;
  while (i < p.length) {
    const c = p[i]!;
    let close = -1;
    if (OPEN_DOUBLE.has(c)) {
      close = findFrom(p, i + 1, (ch) => CLOSE_DOUBLE.has(ch) || ch === '\u201C');
      if (close >= 0 && p[close] === '\u201C') close = -1; // unbalanced: an opening mark before any close
    } else if (c === '"') {
      close = p.indexOf('"', i + 1);
    } else if ((c === '\u2018' || c === "'") && (i === 0 || /[\s(\[—–-]/u.test(p[i - 1]!)) && /\p{L}|\p{N}/u.test(p[i + 1] ?? '')) {
      const closer = c === '\u2018' ? '\u2019' : "'";
      for (let j = i + 1; j < p.length; j++) {
        if (p[j] === closer && !/\p{L}/u.test(p[j + 1] ?? '') && j > i + 2) {
          close = j;
          break;
        }
      }
    }
    if (close > i + 1) {
      spans.push({ open: i, close });
      i = close + 1;
    } else i++;
  }
  return spans;
}

function findFrom(p: string, from: number, test: (c: string) => boolean): number {
  for (let j = from; j < p.length; j++) if (test(p[j]!)) return j;
  return -1;
}

/** True when `[start, end)` lies inside one of the spans (between the marks). */
export function insideQuote(spans: readonly QuoteSpan[], start: number, end: number): boolean {
  return spans.some((s) => start > s.open && end <= s.close);
}

// ---------------------------------------------------------------------------
// Small utilities
// ---------------------------------------------------------------------------

/** Code-unit string order (locale-independent, so every machine sorts alike). */
export const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Union-find over string keys; `find` returns the smallest key of the set so roots never depend on insertion order. */
export class UnionFind {
  private parent = new Map<string, string>();
  add(x: string): void {
    if (!this.parent.has(x)) this.parent.set(x, x);
  }
  find(x: string): string {
    this.add(x);
    let root = x;
    while (this.parent.get(root) !== root) root = this.parent.get(root)!;
    let cur = x;
    while (this.parent.get(cur) !== root) {
      const next = this.parent.get(cur)!;
      this.parent.set(cur, root);
      cur = next;
    }
    return root;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    if (ra < rb) this.parent.set(rb, ra);
    else this.parent.set(ra, rb);
  }
  /** Sets as sorted arrays of keys, sorted by their smallest key. */
  groups(): string[][] {
    const by = new Map<string, string[]>();
    for (const x of [...this.parent.keys()].sort(cmp)) {
      const r = this.find(x);
      let g = by.get(r);
      if (!g) by.set(r, (g = []));
      g.push(x);
    }
    return [...by.values()];
  }
}

/** Levenshtein distance (small strings only). */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length]!;
}
