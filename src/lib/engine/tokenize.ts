import type { TokenType } from './types.ts';

/** A token before normalization: what the diff and the segmenter need. */
export interface RawToken {
  text: string;
  /** Offset relative to the tokenized string. */
  start: number;
  type: TokenType;
}

/**
 * One regex, alternatives tried in order; every code point falls in exactly one
 * alternative (the last one takes any single code point), so tokens always
 * tile the input and a word is never split.
 * 1. whitespace run; 2. dotted abbreviation (`U.S.`, `e.g.`): one token so that
 *    `U.S.`→`US` is a single substitution; 3. number with inner separators
 *    (`2,000`); 4. word with inner apostrophes (`Russia’s`); 5. anything else,
 *    one code point plus its combining marks.
 * Plain `u` flag on purpose: a `v`-flag set subtraction excluding CJK from
 * words made this regex 5× slower; CJK runs are split afterwards instead.
 */
const TOKEN_RE = /(\s+)|((?:\p{L}\.){2,})|(\p{N}+(?:[.,:]\p{N}+)+(?![\p{L}\p{M}\p{N}]))|([\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*)|([^]\p{M}*)/gu;

// Scripts written without spaces: each character is a token of its own, so the
// diff can still find shared words inside a run of Han/Kana text.
const HAS_CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const CJK_PIECES = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]\p{M}*|(?:(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])[^])+/gu;

function wordType(t: string): TokenType {
  return /^\p{N}+$/u.test(t) ? 'number' : 'word';
}

/** Splits `text` into tokens that tile it exactly (lossless). */
export function tokenize(text: string): RawToken[] {
  const out: RawToken[] = [];
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text)) !== null) {
    const t = m[0];
    if (m[1] !== undefined) out.push({ text: t, start: m.index, type: 'space' });
    else if (m[2] !== undefined) out.push({ text: t, start: m.index, type: 'word' });
    else if (m[3] !== undefined) out.push({ text: t, start: m.index, type: 'number' });
    else if (m[4] !== undefined) {
      if (t.charCodeAt(0) > 0x7f || /[^\x00-\x7f]/.test(t) ? HAS_CJK.test(t) : false) {
        for (const p of t.matchAll(CJK_PIECES)) out.push({ text: p[0], start: m.index + p.index, type: wordType(p[0]) });
      } else out.push({ text: t, start: m.index, type: wordType(t) });
    } else out.push({ text: t, start: m.index, type: 'mark' });
  }
  return out;
}

/** Number of word/number tokens in a string. */
export function countWords(text: string): number {
  let n = 0;
  for (const t of tokenize(text)) if (t.type === 'word' || t.type === 'number') n++;
  return n;
}
