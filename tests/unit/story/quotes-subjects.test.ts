import { describe, expect, it } from 'vitest';
import type { StoryAccountInput } from '@lib/engine/story/index.ts';
import { buildQuotes } from '@lib/engine/story/quotes.ts';
import { storyAccounts, storyOf } from './helpers.ts';

/*
 * What counts as the subject of a speech verb (`isSubject`, `resolveSpeaker`): at most six words
 * (`LIMITS.subjectWords`: "the Vesterby harbour master Lars Dahl"); a longer stretch before the
 * verb is a clause, whoever it names. Invented reports of a harbour's reopening, at the quotes
 * module's level; account b prints the statement with no attribution, so the cluster stands
 * whoever account a's speaker is.
 */
const acc = (id: string, paragraphs: string[]): StoryAccountInput => ({ id, outlet: `${id}-outlet`, published: '2025-04-01', paragraphs });
const INTRO = 'Harbour master Lars Dahl and Mayor Ingrid Holm opened the rebuilt wall on Tuesday.';
const memberOf = (sentence: string) => {
  const found = buildQuotes(storyAccounts(storyOf([acc('a', [INTRO, sentence]), acc('b', ['The harbour office posted a notice: “Divers will inspect the new wall every spring.”'])])));
  return found.find((q) => q.members.some((m) => m.text.includes('Divers')))!.members.find((m) => m.version === 'a')!;
};

describe('a subject is at most six words', () => {
  it('six words naming a person are a subject', () => {
    expect(memberOf('The Vesterby harbour master Lars Dahl said: “Divers will inspect the new wall every spring.”')).toMatchObject({ verb: 'said', speaker: 'Lars Dahl' });
  });

  it('eight words are a clause, though they name a person: the verb is kept, no speaker', () => {
    expect(memberOf('The engineer who rebuilt the wall for Holm said: “Divers will inspect the new wall every spring.”')).toMatchObject({ verb: 'said', speaker: null });
  });
});

describe('where an attribution after a quotation is read', () => {
  it('eight words after the quotation are a clause too, though they name a person', () => {
    expect(memberOf('“Divers will inspect the new wall every spring,” the engineer who rebuilt the wall for Holm said.')).toMatchObject({ verb: 'said', speaker: null });
  });

  it('only to the end of the quotation’s sentence: a speech verb in the next sentence is not its attribution', () => {
    expect(memberOf('Holm said: “Divers will inspect the new wall every spring.” Dahl said nothing.')).toMatchObject({ verb: 'said', speaker: 'Ingrid Holm' });
  });

  it('only up to the next quotation: an inverted subject ends where that quotation opens', () => {
    expect(memberOf('“Divers will inspect the new wall every spring,” said Dahl “and the crews will help them.”')).toMatchObject({ verb: 'said', speaker: 'Lars Dahl' });
  });

  it('for a statement carried over two sentences without quotation marks, after its last sentence', () => {
    const statement = ['The fleet will return to the inner basin before the season.', 'Every boat in the harbour is ready'];
    const found = buildQuotes(
      storyAccounts(
        storyOf([
          acc('a', [INTRO, `“${statement[0]} ${statement[1]},” Holm said.`]),
          acc('u', ['Harbour master Lars Dahl spoke on the quay.', `${statement[0]} ${statement[1]}, Dahl said.`]),
        ]),
      ),
    );
    expect(found[0]!.members.find((m) => m.version === 'u')).toMatchObject({ marks: ['unquoted'], verb: 'said', speaker: 'Lars Dahl' });
  });
});
