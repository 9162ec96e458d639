import { describe, expect, it } from 'vitest';
import { analyse, storyOf } from './helpers.ts';
import { ORIGINAL } from './synthetic.ts';
import type { Fact, StoryAccountInput } from '@lib/engine/story/index.ts';

/*
 * Facts that differ, from the reader's side: which form is the more exact whichever account
 * carries it, a weekday read against the publication date, one entry per pair of forms across
 * many accounts, and the order of the list. Invented news sentences (the rest of each account is
 * the synthetic report's shared paragraph, so the two accounts align).
 */
const account = (id: string, published: string, paragraphs: string[]): StoryAccountInput => ({ id, outlet: `outlet-${id}`, published, paragraphs });
const show = (f: Fact) => `${f.kind} ${f.relation}${f.morePrecise !== undefined ? ` (${f.forms[f.morePrecise].text} more exact)` : ''}: ${f.forms.map((x) => x.text).join(' / ')}`;
const facts = (accounts: StoryAccountInput[]) => analyse(storyOf(accounts)).facts;
const pair = (x: string, y: string, published: [string, string] = ['2027-05-20', '2027-05-20']) => facts([account('a', published[0], [x, ORIGINAL[2]!]), account('b', published[1], [y, ORIGINAL[2]!])]).map(show);

const polls = 'The polling stations in the northern districts closed at 8 p.m. on Sunday after a long day of voting.';
const bridge = 'The new bridge over the estuary will open to traffic in May despite years of delays and cost overruns.';
const talks = 'Negotiators met for nearly two hours in the old customs house before eight Russian companies signed the revised grain shipping agreement with the port.';
const slide = 'Rescue teams said 12 people were killed when the hillside collapsed onto the main road late on Wednesday after days of rain.';

describe('the more exact form, whichever account carries it', () => {
  it('a time of day against the bare day, and a day against its month', () => {
    expect(pair(polls, polls.replace('at 8 p.m. on', 'on'))).toEqual(['date precision (at 8 p.m. on Sunday more exact): at 8 p.m. on Sunday / on Sunday']);
    expect(pair(bridge.replace('in May', 'on May 19'), bridge)).toEqual(['date precision (May 19 more exact): May / May 19']);
  });

  it('a qualified figure against the bare one, and a number against a vague quantity', () => {
    expect(pair(talks.replace('nearly two', 'two'), talks)).toContain('number precision (nearly two hours more exact): nearly two hours / two hours');
    expect(pair(talks.replace('eight Russian', 'several'), talks)).toContain('number precision (eight Russian more exact): eight Russian / several');
  });
});

describe('a weekday against a calendar date', () => {
  it('is that date only within a week of the weekday account’s publication', () => {
    const dated = slide.replace('Wednesday', 'May 19');
    // 19 May 2027 is a Wednesday: the next day's report means it; a report a month later cannot.
    expect(pair(slide, dated)).toContain('date equivalent: May 19 / Wednesday');
    expect(pair(slide, dated, ['2027-06-20', '2027-05-20'])).toContain('date conflict: May 19 / Wednesday');
  });
});

describe('the fact list', () => {
  it('one entry per pair of forms, with every account on each side in rank order and each outlet once', () => {
    const twelve = (id: string, published: string) => account(id, published, [slide, ORIGINAL[2]!]);
    const found = facts([twelve('c', '2027-05-21'), twelve('a', '2027-05-20'), account('b', '2027-05-20', [slide.replace('12', '15'), ORIGINAL[2]!])]);
    const conflict = found.filter((f) => f.kind === 'number');
    expect(conflict.map(show)).toEqual(['number conflict: 12 / 15']);
    expect(conflict[0]!.forms.map((f) => f.versions)).toEqual([['a', 'c'], ['b']]);
    expect(conflict[0]!.forms.map((f) => f.outlets)).toEqual([['outlet-a', 'outlet-c'], ['outlet-b']]);
    expect(conflict[0]!.rows.map((r) => `${r.a}/${r.b}`).sort()).toEqual(['a/b', 'b/c']);
  });

  it('conflicts first, then precision, different names, equivalent forms; within one relation by kind, then form', () => {
    // "8 Russian" sorts before "May" in code-unit order: the kind (date before number) decides first.
    const x = [slide, bridge, 'Delegates from the coastal states will gather in Geneva next week to draft a plan for the fishing grounds.', talks.replace('eight', '8')];
    const y = [slide.replace('12', '15'), bridge.replace('in May', 'on May 19'), x[2]!.replace('Geneva', 'Vienna'), talks.replace('eight Russian', 'several').replace('nearly two', 'two'), ORIGINAL[2]!];
    expect(facts([account('a', '2027-05-20', [...x, ORIGINAL[2]!]), account('b', '2027-05-20', y)]).map(show)).toEqual([
      'number conflict: 12 / 15',
      'date precision (May 19 more exact): May / May 19',
      'number precision (8 Russian more exact): 8 Russian / several',
      'number precision (nearly two hours more exact): nearly two hours / two hours',
      'place different: Geneva / Vienna',
    ]);
  });
});
