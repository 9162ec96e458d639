import { describe, expect, it } from 'vitest';
import { inverseDocumentFrequency, weightedDice } from '@lib/engine/rarity.ts';
import { buildStoryContext, idf } from '@lib/engine/context.ts';

// The one rarity scorer, shared by the pairwise engine and story quotations.
describe('inverseDocumentFrequency', () => {
  it('weighs a rare term more than a common one, and never 0', () => {
    expect(inverseDocumentFrequency(10, 1)).toBeCloseTo(Math.log(11));
    expect(inverseDocumentFrequency(10, 10)).toBeCloseTo(Math.log(2));
    expect(inverseDocumentFrequency(10, 1)).toBeGreaterThan(inverseDocumentFrequency(10, 5));
  });
  it('counts an unseen term as rare and an empty collection as one document', () => {
    expect(inverseDocumentFrequency(10, 0)).toBe(inverseDocumentFrequency(10, 1));
    expect(inverseDocumentFrequency(0, 0)).toBeCloseTo(Math.log(2));
  });
  it('is what the engine weighs stems with', () => {
    const context = buildStoryContext([{ id: 'a', paragraphs: ['Lavrov met Blinken.', 'Lavrov spoke.'] }]);
    expect(idf(context, 'blinken')).toBe(inverseDocumentFrequency(2, 1));
    expect(idf(context, 'lavrov')).toBe(inverseDocumentFrequency(2, 2));
  });
});

describe('weightedDice', () => {
  it('is 2·shared over the two weights, 0–1', () => {
    expect(weightedDice(3, 3, 3)).toBe(1);
    expect(weightedDice(1, 2, 4)).toBeCloseTo(1 / 3);
    expect(weightedDice(0, 2, 4)).toBe(0);
  });
  it('is 0 for empty sides and capped at 1 against rounding', () => {
    expect(weightedDice(0, 0, 0)).toBe(0);
    expect(weightedDice(0.30000000000000004, 0.1 + 0.2, 0.3)).toBe(1);
  });
});
