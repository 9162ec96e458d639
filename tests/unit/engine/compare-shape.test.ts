import { describe, expect, it } from 'vitest';
import { buildStoryContext, compareAccounts, matchSegments } from '@lib/engine/index.ts';
import { acc } from '../support/account.ts';

/*
 * The comparison object as the site and the JSON exports read it (compare.ts): labels the caller
 * did not give are absent, not present as `undefined`; a contained pass needs no trigrams when the
 * caller asks for none. Invented news sentences.
 */

const A = acc('a', 'The harbour authority in Tessaly confirmed that dredging of the northern channel will begin in April.');
const B = acc('b', 'Dredging of the northern channel will begin in April, the Tessaly harbour authority confirmed.');

describe('the comparison’s labels', () => {
  it('without a story or outlets, the object holds no such keys', () => {
    const c = compareAccounts(A, B, buildStoryContext([A, B]));
    expect(Object.keys(c)).toEqual(['schema', 'engine', 'a', 'b', 'stats', 'rows']);
    expect(Object.keys(c.a)).toEqual(['id', 'segments']);
    expect(Object.keys(c.b)).toEqual(['id', 'segments']);
  });
  it('with them, each stands where the schema puts it', () => {
    const c = compareAccounts(A, B, buildStoryContext([A, B]), { story: 'dredging', aOutlet: 'tessaly-post', bOutlet: 'harbour-news' });
    expect(Object.keys(c)).toEqual(['schema', 'story', 'engine', 'a', 'b', 'stats', 'rows']);
    expect([c.story, c.a.outlet, c.b.outlet]).toEqual(['dredging', 'tessaly-post', 'harbour-news']);
    expect(Object.keys(c.a)).toEqual(['id', 'outlet', 'segments']);
  });
});

describe('the contained pass without a word-order requirement', () => {
  it('takes two short sentences found inside a long one though they hold no trigram, at half strength', () => {
    // B's two sentences have two content words each: four in all, no three in a row in one sentence.
    const long = acc('a', 'Exports resumed on Monday morning while ships waited offshore for customs inspectors of the northern port authority to finish checking every cargo hold.');
    const short = acc('b', 'Exports resumed. Ships waited.');
    const context = buildStoryContext([long, short]);
    expect(matchSegments(long, short, context)).toEqual([]);
    const [m, ...rest] = matchSegments(long, short, context, { containMinShingles: 0 });
    expect(rest).toEqual([]);
    expect([m!.a, m!.b, m!.pass]).toEqual([[0], [0, 1], 'contained']);
    expect(m!.score).toBeCloseTo(m!.containment / 2, 4);
  });
});
