import { describe, expect, it } from 'vitest';
import { LINEAGE_DEFAULTS, type LineageEdge, type StoryAccountInput } from '@lib/engine/story/index.ts';
import { analyse, storyOf } from './helpers.ts';
import { chain, ORIGINAL } from './synthetic.ts';

/*
 * What the story page's lineage section shows for an edge: that it exists at all (a verbatim run
 * of at least `minRun` words), its confidence as documented in lineage.ts, its evidence (dates,
 * shares, the longest run quoted, wording only the two share) and which capture is the earlier
 * revision. Invented accounts.
 */
const { copyMinRun, copyMinExclusive, copyMinContained, minRun } = LINEAGE_DEFAULTS;
const saturate = (x: number) => Math.max(0, Math.min(1, x));
const wordsOf = (t: string) => t.split(' ').filter((w) => w !== '…').length;

/** The confidence lineage.ts documents for an edge, from the edge's own evidence (to 4 decimals, as published). */
function documentedConfidence(e: LineageEdge): number {
  const s = e.signals;
  const runScore = saturate(s.longestRunOutsideQuotes / (2 * copyMinRun));
  if (e.basis === 'relation') return 1;
  if (e.kind === 'copy') {
    const [fromInTo, toInFrom] = s.shared;
    return (saturate((toInFrom - fromInTo) / 0.5) + runScore + saturate(s.exclusiveWords / (2 * copyMinExclusive)) + saturate(toInFrom / (2 * copyMinContained))) / 4;
  }
  if (e.kind === 'revision') return e.directed ? 0.5 + 0.5 * Math.max(runScore, saturate(s.similarity / 0.5)) : 0.5 * saturate(s.similarity / 0.5);
  return Math.min(0.9, s.longestRun / (2 * copyMinRun + minRun));
}

const revised = [...ORIGINAL.slice(0, 7).map((p, i) => (i === 2 ? 'Shopkeepers on the northern bank welcomed the crossing but criticised the tolls.' : p)), 'Updated on Tuesday with the audit office announcing a review of the contract and the cost of the foundations.'];
const mill = 'Residents of the flooded valley gathered at the old stone mill to hear the rebuilding plan from engineers.';
const twoMills = (other: string, change: Partial<StoryAccountInput> = {}): StoryAccountInput[] => [
  { id: 'one', outlet: 'x', published: '2024-05-01', paragraphs: [mill] },
  { id: 'two', outlet: 'y', published: '2024-05-02', paragraphs: [other], ...change },
];

const FIXTURES: Record<string, StoryAccountInput[]> = {
  chain: chain(),
  'revisions a day apart': [
    { id: 'first', outlet: 'paper', published: '2024-05-01', paragraphs: ORIGINAL },
    { id: 'second', outlet: 'paper', published: '2024-05-02', paragraphs: revised },
  ],
  'revisions on one day': [
    { id: 'first', outlet: 'paper', published: '2024-05-01', paragraphs: ORIGINAL },
    { id: 'second', outlet: 'paper', published: '2024-05-01', paragraphs: revised },
  ],
  'a lightly related revision': [
    { id: 'early', outlet: 'paper', published: '2024-05-01', paragraphs: ORIGINAL.slice(0, 4) },
    { id: 'late', outlet: 'paper', published: '2024-05-03', paragraphs: [ORIGINAL[0]!, ...revised.slice(4, 8), 'Readers wrote in with memories of the ferry and photographs of the old ramp in winter.'] },
  ],
  'a lightly related same-day revision': [
    { id: 'early', outlet: 'paper', published: '2024-05-01', paragraphs: ORIGINAL.slice(0, 4) },
    { id: 'late', outlet: 'paper', published: '2024-05-01', paragraphs: [ORIGINAL[0]!, ...revised.slice(4, 8), 'Readers wrote in with memories of the ferry and photographs of the old ramp in winter.'] },
  ],
  'a shared eight-word run': twoMills('On Sunday residents of the flooded valley gathered at the old mill, angry about the insurers.'),
  'a recorded repost': [
    { id: 'article', outlet: 'paper', published: '2024-05-02', paragraphs: revised },
    { id: 'repost', outlet: 'blog', published: '2024-05-01', paragraphs: ORIGINAL, relation: { kind: 'repost', of: 'article' } },
  ],
};

describe('lineage edges carry the documented confidence and evidence', () => {
  for (const [name, accounts] of Object.entries(FIXTURES))
    it(name, () => {
      const { lineage } = analyse(storyOf(accounts));
      expect(lineage.length).toBeGreaterThan(0);
      for (const e of lineage) {
        expect(e.confidence, `${e.from}>${e.to}`).toBeCloseTo(documentedConfidence(e), 4);
        const from = accounts.find((a) => a.id === e.from)!;
        const to = accounts.find((a) => a.id === e.to)!;
        expect(e.signals.published).toEqual([from.published, to.published]);
        expect(wordsOf(e.signals.longestRunText)).toBeLessThanOrEqual(40);
        expect(wordsOf(e.signals.exclusiveExample)).toBeLessThanOrEqual(12);
        expect(e.signals.longestRunOutsideQuotes).toBeLessThanOrEqual(e.signals.longestRun);
      }
    });

  it('the confidences differ between fixtures as their evidence does', () => {
    const conf = (name: string) => analyse(storyOf(FIXTURES[name]!)).lineage.map((e) => e.confidence);
    expect(conf('revisions a day apart')).toEqual([1]);
    expect(conf('revisions on one day')).toEqual([0.5]);
    expect(conf('a shared eight-word run')).toEqual([0.1667]);
    expect(conf('a recorded repost')).toEqual([1]);
    const light = analyse(storyOf(FIXTURES['a lightly related revision']!)).lineage[0]!;
    expect(light.signals.similarity).toBeLessThan(0.5);
    expect(light.confidence).toBeGreaterThan(0.5);
    expect(light.confidence).toBeLessThan(1);
    const sameDay = analyse(storyOf(FIXTURES['a lightly related same-day revision']!)).lineage[0]!;
    expect(sameDay.confidence).toBeLessThan(0.5);
    expect(sameDay.confidence).toBeGreaterThan(0);
  });

  it('quotes the longest shared run, clipped to 40 words, and an example of the wording only the two share', () => {
    const [ab, bc] = analyse(storyOf(chain())).lineage;
    expect(ab!.signals.longestRunText.endsWith(' …')).toBe(true);
    expect(wordsOf(ab!.signals.longestRunText)).toBe(40);
    expect(ab!.signals.exclusiveExample.startsWith('a procession of vintage buses')).toBe(true);
    // copy-b's own edit is the wording only copy-b and copy-c share.
    expect(bc!.signals.exclusiveExample).toContain('inspected the whole deck before sunrise');
    expect(bc!.signals.exclusiveWords).toBeGreaterThanOrEqual(LINEAGE_DEFAULTS.copyMinExclusive);
    expect(bc!.signals.shared[1]).toBe(1);
  });
});

describe('an edge needs a verbatim run of at least minRun words', () => {
  it('a run of exactly eight words links two accounts; seven do not', () => {
    const eight = analyse(storyOf(FIXTURES['a shared eight-word run']!)).lineage;
    expect(eight.map((e) => [e.from, e.to, e.kind, e.signals.longestRun])).toEqual([['one', 'two', 'common-source', 8]]);
    const seven = analyse(storyOf(twoMills('On Sunday residents of the flooded valley gathered at the ancient mill, angry about the insurers.'))).lineage;
    expect(seven).toEqual([]);
  });

  it('a recorded relation is an edge whatever the run', () => {
    const recorded = analyse(storyOf(twoMills('Insurers in the capital said claims from the valley would be paid by the end of the month.', { relation: { kind: 'repost', of: 'one' } }))).lineage;
    expect(recorded).toMatchObject([{ from: 'one', to: 'two', basis: 'relation', relation: 'repost', confidence: 1 }]);
  });
});

describe('which capture is the earlier revision', () => {
  it('names the earlier capture of a dated revision, none on the same day, and the carried one for a backwards record', () => {
    expect(analyse(storyOf(FIXTURES['revisions a day apart']!)).lineage[0]).toMatchObject({ from: 'first', to: 'second', earlier: 'first' });
    expect(analyse(storyOf(FIXTURES['revisions on one day']!)).lineage[0]!.earlier).toBeUndefined();
    // The repost (dated first) carries the earlier revision of the article it names as its source.
    expect(analyse(storyOf(FIXTURES['a recorded repost']!)).lineage[0]).toMatchObject({ from: 'article', to: 'repost', earlier: 'repost' });
    // A copy has no earlier revision.
    expect(analyse(storyOf(chain())).lineage.every((e) => e.earlier === undefined)).toBe(true);
  });
});
