import type { Segment, SegmentKind, SegmentReason } from './types.ts';
import type { Language } from './lang/index.ts';
import { furniturePatterns, type FurniturePatterns } from './furniture.ts';
import { isWord } from './tokenize.ts';

/*
 * Labels segments that are not the article's own text. Every rule is a general
 * pattern of news pages plus a position or shape constraint (a short line, no
 * sentence-final punctuation, top or end of the page, after a heading); no
 * outlet's sentences are written here, and the phrases come from the
 * account's language (lang/). Labelled segments stay in the account (nothing
 * is lost); the aligner leaves them out of matching and the figures.
 *
 * A paragraph is never labelled for what it mentions: an agency name, a
 * photo, a video, a newsletter inside a sentence of news is news. Rules
 * match the *form* of furniture (a credit's slash or brackets, a control
 * alone on its line, a counter), not its words.
 *
 * Decision: agency credit lines ("With reporting by Reuters, AP, and
 * Interfax") stay `text`. They are the outlet's editorial statement of its
 * sources, carry evidence the cross-account lineage analysis needs, and a
 * reader comparing accounts wants to see them; they are short, so their
 * weight in the figures is small.
 */

/** A scraper's capture stamp at the very start of a capture (`date 2021-05-20`); segmentation splits it off. */
export function leadingStamp(language: Language): RegExp {
  return furniturePatterns(language).leadingStamp;
}

const SENTENCE_END = /[.!?…]['"”’»)\]]*$/u;
/** A sentence end other than a question mark. */
const STATEMENT_END = /[.!…]['"”’»)\]]*$/u;

/** How far from the top/bottom the position-bound rules look (in paragraphs). */
const TOP_PARAGRAPHS = 5;
const BOTTOM_PARAGRAPHS = 4;
/** Longest line (in words) still taken for page furniture at the top: a headline and a standfirst. */
const FURNITURE_MAX_WORDS = 40;
/** Longest line (in words) taken for a footer control at the bottom. */
const FOOTER_MAX_WORDS = 6;
/** Longest caption paragraph (words): a caption is a sentence or two and a credit; a credit inside a long paragraph is article text. */
const CAPTION_MAX_WORDS = 80;
/** Longest line (words) a stamp, byline, control, prompt, consent or notice rule takes: furniture lines are short, news paragraphs are not. */
const LINE_MAX_WORDS = 30;
/**
 * Longest line (words) read as a stamp when a stamp word leads it and a date stands anywhere in it:
 * a stamp with its date, time and zone is about half that ("Updated: May 20, 2021, 10:22 a.m. EDT"
 * is 7 words); a longer line led by "Updated" is a sentence about an update, not a stamp.
 */
const STAMP_LEAD_MAX_WORDS = 12;
/** Longest headline (words) in a related-stories list. */
const RELATED_ITEM_MAX_WORDS = 25;
/** Least words of a line for the repeated-line rule: "Share" twice is a control, not a headline. */
const REPEATED_MIN_WORDS = 3;

function wordCount(s: Segment): number {
  let n = 0;
  for (const t of s.tokens) if (isWord(t)) n++;
  return n;
}

function label(s: Segment, kind: Exclude<SegmentKind, 'text'>, reason: SegmentReason): void {
  s.kind = kind;
  s.reason = reason;
}

function isText(s: Segment): boolean {
  return s.kind === 'text';
}

/** Labels `segments` in place (kind and reason), with the furniture phrases of `language`. */
export function classifySegments(segments: Segment[], language: Language): void {
  if (segments.length === 0) return;
  const patterns = furniturePatterns(language);
  const paragraphs = groupByParagraph(segments);
  labelStamp(segments, patterns);
  labelParagraphRules(paragraphs, patterns);
  labelLineRules(segments, patterns);
  labelRelatedBlocks(paragraphs);
  labelRepeatedLines(segments, patterns);
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

function labelStamp(segments: Segment[], p: FurniturePatterns): void {
  const first = segments[0]!;
  if (p.stampOnly.test(first.text)) label(first, 'boilerplate', 'stamp');
}

const paragraphWords = (para: readonly Segment[]): number => para.reduce((n, s) => n + wordCount(s), 0);

/** Rules that label a whole paragraph: interleaved comments, photo captions. */
function labelParagraphRules(paragraphs: Segment[][], p: FurniturePatterns): void {
  for (const para of paragraphs) {
    const first = para.find(isText);
    if (first && p.comment.test(first.text)) {
      // A reposting site's "Comment:" paragraphs interleaved in the article.
      for (const s of para) if (isText(s)) label(s, 'interpolation', 'comment');
      continue;
    }
    // Photo captions: a short paragraph carrying a credit in one of the forms
    // captions use ("(Photo by AFP)", "(Jane Doe/Reuters)", "Photo: …/Getty",
    // "REUTERS/Name", "(Handout via AP)"). A credit is a form, not a word:
    // "Getty Images said …" in a sentence is news.
    if (para.some((s) => isText(s) && p.credit.some((re) => re.test(s.text.trim()))) && paragraphWords(para) <= CAPTION_MAX_WORDS) {
      for (const s of para) if (isText(s)) label(s, 'boilerplate', 'caption');
    }
  }
}

/** The rule a single short line falls under, if any; `undefined` for article text. */
function lineReason(line: string, words: number, p: FurniturePatterns): SegmentReason | undefined {
  if (words > LINE_MAX_WORDS) return undefined;
  const sentence = SENTENCE_END.test(line);
  // Video players: "Play video", "Loading video", "This video cannot be
  // played", timecodes "02:13" and "0:45 / 2:10" alone on their line, and the
  // teaser line that introduces an embedded clip ("Watch: …", "VIDEO: …").
  if (p.video.test(line) || (p.videoTeaser.test(line) && !sentence)) return 'video';
  // Galleries: viewer buttons and image counters ("3 of 12", "Image 3/12").
  if (p.gallery.test(line)) return 'gallery';
  // Image alt-text stubs left by scrapers: "Image", "Video Poster", "photo.jpg", "[Image: …]".
  if (p.mediaStub.test(line)) return 'media';
  // Page stamps: a date/time alone, or led by "Published", "Updated",
  // "Last updated", "Update:" with a date or time in a short line.
  if (p.dateStamp.test(line) || (p.stampLead.test(line) && p.hasDate.test(line) && words <= STAMP_LEAD_MAX_WORDS)) return 'stamp';
  // Bylines: "By Jane Doe", "By Jane Doe and John Roe, Wire | May 20".
  if (!sentence && p.byline.test(line)) return 'byline';
  // Headings of related/recommended/most-read blocks, alone on their line or
  // split off the sentence they were glued to ("Related Stories", "Most read").
  if (p.related.test(line)) return 'related';
  // Ad labels: "Advertisement", "Sponsored", "Story continues below advertisement".
  if (p.ad.test(line)) return 'ad';
  // Cookie and consent lines ("We use cookies …", "Accept all").
  if (p.consent.test(line)) return 'consent';
  // Notices that a summary was machine-written.
  if (p.aiNotice.test(line)) return 'notice';
  // Share/follow/newsletter/comment controls alone on their line, and
  // newsletter or follow prompts written as one short sentence.
  if (p.control.test(line) || p.prompt.test(line)) return 'share';
  return undefined;
}

/** Rules on single lines: the furniture categories above, mirror notices (+ the addresses after them), author boxes (+ all after them). */
function labelLineRules(segments: Segment[], p: FurniturePatterns): void {
  const lastParagraph = segments[segments.length - 1]!.paragraph;
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i]!;
    if (!isText(s)) continue;
    const line = s.text.trim();
    const reason = lineReason(line, wordCount(s), p);
    if (reason) {
      label(s, 'boilerplate', reason);
    } else if (p.mirror.test(line)) {
      label(s, 'boilerplate', 'mirror');
      for (let j = i + 1; j < segments.length && URL_LINE.test(segments[j]!.text); j++) {
        if (isText(segments[j]!)) label(segments[j]!, 'boilerplate', 'mirror');
      }
    } else if (s.paragraph > lastParagraph - BOTTOM_PARAGRAPHS && p.authorBox.some((re) => re.test(line))) {
      for (let j = i; j < segments.length; j++) if (isText(segments[j]!)) label(segments[j]!, 'boilerplate', 'author');
      return;
    }
  }
}

const URL_LINE = /^\s*(?:https?:\/\/\S+|www\.\S+|[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?:\/\S*)?)\s*$/i;

/**
 * Related/recommended/more-news blocks: a heading line ("Related stories",
 * "Most read", "You may also like") and the list of headlines after it:
 * short lines without sentence-final punctuation (or list items), up to the
 * first paragraph that reads as a sentence.
 */
function labelRelatedBlocks(paragraphs: Segment[][]): void {
  let inBlock = false;
  for (const para of paragraphs) {
    const rest = para.filter(isText);
    // The heading is labelled by the line rules, also when glued to the
    // paragraph's last sentence (`said.Related Stories`); the list follows it.
    const heading = para.findIndex((s) => s.reason === 'related');
    if (heading >= 0) {
      for (const s of para.slice(heading + 1)) if (isText(s)) label(s, 'boilerplate', 'related');
      inBlock = true;
      continue;
    }
    if (!inBlock || rest.length === 0) continue;
    const line = rest.map((s) => s.text).join('').trim();
    // A headline may ask a question ("Who is Marta Rossi?"); it does not end with a full stop.
    const item = /^\s*[-–—•·*]\s/u.test(line) || (!STATEMENT_END.test(line) && paragraphWords(rest) <= RELATED_ITEM_MAX_WORDS);
    if (item && paragraphWords(rest) <= RELATED_ITEM_MAX_WORDS * 2) for (const s of rest) label(s, 'boilerplate', 'related');
    else inBlock = false;
  }
}

/**
 * Repeated headlines and titles: a line without sentence-final punctuation
 * that the capture holds twice (a headline over the article and again in a
 * share box, a video's title over the player and in its caption). Sentences
 * are never taken: an article may repeat a sentence (a pull quote).
 */
function labelRepeatedLines(segments: Segment[], p: FurniturePatterns): void {
  const seen = new Map<string, Segment[]>();
  for (const s of segments) {
    // A video teaser ("Watch: <title>") repeats the title without its label.
    const teaser = s.reason === 'video' ? p.videoTeaser.exec(s.text) : null;
    const line = (teaser ? s.text.slice(teaser[0].length - 1) : s.text).trim();
    const words = wordCount(s);
    if (!isText(s) && s.reason !== 'video') continue;
    if (SENTENCE_END.test(line) || words < REPEATED_MIN_WORDS || words > FURNITURE_MAX_WORDS) continue;
    const key = line.toLowerCase().replace(/\s+/gu, ' ');
    const list = seen.get(key);
    if (list) list.push(s);
    else seen.set(key, [s]);
  }
  for (const list of seen.values()) if (list.length > 1) for (const s of list) if (isText(s)) label(s, 'boilerplate', 'furniture');
}

/** Breadcrumb: short items separated by " / ", " › ", " > ", " » " or " | ". */
const BREADCRUMB = /^[^/›>»|]+(?:\s[/›>»|]\s[^/›>»|]+)+$/u;

/**
 * Page furniture at the top: breadcrumbs, the headline and standfirst that
 * pages repeat above the article. They are lines without sentence-final
 * punctuation at the very start; the scan stops at the first real sentence.
 * Already-labelled paragraphs (stamp, caption, byline) are stepped over.
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
