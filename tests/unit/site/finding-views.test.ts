import { describe, expect, it } from 'vitest';
import type { Fact, WordChoice } from '@lib/engine/story/types.ts';
import { rowLinks } from '@lib/site/finding-links.ts';
import { factsView } from '@lib/site/facts.ts';
import { wordChoicesView } from '@lib/site/word-choices.ts';

const names = new Map([['gazette', 'Harbour Gazette'], ['courier', 'Coast Courier'], ['wire', 'Northern Wire']]);
const name = (id: string) => names.get(id) ?? id;

describe('finding links', () => {
  it('names one row by its two accounts, unnumbered', () => {
    expect(rowLinks('harbour', [{ a: 'courier', b: 'gazette', row: 'r4' }], name)).toEqual([{ href: '/stories/harbour/compare/courier/gazette/#r4', label: 'Coast Courier / Harbour Gazette' }]);
  });
  it('numbers the rows when there are several, so two places of one pair stay distinct', () => {
    const links = rowLinks('harbour', [{ a: 'courier', b: 'gazette', row: 'r4' }, { a: 'courier', b: 'gazette', row: 'r9' }, { a: 'gazette', b: 'wire', row: 'r2' }], name);
    expect(links.map((l) => l.label)).toEqual(['Coast Courier / Harbour Gazette (1)', 'Coast Courier / Harbour Gazette (2)', 'Harbour Gazette / Northern Wire (3)']);
    expect(links[1]!.href).toBe('/stories/harbour/compare/courier/gazette/#r9');
  });
  it('names an account the story does not name by its id', () => {
    expect(rowLinks('harbour', [{ a: 'courier', b: 'unnamed', row: 'r1' }], name)[0]!.label).toBe('Coast Courier / unnamed');
  });
});

describe('facts section view', () => {
  const fact = (over: Partial<Fact>): Fact => ({
    kind: 'number',
    relation: 'conflict',
    forms: [
      { text: '40 boats', versions: ['courier', 'wire'], outlets: ['courier', 'wire'], context: 'About 40 boats left the harbour at dawn.' },
      { text: '60 boats', versions: ['gazette'], outlets: ['gazette'], context: 'About 60 boats left the harbour at dawn.' },
    ],
    rows: [{ a: 'courier', b: 'gazette', row: 'r1' }],
    ...over,
  });

  it('words the kind and the verdict and names each form’s accounts', () => {
    const [view] = factsView('harbour', { facts: [fact({})] }, names);
    expect(view).toMatchObject({ relation: 'conflict', kind: 'Number', texts: ['40 boats', '60 boats'], verdict: 'in conflict' });
    expect(view!.forms).toEqual([
      { accounts: 'Coast Courier, Northern Wire', context: 'About 40 boats left the harbour at dawn.' },
      { accounts: 'Harbour Gazette', context: 'About 60 boats left the harbour at dawn.' },
    ]);
    expect(view!.links).toEqual([{ href: '/stories/harbour/compare/courier/gazette/#r1', label: 'Coast Courier / Harbour Gazette' }]);
  });

  it('links each form’s first account when the fact has no row', () => {
    const [view] = factsView('harbour', { facts: [fact({ kind: 'place', relation: 'equivalent', rows: [] })] }, names);
    expect(view!.verdict).toBe('the same name, spelled differently');
    expect(view!.links).toEqual([
      { href: '/stories/harbour/courier/', label: 'Coast Courier' },
      { href: '/stories/harbour/gazette/', label: 'Harbour Gazette' },
    ]);
  });
});

describe('word-choice section view', () => {
  it('gives each side’s wording with its accounts, and the rows as links', () => {
    const choice: WordChoice = {
      forms: [
        { text: 'fighters', lemma: 'fighter', versions: ['courier', 'wire'], outlets: ['courier', 'wire'] },
        { text: 'militants', lemma: 'milit', versions: ['gazette'], outlets: ['gazette'] },
      ],
      outlets: 3,
      count: 2,
      rows: [{ a: 'courier', b: 'gazette', row: 'r3' }, { a: 'gazette', b: 'wire', row: 'r5' }],
    };
    expect(wordChoicesView('harbour', { wordChoices: [choice] }, names)).toEqual([
      {
        forms: [{ text: 'fighters', accounts: 'Coast Courier, Northern Wire' }, { text: 'militants', accounts: 'Harbour Gazette' }],
        links: [
          { href: '/stories/harbour/compare/courier/gazette/#r3', label: 'Coast Courier / Harbour Gazette (1)' },
          { href: '/stories/harbour/compare/gazette/wire/#r5', label: 'Harbour Gazette / Northern Wire (2)' },
        ],
      },
    ]);
  });
});
