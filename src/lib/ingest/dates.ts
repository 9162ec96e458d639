/** Publication dates as pages and scrapers write them, read into the content format's YYYY-MM-DD. */
import { isoDate } from '../content/schema.ts';

/**
 * The calendar date at the start of an ISO 8601 value (`2021-05-19`, `2021-05-19T10:00:00+03:00`):
 * the date as the publisher wrote it, not converted to UTC, so it never depends on a time zone.
 * Anything else ("yesterday", "May 19") is not read as a date: a guess could be a day off.
 */
export function firstIsoDate(value: string): string | undefined {
  const date = /^\s*(\d{4}-\d{2}-\d{2})(?:$|[T\s])/.exec(value)?.[1];
  return date && isoDate.safeParse(date).success ? date : undefined;
}
