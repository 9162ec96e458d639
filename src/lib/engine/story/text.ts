/**
 * Word-level helpers for the story analysis: tokens with comparison keys, a
 * word diff, quotation spans. Kept here rather than borrowed from the engine's
 * internals so the cross-account work depends only on the engine's public
 * Comparison JSON; the rules mirror the engine's (NFKC, case fold, quotes
 * unified, spelling variants folded, light stemming).
 */
import { diffCleanupSemantic, diffMain } from 'diff-match-patch-es';
import type { DiffGrade, DiffTuple } from '../types.ts';

export interface Word {
  text: string;
  /** Offset in the string the word was read from. */
  start: number;
  end: number;
  /** Normalized key: NFKC, lower case, no diacritics, `’`→`'`, abbreviation dots removed. */
  key: string;
  /** Key with spelling variants folded (`sergey`→`sergei`, `aleksei`→`alexei`) and light stemming. */
  stem: string;
  /** Not a stopword: the only words that count as evidence. */
  content: boolean;
  number: boolean;
}

const WORD_RE = /\p{N}+(?:[.,:]\p{N}+)*|[\p{L}\p{M}\p{N}]+(?:['’.][\p{L}\p{M}\p{N}]+)*/gu;

// A small English stopword list: function words never anchor a match.
const STOPWORDS = new Set(
  ('a an the and or but nor so yet for of in on at to from by with about as into onto over under after before between through during ' +
    'without within upon against among across since until than then that this these those there here where when while which who whom whose what why how ' +
    'i me my we us our you your he him his she her it its they them their is am are was were be been being have has had do does did ' +
    'will would shall should can could may might must not no nor only own same such too very just also both each few more most other some any all ' +
    "if else up down out off again further once s t don't it's he's she's we're they're i'm" ).split(/\s+/),
);

/** Comparison key of a word (see {@link Word.key}). */
export function normalizeKey(text: string): string {
  let s = text.normalize('NFKC').toLowerCase();
  if (/[^\x00-\x7F]/.test(s)) s = s.normalize('NFD').replace(/\p{M}+/gu, '').normalize('NFC').replace(/[\u2018\u2019\u02BC]/g, "'");
  if (/^(?:\p{L}\.)+\p{L}?\.?$/u.test(s)) s = s.replace(/\./g, '');
  return s;
}

/** Folds transliteration/spelling variants (general rules, no names). */
export function foldVariants(key: string): string {
  if (key.length < 4) return key;
  return key
    .replace(/ks/g, 'x')
    .replace(/ph/g, 'f')
    .replace(/(?<=.)y/g, 'i')
    .replace(/our$/, 'or')
    .replace(/(\p{L})\1+/gu, '$1');
}

/** Light English stemming: possessive, plural, -ed, -ing, -ment, final e. */
export function stemKey(key: string): string {
  let s = foldVariants(key).replace(/'s$/, '').replace(/'$/, '');
  if (s.length <= 3) return s;
  if (s.endsWith('ies') && s.length > 4) s = s.slice(0, -2);
  else if (s.endsWith('s') && !/(?:ss|us|is)$/.test(s)) s = s.slice(0, -1);
  if (s.endsWith('ment') && s.length > 7) s = s.slice(0, -4);
  if (s.endsWith('ed') && s.length > 4) s = s.slice(0, -2);
  else if (s.endsWith('ing') && s.length > 5) s = s.slice(0, -3);
  if (s.endsWith('e') && s.length > 3) s = s.slice(0, -1);
  return s;
}

export const isStopword = (key: string) => STOPWORDS.has(key);

/** The words of a text, with offsets relative to `base`. */
export function words(text: string, base = 0): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(WORD_RE)) {
    const key = normalizeKey(m[0]);
    const number = /^\p{N}/u.test(m[0]);
    out.push({
      text: m[0],
      start: base + m.index,
      end: base + m.index + m[0].length,
      key,
      stem: number ? key : stemKey(key),
      content: number || !STOPWORDS.has(key),
      number,
    });
  }
  return out;
}

export const countWords = (text: string) => words(text).length;

/** Collapses runs of whitespace and trims: how member texts are shown and compared. */
export const tidy = (text: string) => text.replace(/\s+/g, ' ').trim();

// ---------------------------------------------------------------------------
// Word diff (diff-match-patch on tokens, timeout 0 so output never depends on machine speed)
// ---------------------------------------------------------------------------

const TOKEN_RE = /\p{N}+(?:[.,:]\p{N}+)*|[\p{L}\p{M}\p{N}]+(?:['’.][\p{L}\p{M}\p{N}]+)*|\s+|[\s\S]/gu;

/**
 * Word-mode diff from `a` to `b`: each token (word, space run, mark) is diffed as a unit.
 * `cleanup` (default true) runs diff-match-patch's semantic cleanup, which folds small
 * equalities between large edits into the edits (easier to read); turn it off to keep
 * every shared word (needed to see a short fragment inside a long quotation).
 */
export function wordDiff(a: string, b: string, cleanup = true): DiffTuple[] {
  const table = new Map<string, string>();
  const tokens: string[] = [];
  const encode = (s: string) => {
    let out = '';
    for (const m of s.matchAll(TOKEN_RE)) {
      let c = table.get(m[0]);
      if (c === undefined) {
        // Private-use plane 15 and 16 via surrogate-free code units would be simpler but
        // limited to 6400 tokens in the BMP area; story passages stay far below it.
        c = String.fromCharCode(0xe000 + tokens.length);
        table.set(m[0], c);
        tokens.push(m[0]);
      }
      out += c;
    }
    return out;
  };
  const ea = encode(a);
  const eb = encode(b);
  const diffs = diffMain(ea, eb, { diffTimeout: 0 }, false);
  if (cleanup) diffCleanupSemantic(diffs);
  const out: DiffTuple[] = [];
  for (const d of diffs) {
    const [op, text] = [d[0], d[1]];
    let decoded = '';
    for (let i = 0; i < text.length; i++) decoded += tokens[text.charCodeAt(i) - 0xe000];
    if (!decoded) continue;
    const last = out[out.length - 1];
    if (last && last[0] === op) last[1] += decoded;
    else out.push([op as -1 | 0 | 1, decoded]);
  }
  return out;
}

/** Keys of the words of a string, spelling variants folded: what "the same words" means. */
const foldedWords = (s: string) => words(s).map((w) => stemKey(w.key));

/**
 * Grades each op: equal → null; a delete/insert pair (or lone op) is `minor`
 * when the two sides have the same words once case, punctuation, quote style
 * and spelling variants are set aside, else `substantive`.
 */
export function gradeDiff(diff: readonly DiffTuple[]): DiffGrade[] {
  const grades: DiffGrade[] = diff.map(() => null);
  for (let i = 0; i < diff.length; i++) {
    const [op, text] = diff[i]!;
    if (op === 0) continue;
    const next = diff[i + 1];
    if (op === -1 && next && next[0] === 1) {
      const same = foldedWords(text).join(' ') === foldedWords(next[1]).join(' ');
      grades[i] = grades[i + 1] = same ? 'minor' : 'substantive';
      i++;
    } else {
      grades[i] = foldedWords(text).length === 0 ? 'minor' : 'substantive';
    }
  }
  return grades;
}

/** Words in substantive ops on the `side` (-1: A, 1: B) of a graded diff. */
export function substantiveWords(diff: readonly DiffTuple[], grades: readonly DiffGrade[], side: -1 | 1): number {
  let n = 0;
  diff.forEach(([op, text], i) => {
    if (op === side && grades[i] === 'substantive') n += words(text).length;
  });
  return n;
}

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

export const round4 = (x: number) => Math.round(x * 10000) / 10000;

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
