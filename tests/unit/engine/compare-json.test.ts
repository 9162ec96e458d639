import { describe, expect, it } from 'vitest';
import { buildStoryContext, compareAccounts, comparePairs, type AccountInput } from '@lib/engine/index.ts';

/*
 * The public comparison (compare.ts): each segment says why it is not article text, changes are
 * graded in the account's own language, and comparePairs honours each pair's segmentation options.
 */

const acc = (id: string, paragraphs: string[], lang?: string): AccountInput => ({ id, paragraphs, ...(lang ? { lang } : {}) });

describe('comparison JSON', () => {
  it('a segment that is not article text says why; article text carries no reason', () => {
    const a = acc('a', ['SHARE THIS ARTICLE', 'Fishing cooperatives accepted a compensation fund of four million euros.']);
    const b = acc('b', ['Fishing cooperatives accepted a compensation fund of four million euros.']);
    const c = compareAccounts(a, b, buildStoryContext([a, b]));
    expect(c.a.segments[0]).toMatchObject({ kind: 'boilerplate', reason: expect.any(String) });
    expect(Object.keys(c.a.segments[1]!)).toEqual(['text', 'kind', 'paragraph', 'start', 'end']);
  });

  it('grades a change by the rules of the accounts’ language', () => {
    // "großen" → "großer" is one German adjective inflected (minor); an English reading would
    // see two different words.
    const de = (id: string, adjective: string) => acc(id, [`Der Minister sprach in Berlin von einem ${adjective} Erfolg der Verhandlungen über die Getreideexporte.`], 'de');
    const a = de('a', 'großen');
    const b = de('b', 'großer');
    const c = compareAccounts(a, b, buildStoryContext([a, b]));
    expect(c.rows).toHaveLength(1);
    const changed = c.rows[0]!.diff.map(([op, t], i) => [op, t, c.rows[0]!.grades[i]]).filter(([op]) => op !== 0);
    expect(changed).toEqual([
      [-1, 'großen', 'minor'],
      [1, 'großer', 'minor'],
    ]);
  });
});

describe('comparePairs', () => {
  it('segments each pair with its own options', () => {
    const a = acc('a', ['SHARE THIS ARTICLE', 'Fishing cooperatives accepted a compensation fund of four million euros.']);
    const b = acc('b', ['Fishing cooperatives accepted a compensation fund of four million euros, officials said.']);
    const context = buildStoryContext([a, b]);
    const raw = { segment: { classify: false } };
    const [classified, unclassified, reverse] = comparePairs([{ a, b }, { a, b, options: raw }, { a: b, b: a, options: raw }], context);
    expect(JSON.stringify(classified)).toBe(JSON.stringify(compareAccounts(a, b, context)));
    expect(JSON.stringify(unclassified)).toBe(JSON.stringify(compareAccounts(a, b, context, raw)));
    expect(JSON.stringify(reverse)).toBe(JSON.stringify(compareAccounts(b, a, context, raw)));
    expect(unclassified!.a.segments[0]!.kind).toBe('text');
  });
});
