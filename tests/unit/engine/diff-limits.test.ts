import { describe, expect, it } from 'vitest';
import { diffStrings, gradeDiff } from '@lib/engine/diff.ts';

/*
 * The word diff's grades for lone insertions and deletions, and its alphabet's hard limit (one
 * code unit per distinct token of a row: 61,440 of them; beyond that it refuses rather than
 * mixing two tokens up).
 */

const graded = (a: string, b: string) => {
  const d = diffStrings(a, b);
  return d.diff.map(([op, text], i) => [op, text, gradeDiff(d)[i]]);
};

describe('grades of lone insertions and deletions', () => {
  it('punctuation alone is minor, words are substantive', () => {
    expect(graded('Talks ended in Oslo', 'Talks ended in Oslo.')).toEqual([
      [0, 'Talks ended in Oslo', null],
      [1, '.', 'minor'],
    ]);
    expect(graded('Talks ended in Oslo on Friday', 'Talks ended in Oslo')).toEqual([
      [0, 'Talks ended in Oslo', null],
      [-1, ' on Friday', 'substantive'],
    ]);
  });
});

describe('the diff alphabet', () => {
  const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(' ');

  it('holds 61,440 distinct tokens in one diff (61,439 words and the space)', () => {
    const a = words(61_439);
    const d = diffStrings(a, `${a} w0`).diff;
    expect(d).toEqual([
      [0, a],
      [1, ' w0'],
    ]);
  });

  it('refuses one more, with a RangeError that says why', () => {
    const a = words(61_440);
    let error: unknown;
    try {
      diffStrings(a, a);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(RangeError);
    expect((error as RangeError).message).toBe('too many distinct tokens in one diff');
  });
});
