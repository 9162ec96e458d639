import { describe, expect, it } from 'vitest';
import type { StoryAccountInput } from '@lib/engine/story/index.ts';
import { buildQuotes } from '@lib/engine/story/quotes.ts';
import { storyAccounts, storyOf } from './helpers.ts';

/*
 * The titles people are introduced with (`collectPeople`), as a description ("the harbour master")
 * is resolved to one of them: a title is the run's content words before the name, so a sentence's
 * capitalized opening word ("When") is not part of it; two spellings of a title ("Harbourmaster",
 * "Harbour Master") are two titles; titles that both hold the description are tried in the order
 * of their words, then surnames, whichever account or sentence introduces them first. Invented
 * reports of a harbour's reopening.
 */
const acc = (id: string, paragraphs: string[]): StoryAccountInput => ({ id, outlet: `${id}-outlet`, published: '2025-04-01', paragraphs });
const STATEMENT = '“Quotas for the inner basin will not change this year,”';
/** The speaker named by each member of the statement account a attributes to `description`. */
const speakers = (intros: string[], description: string, more: StoryAccountInput[] = []) => {
  const found = buildQuotes(storyAccounts(storyOf([acc('a', [...intros, `${STATEMENT} ${description} said.`]), ...more])));
  return found.find((q) => q.members.some((m) => m.version === 'a'))!.members.map((m) => [m.version, m.speaker]);
};

describe('a title shared by two people', () => {
  it('goes to the first surname whichever of the two is introduced first', () => {
    const aas = 'Harbour Master Nils Aas retired in March.';
    const berg = 'Harbour Master Eva Berg took over the post.';
    expect(speakers([aas, berg], 'the harbour master')).toEqual([['a', 'Nils Aas']]);
    expect(speakers([berg, aas], 'the harbour master')).toEqual([['a', 'Nils Aas']]);
  });
});

describe('what a title is', () => {
  it('a sentence’s capitalized opening word is not part of it', () => {
    // "fisheries minister" comes before "regional fisheries minister", so "the fisheries minister" is
    // Berg; "When" opening the sentence that introduces her must not move her title after Lund's.
    const lund = 'Regional Fisheries Minister Kari Lund joined her on the quay.';
    expect(speakers(['Fisheries Minister Ola Berg visited the harbour.', lund], 'the fisheries minister')).toEqual([['a', 'Ola Berg']]);
    expect(speakers(['When Fisheries Minister Ola Berg visited the harbour, the crews cheered.', lund], 'the fisheries minister')).toEqual([['a', 'Ola Berg']]);
  });

  it('one spelling of a title does not hide another: "Harbourmaster" and "Harbour Master" are both recorded', () => {
    const other = acc('b', ['Harbour Master Lars Dahl spoke.', `${STATEMENT} Dahl said.`]);
    expect(speakers(['Harbourmaster Lars Dahl greeted the crews.'], 'the harbour master', [other])).toEqual([
      ['a', 'Lars Dahl'],
      ['b', 'Lars Dahl'],
    ]);
  });
});
