import { describe, expect, it } from 'vitest';
import type { StoryAccountInput } from '@lib/engine/story/index.ts';
import { buildQuotes } from '@lib/engine/story/quotes.ts';
import { storyAccounts, storyOf } from './helpers.ts';

/*
 * The people a story names, as the quotes module collects them (`collectPeople`): a person is a
 * two-word name ("Lars Dahl") whose surname also stands alone somewhere ("cheered Dahl"); a
 * capitalized word right after another capitalized word and a comma ("Tromsø, Vesterby") is a
 * place's continuation, not a surname standing alone; a title or an acronym before a surname is no
 * first name; page furniture (a newsletter line) is not the story's prose. A pronoun is the last
 * person named before the quotation. Invented reports of a harbour's reopening.
 */
const acc = (id: string, paragraphs: string[]): StoryAccountInput => ({ id, outlet: `${id}-outlet`, published: '2025-04-01', paragraphs });
const quotes = (accounts: StoryAccountInput[]) => buildQuotes(storyAccounts(storyOf(accounts)));
const READY = '“We are ready for the herring season,” he said.';
/** Account a's member of the statement; account b prints it with no attribution, so the cluster stands whoever a's speaker is. */
const speakerOf = (paragraphs: string[]) => {
  const found = quotes([acc('a', paragraphs), acc('b', ['The harbour office posted a notice: “We are ready for the herring season.”'])]);
  return found.find((q) => q.members.some((m) => m.text.includes('herring')))!.members.find((m) => m.version === 'a')!.speaker;
};

describe('a surname standing alone', () => {
  it('mid-sentence, after a lower-case word, makes a two-word name a person a pronoun can name', () => {
    expect(speakerOf(['Harbour master Lars Dahl greeted the crews.', 'The crews cheered Dahl on the quay.', READY])).toBe('Lars Dahl');
  });

  it('at a sentence’s start counts; after a capitalized word and a comma it does not (a place, not a person)', () => {
    // "Port Vesterby" is a two-word name, but "Vesterby" never stands alone as a surname does:
    // "he" skips it for the last person named, Dahl.
    expect(
      speakerOf(['Harbour master Lars Dahl greeted the crews.', 'Dahl thanked the divers.', 'The ferry from Port Vesterby docked at noon.', 'Seen from Tromsø, Vesterby looks small.', READY]),
    ).toBe('Lars Dahl');
  });
});

describe('two-word names', () => {
  it('an acronym before a surname ("MP Holm") is no first name', () => {
    const said = '“Divers will inspect the new wall every spring,” Holm said.';
    const found = quotes([
      acc('a', ['Ingrid Holm opened the harbour wall.', 'MP Holm thanked the divers.', said]),
      acc('b', ['MP Holm opened the harbour wall.', said]),
      acc('c', ['MP Holm spoke at the harbour.', said]),
    ]);
    expect(found.map((q) => q.speaker)).toEqual(['Ingrid Holm']);
  });
});

describe('the name shown for a person', () => {
  const said = (id: string, intro: string) => acc(id, [intro, '“Divers will inspect the new wall every spring,” Dahl said.']);

  it('is the two-word form most accounts print, whichever sorts first', () => {
    const found = quotes([said('a', 'Lasse Dahl opened the wall.'), said('b', 'Lars Dahl opened the wall.'), said('c', 'Lasse Dahl spoke at the harbour.'), said('d', 'Dahl spoke.')]);
    expect(found.map((q) => q.speaker)).toEqual(['Lasse Dahl']);
  });

  it('on a tie, the first in code-unit order, whichever account prints it first', () => {
    const found = quotes([said('a', 'Lasse Dahl opened the wall.'), said('b', 'Lars Dahl opened the wall.')]);
    expect(found.map((q) => q.speaker)).toEqual(['Lars Dahl']);
  });
});

describe('a description is the person introduced with that title', () => {
  const STATEMENT = '“Quotas for the inner basin will not change this year,”';

  it('a title joined by "of" ("Minister of Fisheries Anna Berg") is read whole', () => {
    const found = quotes([acc('a', ['Minister of Fisheries Anna Berg visited the harbour.', `${STATEMENT} the fisheries minister said.`]), acc('b', ['Berg visited.', `${STATEMENT} Berg said.`])]);
    expect(found[0]!.members.map((m) => m.speaker)).toEqual(['Anna Berg', 'Anna Berg']);
  });

  it('every person’s title is recorded, not only the first one introduced', () => {
    const found = quotes([acc('a', ['Mayor Ingrid Holm and Harbour Master Lars Dahl opened the wall.', `${STATEMENT} the harbour master said.`]), acc('b', ['Dahl spoke.', `${STATEMENT} Dahl said.`])]);
    expect(found[0]!.members.map((m) => m.speaker)).toEqual(['Lars Dahl', 'Lars Dahl']);
  });

  it('a title two people share goes to the first by title, then surname, whichever is introduced first', () => {
    // "harbour master" + "dahl" sorts before "harbour master" + "lund": the title is compared
    // without the people's first names.
    const found = quotes([
      acc('a', ['Harbour Master Per Lund retired in March.', 'Harbour Master Sven Dahl took over the post.', `${STATEMENT} the harbour master said.`]),
      acc('b', ['Dahl spoke.', `${STATEMENT} Dahl said.`]),
    ]);
    expect(found[0]!.members.map((m) => m.speaker)).toEqual(['Sven Dahl', 'Sven Dahl']);
  });
});

describe('page furniture', () => {
  it('a newsletter line’s lower-case word does not make an organisation a common noun', () => {
    const paragraphs = ['Mayor Ingrid Holm opened the rebuilt wall on Tuesday.', '“Divers will inspect the new wall every spring,” the Coastguard said.'];
    const found = quotes([
      acc('a', [...paragraphs, 'Sign up for our free coastguard alerts newsletter, delivered to your inbox.']),
      acc('b', ['Holm opened the wall.', ...paragraphs.slice(1)]),
    ]);
    expect(found[0]!.members.map((m) => [m.version, m.speaker])).toEqual([
      ['a', 'Coastguard'],
      ['b', 'Coastguard'],
    ]);
  });

  it('a name in a furniture line is not the last person named before a pronoun', () => {
    const found = quotes([
      acc('a', [
        'Harbour master Lars Dahl greeted the crews, and Dahl thanked the divers.',
        'Mayor Ingrid Holm cut the ribbon, and Holm thanked the town.',
        'Follow Dahl on Twitter for the latest harbour news.',
        '“We are ready for the herring season,” she said.',
      ]),
      acc('b', ['The harbour office posted a notice: “We are ready for the herring season.”']),
    ]);
    expect(found[0]!.members.map((m) => [m.version, m.speaker])).toEqual([
      ['a', 'Ingrid Holm'],
      ['b', null],
    ]);
  });

  it('a quotation in a furniture line is no statement', () => {
    const footer = 'Sign up for “Harbour Weekly”, our free newsletter, delivered to your inbox.';
    const found = quotes([
      acc('a', ['Mayor Ingrid Holm opened the wall.', '“Divers will inspect the new wall every spring,” Holm said.', footer]),
      acc('b', ['Holm opened the wall.', '“Divers will inspect the new wall every spring,” Holm said.', footer]),
    ]);
    expect(found.map((q) => q.members[0]!.text)).toEqual(['Divers will inspect the new wall every spring,']);
  });
});
