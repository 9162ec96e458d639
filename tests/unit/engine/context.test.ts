import { describe, expect, it } from 'vitest';
import { buildStoryContext } from '@lib/engine/index.ts';
import { idf } from '@lib/engine/context.ts';
import { loadSeeds } from './seeds.ts';

describe('buildStoryContext', () => {
  it('does not depend on the order of the accounts', () => {
    const seeds = loadSeeds();
    const x = buildStoryContext(seeds);
    const y = buildStoryContext([...seeds].reverse());
    expect(y.segmentCount).toBe(x.segmentCount);
    expect(y.texts).toEqual(x.texts);
    expect(new Map([...y.documentFrequency].sort())).toEqual(new Map([...x.documentFrequency].sort()));
  });
  it('weights rare words above common ones, and never zero', () => {
    const ctx = buildStoryContext(loadSeeds());
    expect(idf(ctx, 'whelan')).toBeGreaterThan(idf(ctx, 'lavrov'));
    expect(idf(ctx, 'never-seen')).toBeGreaterThanOrEqual(idf(ctx, 'whelan'));
    expect(idf(ctx, 'lavrov')).toBeGreaterThan(0);
  });
  it('counts only article text, not boilerplate', () => {
    const ctx = buildStoryContext([{ id: 'a', paragraphs: ['Home / World', 'Headline here', 'Real sentence about ministers.', 'SHARE THIS ARTICLE'] }]);
    expect(ctx.segmentCount).toBe(1);
    expect(ctx.documentFrequency.has('home')).toBe(false);
  });
});
