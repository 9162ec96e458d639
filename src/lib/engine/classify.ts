import type { Segment, SegmentKind, SegmentReason } from './types.ts';

/*
 * Labels segments that are not the article's own text. Every rule is a general
 * pattern plus a position constraint (top of page, end of page, after a trigger);
 * no outlet's sentences are written here. Labelled segments stay in the account
 * (nothing is lost); the aligner leaves them out of matching and the figures.
 *
 * Decision: agency credit lines ("With reporting by Reuters, AP, and
 * Interfax") stay `text`. They are the outlet's editorial statement of its
 * sources, carry evidence the cross-account lineage analysis needs, and a
 * reader comparing accounts wants to see them; they are short, so their
 * weight in the figures is small.
 */

/**
 * A scraper's capture stamp at the very start of a capture (`date 2021-05-20`).
 * Exported because segmentation splits it off the sentence it is glued to.
 */
export const LEADING_STAMP = /^\s*(?:date|captured|archived|retrieved|scraped|fetched)(?: on| at)?:?\s+\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?Z?)?\s+/i;
const STAMP_ONLY = /^\s*(?:date|captured|archived|retrieved|scraped|fetched)(?: on| at)?:?\s+\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?Z?)?\s*$/i;

/** A third-party comment interleaved in the article: the paragraph opens with a "Comment:" label. */
const COMMENT_LABEL = /^\s*(?:comments?|commentary|our comment|reader'?s? comment|editor'?s? comment)\s*:/i;

/** Photo/video credits: "(Photo by AFP)", "Photo: Reuters", "… / Getty Images". */
const PHOTO_CREDIT =
  /\((?:file |main )?(?:photos?|photograph|image|picture|video)(?:\s+(?:by|via|credit|courtesy(?: of)?))?\s*:?[^)]{0,60}\)|^\s*(?:photos?|image|picture)\s*(?:by|credit|courtesy)?\s*:?\s+\S.{0,60}$|getty images|\/\s*(?:afp|reuters|ap|epa|tass|ria novosti)\s*$/i;

/** Share buttons and similar one-line page controls. */
const PAGE_CONTROL =
  /^\s*(?:share(?: this)?(?: article| story| post| page)?|share on \w+|tweet|email|e-mail|print|follow us(?: on \w+)?|subscribe(?: now)?|read more|related(?: articles| stories| news| posts)?|advertisement|leave a (?:comment|reply)|(?:\d+\s+)?comments?|click here\b.*)\s*$/i;

/** "Our website can also be accessed at the following alternate addresses:" */
const MIRROR_TRIGGER = /\b(?:can (?:also )?be accessed at|alternat(?:e|ive) (?:address|addresses|domains?|urls?)|mirror sites?)\b/i;
const URL_LINE = /^\s*(?:https?:\/\/\S+|www\.\S+|[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?:\/\S*)?)\s*$/i;

/** Author boxes: "Author: …", "… follow him on Twitter @…", "X is the news editor of …". */
const AUTHOR_BOX = [
  /^\s*(?:author|written by|about the author|reporter|editor)\s*:\s*\S/i,
  /\bfollow (?:him|her|them|me|us) on (?:twitter|x|facebook|instagram|mastodon|bluesky|threads|telegram)\b/i,
  /^\s*\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3}\s+is (?:a|an|the)\b[^.]{0,80}\b(?:editor|reporter|correspondent|writer|journalist|contributor|columnist|author)\b/u,
];

/** Breadcrumb: short items separated by " / ", " › ", " > ", " » " or " | ". */
const BREADCRUMB = /^[^/›>»|]+(?:\s[/›>»|]\s[^/›>»|]+)+$/u;

const SENTENCE_END = /[.!?…]['"”’»)\]]*$/u;

/** How far from the top/bottom the position-bound rules look (in paragraphs). */
const TOP_PARAGRAPHS = 5;
const BOTTOM_PARAGRAPHS = 4;
/** Longest line (in words) still taken for page furniture at the top. */
const FURNITURE_MAX_WORDS = 40;
/** Longest line (in words) taken for a footer control at the bottom. */
const FOOTER_MAX_WORDS = 6;

function wordCount(s: Segment): number {
  let n = 0;
  for (const t of s.tokens) if (t.type === 'word' || t.type === 'number') n++;
  return n;
}

function label(s: Segment, kind: Exclude<SegmentKind, 'text'>, reason: SegmentReason): void {
  s.kind = kind;
  s.reason = reason;
}

function isText(s: Segment): boolean {
  return s.kind === 'text';
}

/** Labels `segments` in place (kind and reason). */
export function classifySegments(segments: Segment[]): void {
  if (segments.length === 0) return;
  const paragraphs = groupByParagraph(segments);
  labelStamp(segments);
  labelParagraphRules(paragraphs);
  labelLineRules(segments);
  labelTopFurniture(paragraphs);
  labelFooter(segments);
}

function groupByParagraph(segments: Segment[]): Segment[][] {
  const out: Segment[][] = [];
  for (const s of segments) {
    const last = out[out.length - 1];
    if (last && last[0]!.paragraph === s.paragraph) last.push(s);
    else out.push([s]);
  }
  return out;
}

function labelStamp(segments: Segment[]): void {
  const first = segments[0]!;
  if (STAMP_ONLY.test(first.text)) label(first, 'boilerplate', 'stamp');
}

/** Rules that label a whole paragraph: interleaved comments, photo captions. */
function labelParagraphRules(paragraphs: Segment[][]): void {
  for (const para of paragraphs) {
    const first = para.find(isText);
    if (first && COMMENT_LABEL.test(first.text)) {
      for (const s of para) if (isText(s)) label(s, 'interpolation', 'comment');
      continue;
    }
    // A caption is short; a credit inside a long paragraph is article text.
    if (para.some((s) => isText(s) && PHOTO_CREDIT.test(s.text.trim())) && para.reduce((n, s) => n + wordCount(s), 0) <= 80) {
      for (const s of para) if (isText(s)) label(s, 'boilerplate', 'caption');
    }
  }
}

/** Rules on single lines: page controls, mirror notices (+ the addresses after them), author boxes (+ all after them). */
function labelLineRules(segments: Segment[]): void {
  const lastParagraph = segments[segments.length - 1]!.paragraph;
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i]!;
    if (!isText(s)) continue;
    const line = s.text.trim();
    if (PAGE_CONTROL.test(line) && !SENTENCE_END.test(line)) {
      label(s, 'boilerplate', 'share');
    } else if (MIRROR_TRIGGER.test(line)) {
      label(s, 'boilerplate', 'mirror');
      for (let j = i + 1; j < segments.length && URL_LINE.test(segments[j]!.text); j++) {
        if (isText(segments[j]!)) label(segments[j]!, 'boilerplate', 'mirror');
      }
    } else if (s.paragraph > lastParagraph - BOTTOM_PARAGRAPHS && AUTHOR_BOX.some((re) => re.test(line))) {
      for (let j = i; j < segments.length; j++) if (isText(segments[j]!)) label(segments[j]!, 'boilerplate', 'author');
      return;
    }
  }
}

/**
 * Page furniture at the top: breadcrumbs, the headline and standfirst that
 * pages repeat above the article. They are lines without sentence-final
 * punctuation at the very start; the scan stops at the first real sentence.
 * Already-labelled paragraphs (stamp, caption) are stepped over.
 */
function labelTopFurniture(paragraphs: Segment[][]): void {
  const lines: Array<{ segment: Segment; line: string }> = [];
  for (const para of paragraphs.slice(0, TOP_PARAGRAPHS + 1)) {
    const rest = para.filter(isText);
    if (rest.length === 0) continue;
    const line = rest.map((s) => s.text).join('').trim();
    const words = rest.reduce((n, s) => n + wordCount(s), 0);
    if (rest.length > 1 || words > FURNITURE_MAX_WORDS || SENTENCE_END.test(line)) {
      // Body text found: what came before it was furniture. Without body text
      // after them, the lines are the article itself and stay text.
      for (const l of lines) label(l.segment, 'boilerplate', BREADCRUMB.test(l.line) ? 'breadcrumb' : 'furniture');
      return;
    }
    if (lines.length === TOP_PARAGRAPHS) return;
    lines.push({ segment: rest[0]!, line });
  }
}

/**
 * Footer: walking back from the end, short lines without sentence-final
 * punctuation that sit next to other boilerplate (share buttons, mirror
 * addresses) are page controls too. The walk stops at the first sentence, so
 * a short closing line of the article itself is left alone.
 */
function labelFooter(segments: Segment[]): void {
  const pending: Segment[] = [];
  for (let i = segments.length - 1; i >= 0; i--) {
    const s = segments[i]!;
    if (!isText(s)) {
      if (s.kind === 'boilerplate') for (const p of pending.splice(0)) label(p, 'boilerplate', 'share');
      continue;
    }
    const line = s.text.trim();
    if (wordCount(s) > FOOTER_MAX_WORDS || SENTENCE_END.test(line)) return;
    pending.push(s);
  }
}
