import { describe, expect, it } from 'vitest';
import { buildStoryContext, matchSegments, type AccountInput } from '@lib/engine/index.ts';
import { acc } from '../support/account.ts';

/*
 * Windows grow from a pair on both sides of its sentence, the window that starts at the sentence
 * itself included. A merge whose first sentence lies wholly inside the merged one while the second
 * shares only a little of its words (below the expand floor, so it grows no window of its own) is
 * found from the first sentence's pair alone: joined, the two outrank the first sentence alone once
 * the next sentences, matched one to one, lend the merge their support. Both text orders, so that
 * the split lies on either side of the comparison's canonical order. Invented accounts.
 */

const rows = (a: AccountInput, b: AccountInput) => matchSegments(a, b, buildStoryContext([a, b])).map((m) => [m.a, m.b, m.pass]);

const FIRST = 'The council approved the tram line to the airport.';
const SECOND = 'Residents of the eastern suburbs had asked for faster trains and cheaper buses for a decade.';
const NEXT = 'Work on the depot starts in March.';
const MERGED = [
  'The council approved the tram line to the airport on Tuesday, giving residents of the suburbs what they asked for.',
  'The council approved the tram line to the airport; on Tuesday, giving residents of the suburbs what they asked for.',
];

describe('a window starting at its pair’s own sentence', () => {
  it('joins a sentence to the next one that shares only a little with the merged sentence', () => {
    for (const merged of MERGED) {
      const split = acc('a', FIRST, SECOND, NEXT);
      const joined = acc('b', merged, NEXT);
      expect(rows(split, joined), merged).toEqual([
        [[0, 1], [0], 'similar'],
        [[2], [1], 'similar'],
      ]);
      expect(rows(joined, split), merged).toEqual([
        [[0], [0, 1], 'similar'],
        [[1], [2], 'similar'],
      ]);
    }
  });
});
