import { describe, expect, it } from 'vitest';
import { buildStoryContext, compareAccounts } from '@lib/engine/index.ts';
import { loadTopics, scoreAccounts, scorePairs } from './alignment-eval.ts';
import { loadSeeds } from './seeds.ts';

/*
 * Retellings on the labelled development set (tests/fixtures/alignment/).
 * The floors sit a little under the measured figures (npm run eval:alignment):
 * before the retelling pass the engine found 38 of 51 positives (74.5%).
 */
const topics = loadTopics();

describe('alignment of retellings: labelled development set', () => {
  it('has at least 60 pairs of every kind', () => {
    const pairs = topics.flatMap((t) => t.pairs);
    expect(pairs.length).toBeGreaterThanOrEqual(60);
    for (const kind of ['verbatim', 'light-edit', 'rewrite', 'same-topic', 'unrelated']) expect(pairs.some((p) => p.kind === kind)).toBe(true);
  });
  it('pairs alone: recall ≥ 95% and precision ≥ 95%', () => {
    const s = scorePairs(topics);
    expect(s.recall, s.mistakes.join('\n')).toBeGreaterThanOrEqual(0.95);
    expect(s.precision, s.mistakes.join('\n')).toBeGreaterThanOrEqual(0.95);
    expect(s.alignedByKind.unrelated.aligned).toBe(0);
  });
  it('in accounts: recall ≥ 95% and precision ≥ 95%', () => {
    const s = scoreAccounts(topics);
    expect(s.recall, s.mistakes.join('\n')).toBeGreaterThanOrEqual(0.95);
    expect(s.precision, s.mistakes.join('\n')).toBeGreaterThanOrEqual(0.95);
  });
  it('held-out pairs (written after the rules were fixed): recall ≥ 90%, precision ≥ 95%', () => {
    const s = scorePairs(loadTopics('heldout'));
    expect(s.recall, s.mistakes.join('\n')).toBeGreaterThanOrEqual(0.9);
    expect(s.precision, s.mistakes.join('\n')).toBeGreaterThanOrEqual(0.95);
  });
  it('without the retelling passes, rewrites are missed (the passes are what finds them)', () => {
    const off = { retoldMinRareUnits: Infinity, neighbourMinRareUnits: Infinity };
    expect(scorePairs(topics, off).alignedByKind.rewrite.aligned).toBeLessThan(scorePairs(topics).alignedByKind.rewrite.aligned - 5);
  });
});

describe('retold pass: rules', () => {
  const story = [
    { id: 'x', paragraphs: ['Judge Miriam Osei told the court the trial was expected to last until the end of June.', 'The court heard two witnesses.', 'Halloran denies the charges.'] },
    { id: 'y', paragraphs: ['The proceedings should be over by late June, according to Judge Miriam Osei.', 'Halloran was not in court.', 'Halloran’s lawyer spoke.'] },
  ];
  const context = buildStoryContext(story);
  it('a rewrite sharing a name and a date is changed, with pass "retold"', () => {
    const c = compareAccounts(story[0]!, story[1]!, context);
    expect(c.rows[0]).toMatchObject({ kind: 'changed', a: [0], b: [0], pass: 'retold' });
  });
  it('different figures are different claims; the same figures are a retelling', () => {
    const a = { id: 'a', paragraphs: ['Police said 3,400 residents of Millbank were taken from Brenmouth by bus overnight.'] };
    const other = { id: 'b', paragraphs: ['About 200 Millbank residents spent the night in a Brenmouth school gym, volunteers said.'] };
    const same = { id: 'c', paragraphs: ['About 3,400 Millbank residents spent the night in a Brenmouth school gym, volunteers said.'] };
    const ctx = buildStoryContext([a, other, same, ...story]);
    expect(compareAccounts(a, other, ctx).rows.map((r) => r.kind)).toEqual(['a-only', 'b-only']);
    expect(compareAccounts(a, same, ctx).rows[0]).toMatchObject({ kind: 'changed', pass: 'retold' });
  });
});

describe('neighbour pass', () => {
  const a = { id: 'a', paragraphs: ['Judge Miriam Osei opened the trial of Viktor Halloran in Dunmere on Tuesday.', 'The hearing was adjourned shortly before noon.', 'Halloran’s lawyer Petra Lindqvist asked for the case to be dismissed.'] };
  const b = { id: 'b', paragraphs: ['Judge Miriam Osei opened the trial of Viktor Halloran in Dunmere on Tuesday.', 'Shortly before noon the session ended for the day.', 'Halloran’s lawyer Petra Lindqvist asked for the case to be dismissed.'] };
  it('a sentence between matched neighbours pairs with the one in the same gap on one rare unit', () => {
    const c = compareAccounts(a, b, buildStoryContext([a, b]));
    expect(c.rows[1]).toMatchObject({ a: [1], b: [1], kind: 'changed', pass: 'neighbour' });
    expect(compareAccounts(a, b, buildStoryContext([a, b]), { neighbourMinRareUnits: Infinity }).rows[1]!.kind).toBe('a-only');
  });
  it('without matched neighbours, one rare unit is not enough', () => {
    const lone = (x: typeof a) => ({ ...x, paragraphs: [x.paragraphs[1]!] });
    const c = compareAccounts(lone(a), lone(b), buildStoryContext([a, b]));
    expect(c.rows.map((r) => r.kind)).toEqual(['a-only', 'b-only']);
  });
});

describe('retellings in the seeds', () => {
  it('Press TV and RFE/RL: the "constructive" meeting statement pairs as changed', () => {
    const seeds = loadSeeds();
    const [rferl, , , pressTv] = seeds;
    const c = compareAccounts(rferl!, pressTv!, buildStoryContext(seeds));
    const i = c.a.segments.findIndex((s) => s.text.includes('meeting with U.S. Secretary of State Antony Blinken on May 19 was “constructive,”'));
    const j = c.b.segments.findIndex((s) => s.text.includes('described his first face-to-face meeting with Blinken as “constructive”'));
    const row = c.rows.find((r) => r.a.includes(i))!;
    expect(row.b).toEqual([j]);
    expect(['changed', 'moved']).toContain(row.kind);
  });
});
