import { describe, expect, it } from 'vitest';
import type { StoryAccountInput } from '@lib/engine/story/index.ts';
import { buildQuotes } from '@lib/engine/story/quotes.ts';
import { storyAccounts, storyOf } from './helpers.ts';

/*
 * An aside between the subject and its speech verb ("Holm, calling the wall “a monument”, said: …")
 * is skipped when it is short (`LIMITS.asideChars`, 40 characters), and measured as printed: a
 * quotation inside it is blanked (its words are never the attribution) but keeps its length, so an
 * aside holding a long quotation is as long as an aside of plain words. Invented reports of a
 * harbour's reopening, at the quotes module's level.
 */
const acc = (id: string, paragraphs: string[]): StoryAccountInput => ({ id, outlet: `${id}-outlet`, published: '2025-04-01', paragraphs });
/** Account a's member of the statement that account b also prints, attributed plainly. */
const statement = (sentence: string) => {
  const intro = 'Mayor Ingrid Holm opened the rebuilt harbour wall on Tuesday.';
  const found = buildQuotes(storyAccounts(storyOf([acc('a', [intro, sentence]), acc('b', [intro, '“We open the basin to trawlers in June,” Holm said.'])])));
  return found.find((q) => q.members[0]!.text.startsWith('We open'))!.members.find((m) => m.version === 'a')!;
};

describe('an aside between the subject and its verb', () => {
  it('holding a quotation is skipped when, quotation and all, it is short', () => {
    // The aside ", calling it “a monument”," holds 24 characters between its commas.
    expect(statement('Holm, calling it “a monument”, said: “We open the basin to trawlers in June.”')).toMatchObject({ verb: 'said', speaker: 'Ingrid Holm' });
  });

  it('holding a quotation counts its length: over the limit it is a clause, as the same length of plain words is', () => {
    // 47 characters between the commas, 29 of them the quotation: too long to be an aside, so the
    // text before the verb is no subject and the verb is kept without a speaker.
    expect(statement('Holm, calling the wall “a monument to stubbornness”, said: “We open the basin to trawlers in June.”')).toMatchObject({ verb: 'said', speaker: null });
    expect(statement('Holm, calling the wall a monument to our stubbornness, said: “We open the basin to trawlers in June.”')).toMatchObject({ verb: 'said', speaker: null });
  });

  it('leaves the subject before it as written: a four-word subject stays a subject', () => {
    expect(statement('Harbour master Lars Dahl, a diver for thirty years, said: “We open the basin to trawlers in June.”')).toMatchObject({ verb: 'said', speaker: 'Lars Dahl' });
  });
});
