import { describe, expect, it } from 'vitest';
import type { StoryAccountInput } from '@lib/engine/story/index.ts';
import { buildQuotes } from '@lib/engine/story/quotes.ts';
import { storyAccounts, storyOf } from './helpers.ts';

/*
 * Who a subject phrase names (`resolveSpeaker`, `lastPerson`) and what a quotation is
 * (`extractQuotes`): names written with odd spacing, a pronoun beside a name, descriptions that
 * match a title only in part, organisations told apart, the last person named before a pronoun
 * (never after it, never inside a quotation, counting a sentence's first word), and a statement
 * over several paragraphs. Invented reports of a harbour's reopening, at the quotes module's level.
 */
const acc = (id: string, paragraphs: string[]): StoryAccountInput => ({ id, outlet: `${id}-outlet`, published: '2025-04-01', paragraphs });
const quotes = (accounts: StoryAccountInput[]) => buildQuotes(storyAccounts(storyOf(accounts)));
const NOTICE = acc('b', ['Harbour master Lars Dahl spoke.', 'The harbour office posted a notice: “We are ready for the herring season.”']);
/** Account a's member of the herring statement; account b prints it with no attribution (and names Lars Dahl). */
const speakerOf = (paragraphs: string[]) =>
  quotes([acc('a', paragraphs), NOTICE])
    .find((q) => q.members.some((m) => m.text.includes('herring')))!
    .members.find((m) => m.version === 'a')!.speaker;
const READY = '“We are ready for the herring season,” she said.';

describe('names with odd spacing', () => {
  it('two spaces between a first name and a surname still make one name', () => {
    const found = quotes([acc('a', ['Harbour master Lars  Dahl opened the wall.', '“We are ready for the herring season,” Dahl said.']), acc('c', ['Dahl spoke.'])]);
    expect(found[0]!.members.map((m) => m.speaker)).toEqual(['Lars Dahl']);
  });

  it('a dash between two capitalized words parts them: the name stays "Lars Dahl"', () => {
    const found = quotes([acc('a', ['Lars Dahl – Vesterby’s harbour master – opened the wall.', '“We are ready for the herring season,” Dahl said.']), acc('c', ['Dahl spoke.'])]);
    expect(found[0]!.members.map((m) => m.speaker)).toEqual(['Lars Dahl']);
  });
});

describe('subjects', () => {
  it('a pronoun beside a name is the name ("she and Dahl")', () => {
    expect(speakerOf(['Mayor Ingrid Holm and Dahl opened the wall.', 'Dahl stood beside Holm.', '“We are ready for the herring season,” she and Dahl said.'])).toBe('Lars Dahl');
  });

  it('a description of one word is no one’s title: "the mayor" with a mayor and a deputy mayor named', () => {
    expect(speakerOf(['Mayor Ingrid Holm and Deputy Mayor Per Lund opened the wall.', '“We are ready for the herring season,” the mayor said.'])).toBeNull();
  });

  it('a description must hold only a title’s words: "the fisheries minister" is not the foreign minister', () => {
    expect(speakerOf(['Foreign Minister Per Lund visited the harbour.', '“We are ready for the herring season,” the fisheries minister said.'])).toBeNull();
  });

  it('two organisations are two speakers: the one fewer members name is re-attributed', () => {
    const said = (id: string, who: string) => acc(id, ['Mayor Ingrid Holm opened the wall.', `“Divers will inspect the new wall every spring,” ${who} said.`]);
    const [q] = quotes([said('a', 'the Coastguard'), said('b', 'the Coastguard'), said('c', 'the Navy')]);
    expect(q!.members.map((m) => [m.version, m.speaker, m.marks])).toEqual([
      ['a', 'Coastguard', []],
      ['b', 'Coastguard', []],
      ['c', 'Navy', ['re-attributed']],
    ]);
  });
});

describe('the last person named before a pronoun', () => {
  it('may be the account’s first word', () => {
    expect(speakerOf(['Dahl greeted the crews on the quay.', '“We are ready for the herring season,” he said.'])).toBe('Lars Dahl');
  });

  it('is never named after the quotation', () => {
    expect(speakerOf(['Mayor Ingrid Holm greeted Dahl on the quay.', 'Holm thanked the crews.', '“We are ready for the herring season,” she said, turning to Dahl.'])).toBe('Ingrid Holm');
  });

  it('may be named after an earlier quotation, though not at the end of one', () => {
    const intro = ['Mayor Ingrid Holm and harbour master Lars Dahl opened the wall.', 'Dahl thanked the divers.'];
    expect(speakerOf([...intro, '“Welcome to the new harbour,” Holm told the crews.', READY])).toBe('Ingrid Holm');
    expect(speakerOf([...intro, 'Holm unveiled the plaque, which reads: “Rebuilt by the crews of Dahl”.', READY])).toBe('Ingrid Holm');
  });

  it('for a statement carried without quotation marks, is named before its first word', () => {
    const statement = 'Dahl and his divers will inspect the new wall every spring';
    const quoted = (id: string) => acc(id, ['Mayor Ingrid Holm and harbour master Lars Dahl opened the wall.', `“${statement},” Holm said.`]);
    const [q] = quotes([quoted('a'), quoted('b'), acc('u', ['Mayor Ingrid Holm opened the wall with Dahl.', 'Holm thanked the town.', `She promised that ${statement}.`])]);
    expect(q!.members.find((m) => m.version === 'u')).toMatchObject({ marks: ['unquoted'], verb: 'promised', speaker: 'Ingrid Holm' });
  });
});

describe('what a quotation is', () => {
  it('a statement over paragraphs is joined from the account’s first paragraph, and its parts are not quoted again', () => {
    const found = quotes([
      acc('a', ['“The storms took the old wall in two nights. We had no warning from the forecasters.', '“Now the new wall stands and the fleet can come home in June,” Dahl said.', 'Harbour master Lars Dahl spoke.']),
      acc('b', ['“The storms took the old wall in two nights. We had no warning from the forecasters.', '“Now the new wall stands and the fleet can come home in June,” Dahl said.']),
    ]);
    expect(found.map((q) => q.members.map((m) => [m.version, m.marks, m.speaker]))).toEqual([
      [
        ['a', [], 'Lars Dahl'],
        ['b', [], 'Lars Dahl'],
      ],
    ]);
  });

  it('a paragraph that continues a statement may open with spaces before its mark', () => {
    const found = quotes([
      acc('a', ['Harbour master Lars Dahl spoke.', '“The storms took the old wall in two nights. We had no warning from the forecasters.', '  “Now the new wall stands and the fleet can come home in June,” Dahl said.']),
      acc('b', ['“The storms took the old wall in two nights. We had no warning from the forecasters. Now the new wall stands and the fleet can come home in June,” Dahl said.']),
    ]);
    expect(found.map((q) => q.members.map((m) => [m.version, m.marks]))).toEqual([
      [
        ['a', []],
        ['b', []],
      ],
    ]);
  });

  it('a quotation of stopwords alone is no statement, though attributed', () => {
    const found = quotes([acc('a', ['Mayor Ingrid Holm opened the wall.', '“We will,” Holm said.', '“Divers will inspect the new wall every spring,” Holm said.'])]);
    expect(found.map((q) => q.members[0]!.text)).toEqual(['Divers will inspect the new wall every spring,']);
  });
});
