/**
 * Facts that differ: numbers (with what they count), dates and times,
 * places, titles and names that fill the same slot of one statement but
 * differ across accounts, each judged equivalent, a matter of precision, in
 * conflict, or simply different (see {@link FactRelation}).
 *
 * Read from the story's slots (`slots.ts`: strong article-text rows, the same
 * words on both sides), so two figures are compared only when they stand in
 * the same place of the same statement. Numbers, dates and places are read by
 * compromise (with its dates plugin): a kept English parser of values ("two",
 * "2,000", "fifteen"), dates ("May 19", "Wednesday", "last week") and
 * gazetteer places, instead of patterns of our own. compromise reads English
 * only, so it reads a slot only when both accounts are English; any other slot
 * is read by language-neutral evidence in each side's language (digits and the
 * language module's month, weekday and number words: numbers and dates only,
 * see `slotReader`). A capitalized word is a name only in a language whose
 * capitals mark names (`capitalizationMarksNames`: not German, which
 * capitalizes every noun). A date without a year is the occurrence nearest
 * the account's publication (`calendar.ts`), whichever reader reads it.
 *
 * Each slot side is read with up to `CONTEXT_WORDS` words of the shared text
 * on either side, so "May |19|" is a date and "|12| killed" a count; values
 * the context alone holds are on both sides and cancel out.
 *
 * The rules, in order (the first that applies decides):
 * - dates and times: both sides name a date, each side with words holds a
 *   date word of its own (not only "in" / "on"), and the dates differ in
 *   text. The same day → equivalent, unless times of day are given: two
 *   times → equivalent at one moment ("8 p.m." / "20:00"), else conflict;
 *   a time against the bare day → precision; a weekday against a calendar date → equivalent when that
 *   date is that weekday and within `WEEKDAY_WINDOW_DAYS` of the weekday
 *   account's publication (how news prose names recent days), else conflict;
 *   one span inside the other ("May" / "May 19") → precision; else conflict.
 * - numbers: both sides hold numbers that are no part of a date (a date's day
 *   or year is compared as a date, never as a count). The same values written differently →
 *   equivalent; else conflict. One side adds words before a figure both share
 *   ("nearly two hours" / "two hours") → precision, the qualified form the
 *   more exact (it bounds the figure); one side a number, the other only
 *   determiners, adjectives or adverbs before the same counted thing
 *   ("eight companies" / "several companies") → precision, the number more exact.
 * - places: both sides name a place → equivalent when one spelling of one name,
 *   else different.
 * - names: both sides capitalized names → equivalent when one name spelled
 *   two ways (`isSpellingVariant`, as the name variants), else different.
 * - titles: every side that has words names a role (compromise tags a role
 *   noun `#Actor`: minister, secretary, deputy, diplomat) and no first or
 *   last name, and the shared text right after the slot opens with a
 *   capitalized word past any further role words: the name the title stands
 *   before ("Foreign Minister | Antony Blinken" / "Secretary of State |
 *   Antony Blinken", "[Deputy] Foreign Minister Sergei Lavrov") → different:
 *   whether two offices are one in other words ("top diplomat") or two
 *   ranks ("Deputy") needs knowledge of offices the texts do not give.
 *   Checked before names, so "Foreign Minister" / "Deputy Minister" is a
 *   title, not a name.
 * The story's name variants (`variants.ts`, which also pairs forms standing in
 * the same place of one proper name) join as equivalent name facts, so the
 * one section lists each name once.
 */
import nlp from 'compromise';
import datesPlugin from 'compromise-dates';
import type { Fact, FactForm, FactKind, FactRelation, RowLink, SlotOptions, StoryAccount, Variant } from './types.ts';
import type { Pairs } from './accounts.ts';
import { storyRows, storySlots, type StoryRow, type StorySlot } from './slots.ts';
import { CAPITALIZED, cmp, formText, tidy, words } from './text.ts';
import { figures, isSpellingVariant, spellingLang, type Figure, type Slot } from './variants.ts';
import { nearestOccurrence, publicationDay, yearlessDay } from './calendar.ts';
import { normalizeKey } from '../index.ts';
import { capitalizationMarksNames, languageCode, languageFor, withoutPossessive, type Language } from '../lang/index.ts';

/** compromise with its dates plugin (typed: `extend` returns the extended parser). */
const parse = nlp.extend(datesPlugin);

/** Shared words read on each side of a slot: enough for "on May |19|" and "|12| people killed". */
const CONTEXT_WORDS = 3;
/** A weekday names a day within a week of publication: news prose says "Wednesday" only for the current week. */
const WEEKDAY_WINDOW_DAYS = 7;
const DAY_MS = 86_400_000;
/** Shared words shown after an added qualifier: the figure and what it counts ("two hours"). */
const QUALIFIED_WORDS = 2;

interface DateValue {
  text: string;
  /** The date as it reads from its start up to the slot's end when it opens before the slot ("May |19|" of "May 19 despite years"): what to show for words one side adds. */
  shown: string;
  start: number;
  end: number;
  weekday: boolean;
  /** A time of day is given ("8 p.m.", "20:00"), not only a day. */
  time: boolean;
}

export interface Reading {
  /** The slot side as written. */
  text: string;
  numbers: number[];
  numberTexts: string[];
  dates: DateValue[];
  places: string[];
  /** Tags of the side's own words (not the context). */
  tags: string[][];
  /** The context words after the side, with their tags. */
  following: Array<{ text: string; tags: string[] }>;
  /**
   * The side's own words hold a number that is no part of a date (a count, an amount): a date's
   * day, year or time is compared as a date, never as a count, so "on May 19" / "with 19
   * passengers" is not one figure told two ways.
   */
  hasNumber: boolean;
}

const lastWords = (text: string, n: number) => {
  const ws = words(text);
  return ws.length > n ? text.slice(ws[ws.length - n]!.start) : text;
};
const firstWords = (text: string, n: number) => {
  const ws = words(text);
  return ws.length > n ? text.slice(0, ws[n - 1]!.end) : text;
};

/**
 * Readings memoized per reader, phrase and day: a story's pairs repeat the same slots many times
 * over. One memo lives as long as one story's analysis (or one call), never longer.
 */
export type Readings = Map<string, Reading>;

/** The phrase a slot side is read in: up to `CONTEXT_WORDS` shared words either side, and where the side stands in it. */
function phraseOf(side: string, left: string, right: string) {
  const before = lastWords(left, CONTEXT_WORDS);
  return { phrase: `${before}${side}${firstWords(right, CONTEXT_WORDS)}`, from: before.length, to: before.length + side.length };
}

/** A date's span as shown for words one side adds: from its start up to the slot's end, when it opens before the slot ("May |19|"). */
const shownDate = (phrase: string, start: number, end: number, from: number, to: number) => phrase.slice(start, start < from ? Math.min(to, end) : end);

/**
 * Tags a written date holds when it is a calendar date without a year ("May 19", "19 May",
 * "Wednesday, May 19 at 8 p.m."): every term a month, weekday, number, preposition, determiner
 * or time of day, a month among them, no year. Any other word ("last December", "May 19 last
 * year", "early May") states the year or a relation of its own, which compromise reads; only a
 * bare calendar date gets the year rule of `calendar.ts`.
 */
const CALENDAR_TERM = ['Month', 'WeekDay', 'Value', 'Preposition', 'Determiner', 'Time'];
const yearless = (tags: readonly string[][]) => tags.some((t) => t.includes('Month')) && tags.every((t) => !t.includes('Year') && t.some((tag) => CALENDAR_TERM.includes(tag)));

/** A slot side read by compromise (English; see the module comment). */
function readEnglish(readings: Readings, side: string, left: string, right: string, published: string): Reading {
  const { phrase, from, to } = phraseOf(side, left, right);
  const memoKey = `compromise\u0000${published}\u0000${from}\u0000${side.length}\u0000${phrase}`;
  const known = readings.get(memoKey);
  if (known) return known;
  const doc = parse(phrase);
  const numbers = (doc.numbers().json() as Array<{ text: string; number: { num: number } | number }>).map((n) => ({ text: n.text, value: typeof n.number === 'number' ? n.number : n.number.num }));
  const terms = (doc.json({ offset: true }) as Array<{ terms: Array<{ tags: string[]; offset: { start: number; length: number } }> }>).flatMap((x) => x.terms);
  const tagsWithin = (start: number, end: number) => terms.filter((t) => t.offset.start >= start && t.offset.start + t.offset.length <= end).map((t) => t.tags);
  const dates: DateValue[] = [];
  /** Where the dates read stand in the phrase: a number inside one is its day, year or time. */
  const dated: Array<[number, number]> = [];
  if (doc.has('#Date')) {
    const found = doc.dates({ today: published, timezone: 'UTC' });
    (found.json({ offset: true }) as Array<{ text: string; offset: { start: number; length: number }; dates?: { start?: string | null; end?: string | null } }>).forEach((d, i) => {
      if (!d.dates?.start) return;
      const match = found.eq(i);
      const { start, length } = d.offset;
      let span: [number, number] = [Date.parse(d.dates.start), Date.parse(d.dates.end ?? d.dates.start)];
      if (yearless(tagsWithin(start, start + length))) span = nearestOccurrence(span[0], span[1], published);
      dated.push([start, start + length]);
      dates.push({ text: d.text, shown: shownDate(phrase, start, start + length, from, to), start: span[0], end: span[1], weekday: match.has('#WeekDay') && !match.has('(#Month|#Value)'), time: match.has('#Time') });
    });
  }
  // Tags of the side's own words: the terms whose offsets fall inside it.
  const tags = tagsWithin(from, to);
  const following = terms.filter((t) => t.offset.start >= to).map((t) => ({ text: phrase.slice(t.offset.start, t.offset.start + t.offset.length), tags: t.tags }));
  return remember(readings, memoKey, {
    text: tidy(side),
    numbers: numbers.map((n) => n.value).sort((x, y) => x - y),
    numberTexts: numbers.map((n) => n.text),
    dates,
    places: doc.has('#Place') ? (doc.places().out('array') as string[]).map((p) => p.replace(/[.,;:]+$/u, '')) : [],
    tags,
    following,
    // compromise tags a date's digits `Value` too: only a number outside every date read is a count.
    hasNumber: terms.some((t) => t.offset.start >= from && t.offset.start + t.offset.length <= to && t.tags.includes('Value') && !dated.some(([s, e]) => s <= t.offset.start && t.offset.start + t.offset.length <= e)),
  });
}

/** Keeps a reading in the memo (keys name their reader: an English side read by either reader has two readings). */
function remember(readings: Readings, memoKey: string, reading: Reading): Reading {
  readings.set(memoKey, reading);
  return reading;
}

/** A weekday (0 Sunday) as the day it last fell on, on or before the publication day: only its weekday is ever compared. */
function lastWeekday(weekday: number, published: string): [number, number] {
  const day = publicationDay(published);
  const start = day - ((new Date(day).getUTCDay() - weekday + 7) % 7) * DAY_MS;
  return [start, start + DAY_MS - 1];
}

/** A figure's date value (`variants.ts` `Figure`) as a span: a day of a month (year by `calendar.ts`), a weekday, a year. */
function figureSpan(value: string, published: string): [number, number] {
  const [kind, rest] = [value.slice(0, 2), value.slice(2)];
  if (kind === 'w:') return lastWeekday(Number(rest), published);
  if (kind === 'y:') return [Date.UTC(Number(rest), 0, 1), Date.UTC(Number(rest) + 1, 0, 1) - 1];
  const [month, day] = rest.split('-').map(Number);
  return yearlessDay(month!, day!, published);
}

/**
 * The figure reader's dates with their spans. A day and the year right after it (nothing but
 * spaces or a comma between: "19. Mai 2027", "May 19, 2027", "19 мая 2027") are one date, that
 * day of that year, as compromise reads an English one: a year added to a date makes it more
 * explicit, not a second figure. Any other date figure is a date of its own.
 */
function datedFigures(dates: readonly Figure[], phrase: string, published: string): Array<Figure & { span: [number, number] }> {
  const out: Array<Figure & { span: [number, number] }> = [];
  for (const f of dates) {
    const day = out.at(-1);
    if (day?.value.startsWith('d:') && f.value.startsWith('y:') && /^[\s,]*$/u.test(phrase.slice(day.end, f.start))) {
      const [month, date] = day.value.slice(2).split('-').map(Number);
      const start = Date.UTC(Number(f.value.slice(2)), month! - 1, date);
      out[out.length - 1] = { ...day, text: phrase.slice(day.start, f.end), end: f.end, span: [start, start + DAY_MS - 1] };
    } else out.push({ ...f, span: figureSpan(f.value, published) });
  }
  return out;
}

/**
 * A slot side read in a language compromise does not read, by language-neutral evidence only:
 * digits, and the language module's month, weekday and number words (`Language.figures`, read by
 * the one figure reader, `figures` in `variants.ts`). Its words carry the two tags the rules read,
 * `Date` (inside a date) and `Value` (a number outside every date: see `Reading.hasNumber`), and
 * no part of speech: the rules that need one (a qualifier, a vague quantity, a title, a place) do
 * not apply, and a name needs a language whose capitals mark names (`judgeNames`).
 */
function readFigures(readings: Readings, side: string, left: string, right: string, published: string, language: Language): Reading {
  const { phrase, from, to } = phraseOf(side, left, right);
  const memoKey = `figures:${language.code}\u0000${published}\u0000${from}\u0000${side.length}\u0000${phrase}`;
  const known = readings.get(memoKey);
  if (known) return known;
  const found = figures(phrase, language);
  const numbers = found.filter((f) => f.kind === 'number');
  const dates = datedFigures(found.filter((f) => f.kind === 'date'), phrase, published);
  const covers = (f: { start: number; end: number }, w: { start: number; end: number }) => f.start <= w.start && w.end <= f.end;
  const tags = words(phrase, 0, language.code)
    .filter((w) => w.start >= from && w.end <= to)
    .map((w) => [
      ...(dates.some((f) => covers(f, w)) ? ['Date'] : []),
      ...(numbers.some((f) => covers(f, w)) ? ['Value'] : []),
    ]);
  return remember(readings, memoKey, {
    text: tidy(side),
    numbers: numbers.map((f) => Number(f.value.slice(2))).sort((x, y) => x - y),
    numberTexts: numbers.map((f) => f.text),
    dates: dates.map((f) => ({ text: f.text, shown: shownDate(phrase, f.start, f.end, from, to), start: f.span[0], end: f.span[1], weekday: f.value.startsWith('w:'), time: false })),
    places: [],
    tags,
    following: [],
    hasNumber: tags.some((t) => t.includes('Value')),
  });
}

/** The language compromise reads. */
const COMPROMISE_LANG = 'en';

/**
 * How a slot's two sides are read. compromise, a parser of English, reads a slot only when both
 * accounts are English: its tags, dates and places are English readings, and read on German or
 * Russian words they mistake nouns for names and miss every date. Any other slot (two German
 * accounts, or a German and an English one) is read by language-neutral evidence in each side's
 * own language (`readFigures`): what both readers can state, numbers and dates, is compared alike.
 * No German or Russian parser is kept on npm well enough to add (de-compromise is a 0.0.x
 * experiment with no dates; no Russian one exists).
 */
interface SlotReader {
  /** Side `k` (0: the slot's `before`, account `a`; 1: `after`, account `b`) as read. */
  read(side: string, left: string, right: string, published: string, k: 0 | 1): Reading;
  /**
   * True when a text's first word is a number (the figure a qualifier one side adds stands before).
   * Never for the figure reader: a qualifier is told by its part of speech, which it does not tag.
   */
  opensWithNumber(text: string): boolean;
  /** True when a word can state a fact in side `k`'s reading (see {@link mayStateFact}). */
  cue(w: { text: string; key: string }, k: 0 | 1): boolean;
}

/** The languages of a slot's two sides (their accounts' `lang`, absent for English). */
type SideLangs = readonly [string | undefined, string | undefined];

/** A reader for sides in `langs`, keeping its readings in `readings` (a story's or one call's memo: see {@link Readings}). */
function slotReader(langs: SideLangs, readings: Readings = new Map()): SlotReader {
  if (langs.every((l) => languageCode(l) === COMPROMISE_LANG))
    return { read: (side, left, right, published) => readEnglish(readings, side, left, right, published), opensWithNumber: (text) => nlp(text).has('#Value'), cue: englishCue };
  const languages = [languageFor(langs[0]), languageFor(langs[1])] as const;
  return {
    read: (side, left, right, published, k) => readFigures(readings, side, left, right, published, languages[k]),
    opensWithNumber: () => false,
    cue: (w, k) => figureCue(languages[k], w),
  };
}

const sameList = <T>(x: readonly T[], y: readonly T[]) => x.length === y.length && x.every((v, i) => v === y[i]);
const dayOf = (ms: number) => Math.floor(ms / DAY_MS);

interface Judgement {
  kind: FactKind;
  relation: FactRelation;
  morePrecise?: 0 | 1;
  /** The forms to show, when not the slot's sides: the two dates as read, for words one side adds to a date. */
  shown?: [string, string];
}

/** A side with words holds a date word of its own (not only a preposition the date reads with: "in" / "on" May). */
const ownDateWord = (r: Reading) => r.text === '' || r.tags.some((t) => t.includes('Date') && !t.includes('Preposition'));

function judgeDates(x: Reading, y: Reading, published: [string, string]): Judgement | undefined {
  if (!ownDateWord(x) || !ownDateWord(y)) return undefined;
  const dx = x.dates.filter((d) => !y.dates.some((e) => e.text === d.text));
  const dy = y.dates.filter((d) => !x.dates.some((e) => e.text === d.text));
  if (dx.length !== 1 || dy.length !== 1) return undefined;
  const [p, q] = [dx[0]!, dy[0]!];
  // Words one side adds to a date ("at 8 p.m." before "on Sunday") are shown with the date they complete.
  const judged = (j: Judgement): Judgement => (x.text === '' || y.text === '' ? { ...j, shown: [p.shown, q.shown] } : j);
  if (dayOf(p.start) === dayOf(q.start) && dayOf(p.end) === dayOf(q.end)) {
    // One day: two times of it agree only at one moment ("8 p.m." / "20:00", not "8 p.m." / "9 p.m."); a time is more exact than the bare day.
    if (p.time && q.time) return judged({ kind: 'date', relation: p.start === q.start ? 'equivalent' : 'conflict' });
    if (p.time !== q.time) return judged({ kind: 'date', relation: 'precision', morePrecise: p.time ? 0 : 1 });
    return judged({ kind: 'date', relation: 'equivalent' });
  }
  if (p.weekday !== q.weekday) {
    const [w, d, pub] = p.weekday ? [p, q, published[0]] : [q, p, published[1]];
    const near = Math.abs(dayOf(d.start) - dayOf(publicationDay(pub))) <= WEEKDAY_WINDOW_DAYS;
    return judged({ kind: 'date', relation: near && new Date(w.start).getUTCDay() === new Date(d.start).getUTCDay() ? 'equivalent' : 'conflict' });
  }
  const inside = (a: DateValue, b: DateValue) => a.start >= b.start && a.end <= b.end && a.end - a.start < b.end - b.start;
  if (inside(p, q)) return judged({ kind: 'date', relation: 'precision', morePrecise: 0 });
  if (inside(q, p)) return judged({ kind: 'date', relation: 'precision', morePrecise: 1 });
  return judged({ kind: 'date', relation: 'conflict' });
}

/** Only determiners, adjectives and adverbs ("several", "many", "a few"): a vague quantity. */
const vagueQuantity = (r: Reading) => r.tags.length > 0 && !r.hasNumber && r.tags.every((t) => t.some((tag) => tag === 'Determiner' || tag === 'Adjective' || tag === 'Adverb'));

function judgeNumbers(x: Reading, y: Reading, slot: StorySlot, reader: SlotReader): Judgement | undefined {
  if (x.hasNumber && y.hasNumber) return { kind: 'number', relation: sameList(x.numbers, y.numbers) ? 'equivalent' : 'conflict' };
  // A qualifier added before a figure both sides share.
  if ((x.text === '' || y.text === '') && /^\s*\p{N}|^\s*\S+/u.test(slot.slot.right)) {
    const added = x.text === '' ? y : x;
    const rightOpensWithNumber = reader.opensWithNumber(firstWords(slot.slot.right, 1));
    if (rightOpensWithNumber && !added.hasNumber && added.tags.length > 0 && added.tags.every((t) => t.some((tag) => tag === 'Adverb' || tag === 'Preposition' || tag === 'Comparative' || tag === 'Adjective')))
      return { kind: 'number', relation: 'precision', morePrecise: x.text === '' ? 1 : 0 };
    return undefined;
  }
  if (x.hasNumber && vagueQuantity(y)) return { kind: 'number', relation: 'precision', morePrecise: 0 };
  if (y.hasNumber && vagueQuantity(x)) return { kind: 'number', relation: 'precision', morePrecise: 1 };
  return undefined;
}

/** The capitalized words of a text in language `lang` (names, places, titles), without their possessive endings. */
const capitalizedWords = (text: string, lang: string | undefined) => words(text, 0, lang).map((w) => withoutPossessive(w.text, lang)).filter((t) => CAPITALIZED.test(t));
/** True when every word of a text is capitalized and its language's capitals mark names (`capitalizationMarksNames`: not German, where every noun is). */
const allCapitalized = (text: string, lang: string | undefined) => {
  const ws = words(text, 0, lang);
  return capitalizationMarksNames(lang) && ws.length > 0 && ws.every((w) => CAPITALIZED.test(withoutPossessive(w.text, lang)));
};
const spelledAlike = (x: string, y: string, [lx, ly]: SideLangs) => {
  const [a, b] = [capitalizedWords(x, lx), capitalizedWords(y, ly)];
  return a.length === b.length && a.length > 0 && a.every((w, i) => normalizeKey(w) === normalizeKey(b[i]!) || isSpellingVariant(w, b[i]!, {}, spellingLang(lx, ly)));
};

function judgeNames(x: Reading, y: Reading, langs: SideLangs): Judgement | undefined {
  if (!x.text || !y.text || x.hasNumber || y.hasNumber) return undefined;
  const [px, py] = [x.places.filter((p) => !y.places.includes(p)), y.places.filter((p) => !x.places.includes(p))];
  if (px.length && py.length) return { kind: 'place', relation: spelledAlike(x.text, y.text, langs) ? 'equivalent' : 'different' };
  if (allCapitalized(x.text, langs[0]) && allCapitalized(y.text, langs[1])) return spelledAlike(x.text, y.text, langs) ? { kind: 'name', relation: 'equivalent' } : { kind: 'name', relation: 'different' };
  return undefined;
}

/** A side naming a role: a role noun (`#Actor`), no first or last name, no number. */
const namesRole = (r: Reading) => !r.hasNumber && r.tags.some((t) => t.includes('Actor')) && !r.tags.some((t) => t.includes('FirstName') || t.includes('LastName'));

function judgeTitles(x: Reading, y: Reading, slot: StorySlot): Judgement | undefined {
  const sides = [x, y].filter((r) => r.text !== '');
  // The name directly after the title (a space, not a comma or a possessive), the space on either side of the slot edge.
  const spaced = /^\s/u.test(slot.slot.right) || [slot.slot.before, slot.slot.after].every((t) => t === '' || /\s$/u.test(t));
  if (!sides.length || !sides.every(namesRole) || !spaced) return undefined;
  // The name the title stands before: the first word after the slot past further role words ("Foreign Minister").
  const next = sides[0]!.following.find((t) => !t.tags.includes('Actor'));
  return next && CAPITALIZED.test(next.text) ? { kind: 'title', relation: 'different' } : undefined;
}

/** compromise's cue words: the English module's, as compromise reads English. */
const ENGLISH = languageFor(COMPROMISE_LANG);
const MONTH_OR_WEEKDAY = new RegExp(`^(?:${ENGLISH.furniture.months}|${ENGLISH.furniture.weekdays})$`, 'iu');
const FACT_WORDS: ReadonlySet<string> = ENGLISH.factWords ?? new Set();

/** A word compromise can read a fact in or by: a digit, a number, date or time word, a month, a weekday, a capitalized word (a name, place or title). */
const englishCue = (w: { text: string; key: string }) => /\p{N}/u.test(w.text) || /^\p{Lu}/u.test(w.text) || FACT_WORDS.has(w.key) || MONTH_OR_WEEKDAY.test(w.key);

const figureCues = new WeakMap<Language, ReadonlySet<string>>();
/**
 * A word the figure reader can read a fact in or by (`readFigures`): a digit, one of the
 * language's month, weekday and number words, or a capitalized word where capitals mark names.
 */
function figureCue(language: Language, w: { text: string; key: string }): boolean {
  let cues = figureCues.get(language);
  if (!cues) figureCues.set(language, (cues = new Set([...language.figures.months, ...language.figures.weekdays, ...language.figures.numberWords.keys()])));
  return /\p{N}/u.test(w.text) || (capitalizationMarksNames(language.code) && /^\p{Lu}/u.test(w.text)) || cues.has(w.key);
}

/**
 * Cheap pre-filter before the NLP parse, which costs about as much as the rest of a story's
 * analysis: every rule above needs a cue word in the slot's own words, or, for a qualifier added
 * before a figure ("nearly | two hours") and a title before a name ("top diplomat | Lavrov"), in
 * the first word after it. A slot without one can hold no differing fact; it is never parsed.
 * `langs`: the languages of its two sides (English by default), whose reader sets the cues.
 */
export function mayStateFact(slot: Slot, langs: SideLangs = [undefined, undefined]): boolean {
  return hasCue(slot, langs, slotReader(langs));
}

function hasCue(slot: Slot, langs: SideLangs, reader: SlotReader): boolean {
  if (words(slot.before, 0, langs[0]).some((w) => reader.cue(w, 0)) || words(slot.after, 0, langs[1]).some((w) => reader.cue(w, 1))) return true;
  const next = words(slot.right, 0, langs[0])[0];
  return next !== undefined && reader.cue(next, 0);
}

/**
 * The fact a slot states differently, if any, its sides read in their accounts' languages (`langs`,
 * English by default; see {@link slotReader}). `prefilter: false` parses every slot (how the tests
 * check that {@link mayStateFact} drops no fact).
 */
export function judgeSlot(
  slot: StorySlot,
  published: [string, string],
  { prefilter = true, langs = [undefined, undefined], readings = new Map() }: { prefilter?: boolean; langs?: SideLangs; readings?: Readings } = {},
): Judgement | undefined {
  return judgeWith(slot, published, prefilter, langs, slotReader(langs, readings));
}

/** {@link judgeSlot} with a reader of the slot's languages, whose memo the caller's other slots share. */
function judgeWith(slot: StorySlot, published: [string, string], prefilter: boolean, langs: SideLangs, reader: SlotReader): Judgement | undefined {
  const { before, after, left, right } = slot.slot;
  // Case, punctuation and quotation marks alone never make a fact.
  const keys = (t: string) => words(t).map((w) => w.key).join(' ');
  if (keys(before) === keys(after) || (prefilter && !hasCue(slot.slot, langs, reader))) return undefined;
  const x = reader.read(before, left, right, published[0], 0);
  const y = reader.read(after, left, right, published[1], 1);
  return judgeDates(x, y, published) ?? judgeNumbers(x, y, slot, reader) ?? judgeTitles(x, y, slot) ?? judgeNames(x, y, langs);
}

interface Entry {
  judgement: Judgement;
  forms: [Omit<FactForm, 'versions' | 'outlets'> & { versions: Set<string> }, Omit<FactForm, 'versions' | 'outlets'> & { versions: Set<string> }];
  rows: RowLink[];
}

/** The story's facts; `readings`: the story's memo of slot readings (see {@link Readings}), shared with its word choices. */
export function buildFacts(accounts: readonly StoryAccount[], pairs: Pairs, variants: readonly Variant[], options: SlotOptions = {}, readings: Readings = new Map()): Fact[] {
  const byId = new Map(accounts.map((a) => [a.id, a]));
  const entries = new Map<string, Entry>();
  const slots = storySlots(accounts, pairs, options);
  for (const s of slots) {
    const [a, b] = [byId.get(s.a)!, byId.get(s.b)!];
    const langs: SideLangs = [a.lang, b.lang];
    const judgement = judgeWith(s, [a.published, b.published], true, langs, slotReader(langs, readings));
    if (!judgement) continue;
    // Words one side adds are shown with the figure they qualify: "nearly two hours" / "two hours".
    const lone = s.slot.before === '' || s.slot.after === '';
    const shown = (side: string, k: 0 | 1) => formText(judgement.shown ? judgement.shown[k] : lone ? side + firstWords(s.slot.right, QUALIFIED_WORDS) : side);
    let sides = [
      { text: shown(s.slot.before, 0), version: s.a, context: tidy(s.aText) },
      { text: shown(s.slot.after, 1), version: s.b, context: tidy(s.bText) },
    ];
    let morePrecise = judgement.morePrecise;
    if (cmp(sides[0]!.text.toLowerCase(), sides[1]!.text.toLowerCase()) > 0) {
      sides = [sides[1]!, sides[0]!];
      if (morePrecise !== undefined) morePrecise = (1 - morePrecise) as 0 | 1;
    }
    const key = [judgement.kind, judgement.relation, morePrecise ?? '', ...sides.map((x) => x.text.toLowerCase())].join('\u0000');
    let entry = entries.get(key);
    if (!entry) entries.set(key, (entry = { judgement: { kind: judgement.kind, relation: judgement.relation, ...(morePrecise !== undefined ? { morePrecise } : {}) }, forms: sides.map((x) => ({ text: x.text, context: x.context, versions: new Set<string>() })) as Entry['forms'], rows: [] }));
    sides.forEach((x, k) => entry!.forms[k]!.versions.add(x.version));
    entry.rows.push({ a: s.a, b: s.b, row: s.row });
  }
  // Any matched row may show a name variant: the variant itself was established by its name slot, the row is where to check it.
  addNameVariants(entries, variants, storyRows(accounts, pairs, { ...options, minRowScore: 0 }), byId);
  const rank = (v: string) => byId.get(v)!.rank;
  const out: Fact[] = [...entries.values()].map(({ judgement, forms, rows }) => {
    const done = forms.map((f) => {
      const versions = [...f.versions].sort((x, y) => rank(x) - rank(y));
      return { text: f.text, versions, outlets: [...new Set(versions.map((v) => byId.get(v)!.outlet))], context: f.context };
    }) as [FactForm, FactForm];
    return { kind: judgement.kind, relation: judgement.relation, forms: done, ...(judgement.morePrecise !== undefined ? { morePrecise: judgement.morePrecise } : {}), rows };
  });
  // Conflicts first (what a reader checks first), then precision, different, equivalent; then by kind and text.
  const order: Record<FactRelation, number> = { conflict: 0, precision: 1, different: 2, equivalent: 3 };
  return out.sort((p, q) => order[p.relation] - order[q.relation] || cmp(p.kind, q.kind) || cmp(p.forms[0].text, q.forms[0].text) || cmp(p.forms[1].text, q.forms[1].text));
}

/**
 * Name variants not already found in a slot join as equivalent name facts:
 * their forms in context, linked to the rows whose two sides carry the two
 * forms (none when the forms stand in passages no row pairs).
 */
function addNameVariants(entries: Map<string, Entry>, variants: readonly Variant[], rows: readonly StoryRow[], byId: ReadonlyMap<string, StoryAccount>): void {
  const hasWord = (text: string, form: string, version: string) => {
    const lang = byId.get(version)!.lang;
    return words(text, 0, lang).some((w) => normalizeKey(withoutPossessive(w.text, lang)) === normalizeKey(form));
  };
  /**
   * True when the two sides (0, 1) carry the pair's two forms, one each, in either order: forms are
   * paired by what they say, never by their place in a list (an entry's forms are sorted by their
   * whole text, "Jon Bergh" before "Jonas Berg", a variant's by the single word, Berg before Bergh).
   */
  const carriesPair = (carries: (k: 0 | 1, form: string) => boolean, [p, q]: readonly string[]) => (carries(0, p!) && carries(1, q!)) || (carries(0, q!) && carries(1, p!));
  for (const v of variants) {
    if (v.kind !== 'name') continue;
    const [first, ...rest] = v.forms;
    for (const other of rest) {
      const pair = [first!, other].sort((p, q) => cmp(p.text.toLowerCase(), q.text.toLowerCase()));
      const texts = pair.map((f) => f.text);
      // A place is a name too: one spelling pair is listed once.
      const found = [...entries.values()].some(
        (e) => (e.judgement.kind === 'name' || e.judgement.kind === 'place') && carriesPair((k, form) => capitalizedWords(e.forms[k].text, byId.get([...e.forms[k].versions][0]!)!.lang).some((w) => normalizeKey(w) === normalizeKey(form)), texts),
      );
      if (found) continue;
      const links: RowLink[] = [];
      for (const r of rows) if (carriesPair((k, form) => (k === 0 ? hasWord(r.aText, form, r.a) : hasWord(r.bText, form, r.b)), texts)) links.push({ a: r.a, b: r.b, row: r.row.id });
      const key = ['name', 'equivalent', '', ...pair.map((f) => f.text.toLowerCase())].join('\u0000');
      entries.set(key, {
        judgement: { kind: 'name', relation: 'equivalent' },
        forms: pair.map((f) => ({ text: f.text, context: f.context ?? f.text, versions: new Set(f.versions) })) as Entry['forms'],
        rows: links,
      });
    }
  }
}
