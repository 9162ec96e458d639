import { describe, expect, it } from 'vitest';
import { buildStoryContext } from '@lib/engine/index.ts';
import { segmentAccount } from '@lib/engine/segment.ts';
import { TermTable, mergeFeatures, scorePair, segmentFeatures, shingleContainment, type Features } from '@lib/engine/features.ts';
import { retellingEvidence } from '@lib/engine/retold.ts';
import { acc } from '../support/account.ts';

/*
 * What the aligner measures of two runs of sentences (features.ts): IDF-weighted Dice and
 * containment, where a word counts as often as both sides hold it; trigram overlap (word order);
 * which terms are rare in the story; the figures of a sentence. Checked against the documented
 * formulas, with the story's own weights, on invented sentences.
 */


function setup(...texts: string[]) {
  const accounts = texts.map((t, i) => acc(`s${i}`, t));
  const table = new TermTable(buildStoryContext(accounts));
  const features = accounts.map((a) => segmentFeatures(segmentAccount(a), table));
  const w = (stem: string) => table.weight(table.id(stem));
  return { table, features, w };
}

describe('scorePair', () => {
  it('a word counts as often as both sides hold it', () => {
    const { table, features, w } = setup('Talks, talks and more talks in Oslo.', 'Talks and more talks in Oslo.');
    const [x, y] = [features[0]![0]!, features[1]![0]!];
    // x: talk ×3, oslo ("and", "more", "in" are stopwords); y: talk ×2, oslo.
    const wx = 3 * w('talk') + w('oslo');
    const wy = 2 * w('talk') + w('oslo');
    expect(x.weight).toBeCloseTo(wx, 12);
    expect(y.weight).toBeCloseTo(wy, 12);
    const overlap = 2 * w('talk') + w('oslo');
    const s = scorePair(x, y, table);
    expect(s.dice).toBeCloseTo((2 * overlap) / (wx + wy), 12);
    expect(s.containment).toBeCloseTo(overlap / Math.min(wx, wy), 12);
    expect(scorePair(y, x, table)).toEqual(s);
  });

  it('a side without content words scores 0', () => {
    const { table, features } = setup('It was not what they had.', 'Talks in Oslo.');
    expect(features[0]![0]!.weight).toBe(0);
    expect(scorePair(features[0]![0]!, features[1]![0]!, table)).toEqual({ dice: 0, containment: 0 });
  });
});

describe('runs of sentences', () => {
  it('merge their words, weights and figures, and keep each sentence’s word order', () => {
    const { features } = setup('Dredging starts in April. Dredging costs 40 million euros. Ships arrive in 2027.');
    const [a, b, c] = features[0]! as Features[];
    const run = mergeFeatures([a!, b!, c!]);
    expect(run.weight).toBeCloseTo(a!.weight + b!.weight + c!.weight, 12);
    expect(run.contentWords).toBe(a!.contentWords + b!.contentWords + c!.contentWords);
    expect(run.sequences).toEqual([...a!.sequences, ...b!.sequences, ...c!.sequences]);
    expect(run.numbers).toEqual(new Set([...b!.numbers, ...c!.numbers]));
    expect(run.numbers.size).toBe(2);
    expect(Math.max(...run.terms.values())).toBe(2);
    for (const [id, n] of run.terms) expect(n).toBe((a!.terms.get(id) ?? 0) + (b!.terms.get(id) ?? 0) + (c!.terms.get(id) ?? 0));
  });
});

describe('shingleContainment (word order)', () => {
  it('shared content-word trigrams over those of the side with fewer', () => {
    const { features } = setup(
      'Ministers discussed grain exports through the Black Sea corridor.',
      'On Monday ministers discussed grain exports through the Black Sea corridor with Turkey.',
      'Grain exports through the corridor were discussed by ministers.',
    );
    const [x, y, z] = features.map((f) => f[0]!);
    // x: minist discuss grain export black sea corridor, 5 trigrams, all in y.
    expect(shingleContainment(x!, y!)).toBe(1);
    expect(shingleContainment(y!, x!)).toBe(1);
    // z: grain export corridor discuss minist: 3 trigrams, one of them (grain export ...) not in x.
    expect(shingleContainment(x!, z!)).toBe(0);
    // Fewer than three content words: no trigram, nothing to compare.
    const { features: short } = setup('Grain exports.', 'Grain exports resumed quickly today.');
    expect(shingleContainment(short[0]![0]!, short[1]![0]!)).toBe(0);
  });
});

describe('rare terms', () => {
  it('a term in as many sentences as the story has accounts is rare, in one more is not', () => {
    const evidence = (...extra: string[]) => {
      const texts = ['Judge Osei fined Brantley.', 'Brantley was fined by Judge Osei.', ...extra];
      const { table, features } = setup(...texts);
      return retellingEvidence(features[0]![0]!, features[1]![0]!, table).rareUnits;
    };
    // Pieces: [Judge Osei] [fined] [Brantley]. Three accounts and "fined" in three sentences: rare.
    expect(evidence('The club was fined.')).toBe(3);
    // Four sentences with "fined" in a story of three accounts: common.
    expect(evidence('The club was fined. A rival was fined too.')).toBe(2);
  });

  it('only figures are figures', () => {
    const { features } = setup('Dredging starts in April after 3 years.');
    const f = features[0]![0]!;
    expect(f.numbers.size).toBe(1);
    expect(f.contentWords).toBeGreaterThan(3);
  });
});
