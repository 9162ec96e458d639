/**
 * View model of one part of an account page (`account-parts.ts` splits a long account): the
 * paragraphs on it, and the links to every part with where each opens. A paragraph that runs over
 * a part's end is split between the two parts and says so at both ends; its text is not changed.
 */
import type { AccountPart } from './account-parts.ts';
import { partUrl } from './account-parts.ts';
import type { CoveredParagraph } from './coverage.ts';
import { excerpt, formatNumber } from './format.ts';

export interface PartLink {
  number: number;
  href: string;
  /** "Part 2 of 9". */
  label: string;
  /** The part's opening words, so the list reads as a table of contents. */
  opening: string;
  current: boolean;
  /** First and one-past-last segment index: a link to `#s<n>` that lands on the wrong part is sent on (AccountParts.astro). */
  first: number;
  end: number;
}

export interface AccountPartView {
  number: number;
  count: number;
  /** Every part, in order (empty for a one-part account: nothing to navigate). */
  links: PartLink[];
  previous: PartLink | null;
  next: PartLink | null;
  /** The paragraphs (or the pieces of paragraphs) on this part. */
  paragraphs: CoveredParagraph[];
  /** This part opens inside a paragraph the previous part began / its last paragraph goes on in the next part. */
  continuesFromPrevious: boolean;
  continuesOnNext: boolean;
}

/** How much of a part's first sentence its link shows (characters): enough to recognise the passage. */
const OPENING_CHARS = 60;

/** The view of part `number` (1-based) of an account, from its covered paragraphs (all of them). */
export function accountPartView(story: string, version: string, parts: readonly AccountPart[], paragraphs: readonly CoveredParagraph[], number: number): AccountPartView {
  const part = parts[number - 1];
  if (!part) throw new Error(`${story}/${version}: no part ${number} (the account has ${parts.length})`);
  const count = parts.length;
  const segments = paragraphs.flatMap((p) => p.segments);
  const links: PartLink[] =
    count === 1
      ? []
      : parts.map((p) => {
          const opening = segments.find((s) => s.index >= p.first)?.text ?? '';
          return { number: p.number, href: partUrl(story, version, p.number), label: `Part ${formatNumber(p.number)} of ${formatNumber(count)}`, opening: excerpt(opening, OPENING_CHARS), current: p.number === number, first: p.first, end: p.end };
        });
  const on = (index: number) => index >= part.first && index < part.end;
  return {
    number,
    count,
    links,
    previous: links[number - 2] ?? null,
    next: links[number] ?? null,
    paragraphs: paragraphs.map((p) => ({ ...p, segments: p.segments.filter((s) => on(s.index)) })).filter((p) => p.segments.length > 0),
    continuesFromPrevious: part.continuesParagraph,
    continuesOnNext: parts[number]?.continuesParagraph ?? false,
  };
}
