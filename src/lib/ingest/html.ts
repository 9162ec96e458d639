/**
 * Saved or fetched HTML pages: Mozilla's Readability (Firefox Reader View) finds the article; its
 * text is then read the way a browser lays it out (the rules of `innerText`), so every word stays
 * and the structure shows: each block (paragraph, heading, list item, quote paragraph, table row,
 * term or definition) is a paragraph, `<br>` is a line break, table cells are separated by a tab,
 * and `<pre>` keeps its whitespace. Metadata comes from the page's own tags, each with its source.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { firstIsoDate } from './dates.ts';

export class HtmlError extends Error {
  override name = 'HtmlError';
}

/** A value taken from the page and where it was found, for the ingest report. */
export interface Found {
  value: string;
  from: string;
}

export interface ParsedPage {
  paragraphs: string[];
  headline?: Found;
  author?: Found;
  published?: Found;
  /** A publication date the page gives that is not a date (e.g. "yesterday"): reported, never used. */
  publishedUnreadable?: Found;
  url?: Found;
  /** Blocks that hold only whitespace such as `&nbsp;` (spacers in page layout); skipped and counted. */
  spacers: number;
}

/**
 * Elements a browser lays out as blocks (CSS `display: block`, `list-item`, `table-row`…): each
 * starts and ends a paragraph of the extracted text.
 */
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CAPTION', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LEGEND', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION',
  'SUMMARY', 'TABLE', 'TBODY', 'TFOOT', 'THEAD', 'TR', 'UL',
]);
/** Table cells: `innerText` separates the cells of a row by a tab. */
const CELL = new Set(['TD', 'TH']);
/** Never rendered as text. */
const HIDDEN = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'TITLE']);
/** HTML's collapsible whitespace (not U+00A0, which a page uses on purpose). */
const COLLAPSIBLE = /[ \t\n\r\f]+/g;

/**
 * The share of the article's text that sits inside links, above which it is navigation (menus, link
 * lists, tag clouds), not prose: Readability falls back to the whole body on a page with no article,
 * and what it returns then is the menu. News prose links a few words per paragraph at most.
 */
const MAX_LINK_TEXT_SHARE = 0.5;

type Piece = { text: string } | { pre: string } | 'br' | 'tab';

/** Collects the laid-out text of a DOM subtree as paragraphs. */
class TextLayout {
  readonly paragraphs: string[] = [];
  spacers = 0;
  private line: Piece[] = [];

  walk(node: Node): void {
    if (node.nodeType === 3) {
      this.line.push({ text: node.textContent ?? '' });
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (HIDDEN.has(tag)) return;
    if (tag === 'BR') return void this.line.push('br');
    if (tag === 'PRE') {
      this.flush();
      // A newline straight after <pre> is not content (HTML parsing rule).
      this.line.push({ pre: (el.textContent ?? '').replace(/^\r?\n/, '') });
      return this.flush();
    }
    const block = BLOCK.has(tag);
    if (block) this.flush();
    if (CELL.has(tag) && el.previousElementSibling && CELL.has(el.previousElementSibling.tagName.toUpperCase())) this.line.push('tab');
    for (const child of el.childNodes) this.walk(child);
    if (block) this.flush();
  }

  /** Ends the current paragraph; two line breaks in a row (`<br><br>`) also end one. */
  flush(): void {
    const pieces = this.line;
    this.line = [];
    if (pieces.length === 0) return;
    let text = '';
    let pre = false;
    for (const piece of pieces) {
      if (piece === 'br') text += '\n';
      else if (piece === 'tab') text += '\t';
      else if ('pre' in piece) {
        text += piece.pre.replace(/\r\n?/g, '\n');
        pre = true;
      } else text += piece.text.replace(COLLAPSIBLE, ' ');
    }
    const lines = pre ? text.replace(/\n+$/, '') : text.replace(/ +/g, ' ').replace(/ ?([\n\t]) ?/g, '$1').replace(/^[ \n]+|[ \n]+$/g, '');
    for (const paragraph of lines.split(/\n{2,}/)) {
      if (paragraph.replace(/[\s\t]/gu, '') === '') {
        if (paragraph.length > 0) this.spacers++;
        continue;
      }
      this.paragraphs.push(paragraph);
    }
  }
}

function attr(document: Document, selector: string, name: string): Found | undefined {
  const value = document.querySelector(selector)?.getAttribute(name)?.trim();
  return value ? { value, from: `<${selector.replace(/^(\w+)\[/, '$1 ').replace(/\]$/, '')}>` } : undefined;
}

function first(...found: (Found | undefined)[]): Found | undefined {
  return found.find((f) => f !== undefined);
}

/** `datePublished`, `headline` and `author` of the page's schema.org JSON-LD, where it has one. */
function jsonLd(document: Document): { headline?: string; author?: string; published?: string } {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const data = JSON.parse(script.textContent ?? '') as unknown;
      const items = (Array.isArray(data) ? data : [data, ...((data as { '@graph'?: unknown[] })?.['@graph'] ?? [])]) as Record<string, unknown>[];
      const article = items.find((item) => typeof item?.['@type'] === 'string' && /Article|Posting|Report/.test(item['@type'] as string));
      if (!article) continue;
      const author = [article.author].flat()[0] as { name?: unknown } | string | undefined;
      const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
      return { headline: text(article.headline), author: text(typeof author === 'string' ? author : author?.name), published: text(article.datePublished) };
    } catch {
      /* malformed JSON-LD is common and says nothing: try the next block */
    }
  }
  return {};
}

function linkTextShare(root: Element): number {
  const all = (root.textContent ?? '').replace(/\s+/g, '').length;
  const linked = [...root.querySelectorAll('a')].reduce((sum, a) => sum + (a.textContent ?? '').replace(/\s+/g, '').length, 0);
  return all === 0 ? 1 : linked / all;
}

export function parseHtmlCapture(html: string): ParsedPage {
  const { document } = parseHTML(html);
  const ld = jsonLd(document as unknown as Document);
  const doc = document as unknown as Document;
  const publishedRaw = first(
    attr(doc, 'meta[property="article:published_time"]', 'content'),
    attr(doc, 'meta[name="date"]', 'content'),
    attr(doc, 'meta[itemprop="datePublished"]', 'content'),
    ld.published ? { value: ld.published, from: 'the JSON-LD datePublished' } : undefined,
  );
  const metadata = {
    headline: first(attr(doc, 'meta[property="og:title"]', 'content'), attr(doc, 'meta[name="twitter:title"]', 'content'), ld.headline ? { value: ld.headline, from: 'the JSON-LD headline' } : undefined),
    author: first(attr(doc, 'meta[name="author"]', 'content'), attr(doc, 'meta[property="article:author"]', 'content'), ld.author ? { value: ld.author, from: 'the JSON-LD author' } : undefined),
    url: first(attr(doc, 'link[rel="canonical"]', 'href'), attr(doc, 'meta[property="og:url"]', 'content')),
  };
  const article = new Readability(doc).parse();
  if (!article?.content) throw new HtmlError('expected an article in the HTML page, but it has no readable text (Readability found nothing)');
  const { document: content } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
  const body = content.body as unknown as Element;
  const share = linkTextShare(body);
  if (share > MAX_LINK_TEXT_SHARE) {
    throw new HtmlError(`expected an article in the HTML page, but ${Math.round(share * 100)}% of the text Readability found is link text (a menu or a list of links, not an article)`);
  }
  const layout = new TextLayout();
  layout.walk(body);
  layout.flush();
  if (layout.paragraphs.length === 0) throw new HtmlError('expected an article in the HTML page, but the text Readability found is empty');
  const published = publishedRaw && firstIsoDate(publishedRaw.value);
  return {
    paragraphs: layout.paragraphs,
    spacers: layout.spacers,
    headline: metadata.headline ?? (article.title ? { value: article.title, from: 'the page title (Readability)' } : undefined),
    author: metadata.author ?? (article.byline ? { value: article.byline, from: 'the byline (Readability)' } : undefined),
    published: published ? { value: published, from: publishedRaw.from } : undefined,
    publishedUnreadable: publishedRaw && !published ? publishedRaw : undefined,
    url: metadata.url,
  };
}
