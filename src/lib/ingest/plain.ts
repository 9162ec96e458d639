/**
 * Plain-text captures as scrapers save them: paragraphs separated by blank lines, or one paragraph
 * per line when the capture has no blank line at all; sometimes a leading ` date YYYY-MM-DD ` stamp.
 *
 * Line endings are normalised: CRLF (Windows) and a lone CR (old Mac OS) are each one line break,
 * written as LF. That is the only change to the characters; `lineEndings` counts it for the report.
 */
import { scraperStamp } from '../engine/furniture.ts';
import { english } from '../engine/lang/en.ts';

export class PlainTextError extends Error {
  override name = 'PlainTextError';
}

export interface ParsedCapture {
  paragraphs: string[];
  /** The date of a leading scraper stamp, moved to front matter as `published`. */
  stampedDate?: string;
  /** Line breaks written as CRLF or as a lone CR, each normalised to one LF. */
  lineEndings: { crlf: number; cr: number };
}

/**
 * A leading scraper stamp that dates the article (`date 2021-05-20`): the engine's one scraper-stamp
 * pattern, with the stamp word that states a publication date. Scrapers write it in English
 * whatever the article's language, and the language is only detected after parsing.
 */
const STAMP = scraperStamp(english.furniture.publishedStamp, english.furniture.stampJoiners, '\\s+');
/** A blank line: nothing but spaces and tabs (the layout whitespace Markdown treats as blank too). */
const BLANK_LINE = /\n[ \t]*\n/;
const PARAGRAPH_BREAK = /\n(?:[ \t]*\n)+/;

/** The code points of a whitespace-only block, for a message an editor can act on. */
const describeWhitespace = (block: string) =>
  [...new Set([...block.replace(/\n/g, '')])].map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(', ');

/**
 * Splits a capture into paragraphs without touching the words: only the whitespace between
 * paragraphs (and a trailing newline inside one) is dropped. Spaces at a paragraph's edges stay.
 * A block of nothing but other whitespace (U+00A0, U+3000, zero-width spaces…) is refused: it is
 * neither text nor a blank line, and silently dropping it would lose characters of the capture.
 */
export function parsePlainCapture(raw: string): ParsedCapture {
  const lineEndings = { crlf: raw.match(/\r\n/g)?.length ?? 0, cr: raw.match(/\r(?!\n)/g)?.length ?? 0 };
  let text = raw.replace(/\r\n?/g, '\n');
  const stamp = STAMP.exec(text);
  if (stamp) text = text.slice(stamp[0].length);
  const separator = new RegExp(BLANK_LINE.test(text) ? PARAGRAPH_BREAK.source : '\n', 'g');
  const paragraphs: string[] = [];
  let at = 0;
  for (const match of [...text.matchAll(separator), { index: text.length, 0: '' }]) {
    const block = text.slice(at, match.index);
    const lead = /^\n*/.exec(block)![0].length;
    const trimmed = block.slice(lead).replace(/\n+$/, '');
    const atEdge = at === 0 || match.index === text.length;
    if (trimmed.trim().length > 0) paragraphs.push(trimmed);
    // Spaces and tabs at the very start or end of the file are layout, like a trailing newline.
    else if (trimmed.length > 0 && !(atEdge && /^[ \t]*$/.test(trimmed))) {
      const line = (stamp?.[0] ?? '').split('\n').length + text.slice(0, at + lead).split('\n').length - 1;
      throw new PlainTextError(`line ${line} holds only whitespace (${describeWhitespace(trimmed)}): expected text or a blank line; remove that line from the capture, or put back the text it stood for`);
    }
    at = match.index + match[0].length;
  }
  return stamp ? { paragraphs, stampedDate: stamp[1], lineEndings } : { paragraphs, lineEndings };
}
