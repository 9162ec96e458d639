import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cohesiveGroups, type GroupItem, type GroupLink } from '@lib/engine/story/grouping.ts';

/** Items written as "owner:position"; groups read back in the same notation. */
const item = (s: string): GroupItem => ({ owner: s.split(':')[0]!, position: Number(s.split(':')[1]) });
function groups(names: string[], links: Array<[string, string, number, boolean?]>, strong = 0.75): string[][] {
  const items = names.map(item);
  const ls: GroupLink[] = links.map(([a, b, strength, contained]) => ({ a: names.indexOf(a), b: names.indexOf(b), strength, ...(contained ? { contained } : {}) }));
  return cohesiveGroups(items, ls, { strong }).map((g) => g.map((i) => names[i]!));
}

describe('cohesive groups (passages and quotations across accounts)', () => {
  it('does not chain A~B~C when B is only a weak link to both', () => {
    expect(groups(['a:0', 'b:0', 'c:0'], [['a:0', 'b:0', 0.6], ['b:0', 'c:0', 0.55]])).toEqual([['a:0', 'b:0'], ['c:0']]);
  });

  it('holds A and C together through a strong common member', () => {
    expect(groups(['a:0', 'b:0', 'c:0'], [['a:0', 'b:0', 0.9], ['b:0', 'c:0', 0.8]])).toEqual([['a:0', 'b:0', 'c:0']]);
  });

  it('a containment link never bridges: a long sentence holding two short ones joins nothing', () => {
    expect(groups(['a:0', 'b:0', 'c:0'], [['a:0', 'b:0', 0.95, true], ['b:0', 'c:0', 0.9, true]])).toEqual([['a:0', 'b:0'], ['c:0']]);
  });

  it('direct matches between all members need no bridge', () => {
    expect(groups(['a:0', 'b:0', 'c:0'], [['a:0', 'b:0', 0.55], ['b:0', 'c:0', 0.55], ['a:0', 'c:0', 0.52]])).toEqual([['a:0', 'b:0', 'c:0']]);
  });

  it('an account contributes adjacent pieces (a split sentence), never two separate places', () => {
    expect(groups(['a:0', 'a:1', 'b:0'], [['a:0', 'b:0', 0.7], ['a:1', 'b:0', 0.7]])).toEqual([['a:0', 'a:1', 'b:0']]);
    // A repeated line: a:0 matches b:0 and a:5 matches c:0, and b:0~c:0 strongly: joining all four would put
    // two separate places of account a in one passage, so the last merge is refused.
    expect(groups(['a:0', 'a:5', 'b:0', 'c:0'], [['a:0', 'b:0', 0.9], ['a:5', 'c:0', 0.95], ['b:0', 'c:0', 0.9]])).toEqual([['a:0', 'b:0'], ['a:5', 'c:0']]);
  });

  it('retries a refused merge once a common member has joined', () => {
    // d~a is tried first (strongest) but c is not yet held to d; after b joins, d holds through b.
    const got = groups(['a:0', 'b:0', 'c:0', 'd:0'], [['a:0', 'd:0', 0.99], ['a:0', 'b:0', 0.9], ['b:0', 'd:0', 0.9], ['b:0', 'c:0', 0.85], ['c:0', 'd:0', 0.5]]);
    expect(got).toEqual([['a:0', 'b:0', 'c:0', 'd:0']]);
  });

  it('never depends on the order of items or links (property)', () => {
    const owners = ['a', 'b', 'c', 'd'];
    const names = owners.flatMap((o) => [0, 1, 2].map((p) => `${o}:${p}`));
    const linkArb = fc.array(
      fc.tuple(fc.constantFrom(...names), fc.constantFrom(...names), fc.integer({ min: 50, max: 100 }).map((x) => x / 100), fc.boolean()),
      { minLength: 1, maxLength: 20 },
    );
    fc.assert(
      fc.property(linkArb, fc.integer(), (links, seed) => {
        const expected = groups(names, links).map((g) => g.join(' ')).sort();
        const shuffle = <T>(xs: T[]) => xs.map((x, i) => [((i + 1) * 2654435761 + seed) % 1000, x] as const).sort((p, q) => p[0] - q[0]).map(([, x]) => x);
        const shuffledNames = shuffle(names);
        const got = groups(shuffledNames, shuffle(links)).map((g) => g.join(' ')).sort();
        expect(got).toEqual(expected);
      }),
      { numRuns: 200, seed: 11 },
    );
  });
});
