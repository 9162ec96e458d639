/**
 * Outlet profiles as a pure function of per-story summaries (no content queries, no analysis run
 * here): `outlets.ts` reads the collections and each story's analysis, reduces the analysis with
 * {@link summariseForOutlets}, and hands the summaries to {@link buildOutletProfiles}. Measured
 * facts only: no labels.
 *
 * A summary keeps only what the profiles read (own words, lineage edges, pair shares, word choices
 * with one row each), so the summaries of a whole archive stay small beside its analyses.
 */
import type { Outlet } from '../content/schema.ts';
import type { LineageEdge, RowLink, StoryFindings, WordChoiceForm } from '../engine/story/types.ts';
import { accountUrl, rowUrl, storyUrl } from './routes.ts';
import { median, type OutletRelation, type RelationKinds } from './outlet-relations.ts';
import { compareCodeUnits as cmp } from '../engine/sorted.ts';

/** How many word choices a profile lists: the most distinctive, enough to read in a glance. */
const PROFILE_WORD_CHOICES = 10;

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

/** One account of a story, as the profiles list it. */
export interface OutletStoryAccount {
  version: string;
  outlet: Outlet;
  published: string;
  headline?: string;
  words: number;
}

/** One side of a story's word choice: its surface form, lemma form and the outlets writing it. */
export type OutletChoiceSide = Pick<WordChoiceForm, 'text' | 'lemma' | 'outlets'>;

/** What the profiles read from one story's analysis. */
export interface OutletStoryAnalysis {
  /** Per version: its article words and the words of the passages it alone carries. */
  own: Array<{ version: string; articleWords: number; aloneWords: number }>;
  /** The story's lineage edges (kind and ends only). */
  lineage: Array<Pick<LineageEdge, 'from' | 'to' | 'kind'>>;
  /** For ordered pairs of versions: the share of `a`'s words found in `b`'s account (0 when absent). */
  shared: Array<{ a: string; b: string; share: number }>;
  /** The story's word choices, each with the first row where it occurs. */
  wordChoices: Array<{ forms: [OutletChoiceSide, OutletChoiceSide]; row: RowLink }>;
}

/** One story as the profiles need it. */
export interface OutletStory {
  id: string;
  title: string;
  accounts: OutletStoryAccount[];
  /** Read only when the story has two or more accounts (one account has nothing to compare). */
  analysis?: OutletStoryAnalysis;
}


/** Reduces a story's findings (and the pair shares of its comparisons) to what the profiles read. */
export function summariseForOutlets(findings: StoryFindings, shareOf: (a: string, b: string) => number | undefined): OutletStoryAnalysis {
  const own = findings.versions.map((v) => {
    const alone = findings.clusters.filter((c) => c.members.length === 1 && c.members[0]!.version === v.id);
    return { version: v.id, articleWords: v.articleWords, aloneWords: alone.reduce((n, c) => n + c.members[0]!.text.split(/\s+/u).filter(Boolean).length, 0) };
  });
  const shared: OutletStoryAnalysis['shared'] = [];
  for (const x of findings.versions)
    for (const y of findings.versions) {
      const share = x.id === y.id ? undefined : shareOf(x.id, y.id);
      if (share !== undefined) shared.push({ a: x.id, b: y.id, share });
    }
  return {
    own,
    lineage: findings.lineage.map((e) => ({ from: e.from, to: e.to, kind: e.kind })),
    shared,
    wordChoices: findings.wordChoices.map((w) => ({
      forms: w.forms.map((f) => ({ text: f.text, lemma: f.lemma, outlets: f.outlets })) as [OutletChoiceSide, OutletChoiceSide],
      row: w.rows[0]!,
    })),
  };
}

/** The kind of an edge seen from `mine` (this outlet's version) towards the other end. */
function edgeKind(e: Pick<LineageEdge, 'to' | 'kind'>, mine: string): keyof RelationKinds {
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

type Builders = Map<string, Builder>;

const builderOf = (builders: Builders, outlet: Outlet): Builder => {
  let b = builders.get(outlet.id);
  if (!b) builders.set(outlet.id, (b = { outlet, accounts: [], relations: new Map(), own: [], choices: new Map() }));
  return b;
};

/** For every ordered pair of the story's outlets: shared story, lineage edges by kind, closest pair share. */
function addRelations(story: OutletStory, analysis: OutletStoryAnalysis, builders: Builders): void {
  const share = new Map(analysis.shared.map((s) => [`${s.a}\u0000${s.b}`, s.share]));
  const outlets = new Map(story.accounts.map((a) => [a.outlet.id, a.outlet]));
  const ids = [...outlets.keys()].sort(cmp);
  for (const mine of ids)
    for (const theirs of ids) {
      if (mine === theirs) continue;
      const mineVs = story.accounts.filter((a) => a.outlet.id === mine).map((a) => a.version);
      const theirVs = story.accounts.filter((a) => a.outlet.id === theirs).map((a) => a.version);
      const b = builderOf(builders, outlets.get(mine)!);
      let rel = b.relations.get(theirs);
      if (!rel) b.relations.set(theirs, (rel = { name: outlets.get(theirs)!.name, shared: 0, linked: 0, kinds: { copiesFrom: 0, copiedBy: 0, revision: 0, commonSource: 0 }, shares: [] }));
      rel.shared++;
      // Only edges between these two outlets' accounts: an edge of another pair says nothing of this one.
      const edges = analysis.lineage.filter((e) => (mineVs.includes(e.from) && theirVs.includes(e.to)) || (mineVs.includes(e.to) && theirVs.includes(e.from)));
      if (edges.length) rel.linked++;
      // A story counts once per kind, however many of the outlets' accounts the edges join.
      for (const k of new Set(edges.map((e) => edgeKind(e, mineVs.includes(e.from) ? e.from : e.to)))) rel.kinds[k]++;
      // The closer pair where an outlet has several accounts in the story.
      rel.shares.push(Math.max(...mineVs.flatMap((x) => theirVs.map((y) => share.get(`${x}\u0000${y}`) ?? 0))));
    }
}

/** Each outlet's side of each word choice where no outlet of the other side writes it too. */
function addWordChoices(story: OutletStory, analysis: OutletStoryAnalysis, builders: Builders): void {
  for (const w of analysis.wordChoices)
    for (const k of [0, 1] as const) {
      const [side, other] = [w.forms[k], w.forms[1 - k]!];
      for (const o of side.outlets) {
        if (other.outlets.includes(o)) continue;
        const b = builders.get(o);
        if (!b) throw new Error(`story ${story.id}: a word choice names outlet "${o}", which has no account in the story`);
        const key = `${side.lemma}\u0000${other.lemma}`;
        let c = b.choices.get(key);
        if (!c) b.choices.set(key, (c = { uses: side.text, othersUse: other.text, stories: new Set(), example: rowUrl(story.id, w.row.a, w.row.b, w.row.row), others: new Set() }));
        c.stories.add(story.id);
        for (const x of other.outlets) c.others.add(x);
      }
    }
}

function addStory(story: OutletStory, builders: Builders): void {
  for (const a of story.accounts)
    builderOf(builders, a.outlet).accounts.push({ story: story.id, storyTitle: story.title, storyUrl: storyUrl(story.id), version: a.version, published: a.published, ...(a.headline ? { headline: a.headline } : {}), words: a.words, url: accountUrl(story.id, a.version) });
  const { analysis } = story;
  if (story.accounts.length < 2 || !analysis) return;
  const outletOf = new Map(story.accounts.map((a) => [a.version, a.outlet]));
  // Share of each account's article words in passages it alone carries.
  for (const v of analysis.own) {
    const outlet = outletOf.get(v.version);
    if (!outlet) throw new Error(`story ${story.id}: the analysis names version "${v.version}", which is not one of its accounts`);
    if (v.articleWords > 0) builderOf(builders, outlet).own.push(Math.min(1, v.aloneWords / v.articleWords));
  }
  addRelations(story, analysis, builders);
  addWordChoices(story, analysis, builders);
}

/**
 * Every outlet's profile from the stories' summaries, by outlet id in code-unit order. Stories are
 * read in the order given; where two stories show one word choice, the first gives its example.
 */
export function buildOutletProfiles(stories: Iterable<OutletStory>): Map<string, OutletProfile> {
  const builders: Builders = new Map();
  for (const story of stories) addStory(story, builders);
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
