import { DIFF_DELETE, DIFF_EQUAL, DIFF_INSERT, diffCleanupSemantic, diffMain, resolveOptions, type Diff } from 'diff-match-patch-es';
import type { DiffGrade, DiffTuple, TokenType } from './types.ts';
import { gradeKeys } from './grade.ts';
import { isWord, tokenize } from './tokenize.ts';
import { normalizeKey } from './normalize.ts';

/*
 * Word-level diff with diff-match-patch. Character mode splits words
 * ("s[erious→ignificant]"), so each token (word, number, whitespace run,
 * punctuation mark) is encoded as one private-use character (the library's
 * lines-to-chars trick applied to words), diffed, and decoded. A word is thus
 * either kept, deleted or inserted whole.
 */

/**
 * Diff timeout 0 = no deadline: output never depends on machine speed.
 * Resolved once (speed: the library otherwise copies its defaults into a new
 * options object on every call).
 */
const DMP_OPTIONS = resolveOptions({ diffTimeout: 0 });

/**
 * Token → one UTF-16 code unit. The Private Use Area (U+E000–U+F8FF, 6,400
 * symbols) comes first; beyond it the alphabet continues in U+0100–U+D7FF
 * (never surrogates, which the library could split). A row is at most a few
 * sentences, so the overflow is only reached by pathological inputs, and
 * 61,440 distinct tokens per row is a hard limit.
 */
function symbol(n: number): string {
  if (n < 0x1900) return String.fromCharCode(0xe000 + n);
  const k = n - 0x1900;
  if (k >= 0xd700) throw new RangeError('too many distinct tokens in one diff');
  return String.fromCharCode(0x100 + k);
}

/** What the diff needs of a token (segment tokens satisfy it). */
export interface DiffToken {
  text: string;
  type: TokenType;
  /** Normalized key (see Token.key); used to grade changes. */
  key: string;
}

/**
 * A word diff with, per op, what grading and the figures need, gathered while
 * decoding so that no op text is tokenized again.
 */
export interface WordDiff {
  diff: DiffTuple[];
  /** Words (word/number tokens) in each op. */
  words: number[];
  /** Keys of the words in each op. */
  keys: string[][];
}

/** Options of {@link wordDiff} and {@link diffStrings}. */
export interface DiffOptions {
  /**
   * Run diff-match-patch's semantic cleanup (default `true`), which merges
   * tiny equalities between changes ("the", ",") into the change so that a
   * reworded clause reads as one substitution. `false` keeps every shared word, which finding
   * a short fragment inside a longer text needs.
   */
  cleanup?: boolean;
}

class TokenAlphabet {
  private readonly tokens: DiffToken[] = [];
  private readonly codes = new Map<string, string>();

  encode(tokens: readonly DiffToken[]): string {
    let out = '';
    for (const t of tokens) {
      let c = this.codes.get(t.text);
      if (c === undefined) {
        c = symbol(this.tokens.length);
        this.codes.set(t.text, c);
        this.tokens.push(t);
      }
      out += c;
    }
    return out;
  }

  token(code: number): DiffToken {
    return this.tokens[code >= 0xe000 ? code - 0xe000 : code - 0x100 + 0x1900]!;
  }
}

/** Word diff from tokens `a` to tokens `b`, semantic cleanup applied unless `cleanup: false`. */
export function wordDiff(a: readonly DiffToken[], b: readonly DiffToken[], { cleanup = true }: DiffOptions = {}): WordDiff {
  const alphabet = new TokenAlphabet();
  const x = alphabet.encode(a);
  const y = alphabet.encode(b);
  // checklines = false: there are no lines in the encoded strings.
  const diffs: Diff[] = diffMain(x, y, DMP_OPTIONS, false);
  if (cleanup) diffCleanupSemantic(diffs);
  const out: WordDiff = { diff: [], words: [], keys: [] };
  for (const [op, chars] of diffs) {
    if (chars.length === 0) continue;
    let text = '';
    const keys: string[] = [];
    for (let i = 0; i < chars.length; i++) {
      const t = alphabet.token(chars.charCodeAt(i));
      text += t.text;
      if (isWord(t)) keys.push(t.key);
    }
    out.diff.push([op, text]);
    out.words.push(keys.length);
    out.keys.push(keys);
  }
  return out;
}

/** Word diff of two plain strings (tokenized and normalized here). */
export function diffStrings(a: string, b: string, options: DiffOptions = {}): WordDiff {
  const tokens = (s: string): DiffToken[] => tokenize(s).map((t) => ({ text: t.text, type: t.type, key: normalizeKey(t.text) }));
  return wordDiff(tokens(a), tokens(b), options);
}

/**
 * Grades each op: `null` for equal ops; a delete directly followed by an
 * insert is a substitution and both get the grade of the pair. `lang`: the
 * language whose inflections count as minor (default English).
 */
export function gradeDiff({ diff, keys }: WordDiff, lang?: string): DiffGrade[] {
  const grades: DiffGrade[] = diff.map(() => null);
  for (let i = 0; i < diff.length; i++) {
    const op = diff[i]![0];
    if (op === DIFF_EQUAL) continue;
    const next = diff[i + 1];
    if (op === DIFF_DELETE && next && next[0] === DIFF_INSERT) {
      grades[i] = grades[i + 1] = gradeKeys(keys[i]!, keys[i + 1]!, lang);
      i++;
    } else {
      grades[i] = gradeKeys(keys[i]!, [], lang);
    }
  }
  return grades;
}

/** A graded word diff. */
export interface GradedDiff extends WordDiff {
  grades: DiffGrade[];
}

/**
 * The same diff seen from the other side (B → A): ops negated, and in each
 * substitution the delete put back before the insert (diff-match-patch's
 * convention). Per-op data follows its op.
 */
export function mirrorDiff(d: GradedDiff): GradedDiff {
  const out: GradedDiff = { diff: [], words: [], keys: [], grades: [] };
  const push = (i: number, op: DiffTuple[0]): void => {
    out.diff.push([op, d.diff[i]![1]]);
    out.words.push(d.words[i]!);
    out.keys.push(d.keys[i]!);
    out.grades.push(d.grades[i] ?? null);
  };
  for (let i = 0; i < d.diff.length; i++) {
    const op = d.diff[i]![0];
    const next = d.diff[i + 1];
    if (op === DIFF_DELETE && next && next[0] === DIFF_INSERT) {
      push(i + 1, DIFF_DELETE);
      push(i, DIFF_INSERT);
      i++;
    } else {
      push(i, op === DIFF_EQUAL ? DIFF_EQUAL : op === DIFF_DELETE ? DIFF_INSERT : DIFF_DELETE);
    }
  }
  return out;
}
