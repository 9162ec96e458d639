import { describe, expect, it } from 'vitest';
import { judged, slot } from './fact-slot.ts';

/*
 * How the two readers (`facts.ts` readEnglish, readFigures) tell a slot's own dates and counts from
 * the dates around them. One slot per case, invented ferry news, published on Thursday 20 May 2027
 * (19 May 2027 is a Wednesday).
 */
const P: [string, string] = ['2027-05-20', '2027-05-20'];
const EN = [undefined, undefined] as const;
const DE = ['de', 'de'] as const;

describe('dates and counts beside each other', () => {
  it('reads a count right after a date as a count, not as part of the date', () => {
    // compromise reads "Last week" as a date ending right before the count.
    expect(judged(slot('Last week ', '40', '45', ' cars crossed on the morning ferry.'), P, EN)).toBe('number:conflict');
  });

  it('compares the days a slot changes, not a dated day with its year in the shared words', () => {
    // "19. Mai 2027" is one date in both phrases; only "Freitag" / "Samstag" differ.
    expect(judged(slot('Die Fähre fuhr am 19. Mai 2027 ', 'und am Freitag', 'und am Samstag', ' wieder nach Kiel.'), P, DE)).toBe('date:conflict');
  });

  it('reads a weekday after a day as a date of its own, not as a year of that day', () => {
    // The weekday is the day's own (19 May 2027 is a Wednesday): one account only adds it.
    expect(judged(slot('Die Fähre fuhr ', 'am 19. Mai, Mittwoch,', 'am 19. Mai', ' wieder nach Kiel.'), P, DE)).toBeUndefined();
  });

  it('reads a list of years as years, not as one date: one of them against the list is no conflict', () => {
    expect(judged(slot('Die Fähre fuhr ', 'in den Jahren 2025, 2026', 'im Jahr 2026', ' nach Kiel.'), P, DE)).toBeUndefined();
    // The English reader reads it alike.
    expect(judged(slot('The ferry sailed ', 'in the years 2025, 2026', 'in 2026', ' to Kiel.'), P, EN)).toBeUndefined();
    // Control: another year against a year is a conflict.
    expect(judged(slot('Die Fähre fuhr ', 'im Jahr 2025', 'im Jahr 2026', ' nach Kiel.'), P, DE)).toBe('date:conflict');
  });
});
