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
