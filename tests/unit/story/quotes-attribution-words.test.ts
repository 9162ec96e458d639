import { describe, expect, it } from 'vitest';
import type { StoryAccountInput } from '@lib/engine/story/index.ts';
import { buildQuotes } from '@lib/engine/story/quotes.ts';
import { storyAccounts, storyOf } from './helpers.ts';

/*
 * The language's attribution words as the quotes module compiles them (`rulesFor`): speech verbs,
 * lead adverbs, clause words, subject openers and articles are whole words, matched in any script
 * (a letter next to them makes another word) and, where a sentence may open with them, in any case.
 * Names are read with the possessive off, and a title or stopword is no part of a person's name.
 * Invented reports of a harbour's reopening, at the quotes module's level.
 */
const acc = (id: string, published: string, paragraphs: string[]): StoryAccountInput => ({ id, outlet: `${id}-outlet`, published, paragraphs });
const quotes = (accounts: StoryAccountInput[]) => buildQuotes(storyAccounts(storyOf(accounts)));
/** The first quotation's first member, of a story of two accounts that both print `paragraphs`. */
const member = (intro: string, paragraphs: string[]) =>
  quotes([acc('a', '2025-04-01', [intro, ...paragraphs]), acc('b', '2025-04-02', ['Holm opened the wall.', ...paragraphs])])[0]!.members[0]!;
const INTRO = 'Mayor Ingrid Holm opened the rebuilt harbour wall on Tuesday.';

describe('speech verbs and the words around them are whole words', () => {
  it('a word that opens with the letters of a speech verb (statesman) is not the verb', () => {
    // "states" is a speech verb; "statesman" is not, so the verb is the "said" after it.
    expect(member(INTRO, ['“Divers will inspect the new wall every spring,” the town’s elder statesman said.'])).toMatchObject({ verb: 'said', speaker: null });
  });

  it('a surname that ends in the letters of a lead adverb (Ruthen: "then") keeps them', () => {
    const intro = 'Harbour engineer Karl Ruthen inspected the rebuilt wall on Tuesday.';
    expect(member(intro, ['Ruthen said: “Divers will inspect the new wall every spring.”'])).toMatchObject({ verb: 'said', speaker: 'Karl Ruthen' });
  });

  it('a surname holding the letters of a clause word (Brandt: "and") is not split there', () => {
    const intro = 'Chief engineer Mara Brandt inspected the rebuilt wall on Tuesday.';
    expect(member(intro, ['Brandt said: “Divers will inspect the new wall every spring.”'])).toMatchObject({ verb: 'said', speaker: 'Mara Brandt' });
  });
});

describe('words a sentence may open with', () => {
  it('a subject opener is read in any case: "Then she said" is the pronoun, the last person named', () => {
    expect(member(INTRO, ['Then she said: “Divers will inspect the new wall every spring.”'])).toMatchObject({ verb: 'said', speaker: 'Ingrid Holm' });
  });

  it('an organisation opening a sentence with a capitalized article is named without it, and the article is no first name', () => {
    expect(member(INTRO, ['The Coastguard said: “Divers will inspect the new wall every spring.”'])).toMatchObject({ verb: 'said', speaker: 'Coastguard' });
  });
});

describe('names', () => {
  it('a full name written only with a possessive ("Ingrid Holm’s") is the person the bare surname names', () => {
    const intro = 'Ingrid Holm’s first act as mayor was to reopen the harbour.';
    expect(member(intro, ['“Divers will inspect the new wall every spring,” Holm said.'])).toMatchObject({ verb: 'said', speaker: 'Ingrid Holm' });
  });

  it('a title before a surname is no first name: the person is shown by the name most accounts print', () => {
    // "Mayor Holm" three times against "Ingrid Holm" once: a title read as a first name would win.
    const found = quotes([
      acc('a', '2025-04-01', ['Ingrid Holm opened the harbour wall.', 'Mayor Holm thanked the divers.', '“Divers will inspect the new wall every spring,” Holm said.']),
      acc('b', '2025-04-02', ['Mayor Holm opened the harbour wall.', '“Divers will inspect the new wall every spring,” Holm said.']),
      acc('c', '2025-04-03', ['Mayor Holm spoke at the harbour.', '“Divers will inspect the new wall every spring,” Holm said.']),
    ]);
    expect(found.map((q) => q.speaker)).toEqual(['Ingrid Holm']);
  });
});
