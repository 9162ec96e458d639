import { describe, expect, it } from 'vitest';
import { countWords } from '@lib/engine/index.ts';
import type { LineageEdge, StoryAccountInput } from '@lib/engine/story/index.ts';
import { analyse, storyOf } from './helpers.ts';
import { ORIGINAL } from './synthetic.ts';

/*
 * The evidence a lineage edge quotes: its longest verbatim run (how it is continued and broken)
 * and the wording only the two accounts share. Invented accounts.
 */
const pair = (a: string[], b: string[], extra: StoryAccountInput[] = []): LineageEdge => {
  const accounts: StoryAccountInput[] = [
    { id: 'one', outlet: 'x', published: '2024-05-01', paragraphs: a },
    { id: 'two', outlet: 'y', published: '2024-05-02', paragraphs: b },
    ...extra,
  ];
  return analyse(storyOf(accounts)).lineage.find((e) => [e.from, e.to].sort().join() === 'one,two')!;
};
const P0 = ORIGINAL[0]!;

describe('the longest verbatim run', () => {
  it('is not broken by punctuation one side adds or drops', () => {
    expect(countWords(P0)).toBe(30);
    expect(pair([P0], [P0.replace('planning,', 'planning')]).signals.longestRun).toBe(30);
    expect(pair([P0], [P0.replace('Monday morning', 'Monday, morning')]).signals.longestRun).toBe(30);
  });

  it('is broken by a word one side drops', () => {
    // "eleven years of planning" → "eleven years planning": 17 words before the gap, 12 after.
    expect(pair([P0], [P0.replace('years of planning', 'years planning')]).signals.longestRun).toBe(17);
  });

  it('is broken by a paragraph only one side prints between two shared ones', () => {
    const between = 'Ferry workers staged a short protest against the loss of their jobs on the southern quay.';
    const e = pair([ORIGINAL[0]!, between, ORIGINAL[1]!], [ORIGINAL[0]!, ORIGINAL[1]!]);
    expect(e.signals.longestRun).toBe(Math.max(countWords(ORIGINAL[0]!), countWords(ORIGINAL[1]!)));
  });

  it('counts a paragraph the other account moved', () => {
    // The second account moves the two-sentence paragraph to the top; the three paragraphs it keeps
    // in order are apart in the first account (lines of its own between them): the moved paragraph
    // is the longest run.
    const [own1, own2] = ['Protesters waited outside in the rain.', 'The director did not attend.'];
    const long = `${ORIGINAL[5]!} ${ORIGINAL[6]!}`;
    const e = pair([ORIGINAL[1]!, own1, ORIGINAL[2]!, own2, ORIGINAL[4]!, long], [long, ORIGINAL[1]!, ORIGINAL[2]!, ORIGINAL[4]!]);
    expect(e.signals.longestRun).toBe(countWords(long));
  });

  it('quotes the first of two runs of the same length', () => {
    // Two eight-word runs the accounts share, in different sentences; the first in the text is quoted.
    const e = pair(
      ['On Sunday residents of the flooded valley gathered at the mill.', 'Later the insurers promised that every claim would be paid within a month.'],
      ['On Monday residents of the flooded valley gathered at the old mill.', 'Officials said that insurers promised that every claim would be paid in full.'],
    );
    expect(e.signals.longestRun).toBe(8);
    expect(e.signals.longestRunText).toBe('residents of the flooded valley gathered at the');
  });

  it('is empty for a recorded relation whose texts share no run', () => {
    const e = pair(
      ['Residents of the flooded valley gathered at the old stone mill to hear the rebuilding plan from engineers.'],
      ['Insurers in the capital said claims from the valley would be paid by the end of the month.'],
    );
    expect(e).toBeUndefined();
    const recorded = analyse(
      storyOf([
        { id: 'one', outlet: 'x', published: '2024-05-01', paragraphs: ['Residents of the flooded valley gathered at the old stone mill to hear the rebuilding plan from engineers.'] },
        { id: 'two', outlet: 'y', published: '2024-05-02', paragraphs: ['Insurers in the capital said claims from the valley would be paid by the end of the month.'], relation: { kind: 'repost', of: 'one' } },
      ]),
    ).lineage[0]!;
    expect(recorded.signals).toMatchObject({ longestRun: 0, longestRunText: '', longestRunOutsideQuotes: 0 });
  });
});

describe('wording only the two share', () => {
  it('is not wording a third account prints too, even when a fourth lacks it', () => {
    const mill = 'Residents of the flooded valley gathered at the old stone mill to hear the rebuilding plan from engineers.';
    const e = pair([P0, mill], [P0, mill], [
      { id: 'three', outlet: 'z', published: '2024-05-03', paragraphs: [P0] },
      { id: 'four', outlet: 'w', published: '2024-05-04', paragraphs: [ORIGINAL[7]!] },
    ]);
    // Only the mill sentence is theirs alone: its four-word sequences (each holds two content words), and its words.
    expect(e.signals.exclusive).toBe(countWords(mill) - 3);
    expect(e.signals.exclusiveWords).toBe(countWords(mill));
  });
});
