import type { Comparison, RowJson, SegmentJson } from '../../../src/lib/engine/types.ts';

type Seg = [text: string, kind?: SegmentJson['kind'], reason?: SegmentJson['reason'], paragraph?: number];

function side(id: string, segs: Seg[]) {
  let start = 0;
  return {
    id,
    segments: segs.map(([text, kind = 'text', reason, paragraph], i): SegmentJson => {
      const s: SegmentJson = { text, kind, paragraph: paragraph ?? i, start, end: start + text.length };
      if (reason) s.reason = reason;
      start += text.length;
      return s;
    }),
  };
}

/** A small hand-made comparison: rows are given; stats are whatever the test needs. */
export function comparison(
  a: [string, Seg[]],
  b: [string, Seg[]],
  rows: Omit<RowJson, 'id' | 'grades'>[] & { grades?: RowJson['grades'] }[],
  stats: Partial<Comparison['stats']> = {},
): Comparison {
  const full = rows.map((r, i) => ({ ...r, id: `r${i + 1}`, grades: (r as RowJson).grades ?? r.diff.map(([op]) => (op === 0 ? null : 'substantive')) })) as RowJson[];
  const count = (k: string) => full.filter((r) => r.kind === k).length;
  return {
    schema: 1,
    story: 's',
    engine: 'test',
    a: side(a[0], a[1]),
    b: side(b[0], b[1]),
    stats: {
      similarity: 0.5,
      aShared: 0.5,
      bShared: 0.5,
      verbatim: 0.5,
      rows: { equal: count('equal'), changed: count('changed'), moved: count('moved'), aOnly: count('a-only'), bOnly: count('b-only') },
      words: { a: 10, b: 10 },
      ...stats,
    },
    rows: full,
  };
}

/** "Islam Times in Press TV": all of A in B, B adds furniture and two passages. */
export const contained = comparison(
  ['islam-times', [['One two three. '], ['Four five six.']]],
  ['press-tv', [['Home > News', 'boilerplate', 'breadcrumb', 0], ['One two three. ', 'text', undefined, 1], ['Extra. ', 'text', undefined, 2], ['Four five six. '], ['More. '], ['SHARE THIS ARTICLE', 'boilerplate', 'share', 5]]],
  [
    { kind: 'b-only', a: [], b: [0], diff: [[1, 'Home > News']] },
    { kind: 'equal', a: [0], b: [1], diff: [[0, 'One two three. ']] },
    { kind: 'b-only', a: [], b: [2], diff: [[1, 'Extra. ']] },
    { kind: 'equal', a: [1], b: [3], diff: [[0, 'Four five six.'], [1, ' ']] },
    { kind: 'b-only', a: [], b: [4], diff: [[1, 'More. ']] },
    { kind: 'b-only', a: [], b: [5], diff: [[1, 'SHARE THIS ARTICLE']] },
  ],
  { similarity: 0.6, aShared: 1, bShared: 0.55 },
);

/** RFE/RL vs the annotated repost: a reworded row, a moved row, an interleaved comment. */
export const annotated = comparison(
  ['rferl', [['Blinken raised concerns about the health of Navalny. '], ['We think that is good. '], ['The meeting took place.']]],
  ['rferl-annotated-repost', [['The meeting took place. '], ['Comment: Surely not.', 'interpolation', 'comment'], ['Blinken raised concerns about Russian troops. '], ['We think that is good.']]],
  [
    {
      kind: 'changed', a: [0], b: [2],
      diff: [[0, 'Blinken raised concerns about '], [-1, 'the health of Navalny'], [1, 'Russian troops'], [0, '. ']],
      grades: [null, 'substantive', 'substantive', null],
    },
    { kind: 'b-only', a: [], b: [1], diff: [[1, 'Comment: Surely not.']] },
    { kind: 'equal', a: [1], b: [3], diff: [[0, 'We think that is good.'], [-1, ' ']] },
    { kind: 'moved', a: [2], b: [0], diff: [[0, 'The meeting took place'], [-1, '.'], [1, '. ']], grades: [null, 'minor', 'minor'], edited: false, bAfter: null, passage: 2 },
  ],
  { similarity: 0.7, aShared: 0.8, bShared: 0.7 },
);
