/**
 * Parts of a long account page. An account page of a 200,000-word capture would be tens of
 * megabytes that a phone cannot lay out, so an account longer than {@link PART_CHARS} is split
 * into parts, each a page of its own: the account URL (`/stories/<story>/<account>/`) is part 1,
 * later parts live under it (`…/<account>/part/2/`). Parts end between sentences, at a paragraph's
 * end where one is near, so every sentence keeps its one anchor (`#s12`, numbered over the whole
 * account) on exactly one part, and every character of the capture is on exactly one part, in
 * order. A short account is one part: its page is the page it always was.
 *
 * The split is a function of the account's segments alone (their text and paragraph), so every
 * page that links to a sentence (the story page, the synopsis, search) finds the same part the
 * account page prints it on, from the same analysis.
 */
import { segmentAccount, type Comparison, type SegmentJson } from '../engine/index.ts';
import { PARAGRAPH_SEPARATOR } from '../engine/segment.ts';
import { textLength } from '../content/texts.ts';
import { sentenceId } from './coverage.ts';
import { accountUrl } from './routes.ts';

/**
 * Most characters of captured text on one part. 40,000 characters are about 6,500 English words
 * (half an hour of reading): a long-form magazine article still fits on one page, and a part's
 * HTML (each sentence with its shading, and a marker with links where others carry it) stays
 * well under a megabyte, which a phone lays out without stalling.
 */
export const PART_CHARS = 40_000;

/**
 * Where a part may end before its budget to end at a paragraph's end instead of mid-paragraph:
 * within the last quarter of the budget. A part cut mid-paragraph says so at both ends; an earlier
 * paragraph end reads better, but not at the price of parts half the budget long.
 */
export const PARAGRAPH_SLACK = 0.25;

export interface AccountPart {
  /** 1-based: part 1 is the account URL itself. */
  number: number;
  /** First segment index on this part (0-based, as the engine's and `sentenceId`'s). */
  first: number;
  /** One past the last segment index on this part. */
  end: number;
  /** The part opens inside a paragraph the previous part began. */
  continuesParagraph: boolean;
}

export interface PartOptions {
  /** Characters per part; default {@link PART_CHARS}. */
  maxChars?: number;
  /** Default {@link PARAGRAPH_SLACK}. */
  paragraphSlack?: number;
}

/**
 * Splits an account's segments into parts of at most `maxChars` characters each (a single
 * sentence longer than that is a part of its own: a sentence is never cut, so its anchor holds).
 */
export function accountParts(segments: readonly Pick<SegmentJson, 'text' | 'paragraph'>[], options: PartOptions = {}): AccountPart[] {
  const maxChars = options.maxChars ?? PART_CHARS;
  const soft = maxChars * (1 - (options.paragraphSlack ?? PARAGRAPH_SLACK));
  const parts: AccountPart[] = [];
  let first = 0;
  let chars = 0;
  /** The last index in the current part after which a paragraph ends, once the part is past `soft`. */
  let paragraphEnd = -1;
  const close = (end: number) => {
    const previous = parts[parts.length - 1];
    parts.push({ number: parts.length + 1, first, end, continuesParagraph: previous !== undefined && segments[first]!.paragraph === segments[first - 1]!.paragraph });
    first = end;
  };
  for (let i = 0; i < segments.length; i++) {
    const length = segments[i]!.text.length;
    while (chars > 0 && chars + length > maxChars) {
      const end = paragraphEnd >= first ? paragraphEnd + 1 : i;
      close(end);
      chars = 0;
      for (let j = end; j < i; j++) chars += segments[j]!.text.length;
      paragraphEnd = -1;
    }
    chars += length;
    if (chars >= soft && segments[i + 1]?.paragraph !== segments[i]!.paragraph) paragraphEnd = i;
  }
  if (first < segments.length || parts.length === 0) close(segments.length);
  return parts;
}

/** The part holding segment `index` (the last part for an index past the end). */
export function partOf(parts: readonly AccountPart[], index: number): AccountPart {
  let lo = 0;
  let hi = parts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (parts[mid]!.end <= index) lo = mid + 1;
    else hi = mid;
  }
  return parts[lo]!;
}

/** A part's URL: part 1 is the account page itself. */
export const partUrl = (story: string, version: string, number: number) => (number === 1 ? accountUrl(story, version) : `${accountUrl(story, version)}part/${number}/`);

/** A sentence's URL: the part holding it (see {@link partsOfAccount}), at its stable anchor. */
export const sentenceUrl = (story: string, version: string, index: number, parts: readonly AccountPart[]) => `${partUrl(story, version, partOf(parts, index).number)}#${sentenceId(index)}`;

/** The one part of an account shorter than a part: every segment index is on it. */
const WHOLE: readonly AccountPart[] = Object.freeze([{ number: 1, first: 0, end: Number.MAX_SAFE_INTEGER, continuesParagraph: false }]);

const cached = new WeakMap<readonly string[], readonly AccountPart[]>();

/**
 * The parts of an account, from its text alone (so a route's `getStaticPaths` knows them before
 * the story is analysed). An account whose whole text fits one part is not segmented at all; a
 * longer one is segmented as the engine segments it for its comparisons (same language, same
 * cuts: the anchors are the comparisons' segment indexes), once per build.
 *
 * `chars`, when given, is the text's length (`textLength`, stored with each account): then
 * `paragraphs` is read only for an account longer than one part, so the part route's paths
 * (every account of the archive, on every build) read no short account's text.
 */
export function partsOfAccount(account: { readonly paragraphs: readonly string[]; readonly lang?: string | undefined; readonly chars?: number }): readonly AccountPart[] {
  // Each paragraph counted with a separator after it: the text's length plus one separator.
  const length = (account.chars ?? textLength(account.paragraphs)) + PARAGRAPH_SEPARATOR.length;
  if (length <= PART_CHARS) return WHOLE;
  let parts = cached.get(account.paragraphs);
  if (!parts) {
    const { segments } = segmentAccount({ id: '', paragraphs: [...account.paragraphs], ...(account.lang ? { lang: account.lang } : {}) }, { classify: false });
    cached.set(account.paragraphs, (parts = accountParts(segments)));
  }
  return parts;
}

/** The parts of each account of a story, by version id (see {@link partsOfAccount}). */
export function storyAccountParts(accounts: readonly { id: string; paragraphs: readonly string[]; data: { lang?: string | undefined } }[]): (version: string) => readonly AccountPart[] {
  const byId = new Map(accounts.map((a) => [a.id, a]));
  return (version) => {
    const account = byId.get(version);
    return partsOfAccount({ paragraphs: account?.paragraphs ?? [], lang: account?.data.lang });
  };
}

/** What an account's segments are read from: a comparison where it is A, or its text. */
export interface SegmentSource {
  comparisons: ReadonlyMap<string, Comparison>;
  paragraphs: ReadonlyMap<string, readonly string[]>;
}

/** An account's segments: from a comparison where it is A, else the engine's segmentation of its text. */
export function accountSegments(source: SegmentSource, version: string): readonly SegmentJson[] {
  for (const [key, c] of source.comparisons) if (key.startsWith(`${version}/`)) return c.a.segments;
  return segmentAccount({ id: version, paragraphs: [...(source.paragraphs.get(version) ?? [])] }).segments;
}
