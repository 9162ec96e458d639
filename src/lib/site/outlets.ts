/**
 * Outlet profiles across the archive: every account an outlet published, how
 * its texts relate to each other outlet's (lineage edges in shared stories,
 * share of words in common), how much of its text no other account carries,
 * and its most distinctive word choices. Measured facts only: no labels.
 *
 * Built in one pass over the stories, one analysis at a time (the analysis
 * module keeps only a few in memory), keeping only these small summaries, so
 * memory stays bounded however many stories there are.
 */
import { cacheKey } from '../cache/index.ts';
import type { Outlet } from '../content/schema.ts';
import type { LineageEdge } from '../engine/story/types.ts';
import { getStoryAnalysis } from './analysis.ts';
import { storyPageKey } from './page-keys.ts';
import { accountUrl, rowUrl, storyUrl } from './routes.ts';
import { getStories, type Story } from './stories.ts';
import { median, type OutletRelation, type RelationKinds } from './outlet-relations.ts';
import { compareCodeUnits as cmp } from '../engine/sorted.ts';
import { pairKey } from './story-analysis.ts';

export { median, relationSentences, type OutletRelation, type RelationKinds } from './outlet-relations.ts';

/** How many word choices a profile lists: the most distinctive, enough to read in a glance. */
export const PROFILE_WORD_CHOICES = 10;

export interface OutletAccount {
  story: string;
  storyTitle: string;
  storyUrl: string;
  version: string;
  published: string;
  headline?: string;
  words: number;
  url: string;
}

export interface OutletWordChoice {
  /** What this outlet writes, and what the other outlets write in the same place. */
  uses: string;
  othersUse: string;
  /** Stories where it occurs, and one row to check it. */
  stories: number;
  example: string;
  /** Other outlets on the other side. */
  otherOutlets: string[];
}

export interface OutletProfile {
  schema: 1;
  outlet: Outlet;
  accounts: OutletAccount[];
  relations: OutletRelation[];
  /** Median over its accounts of the share of article words in passages no other account carries (null with no story of two or more accounts). */
  medianOwnShare: number | null;
  wordChoices: OutletWordChoice[];
}


/** The kind of an edge seen from `mine` (this outlet's version) towards `theirs`. */
function edgeKind(e: LineageEdge, mine: string): keyof RelationKinds {
  if (e.kind === 'revision') return 'revision';
  if (e.kind === 'common-source') return 'commonSource';
  return e.to === mine ? 'copiesFrom' : 'copiedBy';
}

interface RelationAcc {
  name: string;
  shared: number;
  linked: number;
  kinds: RelationKinds;
  shares: number[];
}

interface Builder {
  outlet: Outlet;
  accounts: OutletAccount[];
  relations: Map<string, RelationAcc>;
  own: number[];
  choices: Map<string, { uses: string; othersUse: string; stories: Set<string>; example: string; others: Set<string> }>;
}

/** Adds one story's analysis to the builders of its outlets. */
async function addStory(story: Story, builders: Map<string, Builder>): Promise<void> {
  const builder = (outlet: Outlet) => {
    let b = builders.get(outlet.id);
    if (!b) builders.set(outlet.id, (b = { outlet, accounts: [], relations: new Map(), own: [], choices: new Map() }));
    return b;
  };
  for (const a of story.accounts)
    builder(a.outlet).accounts.push({ story: story.id, storyTitle: story.data.title, storyUrl: storyUrl(story.id), version: a.id, published: a.data.published, ...(a.data.headline ? { headline: a.data.headline } : {}), words: a.words, url: accountUrl(story.id, a.id) });
  if (story.accounts.length < 2) return;
  const { findings, comparisons } = await getStoryAnalysis(story);
  const outletOf = new Map(story.accounts.map((a) => [a.id, a.outlet]));
  // Share of each account's article words in passages it alone carries.
  for (const v of findings.versions) {
    const alone = findings.clusters.filter((c) => c.members.length === 1 && c.members[0]!.version === v.id);
    const words = alone.reduce((n, c) => n + c.members[0]!.text.split(/\s+/u).filter(Boolean).length, 0);
    if (v.articleWords > 0) builder(outletOf.get(v.id)!).own.push(Math.min(1, words / v.articleWords));
  }
  const outlets = [...new Set(story.accounts.map((a) => a.outlet.id))].sort(cmp);
  for (const mine of outlets)
    for (const theirs of outlets) {
      if (mine === theirs) continue;
      const mineVs = story.accounts.filter((a) => a.outlet.id === mine).map((a) => a.id);
      const theirVs = story.accounts.filter((a) => a.outlet.id === theirs).map((a) => a.id);
      const b = builder(outletOf.get(mineVs[0]!)!);
      let rel = b.relations.get(theirs);
      if (!rel) b.relations.set(theirs, (rel = { name: outletOf.get(theirVs[0]!)!.name, shared: 0, linked: 0, kinds: { copiesFrom: 0, copiedBy: 0, revision: 0, commonSource: 0 }, shares: [] }));
      rel.shared++;
      const edges = findings.lineage.filter((e) => (mineVs.includes(e.from) && theirVs.includes(e.to)) || (mineVs.includes(e.to) && theirVs.includes(e.from)));
      if (edges.length) rel.linked++;
      const kinds = new Set(edges.map((e) => edgeKind(e, mineVs.includes(e.from) ? e.from : e.to)));
      for (const k of kinds) rel.kinds[k]++;
      rel.shares.push(Math.max(...mineVs.flatMap((x) => theirVs.map((y) => comparisons.get(pairKey(x, y))?.stats.aShared ?? 0))));
    }
  for (const w of findings.wordChoices)
    for (const k of [0, 1] as const) {
      const [side, other] = [w.forms[k], w.forms[1 - k]!];
      for (const o of side.outlets) {
        if (other.outlets.includes(o)) continue;
        const b = builders.get(o)!;
        const key = `${side.lemma}\u0000${other.lemma}`;
        let c = b.choices.get(key);
        const row = w.rows[0]!;
        if (!c) b.choices.set(key, (c = { uses: side.text, othersUse: other.text, stories: new Set(), example: rowUrl(story.id, row.a, row.b, row.row), others: new Set() }));
        c.stories.add(story.id);
        for (const x of other.outlets) c.others.add(x);
      }
    }
}

let profiles: Promise<Map<string, OutletProfile>> | undefined;

async function build(): Promise<Map<string, OutletProfile>> {
  const builders = new Map<string, Builder>();
  // One story at a time: never more than the analysis module's few analyses in memory.
  for (const story of await getStories()) await addStory(story, builders);
  const out = new Map<string, OutletProfile>();
  for (const [id, b] of [...builders.entries()].sort((x, y) => cmp(x[0], y[0]))) {
    out.set(id, {
      schema: 1,
      outlet: b.outlet,
      accounts: b.accounts.sort((x, y) => cmp(y.published, x.published) || cmp(x.story, y.story) || cmp(x.version, y.version)),
      relations: [...b.relations.entries()]
        .map(([outlet, r]): OutletRelation => ({ outlet, name: r.name, sharedStories: r.shared, linkedStories: r.linked, kinds: r.kinds, medianShared: median(r.shares) ?? 0 }))
        .sort((x, y) => y.linkedStories - x.linkedStories || y.sharedStories - x.sharedStories || cmp(x.outlet, y.outlet)),
      medianOwnShare: median(b.own),
      wordChoices: [...b.choices.values()]
        .map((c): OutletWordChoice => ({ uses: c.uses, othersUse: c.othersUse, stories: c.stories.size, example: c.example, otherOutlets: [...c.others].sort(cmp) }))
        .sort((x, y) => y.stories - x.stories || y.otherOutlets.length - x.otherOutlets.length || cmp(x.uses, y.uses) || cmp(x.othersUse, y.othersUse))
        .slice(0, PROFILE_WORD_CHOICES),
    });
  }
  return out;
}

/** Every outlet's profile, built once per build. */
export function getOutletProfiles(): Promise<Map<string, OutletProfile>> {
  profiles ??= build();
  return profiles;
}

/**
 * Key of an outlet's profile page and JSON: the outlet and the key of every story it has an account
 * in (those stories' analyses, texts and every outlet named in them), so a story elsewhere never
 * touches it.
 */
export async function outletPageKey(outlet: string): Promise<string> {
  const stories = (await getStories()).filter((s) => s.accounts.some((a) => a.outlet.id === outlet));
  return cacheKey({ outlet, stories: stories.map(storyPageKey) });
}


/** The outlets index: every outlet with an account, by name, with its counts (no analysis needed). */
export function outletIndex(stories: readonly Story[]): Array<{ outlet: Outlet; accounts: number; stories: number }> {
  const by = new Map<string, { outlet: Outlet; accounts: number; stories: Set<string> }>();
  for (const s of stories)
    for (const a of s.accounts) {
      let e = by.get(a.outlet.id);
      if (!e) by.set(a.outlet.id, (e = { outlet: a.outlet, accounts: 0, stories: new Set() }));
      e.accounts++;
      e.stories.add(s.id);
    }
  return [...by.values()].map((e) => ({ outlet: e.outlet, accounts: e.accounts, stories: e.stories.size })).sort((x, y) => cmp(x.outlet.name.toLowerCase(), y.outlet.name.toLowerCase()) || cmp(x.outlet.id, y.outlet.id));
}
