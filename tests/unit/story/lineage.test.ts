import { describe, expect, it } from 'vitest';
import { analyse, storyOf } from './helpers.ts';
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
