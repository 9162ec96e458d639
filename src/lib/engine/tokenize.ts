import type { TokenType } from './types.ts';

/** A token before normalization: what the diff and the segmenter need. */
export interface RawToken {
  text: string;
  /** Offset relative to the tokenized string. */
  start: number;
  type: TokenType;
}

/*
 * Tokens are whole extended grapheme clusters (Unicode UAX #29) or runs of
 * them: no token boundary ever falls inside a cluster, so a diff never
 * highlights half an emoji or an accent without its letter. The property test
 * checks this against `Intl.Segmenter` graphemes.
 *
 * Building blocks (plain `u` flag on purpose: a `v`-flag set subtraction made
 * this regex 5× slower; CJK runs are split afterwards instead):
 * - X, what never starts a cluster (GB9, GB9a): combining marks (`\p{M}`,
 *   spacing ones included), other Grapheme_Extend (ZWNJ, tags, halfwidth kana
 *   voiced marks), skin-tone modifiers (`\p{EMod}`), Thai/Lao SARA AM (letters
 *   but SpacingMark), ZWJ. Every alternative but whitespace takes the X that
 *   follow it, so a mark stays with its base. (A few Myanmar-area Mc do start
 *   a cluster; keeping them on the previous letter is harmless: tokens may hold
 *   several clusters.)
 * - Y, X without ZWJ: what may sit between an emoji and the ZWJ that joins it
 *   to the next emoji (GB11).
 * - W, what continues a word: letters, digits and all of X (Persian and Indic
 *   words have ZWNJ/ZWJ inside; an Indic conjunct stays whole even with a skin
 *   tone in it, GB9c).
 */
const EXTEND = '\\p{M}\\p{Gr_Ext}\\p{EMod}\\u0E33\\u0EB3';
const X = `[${EXTEND}\\u200D]`;
const Y = `[${EXTEND}]`;
const W = `[\\p{L}\\p{N}${EXTEND}\\u200D]`;
/** An emoji ZWJ sequence (GB11), or a lone pictograph with its modifiers. */
const EMOJI = `\\p{ExtPict}${Y}*(?:\\u200D\\p{ExtPict}${Y}*)*`;
/** The rest of an emoji ZWJ sequence after a word that ends in `ℹ` + ZWJ (see {@link tokenize}). */
const EMOJI_REST = new RegExp(`${EMOJI}${X}*`, 'uy');
const ENDS_PICT_ZWJ = new RegExp(`\\p{ExtPict}${Y}*\\u200D$`, 'u');

/**
 * One regex, alternatives tried in order; every code point falls in exactly one
 * alternative (the last one takes any single code point), so tokens always
 * tile the input and a word is never split.
 * 1. whitespace run, minus a last space that carries a combining mark (that
 *    pair is a cluster of its own, taken by 5); a line break or other control
 *    character never takes a mark (GB4), so the run keeps it; never ends
 *    between CR and LF;
 * 2. dotted abbreviation (`U.S.`, `e.g.`): one token so that `U.S.`→`US` is a
 *    single substitution;
 * 3. number with inner separators (`2,000`);
 * 4. word with inner apostrophes (`Russia’s`), starting with a letter or digit
 *    (a keycap `1️⃣` lands here and is typed `mark` afterwards);
 * 5. anything else, one cluster: a regional-indicator pair (a flag: pairs are
 *    counted from the start of the run, as UAX #29 does), a pictograph with its
 *    variation selector / skin tone / tags and any ZWJ-joined pictographs
 *    (`👩‍👩‍👧‍👦`, `🏳️‍🌈`, `👋🏽`), or one code point with its combining marks.
 * Emoji come last because they are rare: an alternative tried before words
 * costs every word (the tokenizer is hot, see `npm run bench`).
 * Prepended concatenation marks (GB9b, e.g. U+0600 ARABIC NUMBER SIGN) join
 * the token after them: see {@link tokenize}.
 */
const TOKEN_RE = new RegExp(
  `(\\s+(?!${X}|\\n)|\\s*[\\t-\\r\\u2028\\u2029\\uFEFF])` +
    `|((?:\\p{L}\\.){2,}${X}*)` +
    `|(\\p{N}+(?:[.,:]\\p{N}+)+(?![\\p{L}\\p{M}\\p{N}])${X}*)` +
    `|([\\p{L}\\p{N}]${W}*(?:['’]${W}+)*)` +
    `|(\\p{RI}\\p{RI}${X}*|${EMOJI}${X}*|[^]${X}*)`,
  'gu',
);

/*
 * Chinese and Japanese are written without spaces: each Han, Hiragana or
 * Katakana character is a word of its own (so the diff can still find shared
 * words inside a run, and word counts are per character), together with its
 * marks and a following prolonged-sound mark (`ー`, Script=Common: `コーヒー` is
 * `コー` + `ヒー`). Hangul is not split: Korean is written with spaces between
 * words, so it is tokenized like Latin text.
 */
const CJK = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}';
const HAS_CJK = new RegExp(`[${CJK}]`, 'u');
const CJK_PIECES = new RegExp(`[${CJK}][${EXTEND}\\u200D\\u30FC\\uFF70]*|(?:(?![${CJK}])[^])+`, 'gu');
/** Keycaps inside a word token (`1️⃣2️⃣`, `1️⃣Ferries`): each is a `mark` of its own (see `pushWord`). */
const KEYCAP_PIECES = new RegExp(`\\p{N}\\uFE0F?\\u20E3${X}*|(?:(?!\\p{N}\\uFE0F?\\u20E3)[^])+`, 'gu');

/**
 * Grapheme_Cluster_Break=Prepend (GB9b): no cluster boundary after these, so a
 * token ending in one is joined to the next (unless that starts with a control
 * character, GB5). Unicode 17 list; no regex property exposes it.
 */
function isPrepend(c: number): boolean {
  return (
    (c >= 0x600 && c <= 0x605) || c === 0x6dd || c === 0x70f || c === 0x890 || c === 0x891 || c === 0x8e2 || c === 0xd4e ||
    c === 0x110bd || c === 0x110cd || c === 0x111c2 || c === 0x111c3 || c === 0x113d1 || c === 0x1193f || c === 0x11941 ||
    (c >= 0x11a84 && c <= 0x11a89) || c === 0x11d46 || c === 0x11f02
  );
}

/** Whether the token's last code point is a Prepend character (cheap for the usual case). */
function endsWithPrepend(t: string): boolean {
  const c = t.charCodeAt(t.length - 1);
  if (c < 0x600) return false;
  if (c >= 0xdc00 && c <= 0xdfff && t.length >= 2) return isPrepend(t.codePointAt(t.length - 2)!);
  return isPrepend(c);
}

/**
 * Starts with a Grapheme_Cluster_Break Control, CR or LF character (UAX #29): a C0 or C1 control,
 * a line or paragraph separator, a format character other than ZWNJ, ZWJ, the prepended
 * concatenation marks and the Grapheme_Extend tags, or an unassigned default-ignorable code point.
 * A Prepend character joins none of these (GB5), whatever token they start (`\n`, a tab, U+0001,
 * a soft hyphen). Only read after a Prepend character, so its cost does not matter.
 */
const STARTS_WITH_CONTROL = /^(?![\u200C\u200D\u0600-\u0605\u06DD\u070F\u0890\u0891\u08E2\u{110BD}\u{110CD}\p{Gr_Ext}])(?:[\p{Cc}\p{Zl}\p{Zp}\p{Cf}]|(?=\p{Cn})\p{DI})/u;

function wordType(t: string): TokenType {
  if (t.charCodeAt(t.length - 1) === 0x20e3 && /^\p{N}\uFE0F?\u20E3$/u.test(t)) return 'mark'; // keycap `1️⃣`
  return /^\p{N}+$/u.test(t) ? 'number' : 'word';
}

/** Splits `text` into tokens that tile it exactly (lossless); no token splits a grapheme cluster. */
export function tokenize(text: string): RawToken[] {
  const out: RawToken[] = [];
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text)) !== null) {
    let t = m[0];
    if (m[1] !== undefined) push(out, t, m.index, 'space');
    else if (m[2] !== undefined) push(out, t, m.index, 'word');
    else if (m[3] !== undefined) push(out, t, m.index, 'number');
    else if (m[4] !== undefined) {
      if (t.charCodeAt(t.length - 1) === 0x200d && ENDS_PICT_ZWJ.test(t)) {
        // `ℹ` is both a letter and a pictograph: ZWJ joins it to a following emoji (GB11).
        EMOJI_REST.lastIndex = TOKEN_RE.lastIndex;
        const rest = EMOJI_REST.exec(text);
        if (rest) {
          t += rest[0];
          TOKEN_RE.lastIndex = EMOJI_REST.lastIndex;
        }
      }
      if (t.charCodeAt(0) > 0x7f || /[^\x00-\x7f]/.test(t) ? HAS_CJK.test(t) : false) {
        for (const p of t.matchAll(CJK_PIECES)) pushWord(out, p[0], m.index + p.index);
      } else pushWord(out, t, m.index);
    } else push(out, t, m.index, 'mark');
  }
  return out;
}

/**
 * Appends a word token, each keycap in it (`1️⃣`, wherever it stands: `1️⃣2️⃣`, a list number glued
 * to its first word `1️⃣Ferries`) as a `mark` of its own.
 */
function pushWord(out: RawToken[], t: string, start: number): void {
  if (t.includes('\u20E3')) for (const p of t.matchAll(KEYCAP_PIECES)) push(out, p[0], start + p.index, wordType(p[0]));
  else push(out, t, start, wordType(t));
}

/**
 * Appends a token, or joins it to the previous one when that ends with a
 * Prepend character (GB9b), unless it is a line break or other control (GB5).
 * A joined token keeps the word/number type of either part, else is a `mark`.
 */
function push(out: RawToken[], text: string, start: number, type: TokenType): void {
  const prev = out.length > 0 ? out[out.length - 1]! : undefined;
  if (prev !== undefined && endsWithPrepend(prev.text) && !STARTS_WITH_CONTROL.test(text)) {
    prev.text += text;
    if (prev.type === 'mark') prev.type = type === 'space' ? 'mark' : type;
  } else out.push({ text, start, type });
}

/**
 * The one "is this a word" test: words and numbers count (they are what a
 * reader reads and what every count, diff key and coverage share is made of);
 * spaces and marks do not. Every word count and word filter uses it.
 */
export const isWord = <T extends { type: TokenType }>(t: T): t is T & { type: 'word' | 'number' } => t.type === 'word' || t.type === 'number';

/**
 * Number of word/number tokens in a string: words of spaced scripts, numbers,
 * and each Han/Kana character (see `tokenize`). Always equal to the number of
 * word/number tokens of `tokenize(text)`.
 */
export function countWords(text: string): number {
  let n = 0;
  for (const t of tokenize(text)) if (isWord(t)) n++;
  return n;
}
