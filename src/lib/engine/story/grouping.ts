/**
 * Cohesive groups: "these k pieces, one from each of several accounts, say the
 * same thing". Used for passages (sentences matched across accounts) and for
 * quotations.
 *
 * Connected components of the match graph are NOT such groups: A~B and B~C
 * chain A and C although they may say different things (B is a long sentence
 * holding both; or B paraphrases A loosely and C loosely in another
 * direction). A group here is cohesive:
 * - every two of its accounts' pieces match directly, or both match one
 *   common member STRONGLY (a link of at least `strong`, and not a
 *   containment link: a long sentence containing two short ones joins
 *   nothing, the two may be its different halves);
 * - one account contributes only pieces adjacent in its text (a run of
 *   consecutive positions: a sentence split in two by another outlet), never
 *   two separate places (a repeated line, a lede and its restatement); for
 *   quotations this rule is off (`contiguous: false`, see there).
 *
 * Built by agglomeration over ALL links, strongest first, each merge checked
 * against both rules; links are sorted by strength, then by the items'
 * account ids and positions, so the result never depends on the order the
 * accounts are listed in. Passes repeat until nothing merges: a link refused
 * early may become acceptable once a common member has joined.
 */
import { cmp } from './text.ts';

/** A piece to group: the account it belongs to and its position among that account's pieces. */
export interface GroupItem {
  owner: string;
  /** 0-based ordinal among the owner's pieces: adjacency means consecutive positions. */
  position: number;
}

/** Evidence that two items say the same thing. */
export interface GroupLink {
  /** Indexes into the items. */
  a: number;
  b: number;
  /** 0–1. */
  strength: number;
  /** True for a containment match (a short piece inside a longer one): direct evidence, never a bridge. */
  contained?: boolean;
}

export interface GroupingRules {
  /** Least strength of a (non-containment) link through which a common member holds two others together. */
  strong: number;
  /**
   * When true (passages), one account's pieces in a group must be consecutive
   * positions. When false (quotations), an account may contribute pieces from
   * several places: an outlet quotes a fragment of a statement in its lede
   * and more of it later, each a part of the fuller form another outlet
   * prints. Default true.
   */
  contiguous?: boolean;
}

/** Groups of item indexes (each ascending), every item in exactly one, sorted by their first item's (owner, position). */
export function cohesiveGroups(items: readonly GroupItem[], links: readonly GroupLink[], rules: GroupingRules): number[][] {
  const itemOrder = (i: number, j: number) => cmp(items[i]!.owner, items[j]!.owner) || items[i]!.position - items[j]!.position;
  // Strongest evidence per pair of owners' items; adjacency by owner for the cohesion test.
  const linkKey = (i: number, j: number) => (itemOrder(i, j) <= 0 ? `${i} ${j}` : `${j} ${i}`);
  const best = new Map<string, GroupLink>();
  for (const l of links) {
    if (l.a === l.b || items[l.a]!.owner === items[l.b]!.owner) continue;
    const k = linkKey(l.a, l.b);
    const had = best.get(k);
    if (!had || l.strength > had.strength || (l.strength === had.strength && had.contained && !l.contained)) best.set(k, l);
  }
  const ordered = [...best.values()].sort((x, y) => {
    const [x1, x2] = itemOrder(x.a, x.b) <= 0 ? [x.a, x.b] : [x.b, x.a];
    const [y1, y2] = itemOrder(y.a, y.b) <= 0 ? [y.a, y.b] : [y.b, y.a];
    return y.strength - x.strength || itemOrder(x1, y1) || itemOrder(x2, y2);
  });
  const neighbours = new Map<number, Map<number, GroupLink>>();
  for (const l of ordered) {
    for (const [p, q] of [[l.a, l.b], [l.b, l.a]] as const) {
      let m = neighbours.get(p);
      if (!m) neighbours.set(p, (m = new Map()));
      m.set(q, l);
    }
  }

  const groupOf = items.map((_, i) => i);
  const members = new Map<number, number[]>(items.map((_, i) => [i, [i]]));

  /** Owner → its items in a candidate group. */
  const byOwner = (group: readonly number[]) => {
    const m = new Map<string, number[]>();
    for (const i of group) {
      let list = m.get(items[i]!.owner);
      if (!list) m.set(items[i]!.owner, (list = []));
      list.push(i);
    }
    return m;
  };
  const contiguous = (list: readonly number[]) => {
    const ps = list.map((i) => items[i]!.position).sort((x, y) => x - y);
    return ps.every((p, k) => k === 0 || p === ps[k - 1]! + 1);
  };
  const linked = (xs: readonly number[], ys: readonly number[]) => xs.some((x) => ys.some((y) => neighbours.get(x)?.has(y)));
  const strongTo = (xs: readonly number[], ws: readonly number[]) =>
    xs.some((x) => ws.some((w) => {
      const l = neighbours.get(x)?.get(w);
      return !!l && !l.contained && l.strength >= rules.strong;
    }));
  const cohesive = (group: readonly number[]) => {
    const owners = [...byOwner(group).values()];
    if (rules.contiguous !== false && !owners.every(contiguous)) return false;
    for (let i = 0; i < owners.length; i++)
      for (let j = i + 1; j < owners.length; j++) {
        const [x, y] = [owners[i]!, owners[j]!];
        if (linked(x, y)) continue;
        if (!owners.some((w, k) => k !== i && k !== j && strongTo(x, w) && strongTo(y, w))) return false;
      }
    return true;
  };

  for (let changed = true; changed; ) {
    changed = false;
    for (const l of ordered) {
      const ga = groupOf[l.a]!;
      const gb = groupOf[l.b]!;
      if (ga === gb) continue;
      const merged = [...members.get(ga)!, ...members.get(gb)!];
      if (!cohesive(merged)) continue;
      const [keep, drop] = ga < gb ? [ga, gb] : [gb, ga];
      members.set(keep, merged);
      members.delete(drop);
      for (const i of merged) groupOf[i] = keep;
      changed = true;
    }
  }
  return [...members.values()].map((g) => [...g].sort(itemOrder)).sort((x, y) => itemOrder(x[0]!, y[0]!));
}
