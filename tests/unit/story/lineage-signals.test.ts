import { describe, expect, it } from 'vitest';
import type { LineageEdge, StoryAccountInput } from '@lib/engine/story/index.ts';
import { analyse, storyOf } from './helpers.ts';
import { ORIGINAL } from './synthetic.ts';

/*
 * What an edge's signals and confidence say: the shares read from the edge's source side, also
 * when the source is the pair's later account; a directed revision's confidence when its texts
 * are alike but no long run survives the edits; and which stretch of "wording only the two share"
 * is quoted: the longest, then the first in code-unit order, down to a stretch that is exactly a
 * sentence's last four words. Invented accounts.
 */
const lineage = (accounts: StoryAccountInput[]): LineageEdge[] => analyse(storyOf(accounts)).lineage;
const edge = (accounts: StoryAccountInput[], from: string, to: string) => lineage(accounts).find((e) => e.from === from && e.to === to)!;

/** A paragraph with a word inserted after every `every` words: no verbatim run is longer than `every`. */
const broken = (p: string, every: number) =>
  p
    .split(' ')
    .map((w, i) => (i % every === every - 1 ? `${w} indeed` : w))
    .join(' ');

describe('an edge’s shares', () => {
  it('are read from its source when the source is the later account (a recorded backward relation)', () => {
    // The excerpt, published first, is recorded as a copy of the full report published a day later:
    // the edge runs from the full report, whose words are mostly not in the excerpt, while all of
    // the excerpt's words are in it.
    const e = edge(
      [
        { id: 'excerpt', outlet: 'one', published: '2024-05-01', paragraphs: ORIGINAL.slice(0, 3), relation: { kind: 'copy', of: 'full' } },
        { id: 'full', outlet: 'two', published: '2024-05-02', paragraphs: ORIGINAL },
      ],
      'full',
      'excerpt',
    );
    expect(e.signals.published).toEqual(['2024-05-02', '2024-05-01']);
    const [fromInTo, toInFrom] = e.signals.shared;
    expect(toInFrom).toBe(1);
    expect(fromInTo).toBeGreaterThan(0.3);
    expect(fromInTo).toBeLessThan(0.5);
  });
});

describe('a directed revision’s confidence', () => {
  it('is full when the two texts are alike, though an edit every few words leaves no long run', () => {
    // Similarity 0.86 (over the half that saturates it); the longest run outside quotes is 9 words.
    const e = edge(
      [
        { id: 'first', outlet: 'one', published: '2024-05-01', paragraphs: ORIGINAL },
        { id: 'second', outlet: 'one', published: '2024-05-02', paragraphs: ORIGINAL.map((p) => broken(p, 5)) },
      ],
      'first',
      'second',
    );
    expect([e.kind, e.directed, e.signals.longestRunOutsideQuotes < 10]).toEqual(['revision', true, true]);
    expect(e.confidence).toBe(1);
  });
});

describe('the wording only two accounts share', () => {
  // Two accounts print the same report; a third prints its first three paragraphs and `third`.
  const trio = (both: string, third: string): StoryAccountInput[] => [
    { id: 'a', outlet: 'one', published: '2024-05-01', paragraphs: [...ORIGINAL.slice(0, 3), both] },
    { id: 'b', outlet: 'two', published: '2024-05-02', paragraphs: [...ORIGINAL.slice(0, 3), both] },
    { id: 'c', outlet: 'three', published: '2024-05-03', paragraphs: [...ORIGINAL.slice(0, 3), third] },
  ];
  const exclusive = (accounts: StoryAccountInput[]) => {
    const s = edge(accounts, 'a', 'b').signals;
    return [s.exclusiveWords, s.exclusiveExample];
  };
  // Nine words each; the second is first in code-unit order ('A' < 'T').
  const HARBOUR = 'The harbour master ordered every trawler back to port.';
  const PIER = 'Anglers along the pier hauled their boats onto trailers.';

  it('is found when it is exactly a sentence’s last four words', () => {
    const found = exclusive(trio('Rescue crews reached the flooded village before dawn on Thursday.', 'Rescue crews reached the flooded village before dawn on Friday.'));
    expect(found).toEqual([4, 'before dawn on Thursday']);
  });

  it('of two stretches of one length, is the one first in code-unit order, whichever comes first', () => {
    expect(exclusive(trio(`${HARBOUR} ${PIER}`, ''))).toEqual([9, 'Anglers along the pier hauled their boats onto trailers']);
    expect(exclusive(trio(`${PIER} ${HARBOUR}`, ''))).toEqual([9, 'Anglers along the pier hauled their boats onto trailers']);
  });

  it('is quoted from article text, not from a headline above it repeating the wording', () => {
    // The headline is page furniture (a line without sentence-final punctuation at the top); in
    // title case it comes first in code-unit order ('H' < 'h').
    const headline = 'The Harbour Master Ordered Every Trawler Back to Port';
    const accounts = trio(HARBOUR, '').map((a, i) => (i < 2 ? { ...a, paragraphs: [headline, ...a.paragraphs] } : a));
    expect(exclusive(accounts)).toEqual([9, 'The harbour master ordered every trawler back to port']);
  });

  it('is the longest stretch, not a shorter one first in code-unit order', () => {
    const longer = HARBOUR.replace('port.', 'port at once.');
    expect(exclusive(trio(`${longer} ${PIER}`, ''))).toEqual([10, 'The harbour master ordered every trawler back to port at']);
  });
});
