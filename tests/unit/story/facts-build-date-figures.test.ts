import { describe, expect, it } from 'vitest';
import { judged, slot } from './fact-slot.ts';

/*
 * A date is compared as a date, never as a count (`facts.ts` Reading.hasNumber, datedFigures): a
 * side whose only figure is a date's day or year against a side with a count is not one figure
 * told two ways, and a year added to a date is the same date made explicit, in the figure reader
 * (German, Russian, mixed slots) as in compromise's English reading. Invented harbour news; every
 * phrase is used once in this file (readings are memoized per phrase). Accounts published Friday
 * 21 May 2027.
 */
const PUBLISHED: [string, string] = ['2027-05-21', '2027-05-21'];
const de = (s: ReturnType<typeof slot>) => judged(s, PUBLISHED, ['de', 'de']);
const en = (s: ReturnType<typeof slot>) => judged(s, PUBLISHED, [undefined, undefined]);

describe('a date against a count', () => {
  it('states no number fact in German: the day or year of a date is no count', () => {
    expect(de(slot('Die Fähre legte ', 'am 19. Mai', 'mit 19 Passagieren', ' in Kiel an.'))).toBeUndefined();
    expect(de(slot('Die neue Fähre fährt ', 'seit 2027', 'mit 40 Autos', ' nach Oslo.'))).toBeUndefined();
    // Control: two counts are compared as numbers.
    expect(de(slot('Die alte Fähre legte ', 'mit 18 Passagieren', 'mit 19 Passagieren', ' in Kiel an.'))).toBe('number:conflict');
  });

  it('states no number fact in English: compromise tags the day a value, yet it is the date\'s', () => {
    expect(en(slot('The ferry docked ', 'on May 19', 'with 19 passengers', ' in Kiel.'))).toBeUndefined();
    expect(en(slot('The new ferry line opened ', 'in 2027', 'with 40 cars', ' to Oslo.'))).toBeUndefined();
    // Controls: two counts, and a count beside a date on both sides, are compared as numbers.
    expect(en(slot('The old ferry docked ', 'with 18 passengers', 'with 19 passengers', ' in Kiel.'))).toBe('number:conflict');
    expect(en(slot('The night ferry docked ', '18 passengers on May 19', '19 passengers on May 19', ' in Kiel.'))).toBe('number:conflict');
  });
});

describe('a year added to a date', () => {
  it('is the same date in German, and another day with a year is a conflict', () => {
    expect(de(slot('Der Hafen öffnete ', 'am 19. Mai', 'am 19. Mai 2027', ' wieder für Fähren.'))).toBe('date:equivalent');
    expect(de(slot('Die Werft öffnete ', 'am 19. Mai', 'am 20. Mai 2027', ' wieder für Fähren.'))).toBe('date:conflict');
    // Control: the same day of another year.
    expect(de(slot('Die Schleuse öffnete ', 'am 19. Mai', 'am 19. Mai 2026', ' wieder für Fähren.'))).toBe('date:conflict');
  });

  it('is the same date in English (compromise) and in an English account read against a German one', () => {
    expect(en(slot('The harbour reopened ', 'on May 19', 'on May 19, 2027', ' to ferries.'))).toBe('date:equivalent');
    expect(judged(slot('The shipyard reopened ', 'on May 19', 'am 19. Mai 2027', ' to ferries.'), PUBLISHED, ['en', 'de'])).toBe('date:equivalent');
    expect(judged(slot('The lock reopened ', 'on May 19, 2027', 'am 20. Mai', ' to ferries.'), PUBLISHED, ['en', 'de'])).toBe('date:conflict');
  });
});

describe('what a date holds', () => {
  it('joins a year to the day only right after it: a count of that shape later on is no year of the day', () => {
    // "am 19. Mai kamen 2026 Besucher": 19 May is read nearest the publication (a Wednesday, 2027).
    expect(de(slot('Zum Hafenfest ', 'am Mittwoch', 'am 19. Mai', ' kamen 2026 Besucher.'))).toBe('date:equivalent');
    // Control: a day that is no Wednesday.
    expect(de(slot('Zur Hafenschau ', 'am Mittwoch', 'am 18. Mai', ' kamen 2026 Besucher.'))).toBe('date:conflict');
  });

  it('reads a year one account adds after a shared day as part of that date', () => {
    expect(de(slot('Die Fähre legte am 19. Mai', '', ' 2027', ' in Kiel an.'))).toBe('date:equivalent');
  });

  it('reads a date that opens with its number ("19 May", "the 2027 budget") as no count', () => {
    expect(en(slot('The harbour reopened ', '19 May', 'with 19 berths', ' after the repairs.'))).toBeUndefined();
    expect(en(slot('The port approved ', 'the 2027 budget', 'a budget for 40 ferries', ' on Friday.'))).toBeUndefined();
  });

  it('counts only the side\'s own numbers, not one in the shared words before it', () => {
    // "A crew of 40 and captain Weber" / "… captain Strauß": the count is shared; the names differ.
    expect(en(slot('A crew of 40 and captain ', 'Weber', 'Strauß', ' brought the ferry home.'))).toBe('name:different');
  });
});
