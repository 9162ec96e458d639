import { describe, expect, it } from 'vitest';
import { analyse, storyOf } from './helpers.ts';
import { ORIGINAL } from './synthetic.ts';
import type { StoryAccountInput, WordChoice } from '@lib/engine/story/index.ts';
import { lemmaForm } from '@lib/engine/story/word-choices.ts';

/*
 * How the word-choice list reads: the surface form each side shows (the one written most often),
 * the outlets on each side (once each), and the order of the entries (most outlets split, then
 * most rows, then the forms). Invented accounts.
 */
const account = (id: string, outlet: string, paragraphs: string[]): StoryAccountInput => ({ id, outlet, published: '2027-04-08', paragraphs });
const show = (w: WordChoice) => `${w.forms[0].text} [${w.forms[0].outlets.join(',')}] / ${w.forms[1].text} [${w.forms[1].outlets.join(',')}] ×${w.count} (${w.outlets})`;
const base = 'The army said its soldiers had repelled an attack by militants on a border post near the river crossing before dawn on Thursday.';
const quote = ORIGINAL[3]!;

describe('the word-choice list', () => {
  it('lemma forms are the content words’ stems; numbers and stopwords have none', () => {
    expect(lemmaForm('the militants')).toBe(lemmaForm('militant'));
    expect(lemmaForm('militant')).not.toBe('');
    expect(lemmaForm('2,000 troops')).toBe(lemmaForm('troop'));
    expect(lemmaForm('of the')).toBe('');
    expect(lemmaForm('told reporters')).toBe(`${lemmaForm('told')} ${lemmaForm('reporter')}`);
  });

  it('orders entries by outlets split, then rows, and shows each side’s most frequent surface form', () => {
    const found = analyse(
      storyOf([
        account('a', 'north', [base, quote]),
        account('b', 'south', [base.replace('militants', 'fighters'), quote.replace('told reporters', 'informed journalists')]),
        account('c', 'east', [base.replace('said', 'claims'), quote.replace('told reporters', 'informed journalists')]),
        account('d', 'east', [base.replace('said', 'claimed'), quote]),
        account('e', 'west', [base.replace('said', 'claims'), quote]),
      ]),
    ).wordChoices.map(show);
    expect(found).toEqual([
      'claims [east,west] / said [north,south] ×6 (4)',
      'informed journalists [south,east] / told reporters [north,east,west] ×6 (4)',
      'fighters [south] / militants [north,east,west] ×4 (4)',
    ]);
  });

  it('entries with as many outlets and rows come in the code-unit order of their forms', () => {
    const found = analyse(
      storyOf([
        account('a', 'north', [base, quote]),
        account('b', 'south', [base.replace('militants', 'fighters'), quote.replace('told reporters', 'informed journalists')]),
      ]),
    ).wordChoices.map(show);
    expect(found).toEqual(['fighters [south] / militants [north] ×1 (2)', 'informed journalists [south] / told reporters [north] ×1 (2)']);
  });
});
