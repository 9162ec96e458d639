import type { TokenType } from './types.ts';

/** A token before normalization: what the diff and the segmenter need. */
export interface RawToken {
  text: string;
  /** Offset relative to the tokenized string. */
  start: number;
  type: TokenType;
}

// Scripts written without spaces: each character is a token of its own, so the
// diff can still find shared words inside a run of Han/Kana text.
const CJK = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}';
// Letters, marks and digits of space-separated scripts (set subtraction needs the `v` flag).
const ALNUM = `[[\\p{L}\\p{M}\\p{N}]--[${CJK}]]`;

/**
 * One regex, alternatives tried in order; every code point falls in exactly one
 * alternative (the last one takes any single code point), so tokens always
 * tile the input and a word is never split.
 * 1. whitespace run; 2. dotted abbreviation (`U.S.`, `e.g.`): one token so that
 *    `U.S.`→`US` is a single substitution; 3. one CJK character; 4. number with
 *    inner separators (`2,000`); 5. word with inner apostrophes (`Russia’s`);
 *    6. anything else, one code point plus its combining marks.
 */
const TOKEN_RE = new RegExp(
  `(\\s+)|((?:\\p{L}\\.){2,})|([${CJK}]\\p{M}*)|(\\p{N}+(?:[.,:]\\p{N}+)+(?!${ALNUM}))|(${ALNUM}+(?:['’]${ALNUM}+)*)|([^]\\p{M}*)`,
  'gv',
);

/** Splits `text` into tokens that tile it exactly (lossless). */
export function tokenize(text: string): RawToken[] {
  const out: RawToken[] = [];
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text)) !== null) {
    const t = m[0];
    let type: TokenType;
    if (m[1] !== undefined) type = 'space';
    else if (m[2] !== undefined || m[3] !== undefined) type = 'word';
    else if (m[4] !== undefined) type = 'number';
    else if (m[5] !== undefined) type = /^\p{N}+$/u.test(t) ? 'number' : 'word';
    else type = 'mark';
    out.push({ text: t, start: m.index, type });
  }
  return out;
}

/** Number of word/number tokens in a string. */
export function countWords(text: string): number {
  let n = 0;
  for (const t of tokenize(text)) if (t.type === 'word' || t.type === 'number') n++;
  return n;
}
