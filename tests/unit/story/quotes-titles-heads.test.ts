import { describe, expect, it } from 'vitest';
import type { StoryAccountInput } from '@lib/engine/story/index.ts';
import { buildQuotes } from '@lib/engine/story/quotes.ts';
import { storyAccounts, storyOf } from './helpers.ts';

/*
 * A subject's head as an organisation (`isProperNoun`): only a capitalized word or an all-capitals
 * abbreviation names one. A number is no name: "the 12" (a count of people just mentioned) is a
 * description with no person's title, so the statement has no speaker, as "officials" has none.
 * Invented reports of a harbour's reopening.
 */
const acc = (id: string, paragraphs: string[]): StoryAccountInput => ({ id, outlet: `${id}-outlet`, published: '2025-04-01', paragraphs });
const speakers = (subject: string) => {
  const paragraphs = ['Twelve skippers refused to sign the new herring quotas on Monday.', `“We will not fish under these quotas,” ${subject} said.`];
  const found = buildQuotes(storyAccounts(storyOf([acc('a', paragraphs), acc('b', paragraphs)])));
  return found.map((q) => q.members.map((m) => m.speaker));
};

describe('a subject whose head is a number', () => {
  it('names no speaker', () => {
    expect(speakers('the 12')).toEqual([[null, null]]);
  });

  it('while a capitalized head does (an organisation)', () => {
    expect(speakers('the Skippers Union')).toEqual([['Skippers Union', 'Skippers Union']]);
  });
});
