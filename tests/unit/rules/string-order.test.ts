import { describe, expect, it } from 'vitest';
import { compareCodeUnits } from '@lib/engine/sorted.ts';

// The one string order every id, key and text list is sorted with.
describe('compareCodeUnits', () => {
  it('orders by UTF-16 code units, not by locale', () => {
    expect(['b', 'a', 'Z', 'é', 'e', '😀', '\uFFFD'].sort(compareCodeUnits)).toEqual(['Z', 'a', 'b', 'e', 'é', '😀', '\uFFFD']);
  });
  it('is 0 only for equal strings and antisymmetric', () => {
    expect(compareCodeUnits('rferl', 'rferl')).toBe(0);
    expect(compareCodeUnits('press-tv', 'press-tv-2')).toBe(-1);
    expect(compareCodeUnits('press-tv-2', 'press-tv')).toBe(1);
  });
});
