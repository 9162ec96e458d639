import { describe, expect, it } from 'vitest';
import type { StoryAccountInput } from '@lib/engine/story/index.ts';
import { buildQuotes } from '@lib/engine/story/quotes.ts';
import { storyAccounts, storyOf } from './helpers.ts';

/*
 * How matched quotations are grouped (`buildQuotes` over `cohesiveGroups`): two accounts whose
 * quotations do not match are one quotation only through a third whose wording is strongly like both
 * (a Dice score halfway between the bar and identity); a looser likeness, or a shorter quotation
 * contained in the third, never bridges them (no chains of loosely related quotes). One account may
 * quote the statement in several places, other quotations between them. Invented reports of a
 * harbour's reopening; every quotation is attributed to a named person.
 */
const acc = (id: string, published: string, paragraphs: string[]): StoryAccountInput => ({ id, outlet: `${id}-outlet`, published, paragraphs });
const INTRO = 'Harbour master Lars Dahl opened the rebuilt wall on Tuesday.';
/** Each listed quotation as its members' accounts. */
const grouping = (accounts: StoryAccountInput[]) => buildQuotes(storyAccounts(storyOf(accounts))).map((q) => q.members.map((m) => m.version));
/** Three accounts, each quoting Dahl once; `b` carries the fullest wording. */
const three = (a: string, b: string, c: string) => [
  acc('a', '2025-04-01', [INTRO, `“${a},” Dahl said.`]),
  acc('b', '2025-04-02', [INTRO, `“${b},” Dahl said.`]),
  acc('c', '2025-04-03', [INTRO, `“${c},” Dahl said.`]),
];
// Eleven content words; the shorter wordings below take its first or last words.
const FULL = 'Fresh cod landed at dawn reaches Bergen markets by noon, and Oslo pays double';

describe('two accounts whose quotations do not match each other', () => {
  it('are one quotation through a third strongly like both', () => {
    // Eight of the eleven words each, five of them shared: each is strongly like the full wording, less like the other.
    expect(grouping(three('Fresh cod landed at dawn reaches Bergen markets by noon', FULL, 'From dawn it reaches Bergen markets by noon, and Oslo pays double'))).toEqual([['a', 'b', 'c']]);
  });

  it('are not through a third only somewhat like both', () => {
    // Seven of the eleven words each, three shared: each matches the full wording, but not strongly.
    expect(grouping(three('Fresh cod landed at dawn reaches Bergen markets', FULL, 'It reaches Bergen markets by noon, and Oslo pays double'))).toEqual([['a', 'b'], ['c']]);
  });

  it('are not through a third that contains both', () => {
    // Each shorter quotation is a verbatim part of the full one, but too small a share of it for Dice.
    const full = 'The storms of last winter broke the old quay, the town found the money in one spring, and new cranes from Rotterdam will lift the first catch in June';
    expect(grouping(three('The storms of last winter broke the old quay', full, 'New cranes from Rotterdam will lift the first catch in June'))).toEqual([['a', 'b'], ['c']]);
  });
});

describe('one account quoting a statement twice, another quotation between', () => {
  it('both places are members of the one quotation', () => {
    const statement = 'The new wall will outlast every winter storm on this coast';
    const found = grouping([
      acc('a', '2025-04-01', [INTRO, `“${statement},” Dahl said.`, '“Ferries return in May,” Dahl said.', `Asked again, Dahl repeated: “${statement}.”`]),
      acc('b', '2025-04-02', [INTRO, `Dahl said: “${statement}.”`]),
    ]);
    expect(found).toEqual([['a', 'a', 'b'], ['a']]);
  });
});

describe('an account carrying a quotation’s words without quotation marks', () => {
  it('two of its parts, each as long: it joins with the part the quoting account printed first', () => {
    // `a` quotes the statement in two parts, `b` whole; `c` reports both parts in its own words' place, unquoted.
    const found = buildQuotes(storyAccounts(storyOf([
      acc('a', '2025-04-01', [INTRO, '“The new wall will outlast every storm,” Dahl said.', '“Ferries will return to the island soon,” Dahl said.']),
      acc('b', '2025-04-02', [INTRO, '“The new wall will outlast every storm, and ferries will return to the island soon,” Dahl said.']),
      acc('c', '2025-04-03', [INTRO, 'Dahl said the new wall will outlast every storm.', 'He also said ferries will return to the island soon.']),
    ])));
    expect(found.map((q) => q.members.map((m) => [m.version, m.text]))).toEqual([
      [
        ['a', 'The new wall will outlast every storm,'],
        ['a', 'Ferries will return to the island soon,'],
        ['b', 'The new wall will outlast every storm, and ferries will return to the island soon,'],
        ['c', 'the new wall will outlast every storm'],
      ],
    ]);
    expect(found[0]!.members[3]!.marks).toContain('unquoted');
  });
});
