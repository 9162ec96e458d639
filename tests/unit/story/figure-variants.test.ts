import { describe, expect, it } from 'vitest';
import { analyse, storyOf } from './helpers.ts';
import { ORIGINAL } from './synthetic.ts';

/*
 * Numbers and dates that disagree inside one passage, as the story page lists them: the reference
 * wording's figure with every account that agrees with it (the same value written another way, a
 * weekday that falls on the date), then each other figure with its accounts. Four invented
 * accounts of one sentence, in 2021: 19 May 2021 was a Wednesday.
 */
const sentence = (when: string, n: string) => `The ministry said the new bridge would open to lorries ${when} after ${n} inspectors from the regional transport office signed off the cables.`;
const account = (id: string, published: string, when: string, n: string) => ({ id, outlet: id, published, paragraphs: [sentence(when, n), ORIGINAL[0]!, ORIGINAL[2]!] });

const figures = (year = 2021) =>
  analyse(
    storyOf([
      account('one', `${year}-05-17`, 'on 19 May', 'twelve'),
      account('two', `${year}-05-18`, 'on Wednesday', '12'),
      account('three', `${year}-05-18`, 'on Thursday', 'eleven'),
      account('four', `${year}-05-18`, 'on 20 May', '14'),
    ]),
  ).variants.map((v) => ({ kind: v.kind, forms: v.forms.map((f) => `${f.text}: ${f.versions.join(' ')}`) }));

describe('figures that disagree in one passage', () => {
  it('lists the reference figure with the accounts that agree, then each other figure', () => {
    // Entries in the code-unit order of the reference figure.
    expect(figures()).toEqual([
      { kind: 'date', forms: ['19 May: one two', '20 May: four', 'Thursday: three'] },
      { kind: 'number', forms: ['twelve: one two', '14: four', 'eleven: three'] },
    ]);
  });

  it('a weekday agrees with a date only in the reference account’s year', () => {
    // In 2022, 19 May was a Thursday: now Thursday agrees and Wednesday does not.
    const in2022 = figures(2022).find((v) => v.kind === 'date')!;
    expect(in2022.forms).toEqual(['19 May: one three', '20 May: four', 'Wednesday: two']);
  });

  it('gives each form the passage as its account words it', () => {
    const { variants } = analyse(storyOf([account('one', '2021-05-17', 'on 19 May', 'twelve'), account('four', '2021-05-18', 'on 20 May', '14')]));
    expect(variants.map((v) => v.forms.map((f) => f.context))).toEqual([
      [sentence('on 19 May', 'twelve'), sentence('on 20 May', '14')],
      [sentence('on 19 May', 'twelve'), sentence('on 20 May', '14')],
    ]);
    expect(variants.every((v) => v.cluster === 'p1')).toBe(true);
  });

  it('reads month-first and day-first dates, and years, as dates; a number over 31 after a month is no day', () => {
    const pair = (a: string, b: string) =>
      analyse(storyOf([account('one', '2021-05-17', a, 'twelve'), account('two', '2021-05-18', b, 'twelve')])).variants.map((v) => `${v.kind}:${v.forms.map((f) => f.text).join('/')}`);
    expect(pair('on May 19', 'on May 21')).toEqual(['date:May 19/May 21']);
    expect(pair('in 2019', 'in 2020')).toEqual(['date:2019/2020']);
    expect(pair('at gate 40', 'at gate 41')).toEqual(['number:40/41']);
    expect(pair('on May 19', 'on 19 May')).toEqual([]);
    // "by May 40 lorries a day": 40 cannot be a day of May, so the figure is a number.
    const lorries = (n: number) => ({ id: `n${n}`, outlet: `n${n}`, published: `2021-05-${n - 23}`, paragraphs: [`Officials expect that by May ${n} lorries a day will cross the bridge, the regional transport office said on its website.`, ORIGINAL[0]!] });
    expect(analyse(storyOf([lorries(40), lorries(41)])).variants.map((v) => `${v.kind}:${v.forms.map((f) => f.text).join('/')}`)).toEqual(['number:40/41']);
  });
});
