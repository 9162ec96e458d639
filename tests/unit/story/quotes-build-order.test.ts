import { describe, expect, it } from 'vitest';
import type { StoryAccountInput } from '@lib/engine/story/index.ts';
import { buildQuotes } from '@lib/engine/story/quotes.ts';
import { storyAccounts, storyOf } from './helpers.ts';

/*
 * The order quotations are listed in (`buildQuotes`): the quotation most accounts carry first; among
 * quotations as widely carried, the one the earliest account (by publication) prints first, whatever
 * the accounts' ids; then that account's text order. Invented reports of a harbour's reopening; every
 * quotation is attributed to a named person, so one carried by a single account is listed too.
 */
const acc = (id: string, published: string, paragraphs: string[]): StoryAccountInput => ({ id, outlet: `${id}-outlet`, published, paragraphs });
const INTRO = 'Harbour master Lars Dahl opened the rebuilt wall on Tuesday.';
const WALL = 'The new wall will outlast every winter storm on this coast';
const FERRY = 'Ferries return to the island route in May';
/** Each listed quotation as its first member's text and its members' accounts. */
const listing = (accounts: StoryAccountInput[]) => buildQuotes(storyAccounts(storyOf(accounts))).map((q) => [q.members[0]!.text, ...q.members.map((m) => m.version)]);

describe('quotations are listed', () => {
  it('the one most accounts carry first, even when an account prints another before it', () => {
    const found = listing([
      acc('a', '2025-04-01', [INTRO, `“${FERRY},” Dahl said.`, `“${WALL},” Dahl said.`]),
      acc('b', '2025-04-02', [INTRO, `Dahl said: “${WALL}.”`]),
    ]);
    expect(found).toEqual([[`${WALL},`, 'a', 'b'], [`${FERRY},`, 'a']]);
  });

  it('as widely carried: the earliest account’s first, though its id sorts after the other’s', () => {
    // `b` was published first; ids order nothing.
    const found = listing([
      acc('a', '2025-04-02', [INTRO, `“${FERRY},” Dahl said.`]),
      acc('b', '2025-04-01', [INTRO, `“${WALL},” Dahl said.`]),
    ]);
    expect(found).toEqual([[`${WALL},`, 'b'], [`${FERRY},`, 'a']]);
  });

  it('as widely carried and both in the earliest account: in that account’s text order', () => {
    // `b`, published first, quotes the wall first; `a` quotes the ferries first.
    const found = listing([
      acc('a', '2025-04-02', [INTRO, `“${FERRY},” Dahl said.`, `“${WALL},” Dahl said.`]),
      acc('b', '2025-04-01', [INTRO, `“${WALL},” Dahl said.`, `“${FERRY},” Dahl said.`]),
    ]);
    expect(found).toEqual([[`${WALL},`, 'b', 'a'], [`${FERRY},`, 'b', 'a']]);
  });
});
