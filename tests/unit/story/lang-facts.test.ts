import { describe, expect, it } from 'vitest';
import type { StoryAccountInput } from '@lib/engine/story/index.ts';
import { judgeSlot, mayStateFact } from '@lib/engine/story/facts.ts';
import type { StorySlot } from '@lib/engine/story/slots.ts';
import { capitalizationMarksNames } from '@lib/engine/lang/index.ts';
import { analyse, storyOf } from './helpers.ts';
import { storySlots } from '@lib/engine/story/slots.ts';
import { buildAccounts, Pairs } from '@lib/engine/story/accounts.ts';
import { judged, slot } from './fact-slot.ts';

/*
 * The facts step reads a slot with compromise, an English parser, only when both accounts are
 * English; any other slot by language-neutral evidence in each side's language (digits, and the
 * language module's month, weekday and number words), and reads a capitalized word as a name only
 * in a language whose capitals mark names (not German, where every noun is capitalized). The
 * fixtures are invented German, Russian and English news prose.
 */

const PUBLISHED: [string, string] = ['2027-05-21', '2027-05-21'];
const judge = (s: StorySlot, lang: string | undefined) => judged(s, PUBLISHED, [lang, lang]);

describe('German: capitals are no sign of a name', () => {
  const crisis = slot('Der Landrat sprach am Montag von einer ', 'Not', 'Krise', ' in den Dörfern an der Grenze.');

  it('reads no name fact in two capitalized German nouns (Not / Krise), as English rules would', () => {
    expect(judge(crisis, 'de')).toBeUndefined();
    expect(judge(crisis, undefined)).toBe('name:different');
    expect(capitalizationMarksNames('de')).toBe(false);
    expect(capitalizationMarksNames('ru')).toBe(true);
  });

  it('lists Not / Krise as a choice of words in the story, not as a fact', () => {
    const story = (word: string, id: string): StoryAccountInput => ({
      id,
      outlet: `outlet-${id}`,
      published: '2027-05-21',
      lang: 'de',
      paragraphs: [`Der Landrat sprach am Montag von einer ${word} in den Dörfern an der Grenze.`, 'Die Hilfe für die Familien soll noch in dieser Woche anlaufen.'],
    });
    const found = analyse(storyOf([story('Not', 'a'), story('Krise', 'b')]));
    expect(found.facts).toEqual([]);
    expect(found.wordChoices.map((w) => w.forms.map((f) => f.text).join(' / '))).toEqual(['Krise / Not']);
  });

  it('still reads German numbers and dates: digits, number words, months and weekdays of the German module', () => {
    expect(judge(slot('Bei dem Unglück kamen ', '12', '15', ' Menschen ums Leben.'), 'de')).toBe('number:conflict');
    expect(judge(slot('Bei dem Unglück kamen ', 'drei', 'fünf', ' Menschen ums Leben.'), 'de')).toBe('number:conflict');
    expect(judge(slot('Bei dem Unglück kamen ', 'drei', '3', ' Menschen ums Leben.'), 'de')).toBe('number:equivalent');
    expect(judge(slot('Der Vertrag wurde am ', '19', '20', '. Mai in Genf unterzeichnet.'), 'de')).toBe('date:conflict');
    // Mittwoch, 19 May 2027, two days before publication: one day named two ways.
    expect(judge(slot('Der Vertrag wurde am ', '19. Mai', 'Mittwoch', ' in Genf unterzeichnet.'), 'de')).toBe('date:equivalent');
    expect(judge(slot('Der Vertrag wurde am ', 'Dienstag', 'Mittwoch', ' in Genf unterzeichnet.'), 'de')).toBe('date:conflict');
    // compromise reads neither word as a date; as English, a capitalized pair is a name.
    expect(judge(slot('Der Vertrag wurde am ', 'Dienstag', 'Mittwoch', ' in Genf unterzeichnet.'), undefined)).toBe('name:different');
  });

  it('passes the pre-filter on German figure words, not on capitalized nouns', () => {
    const de = ['de', 'de'] as const;
    expect(mayStateFact(slot('am ', 'Mittwoch', 'Dienstag', ' in Genf').slot, de)).toBe(true);
    expect(mayStateFact(slot('kamen ', 'drei', 'fünf', ' Menschen').slot, de)).toBe(true);
    expect(mayStateFact(slot('von einer ', 'Not', 'Krise', ' in den Dörfern').slot, de)).toBe(false);
    // Control: the English pre-filter passes any capitalized word.
    expect(mayStateFact(slot('von einer ', 'Not', 'Krise', ' in den Dörfern').slot)).toBe(true);
  });
});

describe('the pre-filter drops no fact the German and Russian readings find', () => {
  /** Every slot of a two-account story: those stating a fact when parsed, and those the pre-filter would drop of them. */
  const dropped = (lang: string, x: string[], y: string[]) => {
    const story = storyOf([
      { id: 'a', outlet: 'outlet-a', published: '2027-05-21', lang, paragraphs: x },
      { id: 'b', outlet: 'outlet-b', published: '2027-05-21', lang, paragraphs: y },
    ]);
    const pairs = new Pairs(story.compare);
    const slots = storySlots(buildAccounts(story.accounts, pairs), pairs);
    const stated = slots.filter((s) => judged(s, PUBLISHED, [lang, lang]) !== undefined);
    return { stated: stated.length, dropped: stated.filter((s) => !mayStateFact(s.slot, [lang, lang])).map((s) => `${s.slot.before}/${s.slot.after}`) };
  };

  it('German: numbers, number words, a date and a weekday, among swapped nouns', () => {
    const r = dropped(
      'de',
      ['Bei dem Erdrutsch oberhalb des Dorfes kamen am Mittwoch 12 Menschen ums Leben.', 'Die Helfer suchten drei Tage lang nach Verschütteten in der Not.', 'Der Vertrag über die gemeinsame Nutzung des Hafens wurde am 19. Mai in Genf von beiden Ministern unterzeichnet.'],
      ['Bei dem Erdrutsch oberhalb des Dorfes kamen am Dienstag 15 Menschen ums Leben.', 'Die Helfer suchten fünf Tage lang nach Verschütteten in der Krise.', 'Der Vertrag über die gemeinsame Nutzung des Hafens wurde am 20. Mai in Genf von beiden Ministern unterzeichnet.'],
    );
    expect(r.stated).toBe(3);
    expect(r.dropped).toEqual([]);
  });

  it('Russian: numbers, number words, a name and a date', () => {
    const r = dropped(
      'ru',
      ['При пожаре на складе в пригороде погибли 12 человек, сообщил мэр Петров.', 'Спасатели работали три дня на месте пожара.', 'Договор подписали 19 мая в Женеве.'],
      ['При пожаре на складе в пригороде погибли 15 человек, сообщил мэр Соколов.', 'Спасатели работали пять дней на месте пожара.', 'Договор подписали 20 мая в Женеве.'],
    );
    expect(r.stated).toBe(4);
    expect(r.dropped).toEqual([]);
  });
});

describe('Russian: figures by the Russian module, names by capitals', () => {
  it('reads Russian numbers, number words and day-month dates', () => {
    expect(judge(slot('При пожаре погибли ', '12', '15', ' человек, сообщили спасатели.'), 'ru')).toBe('number:conflict');
    expect(judge(slot('При пожаре погибли ', 'три', 'пять', ' человек, сообщили спасатели.'), 'ru')).toBe('number:conflict');
    expect(judge(slot('Договор подписали ', '19', '20', ' мая в Женеве.'), 'ru')).toBe('date:conflict');
    expect(judge(slot('Договор подписали ', '19 мая', 'в среду', ' в Женеве.'), 'ru')).toBe('date:equivalent');
  });

  it('reads two capitalized Russian words as names (Russian capitalizes names, not nouns)', () => {
    const mayor = slot('Встречу провёл мэр ', 'Петров', 'Соколов', ' в понедельник.');
    expect(judge(mayor, 'ru')).toBe('name:different');
    expect(judge(slot('На востоке области начался ', 'кризис', 'голод', ' после засухи.'), 'ru')).toBeUndefined();
  });
});

describe('English: compromise reads both sides', () => {
  it('reads a qualifier, a vague quantity and a role only compromise can tag', () => {
    expect(judge(slot('The ferry sank after ', 'nearly ', '', 'two hours at sea.'), undefined)).toBe('number:precision');
    expect(judge(slot('Rescuers found ', 'eight', 'several', ' survivors on the shore.'), undefined)).toBe('number:precision');
    // The same slot in a German account, English words or not, has no parser for parts of speech.
    expect(judge(slot('The ferry sank after ', 'nearly ', '', 'two hours at sea.'), 'de')).toBeUndefined();
  });

  it('reads a slot of an English and a German account without compromise', () => {
    const s = slot('Der Landrat sprach von einer ', 'Not', 'Krise', ' in den Dörfern.');
    expect(judgeSlot(s, PUBLISHED, { langs: ['en', 'de'], prefilter: false })).toBeUndefined();
    expect(judgeSlot(slot('kamen ', '12', '15', ' Menschen ums Leben.'), PUBLISHED, { langs: [undefined, 'de'], prefilter: false })?.relation).toBe('conflict');
    // Each side with its own language's number words: "drei" is German's 3, "three" English's.
    const mixed = judgeSlot(slot('Bei dem Unglück kamen ', 'drei', 'three', ' Menschen ums Leben.'), PUBLISHED, { langs: ['de', 'en'], prefilter: false });
    expect(mixed && `${mixed.kind}:${mixed.relation}`).toBe('number:equivalent');
  });

  it('keeps a side’s compromise reading and its figure reading apart', () => {
    // compromise tags "several" an adjective, a vague quantity against "eight"; the figure reader tags no part of speech.
    expect(judged(slot('Rescuers found ', 'several', 'eight', ' survivors.'), PUBLISHED, ['en', 'en'])).toBe('number:precision');
    expect(judged(slot('Rescuers found ', 'several', 'acht', ' survivors.'), PUBLISHED, ['en', 'de'])).toBeUndefined();
  });
});
