import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { StoryAccountInput } from '@lib/engine/story/index.ts';
import { analyse, seedStory, storyOf } from './helpers.ts';
import { POOL } from './synthetic.ts';

/** The findings that must not depend on the accounts' order (everything, in fact). */
const essence = (f: ReturnType<typeof analyse>) => JSON.parse(JSON.stringify(f));

describe('findings never depend on the order accounts are listed in', () => {
  it('seed story: shuffling the accounts leaves clusters, lineage, quotes and variants unchanged', async () => {
    const story = await seedStory();
    const expected = essence(analyse(story));
    fc.assert(
      fc.property(fc.shuffledSubarray(story.accounts, { minLength: story.accounts.length, maxLength: story.accounts.length }), (shuffled) => {
        const got = essence(analyse({ accounts: shuffled, compare: story.compare }));
        expect(got.clusters).toEqual(expected.clusters);
        expect(got.lineage).toEqual(expected.lineage);
        expect(got.quotes).toEqual(expected.quotes);
        expect(got).toEqual(expected);
      }),
      { numRuns: 8, seed: 20210519 },
    );
  });

  it('random synthetic stories: any two orders give identical findings', () => {
    const account = (i: number) =>
      fc.record({
        picks: fc.subarray(POOL.map((_, k) => k), { minLength: 1, maxLength: 7 }),
        day: fc.integer({ min: 1, max: 3 }),
      }).map(({ picks, day }): StoryAccountInput => ({
        id: `acc-${i}`,
        outlet: `outlet-${i % 2}`,
        published: `2024-05-0${day}`,
        paragraphs: picks.map((k) => POOL[k]!),
      }));
    const storyArb = fc.integer({ min: 2, max: 4 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => account(i))));
    fc.assert(
      fc.property(storyArb, fc.integer({ min: 0, max: 1000 }), (accounts, seed) => {
        const story = storyOf(accounts);
        const shuffled = [...accounts].sort((a, b) => ((a.id.charCodeAt(4) * 7919 + seed) % 13) - ((b.id.charCodeAt(4) * 7919 + seed) % 13)).reverse();
        expect(essence(analyse({ accounts: shuffled, compare: story.compare }))).toEqual(essence(analyse(story)));
      }),
      { numRuns: 15, seed: 7 },
    );
  });

  it('is deterministic: the same input twice gives deep-equal output', async () => {
    const story = await seedStory();
    expect(essence(analyse(story))).toEqual(essence(analyse(story)));
  });
});
