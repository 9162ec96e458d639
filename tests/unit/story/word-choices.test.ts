import { describe, expect, it } from 'vitest';
import { analyse, storyOf } from './helpers.ts';
import { ORIGINAL } from './synthetic.ts';
import type { StoryAccountInput, WordChoice } from '@lib/engine/story/index.ts';
import { lemmaForm } from '@lib/engine/story/word-choices.ts';

const account = (id: string, outlet: string, paragraphs: string[]): StoryAccountInput => ({ id, outlet, published: '2027-04-08', paragraphs });
const show = (w: WordChoice) => `${w.forms[0].text} [${w.forms[0].outlets.join(',')}] / ${w.forms[1].text} [${w.forms[1].outlets.join(',')}]`;
const choices = (accounts: StoryAccountInput[]) => analyse(storyOf(accounts)).wordChoices;

describe('word choices', () => {
  const base = 'The army said its soldiers had repelled an attack by militants on a border post near the river crossing before dawn on Thursday.';
  it('aggregates one substitution across pairs, with the outlets on each side, sorted by outlets that split', () => {
    const found = choices([
      account('a', 'north', [base, ORIGINAL[3]!]),
      account('b', 'south', [base.replace('militants', 'fighters'), ORIGINAL[3]!]),
      account('c', 'east', [base.replace('militants', 'fighters'), ORIGINAL[3]!.replace('told reporters', 'informed journalists')]),
    ]);
    expect(found.map(show)).toEqual(['fighters [south,east] / militants [north]', 'informed journalists [east] / told reporters [north,south]']);
    expect(found[0]!.outlets).toBe(3);
    expect(found[0]!.count).toBe(2);
    expect(found[0]!.rows.map((r) => `${r.a}/${r.b}`)).toEqual(['a/b', 'a/c']);
    expect(found[0]!.rows.every((r) => /^r\d+$/.test(r.row))).toBe(true);
  });

  it('groups inflections of one word by lemma (claims/claimed), ', () => {
    expect(lemmaForm('claims')).toBe(lemmaForm('claimed'));
    const found = choices([
      account('a', 'north', [base.replace('said', 'claimed')]),
      account('b', 'south', [base]),
      account('c', 'east', [base.replace('said', 'claims')]),
    ]);
    expect(found.map(show)).toEqual(['claimed [north,east] / said [south]']);
    expect(found[0]!.count).toBe(2);
  });

  it('leaves out minor variants, stopword swaps and figures', () => {
    const found = choices([
      account('a', 'north', [base]),
      account('b', 'south', [base.replace('The army', 'the Army').replace('its soldiers', 'the soldiers').replace('Thursday', 'Friday').replace('had repelled', 'has repelled')]),
    ]);
    expect(found).toEqual([]);
  });

  it('produces no entry for a pair of unrelated sentences', () => {
    const found = choices([
      account('a', 'north', ['Shoppers crowded the covered market on Saturday as vendors cut the price of winter vegetables after a mild season.', ORIGINAL[4]!]),
      account('b', 'south', ['The airline cancelled its evening flights to the capital on Saturday as pilots walked out over unpaid overtime.', ORIGINAL[4]!]),
    ]);
    expect(found).toEqual([]);
  });

  it('reads no substitution from a reposting site’s interleaved comments', () => {
    const comment = 'Comment: the army has said this about every attack since the war began, and the militants never confirm it.';
    const found = choices([
      account('a', 'north', [base, ORIGINAL[3]!]),
      account('b', 'south', [base, comment, ORIGINAL[3]!]),
      account('c', 'east', [base, comment.replace('militants', 'fighters'), ORIGINAL[3]!]),
    ]);
    expect(found.map(show)).toEqual([]);
  });
});
