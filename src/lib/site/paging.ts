/**
 * The list of stories on the home page, newest event first, in pages of {@link STORIES_PER_PAGE}:
 * `/` is page 1, `/page/2/` page 2, and so on. A list of thousands of stories stays a page a
 * phone can load, and the build never needs every story's analysis at once.
 */
import { homeUrl } from './routes.ts';

export const STORIES_PER_PAGE = 25;

export interface PageRange {
  /** 1-based page number. */
  number: number;
  /** Number of pages (at least 1, even with no story). */
  count: number;
  /** Indexes of the page's stories in the whole list: `start` inclusive, `end` exclusive. */
  start: number;
  end: number;
  total: number;
  /** Links to the neighbouring pages. */
  prev: string | null;
  next: string | null;
}

/** Which stories page `number` (1-based) of a list of `total` holds. */
export function pageRange(total: number, number: number, size = STORIES_PER_PAGE): PageRange {
  const count = Math.max(1, Math.ceil(total / size));
  if (!Number.isInteger(number) || number < 1 || number > count) throw new Error(`no story list page ${number} (there are ${count})`);
  const start = (number - 1) * size;
  return {
    number,
    count,
    start,
    end: Math.min(total, start + size),
    total,
    prev: number > 1 ? homeUrl(number - 1) : null,
    next: number < count ? homeUrl(number + 1) : null,
  };
}

/**
 * The page numbers the pager links to: the first, the last and two either side of the current
 * one, with `null` for each gap, so thousands of stories still give a short pager.
 */
export function pagerNumbers(range: Pick<PageRange, 'number' | 'count'>, around = 2): (number | null)[] {
  const out: (number | null)[] = [];
  for (let n = 1; n <= range.count; n++) {
    if (n === 1 || n === range.count || Math.abs(n - range.number) <= around) out.push(n);
    else if (out[out.length - 1] !== null) out.push(null);
  }
  return out;
}
