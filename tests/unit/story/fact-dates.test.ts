import { describe, expect, it } from 'vitest';
import type { StoryAccountInput } from '@lib/engine/story/index.ts';
import type { StorySlot } from '@lib/engine/story/slots.ts';
import { nearestOccurrence, yearlessDay } from '@lib/engine/story/calendar.ts';
import { analyse, storyOf } from './helpers.ts';
import { judged, slot } from './fact-slot.ts';

/*
 * A date written without a year names its occurrence nearest the account's publication day
 * (`story/calendar.ts`), whichever reader reads it: compromise for English (which on its own reads
 * "May 19" as the next May 19 after publication, but "19 May" as this year's), the figure reader
 * for other languages, and the figure variants. Accounts published at different times of year,
 * across a new year among them. Invented reports.
 */

const iso = ([start, end]: [number, number]) => [new Date(start).toISOString().slice(0, 10), new Date(end).toISOString().slice(0, 10)];
const judge = (s: StorySlot, published: [string, string], lang?: string) => judged(s, published, [lang, lang]);

describe('the year rule: the occurrence nearest publication', () => {
  it('reads a day just past as this year’s or, across a new year, last year’s', () => {
    expect(iso(yearlessDay(5, 19, '2027-06-20'))).toEqual(['2027-05-19', '2027-05-19']);
    expect(iso(yearlessDay(12, 30, '2028-01-02T09:30:00Z'))).toEqual(['2027-12-30', '2027-12-30']);
  });

  it('reads an announced day just ahead as this year’s or, across a new year, next year’s', () => {
    expect(iso(yearlessDay(6, 2, '2027-05-20'))).toEqual(['2027-06-02', '2027-06-02']);
    expect(iso(yearlessDay(1, 5, '2027-12-28'))).toEqual(['2028-01-05', '2028-01-05']);
  });

  it('turns at half a year: seven months back is next year’s, five ahead this year’s', () => {
    expect(iso(yearlessDay(1, 10, '2027-08-15'))).toEqual(['2028-01-10', '2028-01-10']);
    expect(iso(yearlessDay(12, 20, '2027-07-20'))).toEqual(['2027-12-20', '2027-12-20']);
  });

  it('moves a span by whole years, keeping its length and time of day', () => {
    const may = [Date.parse('2028-05-01T00:00:00Z'), Date.parse('2028-05-31T23:59:59.999Z')] as [number, number];
    expect(iso(nearestOccurrence(may[0], may[1], '2027-06-20'))).toEqual(['2027-05-01', '2027-05-31']);
    const evening = Date.parse('2028-05-19T20:00:00Z');
    expect(new Date(nearestOccurrence(evening, evening + 3_599_999, '2027-06-20')[0]).toISOString()).toBe('2027-05-19T20:00:00.000Z');
    // A span that holds the publication day stays where it is ("by May 19", read from publication on).
    const by = [Date.parse('2027-06-20T00:00:00Z'), Date.parse('2028-05-18T23:59:59.999Z')] as [number, number];
    expect(nearestOccurrence(by[0], by[1], '2027-06-20')).toEqual(by);
  });
});

describe('English dates without a year, as compromise reads them', () => {
  const talks = (before: string, after: string) => slot('The two ministers met for talks ', before, after, ' in Geneva.');

  it('reads "May 19" and "19 May" as one day a month after it', () => {
    expect(judge(talks('on May 19', 'on 19 May'), ['2027-06-20', '2027-06-21'])).toBe('date:equivalent');
    // Control: two days are a conflict.
    expect(judge(talks('on May 19', 'on 20 May'), ['2027-06-20', '2027-06-21'])).toBe('date:conflict');
  });

  it('reads "December 30" published on 2 January as last year’s: the Thursday before', () => {
    expect(judge(talks('on December 30', 'on Thursday'), ['2028-01-02', '2028-01-01'])).toBe('date:equivalent');
    expect(judge(talks('on December 30', 'on Saturday'), ['2028-01-02', '2028-01-01'])).toBe('date:conflict');
  });

  it('reads a month and a day of it across a new year as one more exact than the other', () => {
    expect(judge(talks('in December', 'on December 30'), ['2027-12-31', '2028-01-02'])).toBe('date:precision');
  });

  it('keeps a year the text states, in digits or in words', () => {
    expect(judge(talks('on May 19, 2026', 'on May 19'), ['2027-06-20', '2027-06-20'])).toBe('date:conflict');
    expect(judge(talks('on May 19 last year', 'on May 19'), ['2027-06-20', '2027-06-20'])).toBe('date:conflict');
  });
});

describe('dates without a year read by the figure reader and the figure variants', () => {
  it('reads a German "30. Dezember" published on 2 January as last year’s Thursday', () => {
    const signed = (day: string) => slot('Der Vertrag wurde am ', day, 'Donnerstag', ' in Genf unterzeichnet.');
    expect(judge(signed('30. Dezember'), ['2028-01-02', '2028-01-01'], 'de')).toBe('date:equivalent');
    expect(judge(signed('29. Dezember'), ['2028-01-02', '2028-01-01'], 'de')).toBe('date:conflict');
  });

  it('lists no figure variant for a weekday that falls on the date, across a new year', () => {
    const report = (id: string, published: string, day: string): StoryAccountInput => ({
      id,
      outlet: `outlet-${id}`,
      published,
      paragraphs: [`The harbour authority reopened the northern pier on ${day} after three weeks of repairs.`, 'Ferries to the islands will resume their winter timetable.'],
    });
    const dateVariants = (day: string) => analyse(storyOf([report('a', '2028-01-02', 'December 30'), report('b', '2028-01-03', day)])).variants.filter((v) => v.kind === 'date');
    expect(dateVariants('Thursday')).toEqual([]);
    // Control: a weekday the date is not.
    expect(dateVariants('Saturday').map((v) => v.forms.map((f) => f.text))).toEqual([['December 30', 'Saturday']]);
  });
});
