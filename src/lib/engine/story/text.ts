/**
 * Story-specific text helpers: words, and small utilities. Words,
 * their keys and stems, stopwords and the word diff are the engine's
 * (`../index.ts`) and quotations are the engine's one quotation finder
 * (`../quotation.ts`), so a story reads text exactly as the pairwise comparison does.
 */
import { textTokens, type Token } from '../index.ts';
import { isWord } from '../tokenize.ts';
import { compareCodeUnits as cmp } from '../sorted.ts';

/** A word or number token (the engine's `Token`: text, offsets, key, stem, content flag). */
export type Word = Token & { type: 'word' | 'number' };

/**
 * The words and numbers of a text, offsets relative to `base`, read by the engine's tokenizer with
 * the rules of the text's language (`lang`, an ISO 639-1 code; English by default): its stopwords
 * decide `content`, its stemmer `stem`.
 */
export const words = (text: string, base = 0, lang?: string): Word[] => textTokens(text, base, lang).filter(isWord);

/**
 * A capitalized word with lower-case letters ("Lavrov", "O’Brien", "Al-Assad"):
 * how names, titles and organisations are spotted. Not an all-capitals
 * abbreviation (see {@link ACRONYM}).
 */
export const CAPITALIZED = /^\p{Lu}[\p{L}\p{M}’'-]*\p{Ll}[\p{L}\p{M}’'-]*$/u;
/** An all-capitals abbreviation of two or more letters, dotted or not ("TASS", "U.S."). */
export const ACRONYM = /^(?:\p{Lu}\.?){2,}$/u;

/** Collapses runs of whitespace and trims: how member texts are shown and compared. */
export const tidy = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * A slot side as a form to show: tidied, without the punctuation and quotation
 * marks at its edges, which belong to the sentence around it ("serious → serious).
 */
export const formText = (text: string) => tidy(text).replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

/**
 * The first `max` space-separated words of a tidied text, with ` …` when cut: how a passage is
 * quoted as evidence (a shared run, an example) without copying all of it. Counted in words, not
 * characters, so the cut never falls inside a word in any script.
 */
export function clipWords(text: string, max: number): string {
  const ws = text.split(' ');
  return ws.length <= max ? text : `${ws.slice(0, max).join(' ')} …`;
}

// ---------------------------------------------------------------------------
// Small utilities
// ---------------------------------------------------------------------------

/** The engine's one string order (`../sorted.ts`), under the short name story code sorts with. */
export { cmp };

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
