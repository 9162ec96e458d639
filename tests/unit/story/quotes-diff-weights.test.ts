import { describe, expect, it } from 'vitest';
import type { StoryAccountInput } from '@lib/engine/story/index.ts';
import { buildQuotes } from '@lib/engine/story/quotes.ts';
import { storyAccounts, storyOf } from './helpers.ts';

/*
 * What weighs in matching two quotations (`quoteStems`, `idfTable`): content words only, weighted by
 * their rarity in the story's article text. A stopword is no word of a quotation's bag (a quotation
 * of three content words is too short for a containment match, however many stopwords it has), and
 * page furniture (headlines, related links, captions) is not article text, so it never changes a
 * word's weight. Invented reports of a harbour's reopening.
 */
const acc = (id: string, paragraphs: string[]): StoryAccountInput => ({ id, outlet: `${id}-outlet`, published: '2025-04-01', paragraphs });
const INTRO = 'Mayor Ingrid Holm opened the rebuilt harbour on Tuesday.';
const texts = (accounts: StoryAccountInput[]) => buildQuotes(storyAccounts(storyOf(accounts))).map((q) => q.members.map((m) => `${m.version}: ${m.text}`));

describe('stopwords carry no weight', () => {
  it('three content words inside a longer statement are two quotations, not one matched by containment', () => {
    // "a granite wall by winter": granite, wall, winter are all in account a's statement, but three
    // content words are below the four a containment match needs; its stopwords do not make a fourth.
    const found = texts([
      acc('a', [INTRO, '“We will rebuild the harbour wall in granite, stone by stone, before the winter storms reach the coast,” Holm said.']),
      acc('b', [INTRO, 'Holm said the town would have “a granite wall by winter.”']),
    ]);
    expect(found).toEqual([
      ['a: We will rebuild the harbour wall in granite, stone by stone, before the winter storms reach the coast,'],
      ['b: a granite wall by winter.'],
    ]);
  });
});

describe('page furniture carries no weight', () => {
  it('a newsletter prompt repeating the statement’s words does not change which quotations are one', () => {
    // The prompt holds "granite", "wall" and "winter": counted as article text, it would make those
    // words common and the member's other word rare, and the containment match would fail.
    const a = '“We will rebuild the harbour wall in granite, stone by stone, before the winter storms reach the coast,” Holm said.';
    const c = 'Holm said the town would get “a new granite wall before winter.”';
    const prompt = 'Sign up for our free granite wall and winter storm alerts newsletter, delivered to your inbox.';
    const plain = texts([acc('a', [INTRO, a]), acc('c', [INTRO, c])]);
    expect(plain).toEqual([['a: We will rebuild the harbour wall in granite, stone by stone, before the winter storms reach the coast,', 'c: a new granite wall before winter.']]);
    const story = storyAccounts(storyOf([acc('a', [INTRO, a, prompt]), acc('c', [INTRO, c, prompt])]));
    expect(story.map((x) => x.segments.at(-1)!.kind)).toEqual(['boilerplate', 'boilerplate']);
    expect(buildQuotes(story).map((q) => q.members.map((m) => `${m.version}: ${m.text}`))).toEqual(plain);
  });
});
