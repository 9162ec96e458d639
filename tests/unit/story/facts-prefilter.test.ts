import { describe, expect, it } from 'vitest';
import { analyse, seedStory, storyOf, type TestStory } from './helpers.ts';
import { ORIGINAL } from './synthetic.ts';
import { storySlots } from '@lib/engine/story/slots.ts';
import { buildAccounts, Pairs } from '@lib/engine/story/accounts.ts';
import { judgeSlot, mayStateFact } from '@lib/engine/story/facts.ts';
import { languageFor } from '@lib/engine/lang/index.ts';

const slot = (before: string, after: string, right = ' were killed', left = 'Rescue teams said ') => ({ before, after, left, right, index: 1 });

describe('facts pre-filter: only slots that can hold a differing fact are parsed', () => {
  it('takes its number, date and time words from the English language module', () => {
    const words = languageFor('en').factWords!;
    for (const w of ['two', 'dozen', 'hundreds', 'first', 'yesterday', 'week', 'pm']) expect(words.has(w), w).toBe(true);
    expect(words.has('militants')).toBe(false);
  });

  it('passes digits, number words, months, weekdays, date and time words, capitalized words', () => {
    for (const [x, y] of [['12', '15'], ['two', 'three'], ['Wednesday', 'May 19'], ['yesterday', 'today'], ['Iran', 'Iraq'], ['Sergei', 'Sergey'], ['8', '9']]) expect(mayStateFact(slot(x!, y!)), `${x}/${y}`).toBe(true);
  });

  it('passes a qualifier added before a figure and a lowercase title before a name, by the word after the slot', () => {
    expect(mayStateFact(slot('nearly ', '', 'two hours in the customs house'))).toBe(true);
    expect(mayStateFact(slot('top diplomat', 'foreign minister', ' Lavrov met envoys'))).toBe(true);
  });

  it('skips lowercase words before lowercase words: no number, date, name, place or title', () => {
    expect(mayStateFact(slot('militants', 'fighters', ' on a border post'))).toBe(false);
    expect(mayStateFact(slot('claimed', 'said', ' that the talks'))).toBe(false);
    expect(mayStateFact(slot('nearly ', '', 'every house in the village'))).toBe(false);
  });

  /** Every slot of the story: the pre-filter passes each one that states a fact when parsed. */
  const dropsNone = (story: TestStory) => {
    const pairs = new Pairs(story.compare);
    const accounts = buildAccounts(story.accounts, pairs);
    const day = new Map(accounts.map((a) => [a.id, a.published]));
    const slots = storySlots(accounts, pairs);
    const stated = slots.filter((s) => judgeSlot(s, [day.get(s.a)!, day.get(s.b)!], { prefilter: false }));
    return { slots: slots.length, stated: stated.length, dropped: stated.filter((s) => !mayStateFact(s.slot)).map((s) => `${s.slot.before}/${s.slot.after}`) };
  };

  it('drops no fact the parse finds, on the seed story', async () => {
    // Its facts are name variants (read by the name slots of variants.ts); no slot of its strong rows states one, parsed or not.
    const r = dropsNone(await seedStory());
    expect(r.slots).toBeGreaterThan(20);
    expect(r.stated).toBe(0);
    expect(r.dropped).toEqual([]);
  }, 120_000);

  it('drops no fact on invented accounts with every kind of fact, and skips most word choices', () => {
    const account = (id: string, paragraphs: string[]) => ({ id, outlet: `outlet-${id}`, published: '2027-05-20', paragraphs });
    const x = [
      'Rescue teams said 12 people were killed when the hillside above the mining town of Brevik collapsed late on Wednesday.',
      'Negotiators met for nearly two hours before eight Russian companies signed the revised grain agreement.',
      'Envoys from the coastal states met Foreign Minister Antony Blinken in Geneva on the sidelines of the forum.',
      'The polling stations in the northern districts closed at 8 p.m. on Sunday after a long day of voting.',
      'The army said its soldiers had repelled an attack by militants on a border post near the river crossing.',
      ORIGINAL[0]!,
    ];
    const y = [
      'Rescue teams said 15 people were killed when the hillside above the mining town of Brevik collapsed late on May 19.',
      'Negotiators met for two hours before several companies signed the revised grain agreement.',
      'Envoys from the coastal states met Secretary of State Antony Blinken in Vienna on the sidelines of the forum.',
      'The polling stations in the northern districts closed at 9 p.m. on Sunday after a long day of voting.',
      'The army claimed its soldiers had repelled an attack by fighters on a border post near the river crossing.',
      ORIGINAL[0]!,
    ];
    const story = storyOf([account('a', x), account('b', y)]);
    const r = dropsNone(story);
    expect(r.stated).toBeGreaterThanOrEqual(6);
    expect(r.dropped).toEqual([]);
    // The word choices are still found (their slots are skipped by the pre-filter, not lost).
    expect(analyse(story).wordChoices.map((w) => w.forms.map((f) => f.text).join('/'))).toEqual(expect.arrayContaining(['claimed/said', 'fighters/militants']));
  });
});
