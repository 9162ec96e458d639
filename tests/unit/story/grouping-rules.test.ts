import { describe, expect, it } from 'vitest';
import { cohesiveGroups, type GroupItem, type GroupLink, type GroupingRules } from '@lib/engine/story/grouping.ts';

/*
 * The grouping rules at their edges, as the story page shows them (one passage or one quotation
 * per group, each outlet's pieces in it): the strength a bridge needs, which duplicate link is
 * kept, links inside one account, quotations from several places of one account, and the order
 * groups and their members come in.
 */
const item = (s: string): GroupItem => ({ owner: s.split(':')[0]!, position: Number(s.split(':')[1]) });
function groups(names: string[], links: Array<[string, string, number, boolean?]>, rules: GroupingRules = { strong: 0.75 }): string[][] {
  const ls: GroupLink[] = links.map(([a, b, strength, contained]) => ({ a: names.indexOf(a), b: names.indexOf(b), strength, ...(contained ? { contained } : {}) }));
  return cohesiveGroups(names.map(item), ls, rules).map((g) => g.map((i) => names[i]!));
}

describe('grouping rules at their edges', () => {
  it('a common member bridges at exactly the strong threshold, not below it', () => {
    expect(groups(['a:0', 'b:0', 'c:0'], [['a:0', 'b:0', 0.75], ['b:0', 'c:0', 0.75]])).toEqual([['a:0', 'b:0', 'c:0']]);
    expect(groups(['a:0', 'b:0', 'c:0'], [['a:0', 'b:0', 0.75], ['b:0', 'c:0', 0.74]])).toEqual([['a:0', 'b:0'], ['c:0']]);
  });

  it('a bridge needs both sides strong: one strong link and one weak one do not hold A and C', () => {
    expect(groups(['a:0', 'b:0', 'c:0'], [['a:0', 'b:0', 0.95], ['b:0', 'c:0', 0.6]])).toEqual([['a:0', 'b:0'], ['c:0']]);
  });

  it('of two links between the same pieces, the stronger counts, and at equal strength the direct one over the containment', () => {
    // The containment link at 0.9 would make b a non-bridge; the equal direct one makes it a bridge.
    const both: Array<[string, string, number, boolean?]> = [['a:0', 'b:0', 0.9, true], ['a:0', 'b:0', 0.9], ['b:0', 'c:0', 0.9]];
    expect(groups(['a:0', 'b:0', 'c:0'], both)).toEqual([['a:0', 'b:0', 'c:0']]);
    expect(groups(['a:0', 'b:0', 'c:0'], [both[1]!, both[0]!, both[2]!])).toEqual([['a:0', 'b:0', 'c:0']]);
    // A weaker direct link after a stronger containment one does not replace it.
    expect(groups(['a:0', 'b:0', 'c:0'], [['a:0', 'b:0', 0.95, true], ['a:0', 'b:0', 0.8], ['b:0', 'c:0', 0.9]])).toEqual([['a:0', 'b:0'], ['c:0']]);
    // A stronger direct link after a weaker one replaces it.
    expect(groups(['a:0', 'b:0', 'c:0'], [['a:0', 'b:0', 0.5], ['a:0', 'b:0', 0.8], ['b:0', 'c:0', 0.9]])).toEqual([['a:0', 'b:0', 'c:0']]);
  });

  it('ignores links of a piece to itself and between two pieces of one account', () => {
    expect(groups(['a:0', 'a:1', 'b:0'], [['a:0', 'a:1', 0.99], ['a:0', 'a:0', 0.99]])).toEqual([['a:0'], ['a:1'], ['b:0']]);
  });

  it('quotations may take one account’s pieces from separate places; passages may not', () => {
    const names = ['a:0', 'a:4', 'b:2'];
    const links: Array<[string, string, number]> = [['a:0', 'b:2', 0.8], ['a:4', 'b:2', 0.8]];
    expect(groups(names, links, { strong: 0.75, contiguous: false })).toEqual([['a:0', 'a:4', 'b:2']]);
    expect(groups(names, links, { strong: 0.75 })).toEqual([['a:0', 'b:2'], ['a:4']]);
    expect(groups(names, links, { strong: 0.75, contiguous: true })).toEqual([['a:0', 'b:2'], ['a:4']]);
  });

  it('a split sentence joins only when its pieces are consecutive', () => {
    expect(groups(['a:2', 'a:3', 'b:0'], [['a:2', 'b:0', 0.7], ['a:3', 'b:0', 0.7]])).toEqual([['a:2', 'a:3', 'b:0']]);
    expect(groups(['a:2', 'a:4', 'b:0'], [['a:2', 'b:0', 0.7], ['a:4', 'b:0', 0.7]])).toEqual([['a:2', 'b:0'], ['a:4']]);
  });

  it('orders members by account then position, and groups by their first member', () => {
    const names = ['c:1', 'b:3', 'a:2', 'b:0', 'c:0', 'a:0'];
    const got = groups(names, [['c:1', 'a:2', 0.9], ['b:3', 'a:2', 0.9], ['b:3', 'c:1', 0.9], ['c:0', 'b:0', 0.8]]);
    expect(got).toEqual([['a:0'], ['a:2', 'b:3', 'c:1'], ['b:0', 'c:0']]);
  });

  it('takes the strongest link first: a piece claimed by two others joins the stronger', () => {
    // b:0 matches a:0 and a:1 (separate places of a, not adjacent): it goes with the stronger one.
    expect(groups(['a:0', 'a:2', 'b:0'], [['a:2', 'b:0', 0.7], ['a:0', 'b:0', 0.9]])).toEqual([['a:0', 'b:0'], ['a:2']]);
    expect(groups(['a:0', 'a:2', 'b:0'], [['a:2', 'b:0', 0.9], ['a:0', 'b:0', 0.7]])).toEqual([['a:0'], ['a:2', 'b:0']]);
    // At equal strength, the earlier piece (account, then position) goes first.
    expect(groups(['a:0', 'a:2', 'b:0'], [['a:2', 'b:0', 0.8], ['a:0', 'b:0', 0.8]])).toEqual([['a:0', 'b:0'], ['a:2']]);
  });

  it('retries a refused merge in a further pass, once a split sentence has both halves placed', () => {
    // Outlet a splits one sentence in two (a:0, a:1); each half sits inside another outlet's
    // sentence (containment links). d~e is tried before a:0 has joined d: a:1 and d are then
    // neither linked nor bridged, and the merge is refused. Once a:0 has joined d, the retry
    // joins all four.
    const names = ['a:0', 'a:1', 'd:0', 'e:0'];
    const links: Array<[string, string, number, boolean?]> = [['a:1', 'e:0', 0.9, true], ['d:0', 'e:0', 0.85, true], ['a:0', 'd:0', 0.8, true]];
    expect(groups(names, links)).toEqual([['a:0', 'a:1', 'd:0', 'e:0']]);
  });

  it('reads the strength of a link given in either direction, keeping the stronger', () => {
    // The strong a–b link is given as a→b, a weaker duplicate as b→a: b still bridges a and c.
    expect(groups(['a:0', 'b:0', 'c:0'], [['a:0', 'b:0', 0.9], ['b:0', 'a:0', 0.5], ['b:0', 'c:0', 0.9]])).toEqual([['a:0', 'b:0', 'c:0']]);
    expect(groups(['a:0', 'b:0', 'c:0'], [['b:0', 'a:0', 0.9], ['a:0', 'b:0', 0.5], ['b:0', 'c:0', 0.9]])).toEqual([['a:0', 'b:0', 'c:0']]);
  });

  it('at equal strength the earlier pair goes first, whichever way its link is given', () => {
    expect(groups(['a:0', 'a:2', 'b:0'], [['b:0', 'a:0', 0.8], ['a:2', 'b:0', 0.8]])).toEqual([['a:0', 'b:0'], ['a:2']]);
    expect(groups(['a:0', 'a:2', 'b:0'], [['a:2', 'b:0', 0.8], ['b:0', 'a:0', 0.8]])).toEqual([['a:0', 'b:0'], ['a:2']]);
    expect(groups(['a:0', 'a:2', 'b:0'], [['a:2', 'b:0', 0.8], ['a:0', 'b:0', 0.8]])).toEqual([['a:0', 'b:0'], ['a:2']]);
    expect(groups(['a:0', 'a:2', 'b:0'], [['a:0', 'b:0', 0.8], ['b:0', 'a:2', 0.8]])).toEqual([['a:0', 'b:0'], ['a:2']]);
  });

  it('two outlets are held together when any of their pieces match, and bridged when any piece of the bridge is strong to each', () => {
    // a splits a sentence (a:0, a:1); only a:0 matches b directly; c bridges through its weak link.
    expect(groups(['a:0', 'a:1', 'b:0', 'c:0'], [['a:0', 'b:0', 0.9], ['a:1', 'c:0', 0.9], ['b:0', 'c:0', 0.6]])).toEqual([['a:0', 'a:1', 'b:0', 'c:0']]);
    expect(groups(['z:0', 'z:1', 'b:0', 'c:0'], [['z:0', 'b:0', 0.9], ['z:1', 'c:0', 0.9], ['b:0', 'c:0', 0.6]])).toEqual([['b:0', 'c:0', 'z:0', 'z:1']]);
    // b splits a sentence; a is strong to b:0 only, c to b:1 only: b bridges a and c.
    expect(groups(['a:0', 'b:0', 'b:1', 'c:0'], [['a:0', 'b:0', 0.9], ['c:0', 'b:1', 0.9], ['a:0', 'b:1', 0.6]])).toEqual([['a:0', 'b:0', 'b:1', 'c:0']]);
    expect(groups(['a:0', 'b:0', 'b:1', 'z:0'], [['a:0', 'b:0', 0.9], ['z:0', 'b:1', 0.9], ['a:0', 'b:1', 0.6]])).toEqual([['a:0', 'b:0', 'b:1', 'z:0']]);
    expect(groups(['y:0', 'b:0', 'b:1', 'z:0'], [['y:0', 'b:0', 0.9], ['z:0', 'b:1', 0.9], ['y:0', 'b:1', 0.6]])).toEqual([['b:0', 'b:1', 'y:0', 'z:0']]);
    // The same with the split outlet met second in the group (links written the other way round).
    expect(groups(['b:0', 'c:0', 'z:0', 'z:1'], [['b:0', 'z:0', 0.9], ['c:0', 'z:1', 0.9], ['b:0', 'c:0', 0.6]])).toEqual([['b:0', 'c:0', 'z:0', 'z:1']]);
    // A split outlet is bridged through a piece strong to one of its halves: b:1 joins through its weak link to a.
    expect(groups(['a:0', 'b:0', 'b:1', 'c:0'], [['b:0', 'a:0', 0.9], ['a:0', 'c:0', 0.9], ['b:1', 'a:0', 0.6]])).toEqual([['a:0', 'b:0', 'b:1', 'c:0']]);
  });
});
