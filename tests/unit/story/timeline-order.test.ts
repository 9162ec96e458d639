import { describe, expect, it } from 'vitest';
import { buildTimeline, publicationOrder, publishedDay } from '@lib/engine/story/timeline.ts';
import { comparison, copyOfOpening, edge, row, version, words, type Seg } from './timeline-fixtures.ts';

/*
 * The story timeline at its own level (`story/timeline.ts`), from hand-built lineages: the
 * publication order (days, stated times, the lineage within a day, ids), which relation each
 * account shows, when a copy takes only its source's opening, and how revision steps read and chain.
 */
const v = (id: string, published: string) => ({ id, published });
const steps = (t: ReturnType<typeof buildTimeline>) => t.chains.map((ch) => ch.map((s) => `${s.earlier}>${s.later}`));

describe('publication order', () => {
  it('days first, even against the lineage', () => {
    expect(publicationOrder([v('b', '2021-05-20'), v('a', '2021-05-19')], [edge('b', 'a', 'copy')])).toEqual(['a', 'b']);
  });

  it('same day: a source before what derives from it, else by id, whatever the input order', () => {
    const day = [v('alpha', '2021-05-19'), v('beta', '2021-05-19'), v('gamma', '2021-05-19')];
    expect(publicationOrder(day, [])).toEqual(['alpha', 'beta', 'gamma']);
    expect(publicationOrder([...day].reverse(), [])).toEqual(['alpha', 'beta', 'gamma']);
    expect(publicationOrder(day, [edge('gamma', 'alpha', 'copy')])).toEqual(['beta', 'gamma', 'alpha']);
    // Undirected shared wording says nothing about order.
    expect(publicationOrder(day, [edge('gamma', 'alpha', 'common-source')])).toEqual(['alpha', 'beta', 'gamma']);
    // A chain: gamma → beta → alpha.
    expect(publicationOrder(day, [edge('beta', 'alpha', 'copy'), edge('gamma', 'beta', 'copy')])).toEqual(['gamma', 'beta', 'alpha']);
  });

  it('revisions: the earlier revision first, whichever way the edge points', () => {
    const day = [v('later', '2021-05-19'), v('original', '2021-05-19')];
    expect(publicationOrder(day, [edge('original', 'later', 'revision')])).toEqual(['original', 'later']);
    expect(publicationOrder(day, [edge('later', 'original', 'revision', { earlier: 'original' })])).toEqual(['original', 'later']);
  });

  it('stated times outrank the lineage; a time-less account follows the lineage and ids', () => {
    const day = [v('a', '2021-05-19T18:40:00Z'), v('b', '2021-05-19T09:00:00Z'), v('c', '2021-05-19')];
    expect(publicationOrder(day, [])).toEqual(['b', 'a', 'c']);
    expect(publicationOrder(day, [edge('a', 'b', 'copy')])).toEqual(['b', 'a', 'c']);
    expect(publicationOrder(day, [edge('c', 'b', 'copy')])).toEqual(['c', 'b', 'a']);
    // A time-less copy of the morning report follows it and, by id, the evening one: the day is the date
    // part of a stamp (a time-stamped account is not a day of its own), and a bare date is no time.
    expect(publicationOrder(day, [edge('b', 'c', 'copy')])).toEqual(['b', 'a', 'c']);
    expect(publishedDay('2021-05-19T09:00:00Z')).toBe('2021-05-19');
  });

  it('a cycle in the lineage is broken at the smallest id; input order never matters', () => {
    const day = [v('x', '2021-05-19'), v('y', '2021-05-19'), v('z', '2021-05-19')];
    const cycle = [edge('x', 'y', 'copy'), edge('y', 'z', 'copy'), edge('z', 'x', 'copy')];
    const order = publicationOrder(day, cycle);
    expect(order[0]).toBe('x');
    expect(publicationOrder([...day].reverse(), [...cycle].reverse())).toEqual(order);
  });
});

describe('which relation an account shows', () => {
  const three = [version('a', '2025-01-01'), version('b', '2025-01-02'), version('c', '2025-01-03')];

  it('shared wording from a common source neither copies nor is copied', () => {
    const t = buildTimeline({ versions: three, lineage: [edge('a', 'c', 'common-source')], compare: () => undefined });
    expect(t.entries[2]!.relations.map((r) => `${r.other}:${r.role}`)).toEqual(['a:shares']);
  });

  it('relations of one strength and confidence come earlier account first, in whatever order the lineage lists them', () => {
    const lineage = [edge('b', 'c', 'common-source', { confidence: 0.6 }), edge('a', 'c', 'common-source', { confidence: 0.6 })];
    const t = buildTimeline({ versions: three, lineage, compare: () => undefined });
    expect(t.entries[2]!.relations.map((r) => r.other)).toEqual(['a', 'b']);
  });

  it('only a copy reproduces its source’s opening: a revision keeping the first paragraph and shared wording do not', () => {
    const { compare } = copyOfOpening(1);
    const versions = [version('source', '2025-01-01'), version('copy', '2025-01-02')];
    for (const kind of ['revision', 'common-source'] as const) {
      const t = buildTimeline({ versions, lineage: [edge('source', 'copy', kind)], compare });
      expect(t.entries[1]!.relations[0]!.opening, kind).toBe(false);
    }
  });
});

describe('a copy of the opening, from the source’s article words', () => {
  /** A source of two ten-word paragraphs and `extra` segments after them, of which the copy takes the first paragraph. */
  const opening = (extra: Seg[], rows = [row('r1', 'equal', [0], [0])]) => {
    const src: Seg[] = [['text', words(10)], ['text', words(10)], ...extra];
    const c = comparison('source', src, 'copy', [['text', words(10)]], rows);
    return buildTimeline({ ...copyOfOpening(1), compare: (a, b) => (a === 'source' && b === 'copy' ? c : undefined) }).entries[1]!.relations[0]!.opening;
  };

  it('page furniture after the shared paragraph is not text the copy left out', () => {
    // Ten of twenty article words follow the shared paragraph: an opening at any rest up to half.
    expect(opening([])).toBe(true);
    // A long list of links under the article does not make the source's text longer: still half of it follows.
    expect(opening([['boilerplate', words(80)]])).toBe(true);
  });

  it('a paragraph the copy left out is not shared text, however the row lists it', () => {
    // The source's lede is only in the source (an a-only row): the copy starts at the second of three paragraphs.
    expect(opening([['text', words(10)]], [row('r1', 'a-only', [0], []), row('r2', 'equal', [1], [0])])).toBe(false);
  });

  it('a source with no article words has no opening to copy', () => {
    const src: Seg[] = [['text', '— '], ['text', '· ']];
    const c = comparison('source', src, 'copy', [['text', '— ']], [row('r1', 'equal', [0], [0])]);
    const t = buildTimeline({ ...copyOfOpening(1), compare: (a, b) => (a === 'source' && b === 'copy' ? c : undefined) });
    expect(t.entries[1]!.relations[0]!.opening).toBe(false);
  });
});

describe('revision steps', () => {
  it('a row spanning two sentences of each revision reads as their texts run together', () => {
    const earlier: Seg[] = [['text', 'The bridge closed at noon. '], ['text', 'Traffic was diverted. ']];
    const later: Seg[] = [['text', 'The bridge closed at noon, '], ['text', 'and traffic was diverted north. ']];
    const c = comparison('v1', earlier, 'v2', later, [row('r1', 'changed', [0, 1], [0, 1])]);
    const t = buildTimeline({ versions: [version('v1', '2025-01-01'), version('v2', '2025-01-02')], lineage: [edge('v1', 'v2', 'revision')], compare: () => c });
    expect(t.chains[0]![0]!.reworded.map((x) => [x.before, x.after])).toEqual([['The bridge closed at noon. Traffic was diverted.', 'The bridge closed at noon, and traffic was diverted north.']]);
  });

  it('a step joined to a chain through an account met two steps back stays in that chain', () => {
    const versions = ['a', 'b', 'c', 'e'].map((id, i) => version(id, `2025-01-0${i + 1}`));
    const t = buildTimeline({ versions, lineage: [edge('a', 'b', 'revision'), edge('b', 'c', 'revision'), edge('a', 'e', 'revision')], compare: (x, y) => comparison(x, [], y, [], []) });
    expect(steps(t)).toEqual([['a>b', 'b>c', 'a>e']]);
  });

  it('chains come in the order of their first step’s later revision, not its earlier one', () => {
    const versions = ['v1', 'v2', 'v3', 'v4'].map((id, i) => version(id, `2025-01-0${i + 1}`));
    const t = buildTimeline({ versions, lineage: [edge('v1', 'v4', 'revision'), edge('v2', 'v3', 'revision')], compare: (x, y) => comparison(x, [], y, [], []) });
    expect(steps(t)).toEqual([['v2>v3'], ['v1>v4']]);
  });
});
