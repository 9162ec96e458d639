/**
 * Where a story finding was read, as links: each comparison row it comes from, side by side, named
 * by its two accounts. The word-choice and fact sections both list their evidence this way
 * (`FindingLinks.astro` renders the list).
 */
import type { RowLink } from '../engine/story/types.ts';
import { rowUrl } from './routes.ts';

/** A link and its text. */
export interface LinkView {
  href: string;
  label: string;
}

/**
 * Links to the rows a finding was read from, labelled "A / B" with the accounts' names, numbered
 * "(1)", "(2)" when there are several, so links to two places of one pair stay distinct.
 */
export function rowLinks(story: string, rows: readonly RowLink[], name: (id: string) => string): LinkView[] {
  return rows.map((r, i) => ({ href: rowUrl(story, r.a, r.b, r.row), label: `${name(r.a)} / ${name(r.b)}${rows.length > 1 ? ` (${i + 1})` : ''}` }));
}
