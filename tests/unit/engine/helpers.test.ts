import { describe, expect, it } from 'vitest';
import { normalizeKey } from '@lib/engine/normalize.ts';
import { inverseDocumentFrequency, weightedDice } from '@lib/engine/rarity.ts';
import { compareCodeUnits, lowerBound } from '@lib/engine/sorted.ts';

/* The small shared rules every comparison is built on, each at its one place. */

describe('comparison keys: diacritics', () => {
  it('keep the breve of Cyrillic й (a letter of its own), fold ё into е', () => {
    expect(normalizeKey('Сергей')).toBe('сергей');
    expect(normalizeKey('Йошкар-Ола')).toBe('йошкар-ола');
    expect(normalizeKey('Ёлкин')).toBe('елкин');
  });
  it('drop a breve on any other letter, and any other mark on й', () => {
    expect(normalizeKey('Bărbulescu')).toBe('barbulescu');
    expect(normalizeKey('Ğazi')).toBe('gazi');
    // й with a stray stress mark: the stress goes, the letter stays.
    expect(normalizeKey('й\u0301')).toBe('й');
  });
});

describe('rarity', () => {
  it('weighted Dice is 0 when both sides are empty, 1 for the same words, capped at 1', () => {
    expect(weightedDice(0, 0, 0)).toBe(0);
    expect(weightedDice(2, 2, 2)).toBe(1);
    expect(weightedDice(2.0000001, 2, 2)).toBe(1);
    expect(weightedDice(1, 2, 2)).toBe(0.5);
  });
  it('IDF is positive, largest for a term of one document', () => {
    expect(inverseDocumentFrequency(10, 10)).toBeCloseTo(Math.log(2), 12);
    expect(inverseDocumentFrequency(10, 1)).toBeCloseTo(Math.log(11), 12);
    expect(inverseDocumentFrequency(10, 0)).toBe(inverseDocumentFrequency(10, 1));
    expect(inverseDocumentFrequency(0, 0)).toBeCloseTo(Math.log(2), 12);
  });
});

describe('sorted lists', () => {
  it('lowerBound: the first entry not below the target', () => {
    const xs = [1, 3, 3, 3, 7];
    expect(lowerBound(xs, 3)).toBe(1);
    expect(lowerBound(xs, 0)).toBe(0);
    expect(lowerBound(xs, 4)).toBe(4);
    expect(lowerBound(xs, 7)).toBe(4);
    expect(lowerBound(xs, 8)).toBe(5);
    expect(lowerBound([], 1)).toBe(0);
  });
  it('compareCodeUnits: code-unit order, 0 only for the same string', () => {
    expect(['b', 'B', 'a', 'é', 'e'].sort(compareCodeUnits)).toEqual(['B', 'a', 'b', 'e', 'é']);
    expect(compareCodeUnits('x', 'x')).toBe(0);
    expect(compareCodeUnits('x', 'y')).toBe(-1);
    expect(compareCodeUnits('y', 'x')).toBe(1);
  });
});
