/**
 * Plain-text captures as scrapers save them: paragraphs separated by blank lines, or one paragraph
 * per line when the capture has no blank line at all; sometimes a leading ` date YYYY-MM-DD ` stamp.
 */

export interface ParsedCapture {
  paragraphs: string[];
  /** The date of a leading scraper stamp, moved to front matter as `published`. */
  stampedDate?: string;
}

const STAMP = /^\s*date (\d{4}-\d{2}-\d{2})\s+/;
const BLANK_LINE = /\n[ \t]*\n/;

/**
 * Splits a capture into paragraphs without touching the words: only the whitespace between
 * paragraphs (and a trailing newline inside one) is dropped. Spaces at a paragraph's edges stay.
 */
export function parsePlainCapture(raw: string): ParsedCapture {
  let text = raw.replace(/\r\n?/g, '\n');
  const stamp = STAMP.exec(text);
  if (stamp) text = text.slice(stamp[0].length);
  const blocks = BLANK_LINE.test(text) ? text.split(/\n(?:[ \t]*\n)+/) : text.split('\n');
  const paragraphs = blocks.map((block) => block.replace(/^\n+|\n+$/g, '')).filter((block) => block.trim().length > 0);
  return stamp ? { paragraphs, stampedDate: stamp[1] } : { paragraphs };
}
