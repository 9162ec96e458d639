import { describe, expect, it } from 'vitest';
import type { StoryAccountInput } from '@lib/engine/story/index.ts';
import { storyAccounts } from './helpers.ts';
import { clusterOf, clustersOf } from './clusters-helpers.ts';

/*
 * What counts as evidence that two accounts' sentences are one passage, and what a passage may
 * hold. Invented reports of a road opening, a mill closure and a library fire.
 */

const account = (id: string, published: string, paragraphs: string[]): StoryAccountInput => ({ id, outlet: `outlet-${id}`, published, paragraphs });
const shape = (c: { members: ReadonlyArray<{ version: string; segments: number[] }> }) => c.members.map((m) => `${m.version}[${m.segments.join(',')}]`);

describe('a sentence found inside a longer one is evidence, never a bridge', () => {
  // speech quotes the mayor's two promises in one long sentence; bypass and toll each print one of
  // them word for word, so each is a containment match of speech's sentence, scoring 1. The two
  // short sentences say different things: speech's sentence must not hold them together.
  const accounts = () => [
    account('bypass', '2025-04-01', ['The new bypass around Elmstead will open to traffic before Christmas.', 'Work on the road began three years ago.']),
    account('speech', '2025-04-02', [
      'Speaking outside the town hall on Tuesday evening after a meeting with angry residents that ran late into the night, the mayor promised that the new bypass around Elmstead will open to traffic before Christmas and that the toll on the old river bridge will be scrapped in the new year.',
      'Work on the road began three years ago.',
    ]),
    account('toll', '2025-04-03', ['The toll on the old river bridge will be scrapped in the new year.', 'Work on the road began three years ago.']),
  ];

  it('joins each short sentence to the long one at most, and never the two short ones', () => {
    const { story, clusters } = clustersOf(accounts());
    // The premise: both are containment rows as strong as a match can be.
    for (const [x, y] of [['bypass', 'speech'], ['speech', 'toll']] as const)
      expect(story.compare(x, y).rows[0]).toMatchObject({ a: [0], b: [0], pass: 'contained', score: 1 });
    expect(clusterOf(clusters, 'bypass', 0).id).not.toBe(clusterOf(clusters, 'toll', 0).id);
    // Control: the sentence all three print word for word is one passage of three.
    expect(shape(clusterOf(clusters, 'bypass', 1))).toEqual(['bypass[1]', 'speech[1]', 'toll[1]']);
  });
});

describe('ties between equally strong evidence go to the earlier sentence', () => {
  // agency prints the union leader's line twice (again as a pull quote further down), with "shut"
  // where daily and weekly, who print it once, say "close". daily's neighbours match agency's
  // first print, weekly's its second; daily's and weekly's lines match each other word for word.
  // Only one of agency's two prints can join their passage (an account contributes one place):
  // the first, whose match is as strong as the second's.
  const quote = (verb: string) => `“We will not let this mill ${verb} without a fight,” the union’s regional secretary told the crowd outside the gates.`;
  const workers = 'Around four hundred people work at the Harrowfield paper mill, the town’s largest employer.';
  const decision = 'The owners have said they will decide the mill’s future by the end of March.';
  const accounts = () => [
    account('agency', '2025-05-01', [quote('shut'), workers, quote('shut'), decision]),
    account('daily', '2025-05-02', [quote('close'), workers]),
    account('weekly', '2025-05-03', [quote('close'), decision]),
  ];

  it('the passage takes the account’s first print; the second stands alone', () => {
    const { story, clusters } = clustersOf(accounts());
    // The premise: agency/daily pairs the first print, agency/weekly the second, equally strongly.
    const daily = story.compare('agency', 'daily').rows.find((r) => r.b.includes(0))!;
    const weekly = story.compare('agency', 'weekly').rows.find((r) => r.b.includes(0))!;
    expect([daily.a, weekly.a]).toEqual([[0], [2]]);
    expect(daily.score).toBe(weekly.score);
    expect(daily.score).toBeLessThan(1);

    expect(shape(clusterOf(clusters, 'daily', 0))).toEqual(['agency[0]', 'daily[0]', 'weekly[0]']);
    expect(shape(clusterOf(clusters, 'agency', 2))).toEqual(['agency[2]']);
  });

  it('minRowScore is the least score a row needs: at 1, word-for-word rows still join passages', () => {
    const { clusters } = clustersOf(accounts(), { minRowScore: 1 });
    expect(shape(clusterOf(clusters, 'agency', 1))).toEqual(['agency[1]', 'daily[1]']);
    expect(shape(clusterOf(clusters, 'daily', 0))).toEqual(['daily[0]', 'weekly[0]']);
    // The "shut" rows score below 1: agency's prints stand alone.
    expect(shape(clusterOf(clusters, 'agency', 0))).toEqual(['agency[0]']);
  });
});

describe('passages hold article text only', () => {
  // The second account's capture keeps a share button line between two paragraphs.
  const accounts = () => [
    account('one', '2025-07-01', ['Fire crews spent the night at the county library in Ashby after the roof caught fire on Sunday.', 'Nobody was inside at the time.']),
    account('two', '2025-07-02', ['Fire crews spent the night at the county library in Ashby after the roof caught fire on Sunday.', 'Share this article', 'Nobody was inside at the time.']),
  ];

  it('leaves page furniture out of every passage', () => {
    const { story, clusters } = clustersOf(accounts());
    const two = storyAccounts(story).find((a) => a.id === 'two')!;
    const furniture = two.segments.filter((s) => s.kind !== 'text').map((s) => s.index);
    expect(furniture).toHaveLength(1);
    expect(clusters.map(shape)).toEqual([
      ['one[0]', 'two[0]'],
      ['one[1]', `two[${furniture[0]! + 1}]`],
    ]);
  });
});
