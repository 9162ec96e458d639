import { describe, expect, it } from 'vitest';
import { buildStoryContext, compareAccounts, ENGINE_VERSION, type AccountInput } from '@lib/engine/index.ts';
import { expectInvariants, expectSymmetricStats } from './invariants.ts';
import { acc } from '../support/account.ts';

const compare = (a: AccountInput, b: AccountInput, options = {}) => compareAccounts(a, b, buildStoryContext([a, b]), options);

const S1 = 'Ministers discussed grain exports through the Black Sea corridor on Monday.';
const S2 = 'The summit of the two presidents will be held in Geneva in June.';
const S3 = 'Officials said a ceasefire along the northern border remained fragile.';
const S4 = 'Protesters gathered outside the parliament building demanding early elections.';

describe('compareAccounts: rows', () => {
  it('identical accounts: all rows equal, figures 1', () => {
    const a = acc('a', `${S1} ${S2}`, S3);
    const c = compare(a, { ...a, id: 'b' });
    expectInvariants(c, a, { ...a, id: 'b' });
    expect(c.rows.map((r) => r.kind)).toEqual(['equal', 'equal', 'equal']);
    expect(c.stats).toMatchObject({ similarity: 1, aShared: 1, bShared: 1, verbatim: 1 });
  });

  it('puts b-only rows at their natural place, after a-only rows there', () => {
    const a = acc('a', S1, S3, S2);
    const b = acc('b', S1, S4, S2);
    const c = compare(a, b);
    expectInvariants(c, a, b);
    expect(c.rows.map((r) => [r.kind, r.a, r.b])).toEqual([
      ['equal', [0], [0]],
      ['a-only', [1], []],
      ['b-only', [], [1]],
      ['equal', [2], [2]],
    ]);
  });

  it('labels a passage out of order as moved and links it to its place in B', () => {
    const a = acc('a', S1, S2, S3, S4);
    const b = acc('b', S2, S3, S4, S1);
    const c = compare(a, b);
    expectInvariants(c, a, b);
    expect(c.rows.map((r) => r.kind)).toEqual(['moved', 'equal', 'equal', 'equal']);
    expect(c.rows[0]).toMatchObject({ b: [3], edited: false, bAfter: 'r4' });
    expect(c.stats.rows).toEqual({ equal: 3, changed: 0, moved: 1, aOnly: 0, bOnly: 0 });
    expect(new Set(c.rows.slice(1).map((r) => r.passage)).size).toBe(1);
  });

  it('changed rows carry a word diff with grades; whitespace-only differences stay equal', () => {
    const a = acc('a', 'Foreign Minister Sergei Lavrov praised the serious talks.', S2);
    const b = acc('b', 'Foreign Minister Sergey Lavrov praised the significant talks. ' + S2);
    const c = compare(a, b);
    expectInvariants(c, a, b);
    const [first, second] = c.rows;
    expect(first!.kind).toBe('changed');
    expect(first!.diff.filter(([op]) => op !== 0).map(([op, t], i) => [op, t, first!.grades.filter((g) => g)[i]])).toEqual([
      [-1, 'Sergei', 'minor'], [1, 'Sergey', 'minor'], [-1, 'serious', 'substantive'], [1, 'significant', 'substantive'], [-1, '\n\n', 'minor'], [1, ' ', 'minor'],
    ]);
    expect(second!.kind).toBe('equal');
  });

  it('keeps boilerplate and interpolation out of matching and figures', () => {
    const a = acc('a', 'Home / World', 'Leaders meet in Geneva', `${S1} ${S2}`, 'SHARE THIS ARTICLE');
    const b = acc('b', `${S1} ${S2}`, 'Comment: Ministers discussed grain exports through the Black Sea corridor on Monday.');
    const c = compare(a, b);
    expectInvariants(c, a, b);
    expect(c.a.segments.map((s) => s.kind)).toEqual(['boilerplate', 'boilerplate', 'text', 'text', 'boilerplate']);
    expect(c.b.segments.at(-1)!.kind).toBe('interpolation');
    expect(c.rows.find((r) => r.b.includes(2))!.kind).toBe('b-only');
    expect(c.stats).toMatchObject({ similarity: 1, aShared: 1, bShared: 1 });
  });

  it('echoes story and outlets from the options, and the engine version', () => {
    const c = compare(acc('a', S1), acc('b', S1), { story: 's', aOutlet: 'x', bOutlet: 'y' });
    expect(c).toMatchObject({ schema: 1, story: 's', engine: ENGINE_VERSION, a: { id: 'a', outlet: 'x' }, b: { id: 'b', outlet: 'y' } });
    const bare = compare(acc('a', S1), acc('b', S1));
    expect('story' in bare || 'outlet' in bare.a).toBe(false);
  });

  it('handles empty accounts', () => {
    const c = compare(acc('a'), acc('b', S1));
    expectInvariants(c, acc('a'), acc('b', S1));
    expect(c.rows.map((r) => r.kind)).toEqual(['b-only']);
    expect(c.stats.similarity).toBe(0);
  });
});

describe('compareAccounts: figures', () => {
  it('similarity is symmetric and aShared/bShared swap', () => {
    const a = acc('a', S1, S2, S3);
    const b = acc('b', S2.replace('Geneva', 'Vienna'), S4, S1);
    const ab = expectSymmetricStats(a, b);
    expect(ab.similarity).toBeGreaterThan(0.3);
    expect(ab.similarity).toBeLessThan(1);
  });

  it('verbatim counts only runs of at least 8 identical words', () => {
    const a = acc('a', 'one two three four five six seven eight nine ten.');
    const b = acc('b', 'one two three four five six seven eight nine TEN!');
    // 9 identical words, then a minor (case) change: 9 of 10 words in a run.
    expect(compare(a, b).stats.verbatim).toBe(0.9);
    const c = acc('c', 'one two three four five six seven eight nine ten.');
    const d = acc('d', 'one two three four five six seven XX eight nine ten.');
    expect(compare(c, d).stats.verbatim).toBe(0);
    expect(compare(c, d).stats.aShared).toBe(1);
  });

  it('counts minor substitutions as shared words, substantive ones not', () => {
    const a = acc('a', 'Minister Sergei Lavrov praised serious progress in talks.');
    const b = acc('b', 'Minister Sergey Lavrov praised significant progress in talks.');
    const s = compare(a, b).stats;
    expect(s.words).toEqual({ a: 8, b: 8 });
    expect(s.aShared).toBe(0.875);
  });
});
