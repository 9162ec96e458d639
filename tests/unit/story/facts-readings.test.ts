import { describe, expect, it } from 'vitest';
import { judged, slot } from './fact-slot.ts';

/*
 * How one slot side is read (`facts.ts` readEnglish, readFigures): the context words around it, the
 * order of its figures, the date spans compromise and the figure reader give, the places' trailing
 * punctuation, a title's name after the slot. Each case is one slot judged on its own, every phrase
 * used once in this file (the readings are memoized per phrase). Invented news sentences; 19 May 2027
 * is a Wednesday.
 */
const PUBLISHED: [string, string] = ['2027-05-20', '2027-05-20'];
const en = (s: ReturnType<typeof slot>, published = PUBLISHED) => judged(s, published, [undefined, undefined]);
const de = (s: ReturnType<typeof slot>, published: [string, string] = ['2027-05-21', '2027-05-21']) => judged(s, published, ['de', 'de']);

describe('the context a side is read in', () => {
  it('reads the last day of a range at the slot: two end dates are a conflict, not one range inside the other', () => {
    // Read with the whole sentence, "from May 3 to May 19" would be a span inside "from May 3 to May 20".
    expect(en(slot('The harbour festival will run from May 3 to May ', '19', '20', ' in the old town.'))).toBe('date:conflict');
  });

  it('reads a title one account adds right before the name the slot ends at', () => {
    // "met Foreign Minister Blinken" / "met Blinken": the name opens the shared text right after the slot.
    expect(en(slot('Envoys from the fishing states met ', 'Foreign Minister ', '', 'Blinken in Halvik on Monday.'))).toBe('title:different');
  });
});

describe('figures in another order', () => {
  it('are the same values, in English and in German', () => {
    expect(en(slot('The landslide killed ', '12 adults and 3 children', '3 children and 12 adults', ' in the village.'))).toBe('number:equivalent');
    expect(en(slot('The landslide killed ', '3 children and 12 adults', '12 adults and 3 children', ' in the hamlet.'))).toBe('number:equivalent');
    expect(de(slot('Bei dem Erdrutsch starben ', '12 Erwachsene und 3 Kinder', '3 Kinder und 12 Erwachsene', ' im Dorf.'))).toBe('number:equivalent');
    expect(de(slot('Bei dem Erdrutsch starben ', '3 Kinder und 12 Erwachsene', '12 Erwachsene und 3 Kinder', ' im Weiler.'))).toBe('number:equivalent');
    // Control: other values.
    expect(en(slot('The landslide killed ', '12 adults and 3 children', '3 children and 14 adults', ' in the valley.'))).toBe('number:conflict');
  });
});

describe('dates as compromise reads them', () => {
  it('reads no day in a repeating date: "every Monday" states no date against "on Monday"', () => {
    expect(en(slot('The street market opens ', 'every Monday', 'on Monday', ' in the old town square.'))).toBeUndefined();
  });

  it('reads a weekday given with its date as the date, and "last week" as no weekday', () => {
    // Weekdays would be compared by weekday and window: "Wednesday, May 19" against May is a day inside it.
    expect(en(slot('The ministers met ', 'on Wednesday, May 19', 'in May', ' in Geneva for talks.'))).toBe('date:precision');
    expect(en(slot('The ministers met ', 'last week', 'on May 12', ' in Geneva for talks.'))).toBe('date:precision');
  });

  it('names a weekday within a week of publication: seven days back is that day, eight are not', () => {
    // 13 May 2027 is a Thursday, 12 May a Wednesday; both accounts published 20 May.
    expect(en(slot('The envoys met ', 'on Thursday', 'on May 13', ' in Geneva for talks.'))).toBe('date:equivalent');
    expect(en(slot('The envoys met ', 'on Wednesday', 'on May 12', ' in Geneva for talks.'))).toBe('date:conflict');
  });
});

describe('places', () => {
  it('compares a place without the punctuation after it: one place read twice is no fact', () => {
    expect(en(slot('The envoys met ', 'in Geneva', 'in Geneva on Monday', '. Talks resume in June.'))).toBeUndefined();
    expect(en(slot('The envoys met ', 'in St. Petersburg', 'in St. Petersburg on Monday', ', officials said.'))).toBeUndefined();
    expect(en(slot('The envoys met ', 'in Washington, D.C.', 'in Washington, D.C. on Monday', ', officials said.'))).toBeUndefined();
  });
});

describe('years read by the figure reader', () => {
  it('reads a year as the whole year: a day of it is more exact, a day of another year a conflict', () => {
    expect(de(slot('Der Vertrag wurde ', 'im Jahr 2027', 'am 19. Mai', ' in Genf unterzeichnet.'))).toBe('date:precision');
    expect(de(slot('Der Vertrag wurde ', 'im Jahr 2026', 'am 19. Mai', ' in Bern unterzeichnet.'))).toBe('date:conflict');
  });
});

describe('the figure reader tags a side’s own words only', () => {
  it('reads a noun beside a figure of the shared text as no figure, before or after it', () => {
    expect(de(slot('Bei dem Grubenunglück kamen 12 ', 'Bergleute', 'Arbeiter', ' ums Leben.'))).toBeUndefined();
    expect(de(slot('Die ', 'Bergleute', 'Arbeiter', ' hatten 12 Stunden unter Tage gewartet.'))).toBeUndefined();
  });

  it('tags a date word inside one of two dates in the phrase', () => {
    // "Mittwoch" is a date of the shared text; the slot's own date is the other one.
    expect(de(slot('Am Mittwoch, dem ', '19. Mai', '20. Mai', ', wurde der Vertrag unterzeichnet.'))).toBe('date:conflict');
  });

  it('compares numbers only, not the dates beside them', () => {
    expect(de(slot('Am 19. Mai kamen ', 'drei', '3', ' Menschen ums Leben.'))).toBe('number:equivalent');
  });
});

describe('weekdays read by the figure reader', () => {
  it('compares a weekday with a date a week back by weekday and window, as compromise’s weekdays', () => {
    // Published Friday 21 May 2027: "Freitag" against 14 May, the Friday before, is that day; 13 May is not.
    expect(de(slot('Der Vertrag wurde am ', '14. Mai', 'Freitag', ' in Genf unterzeichnet.'))).toBe('date:equivalent');
    expect(de(slot('Der Vertrag wurde am ', '13. Mai', 'Freitag', ' in Bern unterzeichnet.'))).toBe('date:conflict');
  });
});
