import { describe, expect, it } from 'vitest';
import { nearestOccurrence, yearlessDay } from '@lib/engine/story/calendar.ts';

/*
 * The one tie of the year rule (`story/calendar.ts`): a year-less day exactly half a year from the
 * publication day, in both directions. Only a gap of 366 days between two occurrences (a 29
 * February between them) can be split into two equal halves: 1 March 2027 and 1 March 2028 lie
 * 183 days before and after 31 August 2027. The rule reads the earlier (reports tell more of what
 * happened than of what is announced); a day either side of the tie breaks it the plain way.
 */
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const DAY_MS = 86_400_000;

describe('a year-less date exactly half a year from publication', () => {
  it('the tie is real: 183 days each way', () => {
    expect((Date.UTC(2027, 7, 31) - Date.UTC(2027, 2, 1)) / DAY_MS).toBe(183);
    expect((Date.UTC(2028, 2, 1) - Date.UTC(2027, 7, 31)) / DAY_MS).toBe(183);
  });

  it('names the earlier occurrence, as a day of a month', () => {
    expect(yearlessDay(3, 1, '2027-08-31').map(day)).toEqual(['2027-03-01', '2027-03-01']);
    // Controls: a day earlier the past one is nearer, a day later the coming one.
    expect(yearlessDay(3, 1, '2027-08-30').map(day)).toEqual(['2027-03-01', '2027-03-01']);
    expect(yearlessDay(3, 1, '2027-09-01').map(day)).toEqual(['2028-03-01', '2028-03-01']);
  });

  it('names the earlier occurrence, as a span a parser read in another year', () => {
    const start = Date.UTC(2030, 2, 1);
    expect(nearestOccurrence(start, start + DAY_MS - 1, '2027-08-31T18:00:00Z').map(day)).toEqual(['2027-03-01', '2027-03-01']);
    expect(nearestOccurrence(start, start + DAY_MS - 1, '2027-09-01').map(day)).toEqual(['2028-03-01', '2028-03-01']);
  });
});
