/**
 * Account bodies are stored as Markdown so editors can read them, but they must
 * read back as exactly the captured text. `paragraphsToMarkdown` escapes
 * everything CommonMark would interpret; `parseParagraphs` (remark) is the only
 * way bodies are read, so the round trip is what a property test checks.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { toString } from 'mdast-util-to-string';
import type { Root, RootContent } from 'mdast';

const parser = unified().use(remarkParse);

/** Inline characters that open emphasis, code, links, autolinks or raw HTML anywhere in a line. */
const INLINE_SPECIAL = /[\\`*_[\]<]/g;
/** `&` only matters where it would start a character reference such as `&amp;` or `&#32;`. */
const ENTITY_START = /&(?=#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{1,31};)/g;
/** Characters that open a block (heading, quote, list, setext underline, fence) at the start of a line. */
const BLOCK_START_CHAR = /^[#>+\-=~]/;
/** An ordered-list marker at the start of a line: digits then `.` or `)`. */
const ORDERED_MARKER = /^(\d{1,9})([.)])/;
/** Spaces, tabs and carriage returns that CommonMark strips at line edges: written as character references. */
const EDGE_WHITESPACE = /[ \t\r]/g;

function encodeEdgeWhitespace(run: string): string {
  return run.replace(EDGE_WHITESPACE, (c) => `&#${c.charCodeAt(0)};`);
}

function escapeLine(line: string): string {
  let out = line.replace(INLINE_SPECIAL, '\\$&').replace(ENTITY_START, '\\&');
  out = out.replace(BLOCK_START_CHAR, '\\$&').replace(ORDERED_MARKER, '$1\\$2');
  // Leading and trailing blanks would be stripped (or turn into a hard break): keep them as references.
  const lead = /^[ \t\r]+/.exec(out)?.[0] ?? '';
  const trail = lead.length === out.length ? '' : (/[ \t\r]+$/.exec(out)?.[0] ?? '');
  return encodeEdgeWhitespace(lead) + out.slice(lead.length, out.length - trail.length) + encodeEdgeWhitespace(trail);
}

/** One captured paragraph (it may hold single newlines, never a blank line) as a Markdown paragraph. */
export function escapeParagraph(text: string): string {
  return text.split('\n').map(escapeLine).join('\n');
}

/** Paragraphs as a Markdown body: one escaped paragraph per block, blank line between. */
export function paragraphsToMarkdown(paragraphs: readonly string[]): string {
  return paragraphs.map(escapeParagraph).join('\n\n') + '\n';
}

function blockText(node: RootContent): string {
  // Raw HTML written by hand in a body is kept as literal text: it is shown, never executed.
  if (node.type === 'html' || node.type === 'code') return node.value;
  return toString(node, { includeHtml: true });
}

/** The plain text of each top-level block of a Markdown body, in order; blocks without text are skipped. */
export function parseParagraphs(markdown: string): string[] {
  const tree = parser.parse(markdown) as Root;
  return tree.children.map(blockText).filter((text) => text.length > 0);
}
