import { describe, expect, it } from 'vitest';
import { analyse, storyOf } from './helpers.ts';
import type { StoryAccountInput } from '@lib/engine/story/index.ts';

/*
 * A side of a word choice lists its accounts in publication order (rank), whatever order the pairs
 * that show the slot come in. Pairs are read in canonical order (a before b), so an account that
 * differs usually meets the earlier ones first; here two unrelated sentences carry the same choice,
 * and the later account of one side is met first: the first pair showing the choice is (a, c), the
 * second (b, d). Invented accounts.
 */
const account = (id: string, published: string, paragraph: string): StoryAccountInput => ({ id, outlet: `outlet-${id}`, published, paragraphs: [paragraph] });
const harbour = 'Coast guard officers said the militants had seized a fishing trawler off the northern cape late on Tuesday evening.';
const pass = 'Villagers in the mountain pass reported that militants blocked the only road to the valley for most of Wednesday.';

describe('a word choice’s sides', () => {
  it('list their accounts in publication order when the later account is met first', () => {
    const found = analyse(
      storyOf([
        account('a', '2027-05-01', harbour),
        account('b', '2027-05-02', pass.replace('militants', 'fighters')),
        account('c', '2027-05-03', harbour.replace('militants', 'fighters')),
        account('d', '2027-05-04', pass),
      ]),
    ).wordChoices;
    expect(found.map((w) => w.forms.map((f) => `${f.text}: ${f.versions.join(',')} (${f.outlets.join(',')})`))).toEqual([
      ['fighters: b,c (outlet-b,outlet-c)', 'militants: a,d (outlet-a,outlet-d)'],
    ]);
  });
});
