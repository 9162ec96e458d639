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
 * only; an account in another language gets name facts only.
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
 * - numbers: both sides hold numbers. The same values written differently →
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
import { isSpellingVariant, type Slot } from './variants.ts';
import { normalizeKey } from '../index.ts';
import { languageFor, withoutPossessive } from '../lang/index.ts';

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

interface Reading {
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

/** Readings are memoized per phrase and day: a story's pairs repeat the same slots many times over. */
const readings = new Map<string, Reading>();
/** Bound on the memo (phrases of about a hundred stories), so a long build's memory stays flat. */
const MAX_READINGS = 5000;

function read(side: string, left: string, right: string, published: string): Reading {
  const before = lastWords(left, CONTEXT_WORDS);
  const phrase = `${before}${side}${firstWords(right, CONTEXT_WORDS)}`;
  const memoKey = `${published}\u0000${before.length}\u0000${side.length}\u0000${phrase}`;
  const known = readings.get(memoKey);
  if (known) return known;
  const doc = parse(phrase);
  const numbers = (doc.numbers().json() as Array<{ text: string; number: { num: number } | number }>).map((n) => ({ text: n.text, value: typeof n.number === 'number' ? n.number : n.number.num }));
  const dates: DateValue[] = [];
  if (doc.has('#Date')) {
    const found = doc.dates({ today: published, timezone: 'UTC' });
    (found.json({ offset: true }) as Array<{ text: string; offset: { start: number; length: number }; dates?: { start?: string | null; end?: string | null } }>).forEach((d, i) => {
      if (!d.dates?.start) return;
      const match = found.eq(i);
      const end = d.offset.start < before.length ? before.length + side.length : d.offset.start + d.offset.length;
      dates.push({ text: d.text, shown: phrase.slice(d.offset.start, Math.min(end, d.offset.start + d.offset.length)), start: Date.parse(d.dates.start), end: Date.parse(d.dates.end ?? d.dates.start), weekday: match.has('#WeekDay') && !match.has('(#Month|#Value)'), time: match.has('#Time') });
    });
  }
  // Tags of the side's own words: the terms whose offsets fall inside it.
  const [from, to] = [before.length, before.length + side.length];
  const terms = (doc.json({ offset: true }) as Array<{ terms: Array<{ tags: string[]; offset: { start: number; length: number } }> }>).flatMap((x) => x.terms);
  const tags = terms.filter((t) => t.offset.start >= from && t.offset.start + t.offset.length <= to).map((t) => t.tags);
  const following = terms.filter((t) => t.offset.start >= to).map((t) => ({ text: phrase.slice(t.offset.start, t.offset.start + t.offset.length), tags: t.tags }));
  const reading: Reading = {
    text: tidy(side),
    numbers: numbers.map((n) => n.value).sort((x, y) => x - y),
    numberTexts: numbers.map((n) => n.text),
    dates,
    places: doc.has('#Place') ? (doc.places().out('array') as string[]).map((p) => p.replace(/[.,;:]+$/u, '')) : [],
    tags,
    following,
    hasNumber: tags.some((t) => t.includes('Value')),
  };
  if (readings.size >= MAX_READINGS) readings.delete(readings.keys().next().value!);
  readings.set(memoKey, reading);
  return reading;
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
    const near = Math.abs(dayOf(d.start) - dayOf(Date.parse(`${pub.slice(0, 10)}T00:00:00Z`))) <= WEEKDAY_WINDOW_DAYS;
    return judged({ kind: 'date', relation: near && new Date(w.start).getUTCDay() === new Date(d.start).getUTCDay() ? 'equivalent' : 'conflict' });
  }
  const inside = (a: DateValue, b: DateValue) => a.start >= b.start && a.end <= b.end && a.end - a.start < b.end - b.start;
  if (inside(p, q)) return judged({ kind: 'date', relation: 'precision', morePrecise: 0 });
  if (inside(q, p)) return judged({ kind: 'date', relation: 'precision', morePrecise: 1 });
  return judged({ kind: 'date', relation: 'conflict' });
}

/** Only determiners, adjectives and adverbs ("several", "many", "a few"): a vague quantity. */
const vagueQuantity = (r: Reading) => r.tags.length > 0 && !r.hasNumber && r.tags.every((t) => t.some((tag) => tag === 'Determiner' || tag === 'Adjective' || tag === 'Adverb'));

function judgeNumbers(x: Reading, y: Reading, slot: StorySlot): Judgement | undefined {
  if (x.hasNumber && y.hasNumber) return { kind: 'number', relation: sameList(x.numbers, y.numbers) ? 'equivalent' : 'conflict' };
  // A qualifier added before a figure both sides share.
  if ((x.text === '' || y.text === '') && /^\s*\p{N}|^\s*\S+/u.test(slot.slot.right)) {
    const added = x.text === '' ? y : x;
    const rightOpensWithNumber = nlp(firstWords(slot.slot.right, 1)).has('#Value');
    if (rightOpensWithNumber && !added.hasNumber && added.tags.length > 0 && added.tags.every((t) => t.some((tag) => tag === 'Adverb' || tag === 'Preposition' || tag === 'Comparative' || tag === 'Adjective')))
      return { kind: 'number', relation: 'precision', morePrecise: x.text === '' ? 1 : 0 };
    return undefined;
  }
  if (x.hasNumber && vagueQuantity(y)) return { kind: 'number', relation: 'precision', morePrecise: 0 };
  if (y.hasNumber && vagueQuantity(x)) return { kind: 'number', relation: 'precision', morePrecise: 1 };
  return undefined;
}

const capitalizedWords = (text: string) => words(text).map((w) => withoutPossessive(w.text, READER.code)).filter((t) => CAPITALIZED.test(t));
const allCapitalized = (text: string) => {
  const ws = words(text);
  return ws.length > 0 && ws.every((w) => CAPITALIZED.test(withoutPossessive(w.text, READER.code)));
};
const spelledAlike = (x: string, y: string) => {
  const [a, b] = [capitalizedWords(x), capitalizedWords(y)];
  return a.length === b.length && a.length > 0 && a.every((w, i) => normalizeKey(w) === normalizeKey(b[i]!) || isSpellingVariant(w, b[i]!));
};

function judgeNames(x: Reading, y: Reading): Judgement | undefined {
  if (!x.text || !y.text || x.hasNumber || y.hasNumber) return undefined;
  const [px, py] = [x.places.filter((p) => !y.places.includes(p)), y.places.filter((p) => !x.places.includes(p))];
  if (px.length && py.length) return { kind: 'place', relation: spelledAlike(x.text, y.text) ? 'equivalent' : 'different' };
  if (allCapitalized(x.text) && allCapitalized(y.text)) return spelledAlike(x.text, y.text) ? { kind: 'name', relation: 'equivalent' } : { kind: 'name', relation: 'different' };
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

/** The reader's language: compromise reads English, so its cue words are the English module's. */
const READER = languageFor('en');
const MONTH_OR_WEEKDAY = new RegExp(`^(?:${READER.furniture.months}|${READER.furniture.weekdays})$`, 'iu');
const FACT_WORDS: ReadonlySet<string> = READER.factWords ?? new Set();

/** A word that can state a fact or stand in one: a digit, a number, date or time word, a month, a weekday, a capitalized word (a name, place or title). */
const factCue = (w: { text: string; key: string }) => /\p{N}/u.test(w.text) || /^\p{Lu}/u.test(w.text) || FACT_WORDS.has(w.key) || MONTH_OR_WEEKDAY.test(w.key);

/**
 * Cheap pre-filter before the NLP parse, which costs about as much as the rest of a story's
 * analysis: every rule above needs a cue word in the slot's own words, or, for a qualifier added
 * before a figure ("nearly | two hours") and a title before a name ("top diplomat | Lavrov"), in
 * the first word after it. A slot without one can hold no differing fact; it is never parsed.
 */
export function mayStateFact(slot: Slot): boolean {
  if (words(slot.before).some(factCue) || words(slot.after).some(factCue)) return true;
  const next = words(slot.right)[0];
  return next !== undefined && factCue(next);
}

/**
 * The fact a slot states differently, if any. `prefilter: false` parses every slot (how the tests
 * check that {@link mayStateFact} drops no fact).
 */
export function judgeSlot(slot: StorySlot, published: [string, string], { prefilter = true }: { prefilter?: boolean } = {}): Judgement | undefined {
  const { before, after, left, right } = slot.slot;
  // Case, punctuation and quotation marks alone never make a fact.
  const keys = (t: string) => words(t).map((w) => w.key).join(' ');
  if (keys(before) === keys(after) || (prefilter && !mayStateFact(slot.slot))) return undefined;
  const x = read(before, left, right, published[0]);
  const y = read(after, left, right, published[1]);
  return judgeDates(x, y, published) ?? judgeNumbers(x, y, slot) ?? judgeTitles(x, y, slot) ?? judgeNames(x, y);
}

interface Entry {
  judgement: Judgement;
  forms: [Omit<FactForm, 'versions' | 'outlets'> & { versions: Set<string> }, Omit<FactForm, 'versions' | 'outlets'> & { versions: Set<string> }];
  rows: RowLink[];
}

export function buildFacts(accounts: readonly StoryAccount[], pairs: Pairs, variants: readonly Variant[], options: SlotOptions = {}): Fact[] {
  const byId = new Map(accounts.map((a) => [a.id, a]));
  const entries = new Map<string, Entry>();
  const slots = storySlots(accounts, pairs, options);
  for (const s of slots) {
    const judgement = judgeSlot(s, [byId.get(s.a)!.published, byId.get(s.b)!.published]);
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
  addNameVariants(entries, variants, storyRows(accounts, pairs, { ...options, minRowScore: 0 }));
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
function addNameVariants(entries: Map<string, Entry>, variants: readonly Variant[], rows: readonly StoryRow[]): void {
  const hasWord = (text: string, form: string) => words(text).some((w) => normalizeKey(withoutPossessive(w.text, READER.code)) === normalizeKey(form));
  for (const v of variants) {
    if (v.kind !== 'name') continue;
    const [first, ...rest] = v.forms;
    for (const other of rest) {
      const pair = [first!, other].sort((p, q) => cmp(p.text.toLowerCase(), q.text.toLowerCase()));
      // A place is a name too: one spelling pair is listed once.
      const found = [...entries.values()].some((e) => (e.judgement.kind === 'name' || e.judgement.kind === 'place') && e.forms.every((f, k) => capitalizedWords(f.text).some((w) => normalizeKey(w) === normalizeKey(pair[k]!.text))));
      if (found) continue;
      const links: RowLink[] = [];
      for (const r of rows)
        if ((hasWord(r.aText, pair[0]!.text) && hasWord(r.bText, pair[1]!.text)) || (hasWord(r.aText, pair[1]!.text) && hasWord(r.bText, pair[0]!.text))) links.push({ a: r.a, b: r.b, row: r.row.id });
      const key = ['name', 'equivalent', '', ...pair.map((f) => f.text.toLowerCase())].join('\u0000');
      entries.set(key, {
        judgement: { kind: 'name', relation: 'equivalent' },
        forms: pair.map((f) => ({ text: f.text, context: f.context ?? f.text, versions: new Set(f.versions) })) as Entry['forms'],
        rows: links,
      });
    }
  }
}
