import { describe, expect, it } from 'vitest';
import { buildAccounts, Pairs } from '@lib/engine/story/accounts.ts';
import { storyRows, storySlots } from '@lib/engine/story/slots.ts';
import type { SlotOptions } from '@lib/engine/story/types.ts';
import { storyOf } from './helpers.ts';

/*
 * The places where two outlets wrote the same statement with other words, which word choices and
 * facts both read: substitutions (“militants” / “fighters”), words one side adds (“after [nearly]
 * two hours”) or leaves out (“food [and medicine]”), in strong rows only. Two invented accounts of
 * one invented event; the engine compares them for real.
 */
const story = storyOf([
  {
    id: 'agency',
    outlet: 'agency',
    published: '2025-01-01',
    paragraphs: [
      'Police said the militants fired on the convoy after two hours of talks near the border town of Kessel.',
      'The regional governor, Anna Maric, called for calm and promised an inquiry into the shooting by the end of the week.',
      'The convoy carried food and medicine to the besieged villages of the upper valley on Thursday night.',
      'Weather in the valley was cold and wet for most of the day according to local farmers.',
    ],
  },
  {
    id: 'daily',
    outlet: 'daily',
    published: '2025-01-02',
    paragraphs: [
      'Police said the fighters fired on the convoy after nearly two hours of talks near the border town of Kessel.',
      'The regional governor, Anna Maric, urged calm and promised an inquiry into the shooting by the end of the month.',
      'The convoy carried food to the besieged villages of the upper valley on Thursday night.',
      'Farmers complained about a shortage of seed this spring and about prices in the markets.',
    ],
  },
]);

const slots = (options?: SlotOptions) => {
  const pairs = new Pairs(story.compare);
  return storySlots(buildAccounts(story.accounts, pairs), pairs, options).map((s) => ({
    pair: `${s.a}/${s.b}`,
    row: s.row,
    before: s.slot.before.trim(),
    after: s.slot.after.trim(),
    grades: s.grades,
  }));
};

describe('story slots', () => {
  it('lists substitutions and lone additions and omissions of strong rows, with each side’s grade', () => {
    expect(slots()).toEqual([
      { pair: 'agency/daily', row: 'r1', before: 'militants', after: 'fighters', grades: ['substantive', 'substantive'] },
      { pair: 'agency/daily', row: 'r1', before: '', after: 'nearly', grades: [null, 'substantive'] },
      { pair: 'agency/daily', row: 'r2', before: 'called for', after: 'urged', grades: ['substantive', 'substantive'] },
      { pair: 'agency/daily', row: 'r2', before: 'week', after: 'month', grades: ['substantive', 'substantive'] },
      { pair: 'agency/daily', row: 'r3', before: 'and medicine', after: '', grades: ['substantive', null] },
    ]);
  });

  it('keeps only slots of at most maxSlotWords words on each side', () => {
    expect(slots({ maxSlotWords: 1 }).map((s) => `${s.before}|${s.after}`)).toEqual(['militants|fighters', '|nearly', 'week|month']);
  });

  it('reads only rows whose match score reaches minRowScore', () => {
    const pairs = new Pairs(story.compare);
    const accounts = buildAccounts(story.accounts, pairs);
    const scores = storyRows(accounts, pairs).map((r) => r.row.score!);
    expect(scores).toHaveLength(3);
    const cut = [...scores].sort((x, y) => x - y)[1]!;
    // At the cut the row is kept; the one below is not.
    expect(storyRows(accounts, pairs, { minRowScore: cut }).length).toBe(2);
    expect(storyRows(accounts, pairs, { minRowScore: cut + 1e-9 }).length).toBe(1);
    expect(storyRows(accounts, pairs, { minRowScore: 1.01 })).toEqual([]);
  });

  it('gives each row both texts, in the pair’s canonical orientation', () => {
    const pairs = new Pairs(story.compare);
    const [first] = storyRows(buildAccounts(story.accounts, pairs), pairs);
    expect(first).toMatchObject({ a: 'agency', b: 'daily' });
    expect(first!.aText).toContain('the militants fired');
    expect(first!.bText).toContain('the fighters fired');
  });
});
