import { describe, expect, it } from 'vitest';
import { buildFacts } from '@lib/engine/story/facts.ts';
import { Pairs } from '@lib/engine/story/accounts.ts';
import type { Fact, StoryAccountInput, Variant } from '@lib/engine/story/types.ts';
import { storyAccounts, storyOf } from './helpers.ts';
import { ORIGINAL } from './synthetic.ts';

/*
 * How `facts.ts` buildFacts gathers the slots' judgements into facts: one fact per kind, relation
 * and pair of forms, its forms' versions in the story's canonical order, and the name variants
 * joining as equivalent names unless a slot already states them. Invented harbour news.
 */
const account = (id: string, published: string, paragraphs: string[]): StoryAccountInput => ({ id, outlet: `outlet-${id}`, published, paragraphs });

function factsOf(accounts: StoryAccountInput[], variants: Variant[] = []): Fact[] {
  const story = storyOf(accounts);
  return buildFacts(storyAccounts(story), new Pairs(story.compare), variants);
}

const brief = (facts: Fact[]) => facts.map((f) => `${f.kind}:${f.relation} ${f.forms.map((x) => `${x.text}[${x.versions.join(',')}]`).join(' / ')}`);

describe('one fact per pair of forms', () => {
  // Two pilots and two berths: each row states its own fact.
  const harbour = (pilot1: string, pilot2: string, pier: string, gate: string) => [
    `The harbour pilot Anna ${pilot1} guided the first ferry out past the breakwater shortly after dawn on Monday.`,
    ORIGINAL[0]!,
    `A second pilot, Jonas ${pilot2}, brought the cargo ship back into the inner basin before the evening tide.`,
    `The morning ferry to the islands left from pier ${pier} with every seat taken by returning families.`,
    `The night ferry waited at gate ${gate} until the wind had dropped below the safety limit set by the port.`,
  ];

  it('keeps two spellings apart that only upper case folds together (Strauß, Strauss)', () => {
    const facts = factsOf([account('one', '2027-05-20', harbour('Strauß', 'Strauss', '4', '6')), account('two', '2027-05-21', harbour('Weber', 'Weber', '4', '6'))]);
    expect(brief(facts)).toEqual(['name:different Strauss[one] / Weber[two]', 'name:different Strauß[one] / Weber[two]']);
  });

  it('keeps two facts apart whose forms run together alike (1 / 12 and 11 / 2)', () => {
    const facts = factsOf([account('one', '2027-05-20', harbour('Berg', 'Lund', '1', '11')), account('two', '2027-05-21', harbour('Berg', 'Lund', '12', '2'))]);
    expect(brief(facts)).toEqual(['number:conflict 1[one] / 12[two]', 'number:conflict 11[one] / 2[two]']);
  });
});

describe('the versions of a form', () => {
  it('are listed in the story\'s canonical order, however the pairs met them', () => {
    // alpha and delta write "Weber", bravo and charlie "Strauß"; alpha–bravo and charlie–delta
    // also change the verb, so their slot is no name: charlie meets a Weber (alpha) before bravo
    // meets one (delta).
    const sentence = (name: string, verb: string) => [`The harbour master, Anna ${name}, ${verb} that the ferries would sail again on Monday after the storm.`, ORIGINAL[0]!];
    const facts = factsOf([
      account('alpha', '2027-05-18', sentence('Weber', 'said')),
      account('bravo', '2027-05-19', sentence('Strauß', 'announced')),
      account('charlie', '2027-05-20', sentence('Strauß', 'said')),
      account('delta', '2027-05-21', sentence('Weber', 'announced')),
    ]);
    expect(facts.map((f) => f.forms.map((x) => [x.text, x.versions, x.outlets]))).toEqual([
      [
        ['Strauß', ['bravo', 'charlie'], ['outlet-bravo', 'outlet-charlie']],
        ['Weber', ['alpha', 'delta'], ['outlet-alpha', 'outlet-delta']],
      ],
    ]);
  });
});
