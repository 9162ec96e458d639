import { describe, expect, it } from 'vitest';
import { buildStoryContext, compareAccounts, type AccountInput } from '@lib/engine/index.ts';
import { acc } from '../support/account.ts';

/*
 * Which of two swapped passages the comparison calls moved (compare.ts weighs each match by its
 * words before choosing the heaviest set kept in order): the one with fewer words, however much
 * punctuation and spacing it holds. Invented accounts.
 */

const kinds = (a: AccountInput, b: AccountInput) => compareAccounts(a, b, buildStoryContext([a, b])).rows.map((r) => [r.kind, r.a, r.b]);

describe('moves are weighed by words', () => {
  it('of two swapped sentences, the one with fewer words is moved, though a list of figures has more characters and marks', () => {
    const PLAIN = 'Rescue crews searched the flooded valley villages through the whole long night without rest.'; // 14 words
    const FIGURES = 'Totals: 14, 27, 31, 45, 52, 68, 73, 81, 96, 104, 117, 125.'; // 13 words, 26 marks and spaces between them
    const CREST = 'The river crested early on Sunday.';
    expect(kinds(acc('a', PLAIN, FIGURES, CREST), acc('b', FIGURES, PLAIN, CREST))).toEqual([
      ['equal', [0], [1]],
      ['moved', [1], [0]],
      ['equal', [2], [2]],
    ]);
  });
});
