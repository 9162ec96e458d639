import { describe, expect, it } from 'vitest';
import { buildStoryContext, compareAccounts, comparePairs } from '@lib/engine/index.ts';
import { loadSeeds } from './seeds.ts';
import { acc } from '../support/account.ts';

/*
 * comparePairs computes each unordered pair's alignment once and serves both orientations from it
 * (compare.ts): every result must be exactly what compareAccounts gives for that pair alone.
 */


describe('comparePairs', () => {
  it('gives, for every ordered pair of the seed story, exactly what compareAccounts gives', () => {
    const accounts = loadSeeds();
    const context = buildStoryContext(accounts);
    const pairs = accounts.flatMap((a) => accounts.filter((b) => b !== a).map((b) => ({ a, b, options: { story: 's', aOutlet: `o-${a.id}`, bOutlet: `o-${b.id}` } })));
    const all = comparePairs(pairs, context);
    expect(all).toHaveLength(20);
    pairs.forEach(({ a, b, options }, i) => expect(JSON.stringify(all[i])).toBe(JSON.stringify(compareAccounts(a, b, buildStoryContext(accounts), options))));
  });

  it('keeps the two orientations of a pair independent: editing one result leaves the other intact', () => {
    const a = acc('a', 'Ministers discussed grain exports through the Black Sea corridor on Monday.', 'Officials said the ceasefire remained fragile.');
    const b = acc('b', 'Officials said the ceasefire remained very fragile.', 'Ministers discussed grain exports via the Black Sea corridor on Monday.');
    const context = buildStoryContext([a, b]);
    const [ab, ba] = comparePairs([{ a, b }, { a: b, b: a }], context);
    const before = JSON.stringify(ba);
    for (const row of ab!.rows) {
      row.a.push(99);
      row.b.push(99);
      row.diff.push([0, 'x']);
      row.grades.push(null);
    }
    expect(JSON.stringify(ba)).toBe(before);
  });

  it('aligns by each pair’s own options', () => {
    const a = acc('a', 'The summit of the two presidents will be held in Geneva in June.');
    const b = acc('b', 'The presidents meet in Geneva in June for their summit.');
    const context = buildStoryContext([a, b]);
    const strict = { similarThreshold: 0.99, retoldThreshold: 0.99 };
    const [loose, tight] = comparePairs([{ a, b }, { a, b, options: strict }], context);
    expect(JSON.stringify(loose)).toBe(JSON.stringify(compareAccounts(a, b, context)));
    expect(JSON.stringify(tight)).toBe(JSON.stringify(compareAccounts(a, b, context, strict)));
  });
});
