/**
 * Passage clusters: "one passage told by k outlets".
 *
 * Pieces are the article-text segments of every account; evidence is every
 * matched row of every pairwise comparison (each of its A segments linked to
 * each of its B segments, with the row's score). The clusters are the
 * cohesive groups of that evidence (`grouping.ts`): every two accounts in a
 * cluster match each other directly or through a strong common member, and
 * one account contributes only adjacent segments. Built from all pairs,
 * strongest evidence first, ordered by ids, so they never depend on how
 * accounts are listed.
 *
 * Clusters are ordered by first appearance in a merged reading order: the
 * earliest account's passages in its order, then each later account's new
 * passages inserted right after the passage that precedes them in that account.
 */
import type { ClusterMember, ClusterOptions, PassageCluster, RowLink, StoryAccount } from './types.ts';
import { DEFAULT_COMPARE_OPTIONS, diffStrings, gradeDiff } from '../index.ts';
import { matchedRows, type Pairs } from './accounts.ts';
import { cohesiveGroups, type GroupItem, type GroupLink } from './grouping.ts';
import { tidy, words } from './text.ts';

export const CLUSTER_DEFAULTS: Required<ClusterOptions> = {
  minRowScore: 0,
  // Halfway between the engine's "same statement" threshold and identity: two sentences that each
  // keep this much of a common member's weighted content share at least the similar-threshold
  // share of it with each other, so a member this strong can vouch for both.
  strongRowScore: (1 + DEFAULT_COMPARE_OPTIONS.similarThreshold) / 2,
};

const node = (version: string, index: number) => `${version}\u0000${String(index).padStart(6, '0')}`;

export function buildClusters(accounts: readonly StoryAccount[], pairs: Pairs, options: ClusterOptions = {}): PassageCluster[] {
  const opts = { ...CLUSTER_DEFAULTS, ...options };
  const items: Array<GroupItem & { segment: number }> = [];
  const itemOf = new Map<string, number>();
  for (const acc of accounts) {
    let position = 0;
    for (const s of acc.segments) {
      if (s.kind !== 'text') continue;
      itemOf.set(node(acc.id, s.index), items.length);
      items.push({ owner: acc.id, position: position++, segment: s.index });
    }
  }

  const links: GroupLink[] = [];
  for (let i = 0; i < accounts.length; i++) {
    for (let j = i + 1; j < accounts.length; j++) {
      const c = pairs.get(accounts[i]!.id, accounts[j]!.id).comparison;
      for (const row of matchedRows(c)) {
        const strength = row.score ?? 1;
        if (strength < opts.minRowScore) continue;
        const as = row.a.map((k) => itemOf.get(node(c.a.id, k))).filter((x) => x !== undefined);
        const bs = row.b.map((k) => itemOf.get(node(c.b.id, k))).filter((x) => x !== undefined);
        for (const a of as) for (const b of bs) links.push({ a, b, strength, contained: row.pass === 'contained' });
      }
    }
  }

  const rank = new Map(accounts.map((a) => [a.id, a.rank]));
  const byId = new Map(accounts.map((a) => [a.id, a]));
  // Each group: members per account (segments ascending), accounts in canonical order.
  const groups = cohesiveGroups(items, links, { strong: opts.strongRowScore }).map((g) => {
    const per = new Map<string, number[]>();
    for (const i of g) {
      const { owner, segment } = items[i]!;
      let list = per.get(owner);
      if (!list) per.set(owner, (list = []));
      list.push(segment);
    }
    for (const list of per.values()) list.sort((a, b) => a - b);
    return [...per.entries()].sort((a, b) => rank.get(a[0])! - rank.get(b[0])!);
  });

  const order = firstAppearanceOrder(accounts, groups);
  return order.map((g, position) => {
    const members = groups[g]!.map(([version, segments]) => ({
      version,
      segments,
      text: tidy(segments.map((i) => byId.get(version)!.segments[i]!.text).join('')),
    }));
    const ref = referenceIndex(members.map((m) => ({ text: m.text, lang: byId.get(m.version)!.lang })));
    const reference = members[ref]!.version;
    // Graded in the reference's language, as the engine grades a row in its first account's.
    const referenceLang = byId.get(reference)!.lang;
    const out: ClusterMember[] = members.map((m, i) => {
      if (i === ref) return { ...m, wording: 'reference', diff: [], grades: [] };
      const d = diffStrings(members[ref]!.text, m.text);
      const grades = gradeDiff(d, referenceLang);
      return { ...m, wording: grades.some((g) => g === 'substantive') ? 'reworded' : 'same', diff: d.diff, grades };
    });
    for (const m of out) {
      const link = memberLink(m, out, reference, accounts, pairs);
      if (link) m.link = link;
    }
    return { id: `p${position + 1}`, order: position, members: out, reference };
  });
}

/**
 * Index of the most common wording: the text (compared by word keys) that most
 * members share; ties go to the medoid (highest total word overlap with the
 * others, content-word stems of each member's own language), then to the
 * earliest account (members are in canonical order).
 */
function referenceIndex(texts: ReadonlyArray<{ text: string; lang: string | undefined }>): number {
  const read = texts.map(({ text, lang }) => words(text, 0, lang));
  const keys = read.map((ws) => ws.map((w) => w.key).join(' '));
  const bags = read.map((ws) => new Set(ws.filter((w) => w.content).map((w) => w.stem)));
  let best = 0;
  let bestScore: [number, number] = [-1, -1];
  texts.forEach((_, i) => {
    const same = keys.filter((k) => k === keys[i]).length;
    let overlap = 0;
    bags.forEach((b, j) => {
      if (j === i) return;
      let shared = 0;
      for (const s of bags[i]!) if (b.has(s)) shared++;
      overlap += (2 * shared) / Math.max(1, bags[i]!.size + b.size);
    });
    if (same > bestScore[0] || (same === bestScore[0] && overlap > bestScore[1] + 1e-12)) {
      best = i;
      bestScore = [same, overlap];
    }
  });
  return best;
}

/** Merged reading order of groups (see the module comment). */
function firstAppearanceOrder(accounts: readonly StoryAccount[], groups: ReadonlyArray<ReadonlyArray<[string, number[]]>>): number[] {
  const groupOf = new Map<string, number>();
  groups.forEach((g, gi) => {
    for (const [v, segs] of g) for (const s of segs) groupOf.set(node(v, s), gi);
  });
  const placed: number[] = [];
  const isPlaced = new Set<number>();
  for (const acc of accounts) {
    let after = -1; // position in `placed` of this account's previous passage
    for (const s of acc.segments) {
      const g = groupOf.get(node(acc.id, s.index));
      if (g === undefined) continue;
      if (isPlaced.has(g)) {
        after = Math.max(after, placed.indexOf(g));
        continue;
      }
      placed.splice(after + 1, 0, g);
      isPlaced.add(g);
      after += 1;
    }
  }
  return placed;
}

/**
 * The row where a member stands beside the reference: in the comparison
 * reference/member; for the reference itself, beside the next member; for a
 * passage only one account carries, its row in the comparison with the
 * account most similar to it.
 */
function memberLink(m: ClusterMember, members: readonly ClusterMember[], reference: string, accounts: readonly StoryAccount[], pairs: Pairs): RowLink | undefined {
  const a = members.find((x) => x.version === reference)!;
  const b = m.version === reference ? members.find((x) => x.version !== reference) : m;
  if (b) return findRow(pairs, a.version, a.segments, b.version, b.segments);
  // Only one account: link to its row beside its closest account.
  const others = accounts.filter((o) => o.id !== m.version);
  if (!others.length) return undefined;
  const closest = [...others].sort((p, q) => {
    const sp = pairs.get(m.version, p.id).comparison.stats.similarity;
    const sq = pairs.get(m.version, q.id).comparison.stats.similarity;
    return sq - sp || p.rank - q.rank;
  })[0]!;
  return findRow(pairs, m.version, m.segments, closest.id, []);
}

/**
 * The first row of the comparison of x and y that holds one of x's segments (and one of y's,
 * when given). Row ids belong to one direction of a comparison, so the link names the stored
 * direction (`a` < `b`), whichever of x and y that puts first.
 */
function findRow(pairs: Pairs, x: string, xs: readonly number[], y: string, ys: readonly number[]): RowLink | undefined {
  const view = pairs.get(x, y);
  const xSet = new Set(xs);
  const ySet = new Set(ys);
  const rows = view.comparison.rows;
  const mine = (r: (typeof rows)[number]) => (view.flipped ? r.b : r.a);
  const theirs = (r: (typeof rows)[number]) => (view.flipped ? r.a : r.b);
  const hit = rows.find((r) => mine(r).some((i) => xSet.has(i)) && (ySet.size === 0 || theirs(r).some((i) => ySet.has(i))));
  const fallback = rows.find((r) => mine(r).some((i) => xSet.has(i)));
  const row = hit ?? fallback;
  return row ? { a: view.comparison.a.id, b: view.comparison.b.id, row: row.id } : undefined;
}
