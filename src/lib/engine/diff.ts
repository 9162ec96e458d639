import { DIFF_DELETE, DIFF_EQUAL, DIFF_INSERT, diffCleanupSemantic, diffMain, type Diff } from 'diff-match-patch-es';
import type { DiffGrade, DiffTuple } from './types.ts';
import { gradeChange } from './grade.ts';

/*
 * Word-level diff with diff-match-patch. Character mode splits words
 * ("s[erious→ignificant]"), so each token (word, number, whitespace run,
 * punctuation mark) is encoded as one private-use character (the library's
 * lines-to-chars trick applied to words), diffed, and decoded. A word is thus
 * either kept, deleted or inserted whole.
 */

/** Diff timeout 0 = no deadline: output never depends on machine speed. */
const DMP_OPTIONS = { diffTimeout: 0 };

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

class TokenAlphabet {
  readonly tokens: string[] = [];
  private readonly codes = new Map<string, string>();

  encode(tokens: readonly string[]): string {
    let out = '';
    for (const t of tokens) {
      let c = this.codes.get(t);
      if (c === undefined) {
        c = symbol(this.tokens.length);
        this.codes.set(t, c);
        this.tokens.push(t);
      }
      out += c;
    }
    return out;
  }

  decode(chars: string): string {
    let out = '';
    for (let i = 0; i < chars.length; i++) {
      const code = chars.charCodeAt(i);
      out += this.tokens[code >= 0xe000 ? code - 0xe000 : code - 0x100 + 0x1900]!;
    }
    return out;
  }
}

/** Word diff from tokens `a` to tokens `b`, semantic cleanup applied. */
export function wordDiff(a: readonly string[], b: readonly string[]): DiffTuple[] {
  const alphabet = new TokenAlphabet();
  const x = alphabet.encode(a);
  const y = alphabet.encode(b);
  // checklines = false: there are no lines in the encoded strings.
  const diffs: Diff[] = diffMain(x, y, DMP_OPTIONS, false);
  // Semantic cleanup merges tiny equalities between changes ("the", ",") into
  // the change, so a reworded clause reads as one substitution.
  diffCleanupSemantic(diffs);
  return diffs.filter(([, t]) => t.length > 0).map(([op, t]) => [op, alphabet.decode(t)]);
}

/**
 * Grades each op: `null` for equal ops; a delete directly followed by an
 * insert is a substitution and both get the grade of the pair.
 */
export function gradeDiff(diff: readonly DiffTuple[]): DiffGrade[] {
  const grades: DiffGrade[] = diff.map(() => null);
  for (let i = 0; i < diff.length; i++) {
    const [op, text] = diff[i]!;
    if (op === DIFF_EQUAL) continue;
    const next = diff[i + 1];
    if (op === DIFF_DELETE && next && next[0] === DIFF_INSERT) {
      grades[i] = grades[i + 1] = gradeChange(text, next[1]);
      i++;
    } else {
      grades[i] = op === DIFF_DELETE ? gradeChange(text, '') : gradeChange('', text);
    }
  }
  return grades;
}

/**
 * The same diff seen from the other side (B → A): ops negated, and in each
 * substitution the delete put back before the insert (diff-match-patch's
 * convention). Grades follow their ops.
 */
export function mirrorDiff(diff: readonly DiffTuple[], grades: readonly DiffGrade[]): { diff: DiffTuple[]; grades: DiffGrade[] } {
  const d: DiffTuple[] = [];
  const g: DiffGrade[] = [];
  for (let i = 0; i < diff.length; i++) {
    const [op, text] = diff[i]!;
    const next = diff[i + 1];
    if (op === DIFF_DELETE && next && next[0] === DIFF_INSERT) {
      d.push([DIFF_DELETE, next[1]], [DIFF_INSERT, text]);
      g.push(grades[i + 1] ?? null, grades[i] ?? null);
      i++;
    } else {
      d.push([op === DIFF_EQUAL ? DIFF_EQUAL : op === DIFF_DELETE ? DIFF_INSERT : DIFF_DELETE, text]);
      g.push(grades[i] ?? null);
    }
  }
  return { diff: d, grades: g };
}
