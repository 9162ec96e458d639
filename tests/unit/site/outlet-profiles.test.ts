import { describe, expect, it } from 'vitest';
import type { Outlet } from '@lib/content/schema.ts';
import { buildOutletProfiles, summariseForOutlets, type OutletStory, type OutletStoryAnalysis } from '@lib/site/outlet-profiles.ts';
import { rowUrl } from '@lib/site/routes.ts';
import path from 'node:path';
import { loadCorpus } from '@lib/content/corpus.ts';
import { relationSentences } from '@lib/site/outlet-relations.ts';
import { analyse, repoRoot, SEED_STORY, seedStory, storyOf, type TestStory } from '../story/helpers.ts';
import { ORIGINAL } from '../story/synthetic.ts';

/*
 * Invented outlets and stories, written for these tests:
 * - ferry-fire: Harbour Herald, Wire Daily, Valley Post; Valley Post copies Wire Daily (an edge of
 *   another pair, seen from Harbour Herald); Harbour Herald writes "fighters" where the others write
 *   "militants".
 * - port-strike: two Harbour Herald accounts (revisions of each other: one outlet, no relation) and
 *   Wire Daily, which the first copies and shares a common source with the second.
 * - bridge-vote: Lone Gazette's only account (one account: nothing to compare, even if an analysis
 *   is handed in).
 * - river-flood: Island Times and Valley Post, no edge; Island Times shares no story with Harbour
 *   Herald or Wire Daily.
 */
const outlet = (id: string, name: string): Outlet => ({ id, name, description: `${name}, an invented outlet.` });
const HARBOUR = outlet('harbour-herald', 'Harbour Herald');
const WIRE = outlet('wire-daily', 'Wire Daily');
const VALLEY = outlet('valley-post', 'Valley Post');
const LONE = outlet('lone-gazette', 'Lone Gazette');
const ISLAND = outlet('island-times', 'Island Times');

const acc = (version: string, o: Outlet, published: string, words = 100) => ({ version, outlet: o, published, words });
const share = (a: string, b: string, s: number) => ({ a, b, share: s });
const side = (text: string, lemma: string, outlets: string[]) => ({ text, lemma, outlets });

const FERRY: OutletStory = {
  id: 'ferry-fire',
  title: 'Ferry fire in the harbour',
  accounts: [acc('h1', HARBOUR, '2027-05-01'), acc('w1', WIRE, '2027-05-01'), acc('v1', VALLEY, '2027-05-02')],
  analysis: {
    own: [
      { version: 'h1', articleWords: 200, aloneWords: 50 },
      { version: 'w1', articleWords: 100, aloneWords: 0 },
      { version: 'v1', articleWords: 120, aloneWords: 12 },
    ],
    lineage: [{ from: 'w1', to: 'v1', kind: 'copy' }],
    shared: [share('h1', 'w1', 0.4), share('w1', 'h1', 0.3), share('h1', 'v1', 0.2), share('v1', 'h1', 0.25), share('w1', 'v1', 0.9), share('v1', 'w1', 0.95)],
    wordChoices: [{ forms: [side('fighters', 'fighter', ['harbour-herald']), side('militants', 'milit', ['wire-daily', 'valley-post'])], row: { a: 'h1', b: 'w1', row: 'r3' } }],
  },
};
const PORT: OutletStory = {
  id: 'port-strike',
  title: 'Dockers strike at the port',
  accounts: [acc('h2', HARBOUR, '2027-06-03'), acc('w2', WIRE, '2027-06-02'), acc('h2b', HARBOUR, '2027-06-04')],
  analysis: {
    own: [
      { version: 'w2', articleWords: 300, aloneWords: 30 },
      { version: 'h2', articleWords: 100, aloneWords: 40 },
      { version: 'h2b', articleWords: 0, aloneWords: 0 },
    ],
    lineage: [
      { from: 'w2', to: 'h2', kind: 'copy' },
      { from: 'h2', to: 'h2b', kind: 'revision' },
      { from: 'w2', to: 'h2b', kind: 'common-source' },
    ],
    shared: [share('h2', 'w2', 0.8), share('h2b', 'w2', 0.6), share('w2', 'h2', 0.5), share('w2', 'h2b', 0.7)],
    wordChoices: [
      { forms: [side('fighters', 'fighter', ['harbour-herald']), side('militants', 'milit', ['wire-daily'])], row: { a: 'h2', b: 'w2', row: 'r1' } },
      // Harbour Herald writes both sides (in its two accounts): no choice of its own; Wire Daily's is.
      { forms: [side('claimed', 'claim', ['harbour-herald']), side('said', 'said', ['harbour-herald', 'wire-daily'])], row: { a: 'h2', b: 'h2b', row: 'r2' } },
    ],
  },
};
const BRIDGE: OutletStory = {
  id: 'bridge-vote',
  title: 'Council votes on the bridge',
  accounts: [acc('g1', LONE, '2027-04-01', 80)],
  analysis: { own: [{ version: 'g1', articleWords: 80, aloneWords: 80 }], lineage: [], shared: [], wordChoices: [] },
};
const RIVER: OutletStory = {
  id: 'river-flood',
  title: 'The river floods the lower town',
  accounts: [acc('i1', ISLAND, '2027-03-01'), acc('v2', VALLEY, '2027-03-01')],
  analysis: {
    own: [
      { version: 'i1', articleWords: 50, aloneWords: 5 },
      { version: 'v2', articleWords: 50, aloneWords: 10 },
    ],
    lineage: [],
    shared: [share('i1', 'v2', 0.5), share('v2', 'i1', 0.45)],
    wordChoices: [],
  },
};

const profiles = buildOutletProfiles([FERRY, PORT, BRIDGE, RIVER]);
const relation = (o: string, other: string) => profiles.get(o)!.relations.find((r) => r.outlet === other);

describe('outlet profiles from story summaries', () => {
  it('lists every account of an outlet across stories, newest first, with links', () => {
    expect(profiles.get('harbour-herald')!.accounts.map((a) => `${a.story}/${a.version} ${a.published}`)).toEqual(['port-strike/h2b 2027-06-04', 'port-strike/h2 2027-06-03', 'ferry-fire/h1 2027-05-01']);
    expect(profiles.get('harbour-herald')!.accounts[2]).toMatchObject({ storyTitle: 'Ferry fire in the harbour', storyUrl: '/stories/ferry-fire/', url: '/stories/ferry-fire/h1/', words: 100 });
    expect([...profiles.keys()]).toEqual(['harbour-herald', 'island-times', 'lone-gazette', 'valley-post', 'wire-daily']);
  });

  it('counts shared stories, the stories a lineage edge links, and each kind seen from the outlet', () => {
    expect(relation('harbour-herald', 'wire-daily')).toEqual({
      outlet: 'wire-daily',
      name: 'Wire Daily',
      sharedStories: 2,
      linkedStories: 1,
      // The revision between Harbour Herald's own two accounts is no relation to Wire Daily.
      kinds: { copiesFrom: 1, copiedBy: 0, revision: 0, commonSource: 1 },
      // Median of the two stories' shares, each the closer of the outlet's accounts (0.8 over 0.6).
      medianShared: 0.6,
    });
    expect(relation('wire-daily', 'harbour-herald')).toMatchObject({ sharedStories: 2, linkedStories: 1, kinds: { copiesFrom: 0, copiedBy: 1, revision: 0, commonSource: 1 }, medianShared: 0.5 }); // 0.3 and max(0.5, 0.7)
    expect(relation('valley-post', 'wire-daily')).toMatchObject({ sharedStories: 1, linkedStories: 1, kinds: { copiesFrom: 1, copiedBy: 0, revision: 0, commonSource: 0 }, medianShared: 0.95 });
    expect(relation('wire-daily', 'valley-post')!.kinds).toEqual({ copiesFrom: 0, copiedBy: 1, revision: 0, commonSource: 0 });
  });

  it('counts no edge of another pair: Wire Daily → Valley Post links neither to Harbour Herald', () => {
    expect(relation('harbour-herald', 'valley-post')).toEqual({ outlet: 'valley-post', name: 'Valley Post', sharedStories: 1, linkedStories: 0, kinds: { copiesFrom: 0, copiedBy: 0, revision: 0, commonSource: 0 }, medianShared: 0.2 });
    expect(relation('valley-post', 'harbour-herald')).toMatchObject({ linkedStories: 0, kinds: { copiesFrom: 0, copiedBy: 0, revision: 0, commonSource: 0 } });
  });

  it('gives outlets that share no story no relation, and a one-account story none at all', () => {
    expect(relation('harbour-herald', 'island-times')).toBeUndefined();
    expect(relation('island-times', 'harbour-herald')).toBeUndefined();
    expect(profiles.get('island-times')!.relations.map((r) => r.outlet)).toEqual(['valley-post']);
    expect(profiles.get('valley-post')!.relations.map((r) => r.outlet)).toEqual(['wire-daily', 'harbour-herald', 'island-times']);
    const lone = profiles.get('lone-gazette')!;
    expect(lone.accounts).toHaveLength(1);
    expect(lone.relations).toEqual([]);
    // Its own share would be 100% were the single account's analysis read.
    expect(lone.medianOwnShare).toBeNull();
    expect(lone.wordChoices).toEqual([]);
  });

  it('takes the median over accounts of the share no other account carries, skipping accounts without article words', () => {
    // h1 50/200, h2 40/100; h2b has no article words.
    expect(profiles.get('harbour-herald')!.medianOwnShare).toBeCloseTo(0.325);
    expect(profiles.get('wire-daily')!.medianOwnShare).toBeCloseTo(0.05);
    expect(profiles.get('valley-post')!.medianOwnShare).toBeCloseTo(0.15);
  });

  it('lists word choices across stories, most stories first, only where no outlet of the other side writes it too', () => {
    expect(profiles.get('harbour-herald')!.wordChoices).toEqual([
      { uses: 'fighters', othersUse: 'militants', stories: 2, example: rowUrl('ferry-fire', 'h1', 'w1', 'r3'), otherOutlets: ['valley-post', 'wire-daily'] },
    ]);
    expect(profiles.get('wire-daily')!.wordChoices.map((w) => `${w.uses}/${w.othersUse} ${w.stories}`)).toEqual(['militants/fighters 2', 'said/claimed 1']);
    expect(profiles.get('valley-post')!.wordChoices.map((w) => `${w.uses}/${w.othersUse} ${w.stories} ${w.otherOutlets}`)).toEqual(['militants/fighters 1 harbour-herald']);
    expect(profiles.get('island-times')!.wordChoices).toEqual([]);
  });

  it('does not depend on how many times it runs, and names a bad summary', () => {
    expect(buildOutletProfiles([FERRY, PORT, BRIDGE, RIVER])).toEqual(profiles);
    const stray: OutletStoryAnalysis = { ...RIVER.analysis!, own: [{ version: 'x9', articleWords: 10, aloneWords: 1 }] };
    expect(() => buildOutletProfiles([{ ...RIVER, analysis: stray }])).toThrow(/river-flood.*"x9"/);
    const strayChoice: OutletStoryAnalysis = { ...RIVER.analysis!, wordChoices: [{ forms: [side('a', 'a', ['nowhere']), side('b', 'b', ['island-times'])], row: { a: 'i1', b: 'v2', row: 'r1' } }] };
    expect(() => buildOutletProfiles([{ ...RIVER, analysis: strayChoice }])).toThrow(/river-flood.*"nowhere"/);
  });
});

describe('a story analysis reduced for the profiles', () => {
  it('keeps own words, lineage ends and kinds, pair shares and one row per word choice', () => {
    const base = 'The army said its soldiers had repelled an attack by militants on a border post near the river crossing before dawn on Thursday.';
    const added = 'Villagers said they heard gunfire for most of the night.';
    const story = storyOf([
      { id: 'a', outlet: 'north', published: '2027-04-08', paragraphs: [base, ORIGINAL[3]!] },
      { id: 'b', outlet: 'south', published: '2027-04-09', paragraphs: [base.replace('militants', 'fighters'), ORIGINAL[3]!, added] },
    ]);
    const findings = analyse(story);
    const summary = summariseForOutlets(findings, (x, y) => story.compare(x, y).stats.aShared);
    expect(summary.own.map((o) => o.version)).toEqual(['a', 'b']);
    expect(summary.own.find((o) => o.version === 'a')!.aloneWords).toBe(0);
    expect(summary.own.find((o) => o.version === 'b')!.aloneWords).toBe(added.split(' ').length);
    expect(summary.shared.map((s) => `${s.a}/${s.b}`)).toEqual(['a/b', 'b/a']);
    expect(summary.shared[0]!.share).toBe(story.compare('a', 'b').stats.aShared);
    expect(summary.lineage).toEqual(findings.lineage.map((e) => ({ from: e.from, to: e.to, kind: e.kind })));
    expect(summary.wordChoices).toEqual([{ forms: [side('fighters', findings.wordChoices[0]!.forms[0].lemma, ['south']), side('militants', findings.wordChoices[0]!.forms[1].lemma, ['north'])], row: findings.wordChoices[0]!.rows[0] }]);
  });
});

/** Share of `a`'s words found in `b` (comparisons are computed low id first; the B side's share when flipped). */
const shareOf = (story: TestStory, a: string, b: string) => (a < b ? story.compare(a, b).stats.aShared : story.compare(b, a).stats.bShared);

describe('the seed story through the same pipeline (the seed fixture, not content/)', () => {
  it('says Press TV’s text is carried by Islam Times in 1 of 1 shared stories', async () => {
    const corpus = await loadCorpus(path.join(repoRoot, 'tests/fixtures/seed-content'));
    const story = await seedStory();
    const findings = analyse(story);
    const outlets = new Map(corpus.outlets.map(({ file: _file, ...o }) => [o.id, o]));
    const profiles = buildOutletProfiles([
      {
        id: SEED_STORY,
        title: 'seed',
        accounts: story.accounts.map((a) => ({ version: a.id, outlet: outlets.get(a.outlet)!, published: a.published, words: 0 })),
        analysis: summariseForOutlets(findings, (a, b) => shareOf(story, a, b)),
      },
    ]);
    const islam = profiles.get('press-tv')!.relations.find((r) => r.outlet === 'islam-times')!;
    expect(relationSentences(islam)).toEqual(['Its text is carried by Islam Times in 1 of 1 shared stories.']);
    expect(relationSentences(profiles.get('islam-times')!.relations.find((r) => r.outlet === 'press-tv')!)).toEqual(['It carries text of Press TV in 1 of 1 shared stories.']);
  }, 120_000);
});
