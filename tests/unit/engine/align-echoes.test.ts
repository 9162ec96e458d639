import { describe, expect, it } from 'vitest';
import { buildStoryContext, matchSegments, type AccountInput } from '@lib/engine/index.ts';
import { acc } from '../support/account.ts';

/*
 * A split or merge is found however many shorter sentences repeat its words earlier on both sides.
 * Stories repeat a fact in a summary line and again in the body: every short echo lies wholly inside
 * a sentence of the merge, as the merge's own sentences do, so by containment the echoes tie with
 * the merge's pairs (or beat them) and stand first. Windows must still grow around the merge's own
 * pairs. Invented accounts.
 */

const rows = (a: AccountInput, b: AccountInput) => matchSegments(a, b, buildStoryContext([a, b])).map((m) => [m.a, m.b, m.pass]);

const WHOLE = 'The regional council approved the new tram line to the airport, and it promised that the first trams would run before the winter holidays.';
const [FIRST, SECOND] = ['The regional council approved the new tram line to the airport.', 'It promised that the first trams would run before the winter holidays.'];
const ECHOES_OF_FIRST = ['The council approved the tram line.', 'A new line to the airport was approved.'];
const ECHOES_OF_SECOND = ['The first trams would run in winter.', 'It promised trams before the holidays.'];
const ECHOES_OF_WHOLE = ['The council promised trams to the airport.', 'A tram line would run before the winter holidays.'];

describe('a merge behind echoes on both sides', () => {
  it('pairs the two sentences with the one that joins them, though every sentence’s two best partners are earlier echoes', () => {
    const split = acc('a', ...ECHOES_OF_WHOLE, FIRST, SECOND);
    const merged = acc('b', ...ECHOES_OF_FIRST, ...ECHOES_OF_SECOND, WHOLE);
    expect(rows(split, merged)).toContainEqual([[2, 3], [4], 'similar']);
    expect(rows(merged, split)).toContainEqual([[4], [2, 3], 'similar']);
  });

  it('with three echoes of each sentence, and the merge in the middle of the accounts', () => {
    const thirdOfFirst = 'The airport line won the council’s approval.';
    const thirdOfSecond = 'Trams would run before the holidays, it promised.';
    const thirdOfWhole = 'The council promised that trams would run to the airport.';
    const after = 'Work on the depot starts in March.';
    const split = acc('a', ...ECHOES_OF_WHOLE, thirdOfWhole, FIRST, SECOND, after);
    const merged = acc('b', ...ECHOES_OF_FIRST, thirdOfFirst, ...ECHOES_OF_SECOND, thirdOfSecond, WHOLE, after);
    expect(rows(split, merged)).toContainEqual([[3, 4], [6], 'similar']);
  });
});
