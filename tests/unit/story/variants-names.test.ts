import { describe, expect, it } from 'vitest';
import type { StoryAccountInput, Variant } from '@lib/engine/story/index.ts';
import { buildVariants } from '@lib/engine/story/variants.ts';
import { Pairs } from '@lib/engine/story/accounts.ts';
import { storyAccounts, storyOf } from './helpers.ts';

/*
 * How a name variant is reported once its spellings are found (`nameVariants`): each form's most
 * written surface, its accounts in publication order, the context it usually stands in, the form
 * most accounts write first. Invented accounts of a harbour authority and a town council; the names
 * stand in one place of a two-word name ("_ Lindqvist"), so the slot is found whatever the sentences.
 */
const acc = (id: string, published: string, paragraphs: string[]): StoryAccountInput => ({ id, outlet: `outlet-${id}`, published, paragraphs });
const variantsOf = (accounts: StoryAccountInput[], order: (a: ReturnType<typeof storyAccounts>) => ReturnType<typeof storyAccounts> = (a) => a): Variant[] => {
  const story = storyOf(accounts);
  return buildVariants(order(storyAccounts(story)), [], new Pairs(story.compare)).filter((v) => v.kind === 'name');
};
const shown = (vs: Variant[]) => vs.map((v) => v.forms.map((f) => `${f.text}:${f.versions.join(',')}${f.context ? `:${f.context}` : ''}`));

describe('a name variant as reported', () => {
  it('lists a form’s accounts in publication order, whatever order the accounts are given in', () => {
    const accounts = [
      acc('x', '2025-06-12', ['The harbour master Rosa Lindqvist closed the north quay on Monday.']),
      acc('y', '2025-06-10', ['Dredging stopped after Rosa Lindqvist ordered an inspection of the pier.']),
      acc('z', '2025-06-11', ['Fishermen said Rose Lindqvist had warned them about the silt in May.']),
    ];
    const expected = [['Rosa:y,x:Rosa Lindqvist', 'Rose:z:Rose Lindqvist']];
    expect(shown(variantsOf(accounts))).toEqual(expected);
    expect(shown(variantsOf(accounts, (a) => [...a].reverse()))).toEqual(expected);
  });

  it('puts the form most accounts write first, and of two written as often the first in code-unit order', () => {
    const accounts = [
      acc('a', '2025-06-10', ['Fishermen said Rose Lindqvist had warned them about the silt in May.']),
      acc('b', '2025-06-11', ['The harbour master Rosa Lindqvist closed the north quay on Monday.']),
      acc('c', '2025-06-12', ['Dredging stopped after Rosa Lindqvist ordered an inspection of the pier.']),
    ];
    expect(shown(variantsOf(accounts))).toEqual([['Rosa:b,c:Rosa Lindqvist', 'Rose:a:Rose Lindqvist']]);
    expect(shown(variantsOf(accounts.slice(0, 2)))).toEqual([['Rosa:b:Rosa Lindqvist', 'Rose:a:Rose Lindqvist']]);
  });

  it('orders two variants by their first forms, not by their spellings’ order', () => {
    // Alexander is written by two accounts, so it leads its variant, behind Aleksei (a tie of one account each).
    const accounts = [
      acc('a', '2025-06-10', ['The ferry operator’s chief Aleksandr Volkov met the port engineer Aleksei Petrov on Monday.']),
      acc('b', '2025-06-11', ['The ferry operator’s chief Alexander Volkov met the port engineer Alexei Petrov on Monday.']),
      acc('c', '2025-06-12', ['Summer sailings will be cut, Alexander Volkov told passengers on Tuesday.']),
    ];
    expect(shown(variantsOf(accounts)).map((v) => v[0])).toEqual(['Aleksei:a:Aleksei Petrov', 'Alexander:b,c:Alexander Volkov']);
  });

  it('breaks a tie between forms by their spelling as written, not by its lower case', () => {
    // Lower case puts deluca before delucca; as written, DeLucca comes first (L before l).
    const vs = variantsOf([
      acc('a', '2025-06-10', ['The contractor Marco Deluca said the dredging would resume in August.']),
      acc('b', '2025-06-11', ['Work will resume in August, the contractor Marco DeLucca told the council.']),
    ]);
    expect(shown(vs)).toEqual([['DeLucca:b', 'Deluca:a']]);
  });

  it('counts only capitalized occurrences of a form: “prices rose” is no Rose', () => {
    const accounts = [
      acc('a', '2025-06-10', ['The harbour master Rosa Lindqvist closed the north quay on Monday.']),
      acc('b', '2025-06-11', ['Fishermen said Rose Lindqvist had warned them about the silt in May.']),
      acc('c', '2025-06-12', ['Fuel prices rose again in the port towns after the quay was closed.']),
    ];
    expect(shown(variantsOf(accounts))).toEqual([['Rosa:a:Rosa Lindqvist', 'Rose:b:Rose Lindqvist']]);
  });

  it('gives a context only when at least half the occurrences are followed by the same capitalized word', () => {
    const half = variantsOf([
      acc('a', '2025-06-10', ['The harbour master Rosa Lindqvist closed the north quay on Monday, and Rosa said it would stay shut.']),
      acc('b', '2025-06-11', ['Fishermen said Rose Lindqvist had warned them about the silt in May.']),
    ]);
    expect(shown(half)).toEqual([['Rosa:a:Rosa Lindqvist', 'Rose:b:Rose Lindqvist']]);
    // One of three: no context; the lower-case "said" after two of them is no part of a name.
    const third = variantsOf([
      acc('a', '2025-06-10', ['The harbour master Rosa Lindqvist closed the north quay on Monday. Rosa said it would stay shut, and Rosa said why.']),
      acc('b', '2025-06-11', ['Fishermen said Rose Lindqvist had warned them about the silt in May.']),
    ]);
    expect(shown(third)).toEqual([['Rosa:a', 'Rose:b:Rose Lindqvist']]);
  });

  it('reads the context word only across spaces, and without its possessive ending', () => {
    const vs = variantsOf([
      acc('a', '2025-06-10', ['The quay was closed by Rosa Lindqvist’s order on Monday; according to Rosa, Ferry crews were told to wait.']),
      acc('b', '2025-06-11', ['Fishermen said Rose Lindqvist had warned them about the silt in May.']),
    ]);
    expect(shown(vs)).toEqual([['Rosa:a:Rosa Lindqvist', 'Rose:b:Rose Lindqvist']]);
  });
});
