import { describe, expect, it } from 'vitest';
import { buildTimeline, derivations, publicationOrder, type TimelineInput } from '@lib/engine/story/timeline.ts';
import { comparison, copyOfOpening, edge, row, version, type Seg } from './timeline-fixtures.ts';

/*
 * The timeline's data from a lineage and comparisons built by hand (`timeline-fixtures.ts`): each
 * account's relations to earlier ones (role, share, strongest first, whether a copy takes only its
 * source's opening) and what each revision changed.
 */
describe('relations to earlier accounts', () => {
  it('a copy of its source’s first paragraphs, leaving at least a fifth after, copies the opening', () => {
    const opening = (n: number, options = {}) => buildTimeline(copyOfOpening(n), options).entries[1]!.relations[0]!.opening;
    expect(opening(1)).toBe(true);
    // 3 of 4 paragraphs: 10 of 40 words (a quarter) follow; 4 of 4: nothing follows.
    expect(opening(3)).toBe(true);
    expect(opening(4)).toBe(false);
    // The rest must reach the share: exactly a quarter passes at 0.25, not at 0.26.
    expect(opening(3, { openingRest: 0.25 })).toBe(true);
    expect(opening(3, { openingRest: 0.26 })).toBe(false);
    // A copy that skips the lede is no opening.
    expect(buildTimeline(copyOfOpening(2, true)).entries[1]!.relations[0]!.opening).toBe(false);
    // Reworded and moved rows are shared text too; the source's page furniture is not its text.
    expect(buildTimeline(copyOfOpening(1, false, ['changed'])).entries[1]!.relations[0]!.opening).toBe(true);
    expect(buildTimeline(copyOfOpening(1, false, ['moved'])).entries[1]!.relations[0]!.opening).toBe(true);
    expect(buildTimeline(copyOfOpening(3, false, ['equal', 'equal', 'changed']), { openingRest: 0.3 }).entries[1]!.relations[0]!.opening).toBe(false);
    expect(buildTimeline(copyOfOpening(3, false, ['equal', 'equal', 'moved']), { openingRest: 0.3 }).entries[1]!.relations[0]!.opening).toBe(false);
    expect(buildTimeline(copyOfOpening(1, false, [], true)).entries[1]!.relations[0]!.opening).toBe(true);
    // Without a comparison nothing is claimed.
    expect(buildTimeline({ ...copyOfOpening(1), compare: () => undefined }).entries[1]!.relations[0]!.opening).toBe(false);
  });

  it('gives each account its role and its share of the other, relations only to earlier accounts', () => {
    const t = buildTimeline({ ...copyOfOpening(1), lineage: [edge('source', 'copy', 'copy')] });
    expect(t.entries[0]).toMatchObject({ version: 'source', outlet: 'source-outlet', published: '2025-01-01', position: 0, relations: [] });
    expect(t.entries[1]!.relations[0]).toMatchObject({ other: 'source', role: 'copies', share: 0.75 });
    // The dates put the copy first: the later source is copied by it.
    const early = buildTimeline({ ...copyOfOpening(1), versions: [version('source', '2025-01-03'), version('copy', '2025-01-02')] });
    expect(early.entries.map((e) => e.version)).toEqual(['copy', 'source']);
    expect(early.entries[1]!.relations[0]).toMatchObject({ other: 'copy', role: 'copied-by', share: 0.25, opening: false });
  });

  it('orders relations: derivations before shared wording, then by confidence, then by position', () => {
    const t = buildTimeline({
      versions: [version('a', '2025-01-01'), version('b', '2025-01-02'), version('c', '2025-01-03'), version('d', '2025-01-04')],
      lineage: [edge('a', 'd', 'common-source', { confidence: 0.5 }), edge('b', 'd', 'common-source', { confidence: 0.7 }), edge('c', 'd', 'revision', { confidence: 0.2 }), edge('a', 'c', 'common-source', { confidence: 0.7 }), edge('b', 'c', 'common-source', { confidence: 0.7 })],
      compare: () => undefined,
    });
    expect(t.entries[3]!.relations.map((r) => `${r.other}:${r.role}`)).toEqual(['c:revises', 'b:shares', 'a:shares']);
    expect(t.entries[2]!.relations.map((r) => r.other)).toEqual(['a', 'b']);
  });

  it('a revision dated before the revision it carries is revised by it', () => {
    const t = buildTimeline({
      versions: [version('update', '2025-01-01'), version('original', '2025-01-02')],
      lineage: [edge('original', 'update', 'revision', { earlier: 'original' })],
      compare: () => undefined,
    });
    expect(t.entries.map((e) => e.version)).toEqual(['update', 'original']);
    expect(t.entries[1]!.relations[0]!.role).toBe('revised-by');
    expect(derivations([edge('original', 'update', 'revision', { earlier: 'original' })])).toEqual([['original', 'update']]);
    expect(derivations([edge('update', 'original', 'revision', { earlier: 'original' })])).toEqual([['original', 'update']]);
    expect(derivations([edge('x', 'y', 'revision')])).toEqual([['x', 'y']]);
    expect(derivations([edge('x', 'y', 'copy', { directed: false }), edge('x', 'y', 'common-source')])).toEqual([]);
  });
});

describe('publication order at one stated time', () => {
  it('two accounts stamped with the same minute follow the lineage, source first', () => {
    const same = [{ id: 'b-copy', published: '2021-05-19T09:00Z' }, { id: 'a-copy', published: '2021-05-19T09:00Z' }];
    expect(publicationOrder(same, [edge('b-copy', 'a-copy', 'copy')])).toEqual(['b-copy', 'a-copy']);
    expect(publicationOrder(same, [])).toEqual(['a-copy', 'b-copy']);
  });
});

describe('what a revision changed', () => {
  const earlier: Seg[] = [['text', 'Kept line. '], ['text', 'Dropped line. '], ['text', 'Edited line. '], ['boilerplate', 'Share this'], ['text', 'Moved line. ']];
  const later: Seg[] = [['text', 'Kept line. '], ['text', 'Moved line. '], ['text', 'Edited line, now longer. '], ['text', 'Added line. '], ['interpolation', 'A comment'], ['boilerplate', 'Share'], ['boilerplate', 'Print']];
  const rows = [
    row('r1', 'equal', [0], [0]),
    row('r2', 'a-only', [1], []),
    row('r3', 'changed', [2], [2], { diff: [[0, 'Edited line'], [1, ', now longer'], [0, '. ']], grades: [null, 'substantive', null] }),
    row('r4', 'moved', [4], [1]),
    row('r5', 'b-only', [], [3]),
    row('r6', 'b-only', [], [4]),
    row('r7', 'a-only', [3], []),
  ];
  const input = (): TimelineInput => ({
    versions: [version('v1', '2025-01-01'), version('v2', '2025-01-02'), version('v3', '2025-01-03')],
    lineage: [edge('v1', 'v2', 'revision', { earlier: 'v1' }), edge('v2', 'v3', 'revision', { earlier: 'v2' })],
    compare: (a, b) => (a === 'v1' && b === 'v2' ? comparison('v1', earlier, 'v2', later, rows) : a === 'v2' && b === 'v3' ? comparison('v2', later, 'v3', later, [row('r1', 'equal', [0], [0]), row('r2', 'moved', [1], [1], { edited: true, diff: [[0, 'Moved line. ']], grades: [null] })]) : undefined),
  });

  it('lists sentences added, dropped, reworded and moved, counts unchanged rows, and sets furniture and comments apart', () => {
    const [chain] = buildTimeline(input()).chains;
    const step = chain![0]!;
    expect(step).toMatchObject({ earlier: 'v1', later: 'v2', unchanged: 1, setApart: { earlier: 1, later: 3 } });
    expect(step.dropped).toEqual([{ row: 'r2', before: 'Dropped line.', after: '', diff: [], grades: [] }]);
    expect(step.added).toEqual([{ row: 'r5', before: '', after: 'Added line.', diff: [], grades: [] }]);
    expect(step.reworded).toEqual([{ row: 'r3', before: 'Edited line.', after: 'Edited line, now longer.', diff: rows[2]!.diff, grades: rows[2]!.grades }]);
    expect(step.moved).toEqual([{ row: 'r4', before: 'Moved line.', after: 'Moved line.', diff: [], grades: [] }]);
  });

  it('a moved and edited row counts as reworded; steps of one chain come in timeline order', () => {
    const { chains } = buildTimeline(input());
    expect(chains).toHaveLength(1);
    expect(chains[0]!.map((s) => `${s.earlier}>${s.later}`)).toEqual(['v1>v2', 'v2>v3']);
    expect(chains[0]![1]!.reworded.map((c) => c.row)).toEqual(['r2']);
    expect(chains[0]![1]!.moved).toEqual([]);
  });

  it('separate revision chains stay apart, ordered by their first step; a step without a comparison is left out', () => {
    const t = buildTimeline({
      versions: [version('a1', '2025-01-01'), version('b1', '2025-01-02'), version('a2', '2025-01-03'), version('b2', '2025-01-04'), version('c1', '2025-01-05'), version('c2', '2025-01-06')],
      lineage: [edge('b1', 'b2', 'revision'), edge('a1', 'a2', 'revision'), edge('c1', 'c2', 'revision')],
      compare: (a, b) => (a.startsWith('c') ? undefined : comparison(a, [], b, [], [])),
    });
    expect(t.chains.map((ch) => ch.map((s) => `${s.earlier}>${s.later}`))).toEqual([['a1>a2'], ['b1>b2']]);
  });

  it('two steps into one revision come earlier revision first', () => {
    const t = buildTimeline({
      versions: [version('v1', '2025-01-01'), version('v2', '2025-01-02'), version('v3', '2025-01-03')],
      lineage: [edge('v2', 'v3', 'revision'), edge('v1', 'v3', 'revision')],
      compare: (a, b) => comparison(a, [], b, [], []),
    });
    expect(t.chains.map((ch) => ch.map((s) => `${s.earlier}>${s.later}`))).toEqual([['v1>v3', 'v2>v3']]);
    const reversed = buildTimeline({ versions: [version('v1', '2025-01-01'), version('v2', '2025-01-02'), version('v3', '2025-01-03')], lineage: [edge('v1', 'v3', 'revision'), edge('v2', 'v3', 'revision')], compare: (a, b) => comparison(a, [], b, [], []) });
    expect(reversed.chains.map((ch) => ch.map((s) => `${s.earlier}>${s.later}`))).toEqual([['v1>v3', 'v2>v3']]);
  });

  it('a step joining two chains merges them', () => {
    const t = buildTimeline({
      versions: [version('a', '2025-01-01'), version('b', '2025-01-02'), version('c', '2025-01-03'), version('d', '2025-01-04')],
      lineage: [edge('a', 'b', 'revision'), edge('c', 'd', 'revision'), edge('b', 'c', 'revision')],
      compare: (a, b) => comparison(a, [], b, [], []),
    });
    expect(t.chains.map((ch) => ch.map((s) => `${s.earlier}>${s.later}`))).toEqual([['a>b', 'b>c', 'c>d']]);
  });
});
