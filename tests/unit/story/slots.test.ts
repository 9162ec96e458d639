import { describe, expect, it } from 'vitest';
import { buildAccounts, Pairs } from '@lib/engine/story/accounts.ts';
import { storyRows, storySlots } from '@lib/engine/story/slots.ts';
import type { SlotOptions } from '@lib/engine/story/types.ts';
import type { Comparison, SegmentKind } from '@lib/engine/types.ts';
import { storyOf } from './helpers.ts';

/*
 * The places where two outlets wrote the same statement with other words, which word choices and
 * facts both read: substitutions (“militants” / “fighters”), words one side adds (“after [nearly]
 * two hours”) or leaves out (“food [and medicine]”), in strong rows only. Two invented accounts of
 * one invented event; the engine compares them for real.
 */
const story = storyOf([
  {
    id: 'agency',
    outlet: 'agency',
    published: '2025-01-01',
    paragraphs: [
      'Police said the militants fired on the convoy after two hours of talks near the border town of Kessel.',
      'The regional governor, Anna Maric, called for calm and promised an inquiry into the shooting by the end of the week.',
      'The convoy carried food and medicine to the besieged villages of the upper valley on Thursday night.',
      'Weather in the valley was cold and wet for most of the day according to local farmers.',
    ],
  },
  {
    id: 'daily',
    outlet: 'daily',
    published: '2025-01-02',
    paragraphs: [
      'Police said the fighters fired on the convoy after nearly two hours of talks near the border town of Kessel.',
      'The regional governor, Anna Maric, urged calm and promised an inquiry into the shooting by the end of the month.',
      'The convoy carried food to the besieged villages of the upper valley on Thursday night.',
      'Farmers complained about a shortage of seed this spring and about prices in the markets.',
    ],
  },
]);

const slots = (options?: SlotOptions) => {
  const pairs = new Pairs(story.compare);
  return storySlots(buildAccounts(story.accounts, pairs), pairs, options).map((s) => ({
    pair: `${s.a}/${s.b}`,
    row: s.row,
    before: s.slot.before.trim(),
    after: s.slot.after.trim(),
    grades: s.grades,
  }));
};

describe('story slots', () => {
  it('lists substitutions and lone additions and omissions of strong rows, with each side’s grade', () => {
    expect(slots()).toEqual([
      { pair: 'agency/daily', row: 'r1', before: 'militants', after: 'fighters', grades: ['substantive', 'substantive'] },
      { pair: 'agency/daily', row: 'r1', before: '', after: 'nearly', grades: [null, 'substantive'] },
      { pair: 'agency/daily', row: 'r2', before: 'called for', after: 'urged', grades: ['substantive', 'substantive'] },
      { pair: 'agency/daily', row: 'r2', before: 'week', after: 'month', grades: ['substantive', 'substantive'] },
      { pair: 'agency/daily', row: 'r3', before: 'and medicine', after: '', grades: ['substantive', null] },
    ]);
  });

  it('keeps only slots of at most maxSlotWords words on each side', () => {
    expect(slots({ maxSlotWords: 1 }).map((s) => `${s.before}|${s.after}`)).toEqual(['militants|fighters', '|nearly', 'week|month']);
  });

  it('reads only rows whose match score reaches minRowScore', () => {
    const pairs = new Pairs(story.compare);
    const accounts = buildAccounts(story.accounts, pairs);
    const scores = storyRows(accounts, pairs).map((r) => r.row.score!);
    expect(scores).toHaveLength(3);
    const cut = [...scores].sort((x, y) => x - y)[1]!;
    // At the cut the row is kept; the one below is not.
    expect(storyRows(accounts, pairs, { minRowScore: cut }).length).toBe(2);
    expect(storyRows(accounts, pairs, { minRowScore: cut + 1e-9 }).length).toBe(1);
    expect(storyRows(accounts, pairs, { minRowScore: 1.01 })).toEqual([]);
  });

  it('gives each row both texts, in the pair’s canonical orientation', () => {
    const pairs = new Pairs(story.compare);
    const [first] = storyRows(buildAccounts(story.accounts, pairs), pairs);
    expect(first).toMatchObject({ a: 'agency', b: 'daily' });
    expect(first!.aText).toContain('the militants fired');
    expect(first!.bText).toContain('the fighters fired');
  });
});

describe('what is not a slot, and which rows are read', () => {
  // Sentences one outlet joins or splits, a word added before the final stop, a comma dropped, and
  // a paragraph that ends with the word one side adds (no full stop).
  const edges = storyOf([
    {
      id: 'agency',
      outlet: 'agency',
      published: '2025-01-01',
      paragraphs: [
        'The new bridge over the river Olt opened to traffic on Monday morning. It cost forty million euros and took six years to build.',
        'Officials said the bridge will reopen after repairs on Monday.',
        'Engineers said on Friday, that the cables were sound and the deck would hold.',
        'Traffic police closed the approach road for two hours and drivers waited in long queues on the ring road.',
        'Officials said the toll will rise in spring',
      ],
    },
    {
      id: 'daily',
      outlet: 'daily',
      published: '2025-01-02',
      paragraphs: [
        'The new bridge over the river Olt opened to traffic on Monday morning and it cost forty million euros and took six years to build.',
        'Officials said the bridge will reopen after repairs on Monday indeed.',
        'Engineers said on Friday that the cables were sound and the deck would hold.',
        'Traffic police closed the approach road for two hours. Drivers waited in long queues on the ring road.',
        'Officials said the toll will rise in spring again',
      ],
    },
  ]);
  const read = (compare = edges.compare) => {
    const pairs = new Pairs(compare);
    const accounts = buildAccounts(edges.accounts, pairs);
    return { rows: storyRows(accounts, pairs), slots: storySlots(accounts, pairs).map((s) => `${s.row}:${s.slot.before.trim()}|${s.slot.after.trim()}`) };
  };

  it('needs words in the shared text on both sides, and words in the slot; a paragraph may end with the added word', () => {
    // " indeed" before the full stop has no word on its right; the dropped comma holds no word;
    // " again" ends its paragraph (no shared text after it).
    expect(read().slots).toEqual(['r1:. It|and it', 'r4:and drivers|. Drivers']);
  });

  it('gives a row that joins two sentences both sentences’ text, as they are written', () => {
    const joined = read().rows.find((r) => r.row.a.length === 2)!;
    expect(joined.aText).toBe('The new bridge over the river Olt opened to traffic on Monday morning. It cost forty million euros and took six years to build.\n\n');
    const split = read().rows.find((r) => r.row.b.length === 2)!;
    expect(split.bText).toBe('Traffic police closed the approach road for two hours. Drivers waited in long queues on the ring road.\n\n');
  });

  it('reads a row only when every segment on both sides is article text', () => {
    // The comparison relabels one segment of the joined (A) or the split (B) side as a reposting site's comment.
    const relabelled = (side: 'a' | 'b') => (x: string, y: string): Comparison => {
      const c = edges.compare(x, y);
      const row = c.rows.find((r) => r[side].length === 2)!;
      const target = row[side][1]!;
      const segments = c[side].segments.map((s, i) => (i === target ? { ...s, kind: 'interpolation' as SegmentKind } : s));
      return { ...c, [side]: { ...c[side], segments } };
    };
    const rowsOf = (side: 'a' | 'b') => read(relabelled(side)).rows.map((r) => r.row.id);
    const all = read().rows.map((r) => r.row.id);
    const joined = read().rows.find((r) => r.row.a.length === 2)!.row.id;
    const split = read().rows.find((r) => r.row.b.length === 2)!.row.id;
    expect(rowsOf('a')).toEqual(all.filter((id) => id !== joined));
    expect(rowsOf('b')).toEqual(all.filter((id) => id !== split));
  });
});
