import { describe, expect, it } from 'vitest';
import { buildCoverage } from '@lib/engine/story/coverage.ts';
import type { PassageCluster, StoryAccount, StorySegment } from '@lib/engine/story/types.ts';

/*
 * What each account says alone and what it leaves out, as the story page lists them, from passage
 * clusters built by hand: four outlets, a passage all carry, one only the wire carries, one the
 * wire and the two papers carry but the blog leaves out, one only the blog and one paper carry.
 */
const segment = (kind: StorySegment['kind'], index: number): StorySegment => ({ kind, index, text: 'x', start: index, end: index + 1, paragraph: index });
const account = (id: string, rank: number, kinds: StorySegment['kind'][] = ['text']): StoryAccount => ({
  id,
  outlet: id,
  published: '2025-03-0' + (rank + 1),
  words: 10,
  text: 'x'.repeat(kinds.length),
  segments: kinds.map(segment),
  rank,
});
const cluster = (id: string, versions: string[]): PassageCluster => ({
  id,
  order: Number(id.slice(1)) - 1,
  reference: versions[0]!,
  members: versions.map((version) => ({ version, segments: [0], text: 'x', wording: 'same' as const, diff: [], grades: [] })),
});

const accounts = [account('wire', 0), account('paper-a', 1), account('paper-b', 2), account('blog', 3, ['text', 'interpolation', 'boilerplate', 'interpolation'])];
const clusters = [
  cluster('p1', ['wire', 'paper-a', 'paper-b', 'blog']),
  cluster('p2', ['wire']),
  cluster('p3', ['wire', 'paper-a', 'paper-b']),
  cluster('p4', ['paper-a', 'blog']),
  cluster('p5', ['blog']),
];

describe('account coverage', () => {
  it('lists own passages, passages two others carry, the count carried and the interpolations', () => {
    expect(buildCoverage(accounts, clusters)).toEqual([
      { version: 'wire', only: ['p2'], leftOut: ['p4'], carried: 3, interpolations: 0 },
      { version: 'paper-a', only: [], leftOut: [], carried: 3, interpolations: 0 },
      { version: 'paper-b', only: [], leftOut: ['p4'], carried: 2, interpolations: 0 },
      { version: 'blog', only: ['p5'], leftOut: ['p3'], carried: 3, interpolations: 2 },
    ]);
  });

  it('one other outlet’s own passage is not a passage left out; the threshold is configurable', () => {
    const strict = buildCoverage(accounts, clusters, 3);
    expect(strict.map((c) => c.leftOut)).toEqual([[], [], [], ['p3']]);
    const loose = buildCoverage(accounts, clusters, 1);
    expect(loose.map((c) => c.leftOut)).toEqual([['p4', 'p5'], ['p2', 'p5'], ['p2', 'p4', 'p5'], ['p2', 'p3']]);
  });
});
