import { describe, expect, it } from 'vitest';
import { buildFacts } from '@lib/engine/story/facts.ts';
import { Pairs } from '@lib/engine/story/accounts.ts';
import { SLOT_DEFAULTS, storyRows } from '@lib/engine/story/slots.ts';
import type { Fact, StoryAccountInput, Variant } from '@lib/engine/story/types.ts';
import { storyAccounts, storyOf } from './helpers.ts';
import { ORIGINAL } from './synthetic.ts';

/*
 * The story's name variants join the facts (`facts.ts` addNameVariants): each pair of spellings
 * a slot does not already state as a name is an equivalent name fact, linked to the rows whose
 * two sides carry its two forms. The variants are given as `variants.ts` gives them (single-word
 * forms, the more written first, a context where the name usually runs on). Invented harbour news.
 */
const account = (id: string, published: string, paragraphs: string[]): StoryAccountInput => ({ id, outlet: `outlet-${id}`, published, paragraphs });
const story = storyOf([
  account('one', '2027-05-20', [
    'At the quay, harbour pilot Aleksandr Volkov said the summer timetable would change in July.',
    ORIGINAL[0]!,
    'Later the pilot Jonas Berg guided the first ferry out past the breakwater at dawn.',
    'On the summer route, Pavel Nowak’s 52 ferries will sail every hour from June.',
    'Aleksandr Volkov will brief the port council about the new timetable on Friday.',
    'The harbour pilot thanked the lock crews for their work through the long storm on Saturday.',
    'The lock keeper Marta Straus opened the inner gates for the cargo ship at noon.',
  ]),
  account('two', '2027-05-21', [
    'At the quay, deputy director Alexander Volkov said the summer timetable would change in July.',
    ORIGINAL[0]!,
    'Later the pilot Jonny Bergh guided the first ferry out past the breakwater at dawn.',
    'On the summer route, Pavel Novak’s 53 ferries will sail every hour from June.',
    'The harbour pilot will brief the port council about the new timetable on Friday.',
    'Aleksandr Volkov thanked the lock crews for their work through the long storm on Saturday.',
    'The lock keeper Marta Weber opened the inner gates for the cargo ship at noon.',
  ]),
]);
const name = (...forms: Array<[string, string, string?]>): Variant => ({ kind: 'name', forms: forms.map(([text, version, context]) => ({ text, versions: [version], ...(context ? { context } : {}) })) });
const VARIANTS: Variant[] = [
  name(['Aleksandr', 'one', 'Aleksandr Volkov'], ['Alexander', 'two', 'Alexander Volkov']),
  name(['Berg', 'one'], ['Bergh', 'two']),
  name(['Nowak', 'one'], ['Novak', 'two']),
  // Three spellings of one name that stand in no matched row (two of them alike in upper case).
  name(['Straus', 'one'], ['Strauß', 'two'], ['Strauss', 'two']),
];
const facts = (variants: Variant[]): Fact[] => buildFacts(storyAccounts(story), new Pairs(story.compare), variants);
const brief = (fs: Fact[]) => fs.map((f) => `${f.kind}:${f.relation} ${f.forms.map((x) => `${x.text}[${x.versions.join(',')}]`).join(' / ')}`);

describe('name variants among the facts', () => {
  // Built in each test, not when the file is collected: a mutation run switches mutants per test.

  it('lists each spelling pair a slot does not state as a name, every pair of a three-form name', () => {
    const found = facts(VARIANTS);
    expect(brief(found)).toEqual([
      'number:conflict Novak’s 53[two] / Nowak’s 52[one]',
      'name:different Jonas Berg[one] / Jonny Bergh[two]',
      'name:different Straus[one] / Weber[two]',
      // Berg / Bergh is not listed again: the name slot "Jonas Berg" / "Jonny Bergh" states it.
      'name:equivalent Aleksandr[one] / Alexander[two]',
      // A number slot holding the two spellings ("Nowak’s 52") is no name fact: the variant is listed.
      'name:equivalent Novak[two] / Nowak[one]',
      // "Straus" / "Weber" holds one form only: both pairs of the three spellings are listed.
      'name:equivalent Straus[one] / Strauss[two]',
      'name:equivalent Straus[one] / Strauß[two]',
    ]);
  });

  it('links a variant to the rows whose two sides carry its two forms, in either account', () => {
    const found = facts(VARIANTS);
    const rowsOf = (text: string) => found.find((f) => f.relation === 'equivalent' && f.forms[0].text === text)!.rows;
    // The Volkov rows where only one side names him ("The harbour pilot") are not linked.
    expect(rowsOf('Aleksandr')).toEqual([{ a: 'one', b: 'two', row: 'r1' }]);
    expect(rowsOf('Novak')).toEqual([{ a: 'one', b: 'two', row: 'r4' }]);
    expect(found.filter((f) => f.forms[0].text === 'Straus' && f.relation === 'equivalent').map((f) => f.rows)).toEqual([[], []]);
    // The forms' contexts are the variant's ("Aleksandr Volkov"), or the form itself.
    expect(found.filter((f) => f.relation === 'equivalent').map((f) => f.forms.map((x) => x.context))).toEqual([
      ['Aleksandr Volkov', 'Alexander Volkov'],
      ['Novak', 'Nowak'],
      ['Straus', 'Strauss'],
      ['Straus', 'Strauß'],
    ]);
  });
});

describe('a name variant in a retold sentence', () => {
  it('is linked to the row of the retelling, though its score is below what slots need', () => {
    const retold = storyOf([
      account('three', '2027-05-20', [ORIGINAL[0]!, 'Aleksandr Volkov, who has guided ships into the estuary for thirty years, expects forty ferries at Varna in July.', ORIGINAL[1]!]),
      account('four', '2027-05-21', [ORIGINAL[0]!, 'Forty ferries are due at Varna this July, according to the veteran pilot Alexander Volkov.', ORIGINAL[1]!]),
    ]);
    const accounts = storyAccounts(retold);
    const pairs = new Pairs(retold.compare);
    // The retelling is a matched row, too weak a match for slots (no fact is read in it).
    const row = storyRows(accounts, pairs, { minRowScore: 0 }).find((r) => r.aText.includes('Volkov'))!;
    expect(row.row.score).toBeLessThan(SLOT_DEFAULTS.minRowScore);
    const variant = name(['Aleksandr', 'three', 'Aleksandr Volkov'], ['Alexander', 'four', 'Alexander Volkov']);
    expect(buildFacts(accounts, pairs, [variant]).map((f) => [f.forms.map((x) => x.text), f.rows])).toEqual([[['Aleksandr', 'Alexander'], [{ a: row.a, b: row.b, row: row.row.id }]]]);
  });
});
