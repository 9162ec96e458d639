import { describe, expect, it } from 'vitest';
import { decideLineage, type LineageThresholds, type PairEvidence } from '@lib/engine/story/lineage-decision.ts';

/*
 * The lineage decision at its thresholds: what an edge on the story page says (copy, revision or
 * common source; which way the arrow points; the reasons listed under it) for measured evidence
 * just at and just past every rule. The thresholds here are powers of two and their sums so that
 * "exactly at the threshold" is exact in floating point; the rules are the same as the defaults'.
 */
const t: LineageThresholds = { copyMinRun: 20, copyMinContained: 0.5, containmentMargin: 0.25, revisionMinOwn: 0.25, copyMinExclusive: 8 };

/** A copy of y from x that passes every rule exactly at its threshold. */
const atThresholds: PairEvidence = { first: 'x', sameOutlet: false, xInY: 0.25, yInX: 0.5, longestRun: 20, longestRunOutsideQuotes: 20, exclusiveWords: 8 };

const COPY_REASONS = ['contained', 'published-first', 'own-prose-run', 'exclusive-wording'];

describe('a copy is stated at every threshold, and not one step below', () => {
  it('states x → y when every rule passes exactly at its threshold', () => {
    expect(decideLineage(atThresholds, t)).toEqual({ kind: 'copy', source: 'x', directed: true, basis: 'evidence', reasons: COPY_REASONS });
  });

  it('points the other way when y was first and x sits inside y', () => {
    const mirrored: PairEvidence = { ...atThresholds, first: 'y', xInY: 0.5, yInX: 0.25 };
    expect(decideLineage(mirrored, t)).toEqual({ kind: 'copy', source: 'y', directed: true, basis: 'evidence', reasons: COPY_REASONS });
  });

  it('reads containment from the larger share, whichever side it is on', () => {
    // The derived text is half inside the source; the source a quarter inside the derived one.
    expect(decideLineage({ ...atThresholds, xInY: 0.25, yInX: 0.5 }, t).kind).toBe('copy');
    expect(decideLineage({ ...atThresholds, first: 'y', xInY: 0.5, yInX: 0.25 }, t).kind).toBe('copy');
  });

  it('gives the reason for each rule that fails by one step', () => {
    const below = (change: Partial<PairEvidence>) => decideLineage({ ...atThresholds, ...change }, t);
    expect(below({ longestRunOutsideQuotes: 19 })).toEqual({ kind: 'common-source', source: 'x', directed: false, basis: 'none', reasons: ['short-runs'] });
    expect(below({ exclusiveWords: 7 }).reasons).toEqual(['no-exclusive-wording']);
    // Both shares under the minimum, still one-sided by the margin.
    expect(below({ xInY: 0.125, yInX: 0.375 }).reasons).toEqual(['little-shared']);
    // Contained enough but not one-sided enough: 0.5 against 0.375 is a margin of 0.125.
    expect(below({ xInY: 0.375 }).reasons).toEqual(['two-sided-containment']);
  });

  it('says why no copy was stated, every reason in order', () => {
    const nothing: PairEvidence = { first: 'same', sameOutlet: false, xInY: 0.125, yInX: 0.125, longestRun: 10, longestRunOutsideQuotes: 5, exclusiveWords: 0 };
    expect(decideLineage(nothing, t)).toEqual({
      kind: 'common-source',
      source: 'x',
      directed: false,
      basis: 'none',
      reasons: ['short-runs', 'little-shared', 'no-exclusive-wording', 'same-day'],
    });
  });

  it('calls the shared text mostly quoted only when the run outside quotes is under half the longest run', () => {
    const runs = (longestRun: number, longestRunOutsideQuotes: number) => decideLineage({ ...atThresholds, longestRun, longestRunOutsideQuotes }, t).reasons;
    expect(runs(30, 15)).toEqual(['short-runs']);
    expect(runs(31, 15)).toEqual(['mostly-quoted']);
  });

  it('an order that disagrees with containment keeps the date source for the undirected edge', () => {
    // y was published first, but y sits inside x: the texts say x is the source.
    expect(decideLineage({ ...atThresholds, first: 'y' }, t)).toEqual({ kind: 'common-source', source: 'y', directed: false, basis: 'none', reasons: ['order-disagrees'] });
  });
});

describe('a recorded relation gives the direction; the texts give the kind', () => {
  const repostOf = (source: 'x' | 'y', change: Partial<PairEvidence> = {}) =>
    decideLineage({ ...atThresholds, exclusiveWords: 0, longestRunOutsideQuotes: 0, ...change, relation: { kind: 'repost', source } }, t);

  it('a repost wholly inside its source is a copy, whatever the other evidence says', () => {
    // source y: y's share inside x is 0.5 and x (the derived repost) is wholly inside y.
    expect(repostOf('y', { first: 'y', xInY: 1, yInX: 0.5 })).toEqual({ kind: 'copy', source: 'y', directed: true, basis: 'relation', reasons: ['recorded', 'contained', 'published-first'] });
    expect(repostOf('x', { first: 'x', xInY: 0.5, yInX: 1 })).toEqual({ kind: 'copy', source: 'x', directed: true, basis: 'relation', reasons: ['recorded', 'contained', 'published-first'] });
  });

  it('is a revision when each text has a quarter of its words the other lacks (the threshold), a copy just under it', () => {
    expect(repostOf('y', { xInY: 0.75, yInX: 0.75 }).kind).toBe('revision');
    expect(repostOf('y', { xInY: 0.75, yInX: 0.75 }).reasons.slice(0, 2)).toEqual(['recorded', 'both-revised']);
    // Whichever of the two texts has too few words of its own, source or derived, it is a copy.
    expect(repostOf('y', { xInY: 0.875, yInX: 0.75 }).kind).toBe('copy');
    expect(repostOf('y', { xInY: 0.75, yInX: 0.875 }).kind).toBe('copy');
    expect(repostOf('x', { xInY: 0.75, yInX: 0.875 }).kind).toBe('copy');
    expect(repostOf('x', { xInY: 0.875, yInX: 0.75 }).kind).toBe('copy');
  });

  it('a relation recorded as a revision is a revision even when one text holds the other', () => {
    const d = decideLineage({ ...atThresholds, xInY: 1, yInX: 0.5, relation: { kind: 'revision', source: 'x' } }, t);
    expect(d).toMatchObject({ kind: 'revision', source: 'x', directed: true, basis: 'relation', reasons: ['recorded', 'both-revised', 'published-first'] });
  });

  it('says whether the recorded source was published first, later (an earlier revision carried) or the same day', () => {
    expect(repostOf('y', { first: 'y', xInY: 1 }).reasons[2]).toBe('published-first');
    expect(repostOf('y', { first: 'x', xInY: 1 }).reasons[2]).toBe('earlier-revision-carried');
    expect(repostOf('y', { first: 'same', xInY: 1 }).reasons[2]).toBe('same-day');
    expect(repostOf('x', { first: 'y', yInX: 1 }).reasons[2]).toBe('earlier-revision-carried');
  });

  it('wins over the same-outlet rule', () => {
    expect(decideLineage({ ...atThresholds, sameOutlet: true, first: 'x', relation: { kind: 'copy', source: 'y' } }, t)).toMatchObject({ source: 'y', basis: 'relation' });
  });
});

describe('two captures of one outlet are revisions of one article', () => {
  it('directed by date, from the earlier capture', () => {
    expect(decideLineage({ ...atThresholds, sameOutlet: true, first: 'x' }, t)).toEqual({ kind: 'revision', source: 'x', directed: true, basis: 'evidence', reasons: ['same-outlet', 'published-first'] });
    expect(decideLineage({ ...atThresholds, sameOutlet: true, first: 'y' }, t)).toEqual({ kind: 'revision', source: 'y', directed: true, basis: 'evidence', reasons: ['same-outlet', 'published-first'] });
  });

  it('undirected on the same day', () => {
    expect(decideLineage({ ...atThresholds, sameOutlet: true, first: 'same' }, t)).toEqual({ kind: 'revision', source: 'x', directed: false, basis: 'none', reasons: ['same-outlet', 'same-day'] });
  });
});
