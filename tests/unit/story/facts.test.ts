import { describe, expect, it } from 'vitest';
import { analyse, storyOf } from './helpers.ts';
import { ORIGINAL } from './synthetic.ts';
import type { Fact, StoryAccountInput } from '@lib/engine/story/index.ts';

/** Invented reports of an invented landslide; 19 May 2027 is a Wednesday. */
const account = (id: string, published: string, paragraphs: string[]): StoryAccountInput => ({ id, outlet: `outlet-${id}`, published, paragraphs });
const show = (f: Fact) => `${f.kind} ${f.relation}${f.morePrecise !== undefined ? ` (${f.forms[f.morePrecise].text} more exact)` : ''}: ${f.forms.map((x) => x.text).join(' / ')}`;
const facts = (accounts: StoryAccountInput[]) => analyse(storyOf(accounts)).facts;

describe('facts that differ', () => {
  const one = [
    'Rescue teams said 12 people were killed when the hillside above the mining town of Brevik collapsed onto the main road late on Wednesday.',
    'The regional governor visited the site by helicopter and promised compensation for every household that lost its home in the collapse.',
    ORIGINAL[0]!,
  ];
  const two = [
    'Rescue teams said 15 people were killed when the hillside above the mining town of Brevik collapsed onto the main road late on May 19.',
    'The regional governor visited the site by helicopter and promised compensation for every household that lost its home in the collapse.',
    ORIGINAL[0]!,
  ];

  it('reports a count conflict and a weekday that is the other account’s date as equivalent', () => {
    const found = facts([account('a', '2027-05-20', one), account('b', '2027-05-20', two)]).map(show);
    expect(found).toContain('number conflict: 12 / 15');
    expect(found).toContain('date equivalent: May 19 / Wednesday');
    expect(found).toHaveLength(2);
  });

  it('marks a weekday that is not the date given as a conflict', () => {
    const found = facts([account('a', '2027-05-20', one.map((p) => p.replace('Wednesday', 'Tuesday'))), account('b', '2027-05-20', two)]).map(show);
    expect(found).toContain('date conflict: May 19 / Tuesday');
  });

  it('quotes both contexts, names the outlets and links the rows', () => {
    const conflict = facts([account('a', '2027-05-20', one), account('b', '2027-05-20', two)]).find((f) => f.relation === 'conflict')!;
    expect(conflict.forms[0].context).toContain('12 people were killed');
    expect(conflict.forms[1].context).toContain('15 people were killed');
    expect(conflict.forms.map((f) => f.outlets)).toEqual([['outlet-a'], ['outlet-b']]);
    expect(conflict.rows).toEqual([{ a: 'a', b: 'b', row: expect.stringMatching(/^r\d+$/) }]);
  });

  it('tells precision apart from conflict: a qualified figure, a number against a vague quantity', () => {
    const x = ['Negotiators met for nearly two hours in the old customs house before eight Russian companies signed the revised grain shipping agreement with the port.', ORIGINAL[1]!];
    const y = ['Negotiators met for two hours in the old customs house before several companies signed the revised grain shipping agreement with the port.', ORIGINAL[1]!];
    const found = facts([account('x', '2027-03-02', x), account('y', '2027-03-02', y)]).map(show);
    expect(found).toContain('number precision (nearly two hours more exact): nearly two hours / two hours');
    expect(found).toContain('number precision (eight Russian more exact): eight Russian / several');
    expect(found.some((f) => f.includes('conflict'))).toBe(false);
  });

  it('produces no entry for a pair of unrelated sentences, even with different figures', () => {
    const found = facts([
      account('p', '2027-05-20', ['Firefighters in the harbour district rescued 40 passengers from a burning ferry shortly before midnight on Friday.', ORIGINAL[2]!]),
      account('q', '2027-05-20', ['The central bank raised its main interest rate by 3 percent on Monday, citing stubborn inflation in food prices.', ORIGINAL[2]!]),
    ]);
    expect(found).toEqual([]);
  });

  it('reads the same value written two ways as equivalent, never as a conflict', () => {
    const found = facts([account('a', '2027-05-20', [ORIGINAL[5]!]), account('b', '2027-05-20', [ORIGINAL[5]!.replace('for two hours', 'for 2 hours')])]).map(show);
    expect(found).toEqual(['number equivalent: 2 / two']);
  });

  it('reports names in one slot as equivalent spellings or different names', () => {
    const found = facts([
      account('a', '2027-05-20', ['Foreign Minister Sergei Lavrov met envoys from Iran in Tashkent on the sidelines of the regional security forum.']),
      account('b', '2027-05-20', ['Foreign Minister Sergey Lavrov met envoys from Iraq in Tashkent on the sidelines of the regional security forum.']),
    ]).map(show);
    expect(found).toContain('name equivalent: Sergei / Sergey');
    expect(found.some((f) => /Iran \/ Iraq/.test(f) && /different/.test(f))).toBe(true);
  });

  // A sentence with a title slot mid-sentence (the slot needs shared words on both sides).
  const met = 'Envoys from the coastal states met Foreign Minister Antony Blinken in Halvik on the sidelines of the regional security forum.';
  const pair = (x: string, y: string) => facts([account('a', '2027-05-20', [x, ORIGINAL[2]!]), account('b', '2027-05-20', [y, ORIGINAL[2]!])]).map(show);

  it('reports titles in one slot before a name: another office, or a rank added', () => {
    expect(pair(met, met.replace('Foreign Minister', 'Secretary of State'))).toEqual(['title different: Foreign Minister / Secretary of State']);
    expect(pair(met, met.replace('Foreign Minister', 'Deputy Foreign Minister'))).toEqual(['title different: Deputy Foreign Minister / Foreign Minister']);
    expect(pair(met, met.replace('Foreign Minister', 'top diplomat'))).toEqual(['title different: Foreign Minister / top diplomat']);
  });

  it('reads no title where no name follows, and a first name in the slot stays a name', () => {
    const noName = 'Envoys from the coastal states met the minister in Halvik on the sidelines of the regional security forum.';
    expect(pair(noName, noName.replace('the minister', 'the president'))).toEqual([]);
    expect(pair(met, met.replace('Antony', 'Anton'))).toEqual(['name different: Anton / Antony']);
  });

  const polls = 'The polling stations in the northern districts closed at 8 p.m. on Sunday after a long day of voting.';
  it('reads times of one day: another hour is a conflict, the same moment written two ways equivalent, a time against the bare day more exact', () => {
    expect(pair(polls, polls.replace('8 p.m.', '9 p.m.'))).toEqual(['date conflict: 8 / 9']);
    expect(pair(polls, polls.replace('8 p.m.', '20:00'))).toEqual(['date equivalent: 20:00 / 8 p.m']);
    expect(pair(polls.replace('at 8 p.m. on', 'on'), polls)).toEqual(['date precision (at 8 p.m. on Sunday more exact): at 8 p.m. on Sunday / on Sunday']);
  });

  const bridge = 'The new bridge over the estuary will open to traffic in May despite years of delays and cost overruns.';
  it('reads a month against a day of it as precision and two months as a conflict; a preposition alone is no date', () => {
    expect(pair(bridge, bridge.replace('in May', 'on May 19'))).toEqual(['date precision (May 19 more exact): May / May 19']);
    expect(pair(bridge, bridge.replace('May', 'June'))).toEqual(['date conflict: June / May']);
  });

  const delegates = 'Delegates from the coastal states will gather in Geneva next week to draft a plan for the fishing grounds.';
  it('reads places: two cities are different, one city spelled two ways equivalent and listed once', () => {
    expect(pair(delegates, delegates.replace('Geneva', 'Vienna'))).toEqual(['place different: Geneva / Vienna']);
    expect(pair(delegates.replace('Geneva', 'Kyiv'), delegates.replace('Geneva', 'Kiev'))).toEqual(['place equivalent: Kiev / Kyiv']);
  });
});
