import { describe, expect, it } from 'vitest';
import { decideLineage, LINEAGE_DEFAULTS, type PairEvidence } from '@lib/engine/story/index.ts';
import { analyse, seedStory, storyOf } from './helpers.ts';
import { chain, ORIGINAL } from './synthetic.ts';

describe('copy lineage on synthetic accounts', () => {
  it('B copies A and C copies B gives A → B → C, not A → C', () => {
    const { lineage } = analyse(storyOf(chain()));
    const edges = lineage.map((e) => `${e.from}>${e.to}:${e.kind}:${e.directed}`);
    expect(edges).toContain('source-a>copy-b:copy:true');
    expect(edges).toContain('copy-b>copy-c:copy:true');
    expect(lineage.some((e) => [e.from, e.to].includes('source-a') && [e.from, e.to].includes('copy-c'))).toBe(false);
  });

  it('exact copies (all ties) still give the chain, by shortest time span', () => {
    const accounts = chain().map((a) => (a.id === 'source-a' ? a : { ...a, paragraphs: a.paragraphs.map((p, i) => (i < 6 ? ORIGINAL[i]! : p)) }));
    const { lineage } = analyse(storyOf(accounts));
    expect(lineage.map((e) => `${e.from}>${e.to}`).sort()).toEqual(['copy-b>copy-c', 'source-a>copy-b']);
  });

  it('states no direction when publication order and containment disagree', () => {
    // The earlier account is the excerpt: dates say A → B, containment says B → A.
    const { lineage } = analyse(
      storyOf([
        { id: 'early-excerpt', outlet: 'x', published: '2024-05-01', paragraphs: ORIGINAL.slice(0, 3) },
        { id: 'late-full', outlet: 'y', published: '2024-05-02', paragraphs: ORIGINAL },
      ]),
    );
    expect(lineage).toHaveLength(1);
    expect(lineage[0]).toMatchObject({ kind: 'common-source', directed: false, basis: 'none' });
    expect(lineage[0]!.reasons).toContain('order-disagrees');
  });

  it('a shared quotation alone is a common source, not a copy', () => {
    const quote = '“a promise kept to every family that waited in traffic on the old ferry ramp for a decade”';
    const { lineage } = analyse(
      storyOf([
        { id: 'one', outlet: 'x', published: '2024-05-01', paragraphs: [`The mayor called the bridge ${quote}, as crowds gathered on the southern bank.`, ORIGINAL[0]!] },
        { id: 'two', outlet: 'y', published: '2024-05-02', paragraphs: [ORIGINAL[4]!, `Speaking at the ribbon, Dobreva said it was ${quote} and thanked the engineers.`] },
      ]),
    );
    expect(lineage).toHaveLength(1);
    expect(lineage[0]).toMatchObject({ kind: 'common-source', directed: false });
    expect(lineage[0]!.signals.longestRunOutsideQuotes).toBeLessThan(lineage[0]!.signals.longestRun);
  });

  it('a recorded relation gives the direction, the text gives the kind', () => {
    const revised = [...ORIGINAL.slice(0, 7).map((p, i) => (i === 2 ? 'Shopkeepers on the northern bank welcomed the crossing but criticised the tolls.' : p)), 'Updated on Tuesday with the audit office announcing a review of the contract and the cost of the foundations.'];
    const { lineage } = analyse(
      storyOf([
        { id: 'article', outlet: 'paper', published: '2024-05-02', paragraphs: revised },
        { id: 'repost', outlet: 'blog', published: '2024-05-01', paragraphs: ORIGINAL, relation: { kind: 'repost', of: 'article' } },
      ]),
    );
    expect(lineage).toHaveLength(1);
    expect(lineage[0]).toMatchObject({ from: 'article', to: 'repost', kind: 'revision', basis: 'relation', directed: true, earlier: 'repost' });
  });

  it('unrelated accounts have no edge', () => {
    const { lineage } = analyse(
      storyOf([
        { id: 'one', outlet: 'x', published: '2024-05-01', paragraphs: ORIGINAL.slice(0, 2) },
        { id: 'two', outlet: 'y', published: '2024-05-01', paragraphs: ORIGINAL.slice(5, 8) },
      ]),
    );
    expect(lineage).toEqual([]);
  });
});

/** Reasons that explain why no copy was stated. */
const AGAINST = ['mostly-quoted', 'short-runs', 'little-shared', 'no-exclusive-wording', 'same-day', 'two-sided-containment', 'order-disagrees'];

/** Every edge's reasons agree with its kind (the invariants documented on `LineageEdge`). */
function expectConsistent(lineage: ReturnType<typeof analyse>['lineage']) {
  for (const e of lineage) {
    if (e.kind === 'copy' && e.basis !== 'relation') {
      expect(e.reasons).toEqual(expect.arrayContaining(['contained', 'published-first', 'own-prose-run', 'exclusive-wording']));
      expect(e.signals.exclusiveWords).toBeGreaterThanOrEqual(LINEAGE_DEFAULTS.copyMinExclusive);
      expect(e.signals.published[0] < e.signals.published[1]).toBe(true);
      expect(e.signals.shared[1]).toBeGreaterThan(e.signals.shared[0]);
    }
    if (e.kind === 'common-source') {
      expect(e.directed).toBe(false);
      expect(e.reasons.some((r) => AGAINST.includes(r))).toBe(true);
    }
    if (e.directed) expect(e.reasons.some((r) => AGAINST.includes(r))).toBe(false);
  }
}

describe('reprints of one wire story', () => {
  /** One invented wire story reprinted by three sites: their own furniture, a one-word house edit, one trims the end. */
  const WIRE = ORIGINAL.slice(0, 6);
  const reprints = () => [
    { id: 'site-one', outlet: 'one', published: '2024-05-01', paragraphs: ['Home › Region › Transport', ...WIRE, 'Read more: the ferry timetable for the summer season'] },
    { id: 'site-two', outlet: 'two', published: '2024-05-02', paragraphs: [...WIRE.slice(0, 4).map((p) => p.replace('lengthy dispute', 'long dispute')), 'Follow us for the latest regional news'] },
    { id: 'site-three', outlet: 'three', published: '2024-05-03', paragraphs: ['(Wire service)', ...WIRE.map((p) => p.replace('Local shopkeepers', 'Shopkeepers')), 'Share this article'] },
  ];

  it('are linked as common source, with no direction between any two', () => {
    const { lineage } = analyse(storyOf(reprints()));
    expect(lineage.length).toBeGreaterThanOrEqual(2);
    expect(lineage.every((e) => e.kind === 'common-source' && !e.directed)).toBe(true);
    const linked = new Set(lineage.flatMap((e) => [e.from, e.to]));
    expect([...linked].sort()).toEqual(['site-one', 'site-three', 'site-two']);
    // The trimmed reprint sits inside the earlier full one, dates agree, long runs of prose: everything a copy
    // needed before, except wording only these two share (all of it is in the third reprint too).
    const trimmed = lineage.find((e) => e.from === 'site-one' && e.to === 'site-two')!;
    expect(trimmed.reasons).toEqual(['no-exclusive-wording']);
    expect(trimmed.signals.shared[1]).toBeGreaterThan(0.9);
    expectConsistent(lineage);
  });

  it('wording only two reprints share (a paragraph the third lacks) is what gives a copy its direction', () => {
    const accounts = reprints();
    // site-two also carries a paragraph of its own that site-three took, and site-one lacks.
    const extra = 'A spokesman for the contractor said crews would return in the autumn to finish painting the towers and replace the lighting.';
    accounts[1]!.paragraphs.splice(4, 0, extra);
    accounts[2]!.paragraphs = ['(Wire service)', ...WIRE.slice(0, 2), extra];
    const { lineage } = analyse(storyOf(accounts));
    expect(lineage.find((e) => e.from === 'site-two' && e.to === 'site-three')).toMatchObject({ kind: 'copy', directed: true });
    expectConsistent(lineage);
  });
});

describe('the lineage decision (pure function)', () => {
  const t = { ...LINEAGE_DEFAULTS };
  const copy: PairEvidence = { first: 'x', sameOutlet: false, xInY: 0.7, yInX: 0.98, longestRun: 60, longestRunOutsideQuotes: 45, exclusiveWords: 30 };

  it('states a copy only when containment, order, own prose and exclusive wording agree', () => {
    expect(decideLineage(copy, t)).toMatchObject({ kind: 'copy', source: 'x', directed: true });
    expect(decideLineage({ ...copy, exclusiveWords: 0 }, t)).toMatchObject({ kind: 'common-source', directed: false, reasons: ['no-exclusive-wording'] });
    expect(decideLineage({ ...copy, exclusiveWords: t.copyMinExclusive - 1 }, t).kind).toBe('common-source');
    expect(decideLineage({ ...copy, first: 'y' }, t).reasons).toEqual(['order-disagrees']);
    expect(decideLineage({ ...copy, first: 'same' }, t).reasons).toEqual(['same-day']);
    expect(decideLineage({ ...copy, longestRunOutsideQuotes: 3 }, t).reasons).toEqual(['mostly-quoted']);
    expect(decideLineage({ ...copy, longestRun: 25, longestRunOutsideQuotes: 15 }, t).reasons).toEqual(['short-runs']);
    expect(decideLineage({ ...copy, xInY: 0.9, yInX: 0.95 }, t).reasons).toEqual(['two-sided-containment']);
  });

  it('a recorded relation gives the direction, the texts the kind', () => {
    expect(decideLineage({ ...copy, relation: { kind: 'repost', source: 'y' }, first: 'x', xInY: 0.8, yInX: 0.8 }, t)).toMatchObject({
      kind: 'revision',
      source: 'y',
      basis: 'relation',
      reasons: ['recorded', 'both-revised', 'earlier-revision-carried'],
    });
    expect(decideLineage({ ...copy, relation: { kind: 'copy', source: 'x' }, xInY: 0.7, yInX: 1 }, t)).toMatchObject({ kind: 'copy', reasons: ['recorded', 'contained', 'published-first'] });
  });

  it('two captures of one outlet are revisions, directed by date', () => {
    expect(decideLineage({ ...copy, sameOutlet: true, first: 'y' }, t)).toMatchObject({ kind: 'revision', source: 'y', directed: true });
    expect(decideLineage({ ...copy, sameOutlet: true, first: 'same' }, t)).toMatchObject({ kind: 'revision', directed: false, basis: 'none' });
  });
});

describe('lineage evidence agrees with its kind', () => {
  it('on the chain and the other fixtures above', () => {
    expectConsistent(analyse(storyOf(chain())).lineage);
  });

  it('on the seed story', async () => {
    expectConsistent(analyse(await seedStory()).lineage);
  });
});
