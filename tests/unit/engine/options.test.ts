import { describe, expect, it } from 'vitest';
import { buildStoryContext, compareAccounts, DEFAULT_COMPARE_OPTIONS, resolveCompareOptions, type AccountInput } from '@lib/engine/index.ts';

/* Comparison options (options.ts): what a caller leaves out or sets to undefined takes the default; the window length is clamped to what the aligner's keys hold. */

describe('resolveCompareOptions', () => {
  it('fills in every default, and an explicit undefined is a default too', () => {
    expect(resolveCompareOptions()).toEqual(DEFAULT_COMPARE_OPTIONS);
    expect(resolveCompareOptions({ similarThreshold: undefined, maxWindow: undefined })).toEqual(DEFAULT_COMPARE_OPTIONS);
    expect(resolveCompareOptions({ similarThreshold: 0.6, story: 's' })).toEqual({ ...DEFAULT_COMPARE_OPTIONS, similarThreshold: 0.6, story: 's' });
  });

  it('clamps the window length to whole sentences from 1 to 15', () => {
    expect(resolveCompareOptions({ maxWindow: 40 }).maxWindow).toBe(15);
    expect(resolveCompareOptions({ maxWindow: 0 }).maxWindow).toBe(1);
    expect(resolveCompareOptions({ maxWindow: 2.9 }).maxWindow).toBe(2);
  });

  it('a comparison with an undefined option is the default comparison', () => {
    const a: AccountInput = { id: 'a', paragraphs: ['The harbour authority confirmed that dredging will begin in April.', 'Gulls nested on the old crane.'] };
    const b: AccountInput = { id: 'b', paragraphs: ['The harbour authority said dredging would begin in April.'] };
    const context = buildStoryContext([a, b]);
    expect(compareAccounts(a, b, context, { similarThreshold: undefined, contextBoost: undefined })).toEqual(compareAccounts(a, b, context));
  });
});
