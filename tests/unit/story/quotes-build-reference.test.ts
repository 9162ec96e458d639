import { describe, expect, it } from 'vitest';
import type { QuoteMember, StoryAccountInput } from '@lib/engine/story/index.ts';
import { buildQuotes } from '@lib/engine/story/quotes.ts';
import { storyAccounts, storyOf } from './helpers.ts';

/*
 * A quotation's reference wording and its members' marks (`buildQuotes`). Among wordings none of which
 * is a fragment of another (`quotes-reference-fullest.test.ts` covers fragments) and all given whole, the
 * reference is the wording most accounts carry; among wordings as widely carried, the one closest to all
 * the others (not merely the earliest). Against it, a member is `truncated` when it lacks at least three of its words and
 * holds at most four fifths of them (both bars reached count), and `paraphrased` when at least a
 * quarter of its own words are substantive replacements; words it only leaves out are a cut, never a
 * rewording. Invented reports of a harbour's reopening.
 */
const acc = (id: string, published: string, paragraphs: string[]): StoryAccountInput => ({ id, outlet: `${id}-outlet`, published, paragraphs });
const INTRO = 'Harbour master Lars Dahl opened the rebuilt wall on Tuesday.';
/** One account per wording, in publication order a, b, c…; each quotes Dahl once. */
const accounts = (...wordings: string[]) => wordings.map((w, k) => acc(String.fromCharCode(97 + k), `2025-04-0${k + 1}`, [INTRO, `“${w},” Dahl said.`]));
const members = (...wordings: string[]): QuoteMember[] => {
  const found = buildQuotes(storyAccounts(storyOf(accounts(...wordings))));
  expect(found).toHaveLength(1);
  return found[0]!.members;
};
const marks = (...wordings: string[]) => Object.fromEntries(members(...wordings).map((m) => [m.version, m.marks]));

describe('the reference wording', () => {
  it('is the one most accounts carry, though another account printed a wording first', () => {
    const storms = 'The new wall will hold back the winter storms for a hundred years';
    const gales = 'The new wall will hold back the winter gales for a hundred years';
    const m = members(storms, gales, gales);
    expect(m.map((x) => [x.version, x.reference, x.counterpart])).toEqual([['a', false, 'b'], ['b', true, null], ['c', true, null]]);
  });

  it('among wordings each carried once, is the one closest to the others', () => {
    // b differs from a in one word and from c in two; a and c differ in all three.
    const m = members(
      'The new wall will hold back the winter storms for a hundred years',
      'The new wall will hold back the winter gales for a hundred years',
      'The new wall will keep out the winter gales for a hundred years',
    );
    expect(m.map((x) => [x.version, x.reference])).toEqual([['a', false], ['b', true], ['c', false]]);
  });
});

describe('a member against the reference', () => {
  const FULL = 'The new wall will hold back every single winter storm';
  it('leaving two of its words out is neither cut nor reworded', () => {
    // Eight of ten words: at the four-fifths bar, but only two missing; and a word left out is no rewording.
    expect(marks(FULL, FULL, 'The wall will hold back every winter storm')).toEqual({ a: [], b: [], c: [] });
  });

  it('holding exactly four fifths of its words, three missing, is cut', () => {
    const full = 'Boats from the whole northern coast will shelter behind the new wall when storms come';
    expect(full.split(' ')).toHaveLength(15);
    expect(marks(full, full, 'Boats from the coast will shelter behind the wall when storms come')).toEqual({ a: [], b: [], c: ['truncated'] });
  });

  it('missing three words of a long statement, but more than four fifths of it left, is not cut', () => {
    const full = 'Boats from the northern coast will shelter behind the new wall when the winter storms come in from the sea';
    expect(full.split(' ')).toHaveLength(20);
    expect(marks(full, full, 'Boats from the coast will shelter behind the wall when the storms come in from the sea')).toEqual({ a: [], b: [], c: [] });
  });

  it('the reference itself is never paraphrased, even at a bar of 0', () => {
    const full = 'The new wall will hold back every storm';
    const found = buildQuotes(storyAccounts(storyOf(accounts(full, full, 'The new barrier will hold back every gale'))), { paraphraseShare: 0 });
    expect(found[0]!.members.map((m) => [m.version, m.reference, m.marks])).toEqual([['a', true, []], ['b', true, []], ['c', false, ['paraphrased']]]);
  });

  it('with exactly a quarter of its words replaced is paraphrased', () => {
    const full = 'The new wall will hold back every storm';
    expect(marks(full, full, 'The new barrier will hold back every gale')).toEqual({ a: [], b: [], c: ['paraphrased'] });
  });
});

describe('a quotation cut off by the end of its capture', () => {
  const cutOff = (id: string, published: string, words: string) => acc(id, published, [INTRO, `Dahl told the radio station: “${words}`]);
  const whole = (id: string, published: string) => acc(id, published, [INTRO, '“We did not agree on the schedule with the contractor, and we will meet again next week,” Dahl said.']);
  const byVersion = (accounts: StoryAccountInput[]) => {
    const found = buildQuotes(storyAccounts(storyOf(accounts)));
    expect(found).toHaveLength(1);
    return Object.fromEntries(found[0]!.members.map((m) => [m.version, { reference: m.reference, marks: m.marks }]));
  };

  it('is not the reference while another account gives the statement whole, though printed first', () => {
    // Against the cut wording, the whole statement would read as rewritten ("contra" → "contractor, and we will meet…").
    expect(byVersion([cutOff('a', '2025-04-01', 'We did not agree on the schedule with the contra'), whole('b', '2025-04-02')])).toEqual({
      a: { reference: false, marks: ['truncated'] },
      b: { reference: true, marks: [] },
    });
  });

  it('is marked truncated as the reference too, when every member is cut', () => {
    expect(byVersion([cutOff('a', '2025-04-01', 'We did not agree on the schedule with the contractor, and we will me'), cutOff('b', '2025-04-02', 'We did not agree on the schedule with the contra')])).toEqual({
      a: { reference: true, marks: ['truncated'] },
      b: { reference: false, marks: ['truncated'] },
    });
  });
});
