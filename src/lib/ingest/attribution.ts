/**
 * How ingest knows which outlet published a capture, from the capture itself: the address it was
 * captured from lies on the outlet's site, or its text names the outlet. The evidence is about this
 * one capture, so it is written to the account's front matter; where neither holds, the editor says
 * how they know (`--attribution inferred --evidence "…"`).
 */
import type { Attribution, Outlet } from '../content/schema.ts';

/** Longest quotation of the text kept as evidence: enough to find the passage again. */
const EXCERPT_CHARS = 120;

/** `www.` is the same site as the bare host (the near-universal convention for web servers). */
const siteOf = (url: string) => new URL(url).hostname.toLowerCase().replace(/^www\./, '');

/** Whether `url` is on the outlet's site: the homepage's host or a subdomain of it (`edition.x.com`). */
function onOutletSite(url: string, homepage: string | undefined): boolean {
  if (!homepage || !URL.canParse(url)) return false;
  const host = siteOf(url);
  const home = siteOf(homepage);
  return host === home || host.endsWith(`.${home}`);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** The outlet's name standing as a whole name (not inside a longer word), case as the outlet writes it. */
function nameIn(paragraph: string, name: string): number {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'u').exec(paragraph)?.index ?? -1;
}

/** A window of the paragraph around the name, cut at word boundaries, marked with … where cut. */
function excerpt(paragraph: string, at: number, length: number): string {
  if (paragraph.length <= EXCERPT_CHARS) return paragraph;
  const room = Math.max(0, EXCERPT_CHARS - length);
  let start = Math.max(0, at - Math.floor(room / 2));
  let end = Math.min(paragraph.length, start + EXCERPT_CHARS);
  start = Math.max(0, end - EXCERPT_CHARS);
  if (start > 0) start = paragraph.indexOf(' ', start) + 1 || start;
  if (end < paragraph.length) end = paragraph.lastIndexOf(' ', end) > at + length ? paragraph.lastIndexOf(' ', end) : end;
  return `${start > 0 ? '…' : ''}${paragraph.slice(start, end).trim()}${end < paragraph.length ? '…' : ''}`;
}

export interface AttributionInput {
  outlet: Outlet;
  paragraphs: readonly string[];
  /** The page's own address (final URL, or the original of a snapshot), when known. */
  url?: string;
  /** True when the capture was fetched from `url` by ingest (not just given by the editor). */
  fetched?: boolean;
  archived?: string;
}

/** The attribution the capture itself supports, or undefined when it supports none. */
export function attributeCapture({ outlet, paragraphs, url, fetched, archived }: AttributionInput): Attribution | undefined {
  if (url && onOutletSite(url, outlet.homepage)) {
    const how = archived ? `It is an archived copy (${archived}) of ${url}` : fetched ? `It was fetched from ${url}` : `Its address is ${url}`;
    return { method: 'url', evidence: `${how}, on ${outlet.name}’s site ${siteOf(outlet.homepage!)}.` };
  }
  for (const paragraph of paragraphs) {
    const at = nameIn(paragraph, outlet.name);
    if (at >= 0) return { method: 'named', evidence: `The text names it: “${excerpt(paragraph, at, outlet.name.length)}”.` };
  }
  return undefined;
}
