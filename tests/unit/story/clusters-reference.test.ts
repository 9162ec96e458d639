import { describe, expect, it } from 'vitest';
import type { StoryAccountInput } from '@lib/engine/story/index.ts';
import { clustersOf } from './clusters-helpers.ts';

/*
 * A passage's reference: the wording most members share (compared word by word); among equally
 * shared wordings the medoid (most content words in common with the others); then the earliest
 * account. Each story below is one passage whose reference comes out differently when one of those
 * rules is read another way. Invented reports of a ward closure, food prices, a ferry and a tanker.
 */

const account = (id: string, published: string, sentence: string): StoryAccountInput => ({ id, outlet: `outlet-${id}`, published, paragraphs: [sentence] });
const passage = (accounts: StoryAccountInput[]) => {
  const { clusters } = clustersOf(accounts);
  expect(clusters).toHaveLength(1);
  return clusters[0]!;
};

describe('the reference of a passage', () => {
  it('is the wording two members share, although three others, each in its own words, are closer to the rest', () => {
    // w1 and w2 print the board's sentence as it came; c, d and e each reorder it and say "shut",
    // so the three share every content word with one another and one word fewer with w1 and w2.
    const closure = 'The regional health board confirmed on Monday that the maternity ward at St Brendan’s hospital will close in April.';
    const found = passage([
      account('w1', '2025-08-01', closure),
      account('w2', '2025-08-02', closure),
      account('c', '2025-08-03', 'The maternity ward at St Brendan’s hospital will shut in April, the regional health board confirmed on Monday.'),
      account('d', '2025-08-04', 'The regional health board confirmed on Monday that the maternity ward at St Brendan’s hospital will shut in April.'),
      account('e', '2025-08-05', 'On Monday the regional health board confirmed that the maternity ward at St Brendan’s hospital will shut in April.'),
    ]);
    expect(found.members.map((m) => `${m.version}:${m.wording}`)).toEqual(['w1:reference', 'w2:same', 'c:reworded', 'd:reworded', 'e:reworded']);
    expect(found.reference).toBe('w1');
  });

  it('compares wordings word by word: “5 per cent” and “5 percent” are two wordings, though their letters run the same', () => {
    // No two members share a wording, so the medoid is the reference: z and x2 hold the same
    // content words (z only adds "by"), so they tie, and the earlier, z, is taken.
    const found = passage([
      account('z', '2025-09-01', 'Food prices in Norland rose by 5 per cent in May, the statistics office said.'),
      account('x1', '2025-09-02', 'Food prices in Norland rose 5 percent in May, the statistics office said.'),
      account('x2', '2025-09-03', 'Food prices in Norland rose 5 per cent in May, the statistics office said.'),
    ]);
    expect(found.reference).toBe('z');
    expect(found.members.map((m) => m.wording)).toEqual(['reference', 'reworded', 'reworded']);
  });

  it('counts content words only: a member that leaves out every function word is as close to the rest as one that prints them', () => {
    // b, in the clipped style of a news brief, has no function word at all; a prints the same
    // content words with "to" and "on"; c adds what the storm did. Counting function words, a
    // would be closer to c (both have some) than b is. Counted as content words, a and b tie and
    // the earlier, b, is taken.
    const found = passage([
      account('b', '2025-10-01', 'Holm Island ferry service resumed Friday following Tuesday’s storm.'),
      account('a', '2025-10-02', 'Ferry service to Holm Island resumed on Friday following Tuesday’s storm.'),
      account('c', '2025-10-03', 'Ferry service to Holm Island resumed on Friday following Tuesday’s storm, which damaged its pier.'),
    ]);
    expect(found.reference).toBe('b');
  });

  it('weighs words in common against both members’ length: the fullest wording holding both others is the medoid', () => {
    // s1 and s2 each leave out a different part of full's sentence. Counted by shared words alone,
    // without dividing by the two wordings' length, the short ones would win (they share much
    // with each other); as a share of both wordings (Dice), full is closest to both.
    const found = passage([
      account('full', '2025-11-01', 'The tanker Marisol ran aground on a sandbank off Gull Head at dawn on Sunday, spilling diesel, the coastguard said.'),
      account('s1', '2025-11-02', 'The tanker Marisol ran aground on a sandbank off Gull Head on Sunday, the coastguard said.'),
      account('s2', '2025-11-03', 'The tanker Marisol ran aground off Gull Head at dawn on Sunday, spilling diesel.'),
    ]);
    expect(found.reference).toBe('full');
  });
});
