import { describe, expect, it } from 'vitest';
import { buildStoryContext, compareAccounts, type AccountInput, type Comparison } from '@lib/engine/index.ts';
import { acc } from '../support/account.ts';

/*
 * What the aligner promises its readers, each on invented accounts built to make one rule decide
 * the outcome (issue 10: these rules could be switched off without any test noticing; see
 * docs/mutation.md). Only the public comparison is asserted: rows, their kinds and the figures.
 */

const compare = (a: AccountInput, b: AccountInput, options = {}): Comparison => compareAccounts(a, b, buildStoryContext([a, b]), options);
const rows = (c: Comparison) => c.rows.map((r) => [r.kind, r.a, r.b]);

describe('moves are weighed by words, not by matches', () => {
  // One long paragraph told first in A and last in B; three one-line sentences the other way round.
  const LONG =
    'The harbour authority in Tessaly confirmed on Thursday that dredging of the northern channel, delayed for three winters by storms and a quarrel with fishing cooperatives over compensation, will finally begin in April and should let container ships of twice the present size reach the new quay by the end of next year.';
  const SHORT = ['Gulls nested on the old crane.', 'A ferry left at noon.', 'Tugboats sounded their horns.'];

  it('keeps the long passage in place and calls the three short lines moved', () => {
    const c = compare(acc('a', LONG, ...SHORT), acc('b', ...SHORT, LONG));
    expect(rows(c)).toEqual([
      ['equal', [0], [3]],
      ['moved', [1], [0]],
      ['moved', [2], [1]],
      ['moved', [3], [2]],
    ]);
    expect(c.stats.rows.moved).toBe(3);
  });
});

describe('rare words anchor a match, the story’s common words do not (IDF)', () => {
  // Every sentence of the story is about the council's budget vote; two sentences that share only
  // those topic words, and differ in what the money is for, make different claims.
  const TOPIC = [
    'The regional council voted on the budget after a long debate.',
    'Several members of the regional council said the budget vote was rushed.',
    'The regional council will vote on a revised budget in March.',
  ];
  it('leaves two same-topic sentences with different rare words unaligned', () => {
    const a = acc('a', 'The regional council voted the budget for dredging Marlow harbour.', ...TOPIC);
    const b = acc('b', 'The regional council voted the budget for roofing Quenby schools.', ...TOPIC);
    expect(rows(compare(a, b))).toEqual([
      ['a-only', [0], []],
      ['b-only', [], [0]],
      ['equal', [1], [1]],
      ['equal', [2], [2]],
      ['equal', [3], [3]],
    ]);
  });
});

describe('neighbour support pairs a repeated sentence with the copy in the same passage', () => {
  const FIRST = ['Firefighters reached the burning warehouse in Ostend shortly after midnight.', 'Crews from three neighbouring towns joined them before dawn.'];
  const SECOND = ['A second blaze broke out at a timber yard near the canal on Friday.', 'Its owner said the damage would cost millions to repair.'];
  const REPEATED = 'Nobody was hurt, the fire service said.';

  it('matches B’s only copy with A’s second copy, whose neighbours match too', () => {
    const a = acc('a', FIRST[0]!, REPEATED, FIRST[1]!, SECOND[0]!, REPEATED, SECOND[1]!);
    const b = acc('b', SECOND[0]!, REPEATED, SECOND[1]!);
    const c = compare(a, b);
    expect(rows(c)).toEqual([
      ['a-only', [0], []],
      ['a-only', [1], []],
      ['a-only', [2], []],
      ['equal', [3], [0]],
      ['equal', [4], [1]],
      ['equal', [5], [2]],
    ]);
    expect(c.stats.rows.moved).toBe(0);
  });
});

describe('a sentence made only of common words still finds its counterpart', () => {
  // With `maxPostings` 2, every word of the first sentence is in more sentences than that, so it
  // has no anchor in the inverted index; the least common of them is its anchor of last resort.
  const LINES = ['Officials said talks continued.', 'Officials in Oslo said talks continued late.', 'Officials from Lima said talks continued again.', 'Officials near Kyiv said talks continued slowly.'];

  it('aligns every line of two identical accounts', () => {
    const c = compare(acc('a', ...LINES), acc('b', ...LINES), { maxPostings: 2 });
    expect(rows(c)).toEqual(LINES.map((_, i) => ['equal', [i], [i]]));
    expect(c.stats.similarity).toBe(1);
  });
});

describe('a retelling keeps the order of what it shares', () => {
  const A = 'Judge Miriam Osei fined Brantley Farms after pollution reached Dunmore and the Kessel estuary.';

  it('aligns a rewrite that keeps the names in order', () => {
    const c = compare(acc('a', A), acc('b', 'Osei penalised Brantley over waste that flowed through Dunmore into the Kessel estuary.'));
    expect(rows(c)).toEqual([['changed', [0], [0]]]);
    expect(c.rows[0]!.pass).toBe('retold');
  });

  it('does not align a sentence holding the same names in reverse order (a different claim)', () => {
    const c = compare(acc('a', A), acc('b', 'Kessel estuary fishermen from Dunmore blamed Brantley workers, not Osei herself.'));
    expect(rows(c)).toEqual([
      ['a-only', [0], []],
      ['b-only', [], [0]],
    ]);
  });
});

describe('verbatim runs continue across adjacent rows', () => {
  // Each sentence is shorter than the 8-word run; together they are one 9-word run.
  const LINES = ['Rain flooded the lower town.', 'Bridges closed before dawn.'];

  it('counts a run that spans two matched sentences', () => {
    const c = compare(acc('a', ...LINES), acc('b', ...LINES));
    expect(c.stats.verbatim).toBe(1);
  });

  it('a changed word ends the run', () => {
    const c = compare(acc('a', 'Rain flooded the lower town overnight.', LINES[1]!), acc('b', 'Rain flooded the lower town yesterday.', LINES[1]!));
    expect(c.stats.verbatim).toBe(0);
  });
});
