/**
 * Outlet profiles across the archive: every account an outlet published, how
 * its texts relate to each other outlet's (lineage edges in shared stories,
 * share of words in common), how much of its text no other account carries,
 * and its most distinctive word choices. Measured facts only: no labels.
 *
 * This file only queries: it reads the stories and, one analysis at a time
 * (the analysis module keeps only a few in memory), reduces each to a small
 * summary; the aggregation across stories is the pure `buildOutletProfiles`
 * (`outlet-profiles.ts`), unit-tested on fixture summaries.
 */
import { cacheKey } from '../cache/index.ts';
import type { Outlet } from '../content/schema.ts';
import { storySummary, type SummaryKind } from './story-summary.ts';
import { storyPageKey } from './page-keys.ts';
import { getStories, type Story } from './stories.ts';
import { buildOutletProfiles, summariseForOutlets, type OutletProfile, type OutletStory, type OutletStoryAnalysis } from './outlet-profiles.ts';
import { compareCodeUnits as cmp } from '../engine/sorted.ts';
import { pairKey } from './story-analysis.ts';

export { median, relationSentences, type OutletRelation, type RelationKinds } from './outlet-relations.ts';
export { type OutletAccount, type OutletProfile, type OutletWordChoice } from './outlet-profiles.ts';


/** One story as the profiles read it: its accounts, and (with two or more) its analysis reduced to a summary. */
async function outletStory(story: Story): Promise<OutletStory> {
  const out: OutletStory = {
    id: story.id,
    title: story.data.title,
    accounts: story.accounts.map((a) => ({ version: a.id, outlet: a.outlet, published: a.data.published, ...(a.data.headline ? { headline: a.data.headline } : {}), words: a.words })),
  };
  if (story.accounts.length < 2) return out;
  return { ...out, analysis: await storySummary(story, OUTLET_SUMMARY) };
}

/**
 * The story's analysis as the profiles read it, stored per story (story-summary.ts): a rebuild
 * re-reads every story an outlet reported, and the summaries are a small part of the analyses.
 */
const OUTLET_SUMMARY: SummaryKind<OutletStoryAnalysis> = {
  name: 'outlets',
  source: import.meta.glob(['./outlets.ts', './outlet-profiles.ts'], { query: '?raw', import: 'default', eager: true }),
  summarise: ({ findings, comparisons }) => summariseForOutlets(findings, (a, b) => comparisons.get(pairKey(a, b))?.stats.aShared),
  validate: (value) => {
    const v = value as Partial<Record<keyof OutletStoryAnalysis, unknown>> | null;
    return v && typeof v === 'object' && [v.own, v.lineage, v.shared, v.wordChoices].every(Array.isArray) ? undefined : 'expected an outlet summary (own, lineage, shared and wordChoices lists)';
  },
};

let profiles: Promise<Map<string, OutletProfile>> | undefined;

async function build(): Promise<Map<string, OutletProfile>> {
  // One story at a time: never more than the analysis module's few analyses in memory, only their summaries.
  const summaries: OutletStory[] = [];
  for (const story of await getStories()) summaries.push(await outletStory(story));
  return buildOutletProfiles(summaries);
}

/** Every outlet's profile, built once per build. */
function getOutletProfiles(): Promise<Map<string, OutletProfile>> {
  profiles ??= build();
  return profiles;
}

/** The profile of `outlet` (one with an account: see {@link outletPaths}). */
export async function outletProfile(outlet: string): Promise<OutletProfile> {
  const profile = (await getOutletProfiles()).get(outlet);
  if (!profile) throw new Error(`no outlet profile for "${outlet}": it has no account`);
  return profile;
}

/**
 * The paths of an outlet's profile page and JSON: every outlet with an account, from the stories
 * alone. The profiles themselves read every story's analysis: building them while Astro collects
 * paths made every rebuild read the whole archive's summaries even when no profile changed, and a
 * cold build wait for every story's analysis before its first page.
 */
export async function outletPaths(): Promise<{ params: { outlet: string }; cacheKey: string }[]> {
  return Promise.all(outletIndex(await getStories()).map(async ({ outlet }) => ({ params: { outlet: outlet.id }, cacheKey: await outletPageKey(outlet.id) })));
}

/**
 * Key of an outlet's profile page and JSON: the outlet and the key of every story it has an account
 * in (those stories' analyses, texts and every outlet named in them), so a story elsewhere never
 * touches it.
 */
async function outletPageKey(outlet: string): Promise<string> {
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
