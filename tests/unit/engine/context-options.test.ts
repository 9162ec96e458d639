import { describe, expect, it } from 'vitest';
import { buildStoryContext, compareAccounts } from '@lib/engine/index.ts';
import { acc } from '../support/account.ts';

/*
 * The story context holds the accounts already segmented (context.ts), for speed. A comparison
 * asked with other segmentation options must still get segments made with its own options, and a
 * context without the stored segmentations (a plain object of the documented shape) must give
 * the same comparison as a full one.
 */


describe('segmentations stored in the story context', () => {
  it('a comparison with a sentence-break locale of its own segments with it', () => {
    // In Greek ";" is the question mark, so the Greek sentence rules end a sentence there.
    const a = acc('a', 'Θα υπογραφεί η συμφωνία αύριο; Ο υπουργός απάντησε θετικά.');
    const b = acc('b', 'Ο υπουργός απάντησε θετικά στους δημοσιογράφους.');
    const context = buildStoryContext([a, b]);
    expect(compareAccounts(a, b, context).a.segments).toHaveLength(1);
    expect(compareAccounts(a, b, context, { segment: { locale: 'el' } }).a.segments.map((s) => s.text)).toEqual([
      'Θα υπογραφεί η συμφωνία αύριο; ',
      'Ο υπουργός απάντησε θετικά.',
    ]);
  });

  it('a comparison without classification keeps page furniture as text', () => {
    const a = acc('a', 'SHARE THIS ARTICLE', 'Fishing cooperatives accepted a compensation fund of four million euros.');
    const b = acc('b', 'Fishing cooperatives accepted a compensation fund of four million euros.');
    const context = buildStoryContext([a, b]);
    expect(compareAccounts(a, b, context).a.segments.map((s) => s.kind)).toEqual(['boilerplate', 'text']);
    expect(compareAccounts(a, b, context, { segment: { classify: false } }).a.segments.map((s) => s.kind)).toEqual(['text', 'text']);
    expect(compareAccounts(a, b, context, { segment: { classify: true } }).a.segments.map((s) => s.kind)).toEqual(['boilerplate', 'text']);
  });

  it('a context of only its figures (no stored segmentations or matching data) compares alike', () => {
    const a = acc('a', 'The harbour authority confirmed that dredging will begin in April.', 'Gulls nested on the old crane.', 'SHARE THIS ARTICLE');
    const b = acc('b', 'Gulls nested on the old crane.', 'The harbour authority said dredging would begin in April, not May.');
    const full = buildStoryContext([a, b]);
    const { segmentCount, documentFrequency, texts } = full;
    expect(compareAccounts(a, b, { segmentCount, documentFrequency, texts })).toEqual(compareAccounts(a, b, full));
  });
});
