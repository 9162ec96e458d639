import { describe, expect, it } from 'vitest';
import { buildSynopsis, synopsisOrder, textHash, type SynopsisInput } from '@lib/engine/story/synopsis.ts';
import type { Comparison, RowJson, SegmentKind } from '@lib/engine/types.ts';
import type { ClusterMember, PassageCluster, VersionSummary } from '@lib/engine/story/types.ts';

/*
 * The synoptic table's data from a story analysis built by hand: each cell's position in its
 * account (ordinal, words before, share, band), the row anchors, what each account carries and
 * lacks, and the comparison row each cell links to. The comparisons hold only the rows the links
 * read.
 */
const words = (n: number, w = 'word') => Array.from({ length: n }, () => w).join(' ');
const member = (version: string, segments: number[], text: string, wording: ClusterMember['wording'] = 'same'): ClusterMember => ({ version, segments, text, wording, diff: [], grades: [] });
const cluster = (id: string, reference: string, members: ClusterMember[]): PassageCluster => ({ id, order: Number(id.slice(1)) - 1, reference, members });
const version = (id: string, published: string): VersionSummary => ({ id, outlet: id, published, words: 0, articleWords: 0 });
const row = (id: string, a: number[], b: number[]): RowJson => ({ id, a, b }) as unknown as RowJson;

function input(over: Partial<SynopsisInput> = {}): SynopsisInput {
  const clusters = [
    cluster('p1', 'wire', [member('wire', [0], `Lead ${words(39)}`, 'reference'), member('paper', [1], `Lead ${words(39)}`)]),
    cluster('p2', 'paper', [member('paper', [0], `Own ${words(9)}`, 'reference')]),
    cluster('p3', 'wire', [member('wire', [1], `Second ${words(9)}`, 'reference'), member('paper', [2, 3], `Second ${words(19)}`, 'reworded')]),
    cluster('p4', 'wire', [member('wire', [2], `Tail ${words(49)}`, 'reference')]),
  ];
  const rows: Record<string, RowJson[]> = {
    'wire/paper': [row('r1', [0], [1]), row('r2', [1], [2, 3]), row('r3', [2], [])],
    'paper/wire': [row('r1', [1], [0]), row('r2', [0], []), row('r3', [2, 3], [1])],
  };
  const kinds: Record<string, SegmentKind[]> = { wire: ['text', 'text', 'text', 'boilerplate'], paper: ['text', 'text', 'text', 'text', 'interpolation', 'boilerplate', 'boilerplate'] };
  return {
    versions: [version('wire', '2025-01-01'), version('paper', '2025-01-02')],
    clusters,
    similarity: { wire: { wire: 1, paper: 0.6 }, paper: { paper: 1, wire: 0.6 } },
    segmentKinds: (v) => kinds[v]!,
    compare: (a, b) => (rows[`${a}/${b}`] ? ({ rows: rows[`${a}/${b}`] } as unknown as Comparison) : undefined),
    ...over,
  };
}

describe('synopsis data', () => {
  it('hashes text with 64-bit FNV-1a over UTF-8', () => {
    expect(textHash('')).toBe('cbf29ce484222325');
    expect(textHash('a')).toBe('af63dc4c8601ec8c');
    expect(textHash('ä')).not.toBe(textHash('a'));
    expect(textHash('x')).toHaveLength(16);
    // A hash below 2^60 keeps its leading zero: anchors are always 8 hex digits of 16.
    expect(textHash('passage 1700')).toBe('01f4738ede9deb25');
  });

  it('anchors are p + 8 hex digits of the earliest account’s wording, numbered on when repeated', () => {
    const s = buildSynopsis(input());
    expect(s.rows.map((r) => r.anchor)).toEqual([`Lead ${words(39)}`, `Own ${words(9)}`, `Second ${words(9)}`, `Tail ${words(49)}`].map((t) => `p${textHash(t).slice(0, 8)}`));
    const twice = input();
    twice.clusters = [...twice.clusters, cluster('p5', 'wire', [member('wire', [3], `Tail ${words(49)}`, 'reference')])];
    const anchors = buildSynopsis(twice).rows.map((r) => r.anchor);
    expect(anchors[4]).toBe(`${anchors[3]}-2`);
  });

  it('places each cell: ordinal in the account’s reading order, words before it, share and band', () => {
    const s = buildSynopsis(input());
    const at = (v: string) => s.rows.flatMap((r) => r.cells.filter((c) => c.version === v).map((c) => [r.cluster, c.position]));
    // wire: 40 + 10 + 50 words; paper: 10 + 40 + 20 words (its own passage first).
    expect(at('wire')).toEqual([
      ['p1', { ordinal: 1, of: 3, wordsBefore: 0, share: 0, band: 'lede' }],
      ['p3', { ordinal: 2, of: 3, wordsBefore: 40, share: 0.4, band: 'upper' }],
      ['p4', { ordinal: 3, of: 3, wordsBefore: 50, share: 0.5, band: 'lower' }],
    ]);
    expect(at('paper')).toEqual([
      ['p1', { ordinal: 2, of: 3, wordsBefore: 10, share: 0.1429, band: 'lede' }],
      ['p2', { ordinal: 1, of: 3, wordsBefore: 0, share: 0, band: 'lede' }],
      ['p3', { ordinal: 3, of: 3, wordsBefore: 50, share: 0.7143, band: 'lower' }],
    ]);
  });

  it('the lede and the upper share are options; the first passage is always the lede', () => {
    const s = buildSynopsis(input(), { ledeWords: 0, upperShare: 0.6 });
    const bands = s.rows.flatMap((r) => r.cells.filter((c) => c.version === 'wire').map((c) => c.position.band));
    expect(bands).toEqual(['lede', 'upper', 'upper']);
  });

  it('counts what each account carries, lacks, and sets apart', () => {
    const s = buildSynopsis(input());
    const anchor = (cl: string) => s.rows.find((r) => r.cluster === cl)!.anchor;
    expect(s.accounts).toEqual([
      { version: 'wire', passages: 3, articleWords: 100, boilerplate: 1, interpolations: 0, order: [anchor('p1'), anchor('p3'), anchor('p4')], absent: [anchor('p2')] },
      { version: 'paper', passages: 3, articleWords: 70, boilerplate: 2, interpolations: 1, order: [anchor('p2'), anchor('p1'), anchor('p3')], absent: [anchor('p4')] },
    ]);
    const byPaper = synopsisOrder(s, 'paper');
    expect(byPaper.carried.map((r) => r.cluster)).toEqual(['p2', 'p1', 'p3']);
    expect(byPaper.absent.map((r) => r.cluster)).toEqual(['p4']);
    expect(() => synopsisOrder(s, 'nobody')).toThrow('synopsis has no account nobody');
  });

  it('links a cell beside the reference, the reference beside the next account, a lone passage beside the most similar account', () => {
    const s = buildSynopsis(input());
    const links = s.rows.map((r) => r.cells.map((c) => (c.link ? `${c.link.a}/${c.link.b}#${c.link.row}` : null)));
    expect(links).toEqual([
      ['wire/paper#r1', 'wire/paper#r1'],
      ['paper/wire#r2'],
      ['wire/paper#r2', 'wire/paper#r2'],
      ['wire/paper#r3'],
    ]);
    expect(s.rows.map((r) => r.reference)).toEqual(['wire', 'paper', 'wire', 'wire']);
  });

  it('a lone passage links to the most similar of several accounts, the earlier on a tie; none without comparisons', () => {
    const three = input({
      versions: [version('wire', '2025-01-01'), version('paper', '2025-01-02'), version('blog', '2025-01-03')],
      similarity: { wire: { paper: 0.2, blog: 0.7 }, paper: { wire: 0.5, blog: 0.5 }, blog: {} },
    });
    const seen: string[] = [];
    const compare = three.compare;
    three.compare = (a, b) => {
      seen.push(`${a}/${b}`);
      return compare(a, b);
    };
    three.segmentKinds = (v) => (v === 'blog' ? [] : input().segmentKinds(v));
    buildSynopsis(three);
    // p2 (paper alone): wire and blog tie at 0.5, wire is earlier; p4 (wire alone): blog is closer.
    expect(seen).toContain('paper/wire');
    expect(seen).toContain('wire/blog');
    expect(seen).not.toContain('paper/blog');
    expect(buildSynopsis(input({ compare: () => undefined })).rows.every((r) => r.cells.every((c) => c.link === null))).toBe(true);
  });
});

describe('synopsis cells in canonical order, beside the reference', () => {
  // Three accounts; the first passage's reference is the second account's wording and its members
  // come in no particular order; the second passage only the blog carries.
  const three = (): SynopsisInput => {
    const rows: Record<string, RowJson[]> = {
      // paper → wire: the first row holding paper's segment 1 is a row of its own (nothing of wire's);
      // the row beside wire's segment 0 comes next, and also holds a paper segment of another passage.
      'paper/wire': [row('r1', [1], []), row('r2', [1, 7], [0])],
      'paper/blog': [row('r1', [1], [0])],
      'blog/paper': [row('r1', [0], [1]), row('r2', [1], [])],
      'blog/wire': [row('r1', [1], [])],
    };
    return {
      versions: [version('wire', '2025-01-01'), version('paper', '2025-01-02'), version('blog', '2025-01-03')],
      clusters: [
        cluster('p1', 'paper', [member('paper', [1], 'Paper wording.', 'reference'), member('blog', [0], 'Blog wording.', 'reworded'), member('wire', [0], 'Wire wording.', 'reworded')]),
        cluster('p2', 'blog', [member('blog', [1], 'Blog alone.', 'reference')]),
      ],
      similarity: { blog: { wire: 0.3, paper: 0.6 }, paper: { wire: 0.5, blog: 0.6 }, wire: { paper: 0.5, blog: 0.3 } },
      segmentKinds: () => [],
      compare: (a, b) => (rows[`${a}/${b}`] ? ({ rows: rows[`${a}/${b}`] } as unknown as Comparison) : undefined),
    };
  };

  it('puts cells in canonical account order, anchors on the earliest account’s wording, keeps the reference and each cell’s segments', () => {
    const [p1] = buildSynopsis(three()).rows;
    expect(p1!.anchor).toBe(`p${textHash('Wire wording.').slice(0, 8)}`);
    expect(p1!.reference).toBe('paper');
    expect(p1!.cells.map((c) => [c.version, c.segments, c.wording])).toEqual([['wire', [0], 'reworded'], ['paper', [1], 'reference'], ['blog', [0], 'reworded']]);
  });

  it('links each cell to the first row holding it beside the reference, the reference beside the next account, a lone passage beside the closest account', () => {
    const links = buildSynopsis(three()).rows.map((r) => r.cells.map((c) => (c.link ? `${c.link.a}/${c.link.b}#${c.link.row}` : null)));
    expect(links).toEqual([['paper/wire#r2', 'paper/wire#r2', 'paper/blog#r1'], ['blog/paper#r2']]);
  });
});
