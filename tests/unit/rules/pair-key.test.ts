import { describe, expect, it } from 'vitest';
import { orderedPairs, pairKey } from '@lib/site/story-analysis.ts';

// The one "<a>/<b>" comparison key: stored analyses, pages and the JSON export all look comparisons up with it.
describe('pairKey', () => {
  it('keys the comparison of a against b, ordered', () => {
    expect(pairKey('rferl', 'press-tv')).toBe('rferl/press-tv');
    expect(pairKey('press-tv', 'rferl')).not.toBe(pairKey('rferl', 'press-tv'));
  });
  it('has one key for every ordered pair of distinct accounts', () => {
    const keys = orderedPairs([{ id: 'a' }, { id: 'b' }, { id: 'c' }]).map(([x, y]) => pairKey(x.id, y.id));
    expect(keys).toEqual(['a/b', 'a/c', 'b/a', 'b/c', 'c/a', 'c/b']);
  });
});
