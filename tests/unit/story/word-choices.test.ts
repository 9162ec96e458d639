import { describe, expect, it } from 'vitest';
import { analyse, storyOf } from './helpers.ts';
import { ORIGINAL } from './synthetic.ts';
import type { StoryAccountInput, WordChoice } from '@lib/engine/story/index.ts';
import { lemmaForm } from '@lib/engine/story/word-choices.ts';
import { SLOT_DEFAULTS } from '@lib/engine/story/slots.ts';
import { analyseStory } from '@lib/engine/story/index.ts';

const account = (id: string, outlet: string, paragraphs: string[]): StoryAccountInput => ({ id, outlet, published: '2027-04-08', paragraphs });
const show = (w: WordChoice) => `${w.forms[0].text} [${w.forms[0].outlets.join(',')}] / ${w.forms[1].text} [${w.forms[1].outlets.join(',')}]`;
const choices = (accounts: StoryAccountInput[]) => analyse(storyOf(accounts)).wordChoices;

describe('word choices', () => {
  const base = 'The army said its soldiers had repelled an attack by militants on a border post near the river crossing before dawn on Thursday.';
  it('aggregates one substitution across pairs, with the outlets on each side, sorted by outlets that split', () => {
    const found = choices([
      account('a', 'north', [base, ORIGINAL[3]!]),
      account('b', 'south', [base.replace('militants', 'fighters'), ORIGINAL[3]!]),
      account('c', 'east', [base.replace('militants', 'fighters'), ORIGINAL[3]!.replace('told reporters', 'informed journalists')]),
    ]);
    expect(found.map(show)).toEqual(['fighters [south,east] / militants [north]', 'informed journalists [east] / told reporters [north,south]']);
    expect(found[0]!.outlets).toBe(3);
    expect(found[0]!.count).toBe(2);
    expect(found[0]!.rows.map((r) => `${r.a}/${r.b}`)).toEqual(['a/b', 'a/c']);
    expect(found[0]!.rows.every((r) => /^r\d+$/.test(r.row))).toBe(true);
  });

  it('groups inflections of one word by lemma (claims/claimed), ', () => {
    expect(lemmaForm('claims')).toBe(lemmaForm('claimed'));
    const found = choices([
      account('a', 'north', [base.replace('said', 'claimed')]),
      account('b', 'south', [base]),
      account('c', 'east', [base.replace('said', 'claims')]),
    ]);
    expect(found.map(show)).toEqual(['claimed [north,east] / said [south]']);
    expect(found[0]!.count).toBe(2);
  });

  it('leaves out minor variants, stopword swaps and figures', () => {
    const found = choices([
      account('a', 'north', [base]),
      account('b', 'south', [base.replace('The army', 'the Army').replace('its soldiers', 'the soldiers').replace('Thursday', 'Friday').replace('had repelled', 'has repelled')]),
    ]);
    expect(found).toEqual([]);
  });

  it('produces no entry for a pair of unrelated sentences', () => {
    const found = choices([
      account('a', 'north', ['Shoppers crowded the covered market on Saturday as vendors cut the price of winter vegetables after a mild season.', ORIGINAL[4]!]),
      account('b', 'south', ['The airline cancelled its evening flights to the capital on Saturday as pilots walked out over unpaid overtime.', ORIGINAL[4]!]),
    ]);
    expect(found).toEqual([]);
  });

  it('reads no substitution from a reposting site’s interleaved comments', () => {
    const comment = 'Comment: the army has said this about every attack since the war began, and the militants never confirm it.';
    const found = choices([
      account('a', 'north', [base, ORIGINAL[3]!]),
      account('b', 'south', [base, comment, ORIGINAL[3]!]),
      account('c', 'east', [base, comment.replace('militants', 'fighters'), ORIGINAL[3]!]),
    ]);
    expect(found.map(show)).toEqual([]);
  });
});

/*
 * Each filter on its own: every fixture below passes all the other filters, so the test fails when
 * (and only when) the filter it names is broken. Each has a control showing the entry the filter
 * keeps out.
 */
describe('word choices: each filter keeps its case out', () => {
  const base = 'The army said its soldiers had repelled an attack by militants on a border post near the river crossing before dawn on Thursday.';
  const shown = (accounts: StoryAccountInput[], options: Parameters<typeof analyse>[1] = {}) => analyse(storyOf(accounts), options).wordChoices.map((w) => w.forms.map((f) => f.text).join('/'));

  it('reads article text only: a matched row over furniture or an interleaved comment gives no entry', () => {
    const accounts = [account('a', 'north', [base, ORIGINAL[3]!]), account('b', 'south', [base.replace('militants', 'fighters'), ORIGINAL[3]!])];
    const story = storyOf(accounts);
    // A comparison whose first row pairs segments of another kind (what an engine aligning page
    // furniture or a reposting site's comments would hand over): the same words, relabelled.
    const relabelled = (kind: 'boilerplate' | 'interpolation') => (x: string, y: string) => {
      const c = story.compare(x, y);
      const first = c.rows[0]!;
      const relabel = (side: typeof c.a, used: number[]) => ({ ...side, segments: side.segments.map((s, i) => (used.includes(i) ? { ...s, kind } : s)) });
      return { ...c, a: relabel(c.a, first.a), b: relabel(c.b, first.b) };
    };
    expect(analyse(story).wordChoices.map((w) => w.forms.map((f) => f.text).join('/'))).toEqual(['fighters/militants']);
    expect(analyseStory(accounts, relabelled('interpolation')).wordChoices).toEqual([]);
    expect(analyseStory(accounts, relabelled('boilerplate')).wordChoices).toEqual([]);
  });

  it('reads rows scoring at least 0.5 only: a retelling the retold pass pairs sets phrases of two places against each other', () => {
    expect(SLOT_DEFAULTS.minRowScore).toBe(0.5);
    const accounts = [
      account('a', 'north', ['The harbour’s former manager, Ilse Varga, is expected to testify before the inquiry next month.', ORIGINAL[4]!]),
      account('b', 'south', ['Next month, Ilse Varga, who used to run the harbour, is due to give evidence before the inquiry.', ORIGINAL[4]!]),
    ];
    const row = storyOf(accounts).compare('a', 'b').rows[0]!;
    expect(row).toMatchObject({ kind: 'changed', pass: 'retold' });
    expect(row.score).toBeLessThan(0.5);
    // Control: with every matched row read, "former manager" / "Next month" and the like come out.
    expect(shown(accounts, { slots: { minRowScore: 0 } }).length).toBeGreaterThan(0);
    expect(shown(accounts)).toEqual([]);
  });

  it('leaves out two different statements aligned: a substitution of more than three words', () => {
    const accounts = [
      account('a', 'north', ['The ministers agreed to meet again before the summit in the capital.', ORIGINAL[3]!]),
      account('b', 'south', ['The ministers did not agree on a date for the summit in the capital.', ORIGINAL[3]!]),
    ];
    // The engine pairs them as one statement (same topic, score over 0.5); the slot is too wide for a choice of words.
    expect(storyOf(accounts).compare('a', 'b').rows[0]!.score).toBeGreaterThanOrEqual(0.5);
    expect(SLOT_DEFAULTS.maxSlotWords).toBe(3);
    expect(shown(accounts, { slots: { maxSlotWords: 8 } })).toEqual(['did not agree on a date for/agreed to meet again before']);
    expect(shown(accounts)).toEqual([]);
  });

  it('leaves out minor grades: a British and an American spelling with different stems', () => {
    // Porter2 stems "organised" and "organized" apart, so only the grade (the spelling fold) tells them one word.
    expect(lemmaForm('organised')).not.toBe(lemmaForm('organized'));
    const accounts = [account('a', 'north', [base.replace('an attack', 'an organised attack')]), account('b', 'south', [base.replace('an attack', 'an organized attack')])];
    expect(storyOf(accounts).compare('a', 'b').rows[0]!.grades.filter(Boolean)).toEqual(['minor', 'minor']);
    expect(shown(accounts)).toEqual([]);
    // Control: the same slot with a substantive change is a choice.
    expect(shown([accounts[0]!, account('b', 'south', [base.replace('an attack', 'an orchestrated attack')])])).toEqual(['orchestrated/organised']);
  });

  it('leaves out the British -ence and American -ense of one word (defence/defense)', () => {
    const accounts = [account('a', 'north', [base.replace('a border post', 'a defence post')]), account('b', 'south', [base.replace('a border post', 'a defense post')])];
    expect(storyOf(accounts).compare('a', 'b').rows[0]!.grades.filter(Boolean)).toEqual(['minor', 'minor']);
    expect(shown(accounts)).toEqual([]);
    // Control: a different word in the same slot is a choice.
    expect(shown([accounts[0]!, account('b', 'south', [base.replace('a border post', 'a police post')])])).toEqual(['defence/police']);
  });

  it('leaves out stopword swaps: function words on both sides, or on one side against a content word', () => {
    expect(shown([account('a', 'north', [base]), account('b', 'south', [base.replace('its soldiers', 'the soldiers')])])).toEqual([]);
    expect(shown([account('a', 'north', [base]), account('b', 'south', [base.replace('had repelled', 'have repelled')])])).toEqual([]);
    expect(shown([account('a', 'north', [base]), account('b', 'south', [base.replace('by militants on', 'by militants near')])])).toEqual([]);
    // Control: two content words in that slot are a choice.
    expect(shown([account('a', 'north', [base.replace('by militants on', 'by militants beside')]), account('b', 'south', [base.replace('by militants on', 'by militants near')])])).toEqual(['beside/near']);
  });
});
