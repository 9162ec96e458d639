/**
 * The year of a date written without one ("May 19", "19 May", "19. Mai", "in December"): the one
 * rule every reader of dates in the story engine applies (the facts step, for compromise's dates
 * and for the language-neutral figures; the figure variants, for a weekday against a date).
 *
 * Rule: a year-less date in a news report names its occurrence NEAREST the report's publication
 * day, in the publication's year, the year before or the year after. News prose leaves the year
 * out only for days close to the time of writing, in either direction: what happened ("on
 * December 30", written on 2 January, is last year's) and what is announced ("talks on January
 * 5", written on 28 December, are next year's). Nearest makes the window half a year each way,
 * symmetric, with no tunable of its own; a report reaching further back or ahead writes the year.
 * A parser's own choice (compromise-dates reads "May 19" as the next May 19 after its reference
 * day, but "19 May" as this year's) would put one day written two ways a year apart, and make two
 * accounts published on either side of the date disagree where they agree.
 */

const DAY_MS = 86_400_000;

/** The publication day (UTC midnight, ms) of an ISO date or date-time: what a year-less date is read against. */
export const publicationDay = (published: string): number => Date.parse(`${published.slice(0, 10)}T00:00:00Z`);

/** `ms` moved by whole calendar years (its month, day and time kept). */
function shiftYears(ms: number, years: number): number {
  const d = new Date(ms);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return d.getTime();
}

/** Days (ms) from the publication day to a span: 0 when the span holds it, else to its nearer end's day. */
function distance([start, end]: readonly [number, number], day: number): number {
  const lastDay = Math.floor(end / DAY_MS) * DAY_MS;
  return day < start ? start - day : day > lastDay ? day - lastDay : 0;
}

/**
 * The one of a date's occurrences (its spans in the publication's year, the year before and the
 * year after, earliest first) nearest the publication day. Equally near on both sides (possible
 * only for a span of a day exactly half a year off): the earlier, as reports tell more of what
 * happened than of what is announced.
 */
function nearest(occurrences: ReadonlyArray<[number, number]>, published: string): [number, number] {
  const day = publicationDay(published);
  return occurrences.reduce((best, span) => (distance(span, day) < distance(best, day) ? span : best));
}

/** Years to try, relative to the publication's: the year before, that year, the year after. */
const AROUND = [-1, 0, 1] as const;

/**
 * A span (start and end, ms) read from a date written without a year, moved by whole years to its
 * occurrence nearest the publication day (see the module comment).
 */
export function nearestOccurrence(start: number, end: number, published: string): [number, number] {
  const from = new Date(publicationDay(published)).getUTCFullYear() - new Date(start).getUTCFullYear();
  return nearest(AROUND.map((k) => [shiftYears(start, from + k), shiftYears(end, from + k)]), published);
}

/** The day (start and end, ms) a year-less "day of month" date names (month 1–12), by the same rule. */
export function yearlessDay(month: number, day: number, published: string): [number, number] {
  const year = new Date(publicationDay(published)).getUTCFullYear();
  return nearest(
    AROUND.map((k) => {
      const start = Date.UTC(year + k, month - 1, day);
      return [start, start + DAY_MS - 1];
    }),
    published,
  );
}
