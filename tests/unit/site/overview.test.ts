import { describe, expect, it } from 'vitest';
import { accountNames, closestRelatives, heatStep, lookupIn, similarityMatrix, storyFinding } from '@lib/site/overview.ts';
import type { Comparison } from '@lib/engine/types.ts';
import { contained } from './fixtures.ts';

const stat = (similarity: number, aShared: number) => ({ ...contained, stats: { ...contained.stats, similarity, aShared } }) as Comparison;
const accounts = [{ id: 'x', name: 'X' }, { id: 'y', name: 'Y' }, { id: 'z', name: 'Z' }];
const map = new Map<string, Comparison>([
  ['x/y', stat(0.2, 0.3)], ['y/x', stat(0.2, 0.1)],
  ['x/z', stat(0.6, 1)], ['z/x', stat(0.6, 0.55)],
  ['y/z', stat(0.1, 0.1)], ['z/y', stat(0.1, 0.1)],
]);

describe('overview', () => {
  it('matrix cells carry the share of the row account found in the column account', () => {
    const m = similarityMatrix(accounts, lookupIn(map));
    expect(m[0]!.map((c) => c.share)).toEqual([null, 0.3, 1]);
    expect(m[0]![2]!.step).toBe(4);
    expect(m[2]![0]).toEqual({ a: 'z', b: 'x', share: 0.55, step: 2 });
  });
  it('heat steps', () => {
    expect([0, 0.1, 0.3, 0.6, 0.9].map(heatStep)).toEqual([0, 1, 2, 3, 4]);
  });
  it('closest relative by similarity', () => {
    const r = closestRelatives(accounts, lookupIn(map));
    expect(r.get('x')).toMatchObject({ relative: 'z', similarity: 0.6, share: 1 });
    expect(r.get('y')).toMatchObject({ relative: 'x' });
  });
  it('finding: the most similar pair, from the contained side', () => {
    expect(storyFinding(accounts, lookupIn(map))).toMatchObject({ a: 'x', b: 'z' });
    expect(storyFinding([accounts[0]!], lookupIn(map))).toBeNull();
  });
});

describe('accountNames', () => {
  it('uses the outlet name, disambiguated by date then id where an outlet has several accounts', () => {
    const names = accountNames([
      { id: 'a', outletName: 'RFE/RL', published: '2021-05-19' },
      { id: 'b', outletName: 'RFE/RL', published: '2021-05-20' },
      { id: 'c', outletName: 'Press TV', published: '2021-05-19' },
      { id: 'd', outletName: 'X', published: '2021-05-19' },
      { id: 'e', outletName: 'X', published: '2021-05-19' },
    ]);
    expect([...names.values()]).toEqual(['RFE/RL (2021-05-19)', 'RFE/RL (2021-05-20)', 'Press TV', 'X (d)', 'X (e)']);
  });
});
