import { describe, expect, it } from 'vitest';
import type { StoryAccountInput } from '@lib/engine/story/index.ts';
import { buildQuotes } from '@lib/engine/story/quotes.ts';
import { storyAccounts, storyOf } from './helpers.ts';

/*
 * Which quotations are listed, and in what order their members come (`buildQuotes`): a quotation
 * one account alone carries is listed only when its attribution names a speaker (a person, a title
 * or an organisation), never for a common-noun subject such as "officials"; within a quotation,
 * members follow the accounts' order, and one account's repeated quotation its text order.
 * Invented reports of a harbour's reopening.
 */
const acc = (id: string, paragraphs: string[]): StoryAccountInput => ({ id, outlet: `${id}-outlet`, published: '2025-04-01', paragraphs });
const INTRO = 'Harbour master Lars Dahl opened the rebuilt wall on Tuesday.';
const quotesOf = (...accounts: StoryAccountInput[]) => buildQuotes(storyAccounts(storyOf(accounts)));

describe('a quotation one account alone carries', () => {
  it('is listed when its subject names a person', () => {
    const found = quotesOf(acc('a', [INTRO, '“The wall will outlast every winter storm,” Dahl said.']), acc('b', [INTRO]));
    expect(found.map((q) => q.members.map((m) => m.text))).toEqual([['The wall will outlast every winter storm,']]);
  });

  it('is not listed when its subject is a common noun', () => {
    expect(quotesOf(acc('a', [INTRO, '“The wall will outlast every winter storm,” officials said.']), acc('b', [INTRO]))).toEqual([]);
  });
});

describe('the members of a quotation', () => {
  it('one account quoting a statement twice: its members in text order', () => {
    const statement = 'The wall will outlast every winter storm on this coast.';
    const found = quotesOf(
      acc('a', [INTRO, `“${statement}” Dahl said.`, `Asked again, he repeated: “${statement}”`]),
      acc('b', [INTRO, `Dahl said: “${statement}”`]),
    );
    expect(found).toHaveLength(1);
    const members = found[0]!.members;
    expect(members.map((m) => m.version)).toEqual(['a', 'a', 'b']);
    expect(members[0]!.start).toBeLessThan(members[1]!.start);
  });
});

describe('a one-word quotation', () => {
  it('carried by two accounts is one quotation (too short to be contained: matched by its Dice score)', () => {
    const found = quotesOf(acc('a', [INTRO, '“Finished,” Dahl said of the repairs.']), acc('b', [INTRO, 'Of the repairs, Dahl said: “Finished.”']));
    expect(found.map((q) => q.members.map((m) => m.version))).toEqual([['a', 'b']]);
  });
});
