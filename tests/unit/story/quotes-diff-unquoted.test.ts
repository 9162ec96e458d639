import { describe, expect, it } from 'vitest';
import type { StoryAccountInput } from '@lib/engine/story/index.ts';
import { buildQuotes } from '@lib/engine/story/quotes.ts';
import { storyAccounts, storyOf } from './helpers.ts';

/*
 * Accounts that carry a statement's words without quotation marks (`unquotedMembers`): the longest
 * run of the statement's words in the account's article text, outside its own quotations, of at
 * least six words and half the statement; an account already quoting the statement is not searched;
 * captions are not article text; a run never jumps over a quotation; on a tie the earlier run wins.
 * Invented reports of a harbour's reopening: accounts a and b quote the statement, c may carry it.
 */
const acc = (id: string, paragraphs: string[]): StoryAccountInput => ({ id, outlet: `${id}-outlet`, published: '2025-04-01', paragraphs });
const INTRO = 'Mayor Ingrid Holm opened the rebuilt harbour on Tuesday.';
const FLEET = 'The fishing fleet will return to the inner basin before the autumn herring season begins';
/** The quotation of `statement` (quoted by a and b) and the members account c contributes to it. */
const carried = (statement: string, c: string[]) => {
  const found = buildQuotes(storyAccounts(storyOf([acc('a', [INTRO, `“${statement},” Holm said.`]), acc('b', [INTRO, `“${statement},” Holm said.`]), acc('c', c)])));
  const q = found.find((x) => x.members.some((m) => m.version === 'a'))!;
  return q.members.filter((m) => m.version === 'c').map((m) => ({ text: m.text, marks: m.marks }));
};

describe('where an unquoted member is looked for', () => {
  it('not in an account that quotes the statement, even when its lead paraphrases it word for word', () => {
    const found = buildQuotes(
      storyAccounts(
        storyOf([
          acc('a', [INTRO, `“${FLEET},” Holm said.`]),
          acc('b', ['Holm promised that the fishing fleet will return to the inner basin before the autumn herring season begins.', `“${FLEET},” she said.`]),
        ]),
      ),
    );
    expect(found.map((q) => q.members.map((m) => [m.version, m.marks]))).toEqual([
      [
        ['a', []],
        ['b', []],
      ],
    ]);
  });

  it('not in a photo caption: it is not the article’s text', () => {
    expect(carried(FLEET, [INTRO, `${FLEET}, the mayor said. (Photo: Ola Nordmann/NTB)`, 'The council met on Monday.'])).toEqual([]);
  });

  it('in an account with quotations of its own before and after the run', () => {
    const c = ['“We are proud of this town,” Holm said at the opening.', 'She promised that the fishing fleet will return to the inner basin before the autumn herring season begins.', '“Come and see the new quay,” she added.'];
    expect(carried(FLEET, c)).toEqual([{ text: 'the fishing fleet will return to the inner basin before the autumn herring season begins', marks: ['unquoted'] }]);
  });

  it('outside the account’s own quotations: a nickname in single quotes is not unquoted text', () => {
    const silver = 'The Silver fleet will return to the inner basin before the season opens';
    expect(carried(silver, [INTRO, 'Holm promised that the ‘Silver’ fleet will return to the inner basin before the season opens.'])).toEqual([
      { text: 'fleet will return to the inner basin before the season opens', marks: ['unquoted'] },
    ]);
  });

  // Every mark the quotation finder reads ends a run, not only double quotes: single quotes, German
  // low-high quotes and single guillemets, as the scare-quoted word of a paraphrase is written.
  it.each([
    ['single quotes', '‘certainly’'],
    ['German low-high quotes', '„certainly“'],
    ['single guillemets', '‹certainly›'],
    ['double quotes', '“certainly”'],
  ])('a run does not jump over a scare-quoted word in %s', (_, word) => {
    expect(carried(FLEET, [INTRO, `Holm said the fishing fleet will ${word} return to the inner basin before the autumn herring season begins.`])).toEqual([
      { text: 'return to the inner basin before the autumn herring season begins', marks: ['truncated', 'unquoted'] },
    ]);
  });

  it('an apostrophe between the statement’s words is no quotation: the run goes on', () => {
    const fleet = 'The fishing fleet’s boats will return to the inner basin before the autumn herring season begins';
    expect(carried(fleet, [INTRO, `Holm said the fishing fleet’s boats will return to the inner basin before the autumn herring season begins.`])).toEqual([
      { text: 'the fishing fleet’s boats will return to the inner basin before the autumn herring season begins', marks: ['unquoted'] },
    ]);
  });

  it('a run does not jump over a quotation between the statement’s words', () => {
    expect(carried(FLEET, [INTRO, 'Holm said the fishing fleet will return, “as promised”, to the inner basin before the autumn herring season begins.'])).toEqual([
      { text: 'to the inner basin before the autumn herring season begins', marks: ['truncated', 'unquoted'] },
    ]);
  });
});

describe('how long a run must be', () => {
  const WALL = 'The wall will hold through the winter and the fleet will return in spring';

  it('six words in a row are enough, for a statement of six words too', () => {
    expect(carried('Every berth has been rebuilt again', [INTRO, 'Engineers confirmed every berth has been rebuilt again, at great cost.']).map((m) => m.text)).toEqual([
      'every berth has been rebuilt again',
    ]);
  });

  it('half the statement is enough (seven of fourteen words); less is not', () => {
    expect(carried(WALL, [INTRO, 'Engineers say the wall will hold through the winter, whatever the storms bring.']).map((m) => m.text)).toEqual([
      'the wall will hold through the winter',
    ]);
    expect(carried(WALL, [INTRO, 'Engineers say the wall will hold through the storms.'])).toEqual([]);
  });

  it('of two runs as long, the earlier in the account', () => {
    expect(carried(WALL, [INTRO, 'And the fleet will return in spring, Holm promised.', 'Engineers say the wall will hold through the winter.']).map((m) => m.text)).toEqual([
      'And the fleet will return in spring',
    ]);
  });

  it('a run of part of the statement is marked truncated, measured on its own words', () => {
    expect(carried(FLEET, [INTRO, 'Holm said the fishing fleet will return to the inner basin in time, and the council agreed to pay for new gates on the quay.'])).toEqual([
      { text: 'the fishing fleet will return to the inner basin', marks: ['truncated', 'unquoted'] },
    ]);
  });

  it('a run of the whole statement is not marked truncated', () => {
    expect(carried(FLEET, [INTRO, `Holm promised that ${FLEET.toLowerCase()}.`])).toEqual([{ text: FLEET.toLowerCase(), marks: ['unquoted'] }]);
  });
});
