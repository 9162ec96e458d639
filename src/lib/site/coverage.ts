/**
 * View model of the single-account page: the account's segments grouped into paragraphs, each
 * article sentence with the other accounts that carry it (and the comparison row where).
 */
import type { Comparison, SegmentJson } from '../engine/types.ts';

export interface Carrier {
  /** Version id of the other account. */
  account: string;
  /** Row of the comparison (this account as A) holding the sentence. */
  rowId: string;
  /** `changed`/`moved` rows: the other account words it differently. */
  reworded: boolean;
}

export interface CoveredSegment {
  index: number;
  /**
   * Verbatim text inside its paragraph: the sentence with its own trailing whitespace (or none,
   * where the source runs sentences together), without the paragraph separator after it. The
   * segments of a paragraph join to the paragraph exactly.
   */
  text: string;
  kind: SegmentJson['kind'];
  reason?: SegmentJson['reason'];
  carriers: Carrier[];
  /** Four-step scale: 0 (no other account), 1, 2, 3 (three or more). */
  level: 0 | 1 | 2 | 3;
}

export interface CoveredParagraph {
  index: number;
  segments: CoveredSegment[];
  /** Every segment of the paragraph is page furniture / an interleaved comment. */
  kind: SegmentJson['kind'];
  reason?: SegmentJson['reason'];
}

/** Between paragraphs in the canonical text (the engine's `PARAGRAPH_SEPARATOR`). */
const SEPARATOR = '\n\n';

const level = (n: number) => Math.min(n, 3) as 0 | 1 | 2 | 3;

/**
 * @param segments the account's segments (from any comparison where it is A, or the engine)
 * @param comparisons comparisons with this account as A, one per other account, in display order
 * @param paragraphs the account's paragraphs (whose `join('\n\n')` the segments tile): each segment
 *   is cut to its paragraph exactly. Without them, the last segment of each paragraph loses its
 *   trailing whitespace (which then cannot be told from the separator).
 */
export function sentenceCoverage(segments: readonly SegmentJson[], comparisons: readonly Comparison[], paragraphs?: readonly string[]): CoveredParagraph[] {
  const carriers: Carrier[][] = segments.map(() => []);
  for (const c of comparisons) {
    for (const row of c.rows) {
      if (!row.a.length || !row.b.length) continue;
      for (const i of row.a) carriers[i]?.push({ account: c.b.id, rowId: row.id, reworded: row.kind !== 'equal' && (row.kind !== 'moved' || !!row.edited) });
    }
  }
  const bounds = paragraphs && paragraphBounds(paragraphs);
  const inParagraph = (seg: SegmentJson, last: boolean) => {
    const b = bounds?.[seg.paragraph];
    if (!b) return last ? seg.text.replace(/\s+$/u, '') : seg.text;
    return seg.text.slice(Math.max(0, b.start - seg.start), Math.max(0, b.end - seg.start));
  };
  const out: CoveredParagraph[] = [];
  segments.forEach((seg, index) => {
    const covered: CoveredSegment = {
      index,
      text: inParagraph(seg, segments[index + 1]?.paragraph !== seg.paragraph),
      kind: seg.kind,
      ...(seg.reason ? { reason: seg.reason } : {}),
      carriers: seg.kind === 'text' ? carriers[index]! : [],
      level: seg.kind === 'text' ? level(carriers[index]!.length) : 0,
    };
    let para = out[out.length - 1];
    if (!para || para.index !== seg.paragraph) {
      para = { index: seg.paragraph, segments: [], kind: seg.kind };
      out.push(para);
    }
    para.segments.push(covered);
  });
  for (const p of out) {
    const kinds = new Set(p.segments.map((s) => s.kind));
    p.kind = kinds.size === 1 ? p.segments[0]!.kind : 'text';
    const reason = p.kind !== 'text' ? p.segments[0]!.reason : undefined;
    if (reason) p.reason = reason;
  }
  return out.map((p) => ({ ...p, segments: p.segments.filter((s) => s.text) })).filter((p) => p.segments.length);
}

/** Start and end offset of each paragraph in the canonical text `paragraphs.join('\n\n')`. */
function paragraphBounds(paragraphs: readonly string[]): { start: number; end: number }[] {
  let at = 0;
  return paragraphs.map((p) => {
    const b = { start: at, end: at + p.length };
    at = b.end + SEPARATOR.length;
    return b;
  });
}

/** Words for a segment reason, for labels ("page furniture: photo caption"). */
export const REASON_LABELS: Record<NonNullable<SegmentJson['reason']>, string> = {
  stamp: 'date stamp',
  breadcrumb: 'breadcrumb',
  furniture: 'headline block',
  caption: 'photo caption',
  share: 'share buttons and footer',
  mirror: 'alternate addresses',
  author: 'author box',
  comment: 'interleaved comment',
  video: 'video player',
  gallery: 'photo gallery controls',
  media: 'image placeholder',
  byline: 'byline',
  related: 'related stories',
  ad: 'advertisement label',
  consent: 'cookie notice',
  notice: 'automated summary notice',
};

/** The account page's paragraphs, with consecutive set-apart paragraphs folded into one line. */
export type CoverageBlock =
  | { type: 'paragraph'; paragraph: CoveredParagraph }
  | {
      type: 'apart';
      paragraphs: CoveredParagraph[];
      /** "3 lines of page furniture", "1 interleaved comment", or both. */
      label: string;
      interpolation: boolean;
    };

/**
 * Folds each run of page-furniture and comment paragraphs into one block, so a page that opens
 * with a breadcrumb, a repeated headline and a caption shows the article, not three boxes, on
 * the first screen of a phone. The text stays in the page, one click (or a print) away.
 */
export function coverageBlocks(paragraphs: readonly CoveredParagraph[], label: (boilerplate: number, interpolation: number) => string): CoverageBlock[] {
  const out: CoverageBlock[] = [];
  let run: CoveredParagraph[] = [];
  const flush = () => {
    if (!run.length) return;
    const count = (kind: string) => run.filter((p) => p.kind === kind).length;
    out.push({ type: 'apart', paragraphs: run, label: label(count('boilerplate'), count('interpolation')), interpolation: count('interpolation') > 0 });
    run = [];
  };
  for (const paragraph of paragraphs) {
    if (paragraph.kind === 'text') {
      flush();
      out.push({ type: 'paragraph', paragraph });
    } else run.push(paragraph);
  }
  flush();
  return out;
}

/** Anchor of a sentence on its account page (search results and links land on it). */
export const sentenceId = (index: number) => `s${index + 1}`;
