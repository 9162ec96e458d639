/**
 * Saved HTML pages: the article text is extracted with Mozilla's Readability (Firefox Reader View),
 * metadata from the page's own tags where present.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

export interface ParsedPage {
  paragraphs: string[];
  headline?: string;
  author?: string;
  published?: string;
  url?: string;
}

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption';

function meta(document: Document, ...selectors: string[]): string | undefined {
  for (const selector of selectors) {
    const value = document.querySelector(selector)?.getAttribute('content') ?? document.querySelector(selector)?.getAttribute('href');
    if (value?.trim()) return value.trim();
  }
  return undefined;
}

/** Collapses HTML's insignificant whitespace the way a browser renders it. */
const renderedText = (text: string) => text.replace(/[ \t\n\r\f]+/g, ' ').trim();

export function parseHtmlCapture(html: string): ParsedPage {
  const { document } = parseHTML(html);
  const metadata = {
    headline: meta(document, 'meta[property="og:title"]', 'meta[name="twitter:title"]'),
    author: meta(document, 'meta[name="author"]', 'meta[property="article:author"]'),
    published: meta(document, 'meta[property="article:published_time"]', 'meta[name="date"]', 'meta[itemprop="datePublished"]')?.slice(0, 10),
    url: meta(document, 'link[rel="canonical"]', 'meta[property="og:url"]'),
  };
  const article = new Readability(document as unknown as Document).parse();
  if (!article?.content) throw new Error('expected an article in the HTML page, but Readability found no readable text');
  const { document: content } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
  const blocks = [...content.querySelectorAll(BLOCKS)].filter((el) => !el.parentElement?.closest(BLOCKS));
  const paragraphs = blocks.map((el) => renderedText(el.textContent ?? '')).filter((text) => text.length > 0);
  return {
    paragraphs: paragraphs.length > 0 ? paragraphs : [renderedText(article.textContent ?? '')],
    headline: metadata.headline ?? article.title ?? undefined,
    author: metadata.author ?? article.byline ?? undefined,
    published: metadata.published && /^\d{4}-\d{2}-\d{2}$/.test(metadata.published) ? metadata.published : undefined,
    url: metadata.url,
  };
}
