import { describe, expect, it } from 'vitest';
import { buildStoryContext, compareAccounts, type AccountInput, type Comparison } from '@lib/engine/index.ts';
import { expectInvariants } from './invariants.ts';
import { acc } from '../support/account.ts';

/*
 * The rows of the side-by-side view (collate.ts): what stands alone is grouped by paragraph, what
 * only B says stands before the next passage both tell in the same order, a moved row links to
 * the row after which it stands in B. Invented accounts in the shape of news prose.
 */

const compare = (a: AccountInput, b: AccountInput): Comparison => {
  const c = compareAccounts(a, b, buildStoryContext([a, b]));
  expectInvariants(c, a, b);
  return c;
};
const rows = (c: Comparison) => c.rows.map((r) => [r.kind, r.a, r.b]);

const P1 = 'The harbour authority in Tessaly confirmed on Thursday that dredging of the northern channel will begin in April.';
const P2 = 'Fishing cooperatives, which had fought the plan for three winters, accepted a compensation fund of four million euros.';
const P3 = 'Container ships of twice the present size should reach the new quay by the end of next year, the authority said.';
const SHORT = 'Gulls nested on the old crane.';

describe('rows of what one account says alone', () => {
  it('one row per paragraph: sentences of one paragraph together, the next paragraph apart', () => {
    const extra = 'Local shops closed early. Several schools sent pupils home.';
    const c = compare(acc('a', P1, extra, 'A storm warning stayed in force overnight.', P2), acc('b', P1, P2));
    expect(rows(c)).toEqual([
      ['equal', [0], [0]],
      ['a-only', [1, 2], []],
      ['a-only', [3], []],
      ['equal', [4], [1]],
    ]);
    expect(c.rows[1]!.diff).toEqual([[-1, 'Local shops closed early. Several schools sent pupils home.\n\n']]);
    expect(c.rows[1]!.grades).toEqual(['substantive']);
  });

  it('a sentence both tell splits a paragraph’s unmatched sentences into two rows', () => {
    const c = compare(acc('a', `Local shops closed early. ${P1} Several schools sent pupils home.`, P2), acc('b', P1, P2));
    expect(rows(c)).toEqual([
      ['a-only', [0], []],
      ['equal', [1], [0]],
      ['a-only', [2], []],
      ['equal', [3], [1]],
    ]);
  });

  it('page furniture and article text of one paragraph stand in rows of their own', () => {
    const c = compare(acc('a', P1, 'Tugboats sounded their horns. Advertisement', P2), acc('b', P1, P2));
    expect(c.a.segments.map((s) => [s.kind, s.paragraph])).toEqual([['text', 0], ['text', 1], ['boilerplate', 1], ['text', 2]]);
    expect(rows(c)).toEqual([
      ['equal', [0], [0]],
      ['a-only', [1], []],
      ['a-only', [2], []],
      ['equal', [3], [1]],
    ]);
  });

  it('a row without words (a section mark) is a minor difference; one with words is substantive', () => {
    const c = compare(acc('a', P1, '* * *', P2), acc('b', P1, 'Tugboats sounded their horns.', P2));
    expect(c.rows.map((r) => [r.kind, r.grades])).toEqual([
      ['equal', [null]],
      ['a-only', ['minor']],
      ['b-only', ['substantive']],
      ['equal', [null]],
    ]);
  });

  it('what only B says before the first shared passage stands first', () => {
    const c = compare(acc('a', P1, P2), acc('b', 'Tugboats sounded their horns all morning.', P1, P2));
    expect(rows(c)).toEqual([
      ['b-only', [], [0]],
      ['equal', [0], [1]],
      ['equal', [1], [2]],
    ]);
  });

  it('what only B says stands before the next passage told in order, not before a moved one', () => {
    // B tells the short line early; A tells it last, so it is the moved row. B's own sentence
    // stands before P2, the next row in both accounts' order.
    const c = compare(acc('a', P1, P2, P3, SHORT), acc('b', P1, 'Tugboats sounded their horns all morning.', SHORT, P2, P3));
    expect(rows(c)).toEqual([
      ['equal', [0], [0]],
      ['b-only', [], [1]],
      ['equal', [1], [3]],
      ['equal', [2], [4]],
      ['moved', [3], [2]],
    ]);
    expect(c.rows[4]).toMatchObject({ bAfter: 'r2', edited: false });
  });
});

describe('moved rows', () => {
  it('link to the row holding the sentence before theirs in B, the first row too', () => {
    const c = compare(acc('a', P1, P2, SHORT), acc('b', P1, SHORT, P2));
    expect(rows(c)).toEqual([
      ['equal', [0], [0]],
      ['equal', [1], [2]],
      ['moved', [2], [1]],
    ]);
    expect(c.rows[2]).toMatchObject({ id: 'r3', bAfter: 'r1', edited: false });
    for (const row of c.rows.slice(0, 2)) expect('bAfter' in row || 'edited' in row).toBe(false);
  });

  it('an edited moved row says so; a moved row first in B links to nothing', () => {
    const c = compare(acc('a', P1, P2, 'Gulls nested on the old crane again.'), acc('b', SHORT, P1, P2));
    expect(rows(c)).toEqual([
      ['equal', [0], [1]],
      ['equal', [1], [2]],
      ['moved', [2], [0]],
    ]);
    expect(c.rows[2]).toMatchObject({ bAfter: null, edited: true });
  });
});
