/**
 * `npm run ingest`: turns one capture (a plain-text file, a saved HTML page, or a page fetched from
 * a URL) into a content entry `content/stories/<story>/<version>.md`.
 *
 * Validate, then write: every flag is checked against the content schema's rules, the capture is
 * read and decoded, and the whole content folder is validated *as it would be* with the new entry
 * (relations, cycles, outlets, every other file) before a byte is written; the entry is then written
 * atomically. On refusal nothing changes and the message names the flag, the value and what is
 * expected. The result says what was done, for the editor to check.
 */
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'yaml';
import { ContentError, loadCorpus, readOutlets, type ContentProblem } from '../content/corpus.ts';
import { paragraphsToMarkdown, parseParagraphs } from '../content/markdown.ts';
import { ATTRIBUTION_METHODS, idSchema, RELATION_KINDS, versionSchema, type Attribution, type Outlet, type VersionData } from '../content/schema.ts';
import { segmentAccount } from '../engine/index.ts';
import { attributeCapture } from './attribution.ts';
import { decodeCapture, DecodeError, type Decoded } from './decode.ts';
import { fetchCapture, FetchError, isWebUrl, type FetchOptions } from './fetch.ts';
import { HtmlError, parseHtmlCapture, type Found } from './html.ts';
import { parsePlainCapture, PlainTextError } from './plain.ts';
import { writeFileAtomically } from './write.ts';
import { detectLanguage } from './language.ts';
import { DEFAULT_LANG } from '../engine/lang/index.ts';

export interface IngestOptions {
  /** A capture file, or an http(s) URL to fetch. */
  capture: string;
  story: string;
  version: string;
  outlet: string;
  contentDir: string;
  published?: string;
  url?: string;
  headline?: string;
  author?: string;
  /** ISO 639-1 code of the capture's language; detected from the text when absent. */
  lang?: string;
  retrieved?: string;
  /** `kind:of`, e.g. `repost:rferl`, where the editor knows how this version derives from another. */
  relation?: string;
  /** How the editor knows the outlet, when the capture does not show it (`--attribution`, `--evidence`). */
  attribution?: string;
  evidence?: string;
  /** The capture's encoding, when its bytes do not say (`--encoding`). */
  encoding?: string;
  /** A Wayback Machine timestamp: ingest the archived snapshot of the URL (`--wayback`). */
  wayback?: string;
  force?: boolean;
  /** Check everything and return the entry, but write nothing (`--dry-run`). */
  dryRun?: boolean;
  /** Limits and the archive's origin for URL captures. */
  fetch?: Omit<FetchOptions, 'wayback'>;
  /** Today's date, YYYY-MM-DD (the `retrieved` date of a live fetch). Default: the clock, in UTC. */
  today?: string;
}

export interface IngestResult {
  /** The entry's path. */
  path: string;
  /** The entry's full text (front matter and body). */
  entry: string;
  /** False on a dry run. */
  written: boolean;
  /** What ingest did, one line each: paragraphs, encoding, where each field came from, furniture. */
  report: string[];
}

export class IngestError extends Error {
  override name = 'IngestError';
}

/** Front-matter keys in a fixed order, so re-ingesting the same capture writes the same bytes. */
const KEY_ORDER = ['outlet', 'published', 'headline', 'author', 'url', 'lang', 'archived', 'retrieved', 'source', 'relation', 'attribution'] as const;

/** The flag that sets each front-matter field, for messages. */
const FLAG_OF: Record<string, string> = {
  outlet: '--outlet', published: '--published', headline: '--headline', author: '--author', url: '--url', lang: '--lang', archived: '--wayback',
  retrieved: '--retrieved', source: '<capture>', relation: '--relation', attribution: '--attribution', 'attribution.method': '--attribution', 'attribution.evidence': '--evidence',
};

/** Front matter in a fixed key order, so re-ingesting the same capture writes the same bytes. */
export function renderVersionEntry(data: VersionData, paragraphs: readonly string[]): string {
  const ordered = Object.fromEntries(KEY_ORDER.filter((key) => data[key] !== undefined).map((key) => [key, data[key]]));
  return `---\n${stringify(ordered, { lineWidth: 0 })}---\n\n${paragraphsToMarkdown(paragraphs)}`;
}

/** The `lang` to write: absent means English, so English (the default) is not written and existing entries stay as they are. */
function accountLang(code: string | undefined): string | undefined {
  return code === undefined || code === DEFAULT_LANG ? undefined : code;
}

const shown = (value: string) => (value.length > 60 ? `${JSON.stringify(value.slice(0, 57))}… (${value.length} characters)` : JSON.stringify(value));

// ---------------------------------------------------------------------------------------------
// 1. Flags

interface CheckedFlags {
  relation?: { kind: (typeof RELATION_KINDS)[number]; of: string };
  attribution?: Attribution;
}

function checkFlags(options: IngestOptions): CheckedFlags {
  const errors: string[] = [];
  const checkId = (flag: string, what: string, value: string) => {
    const result = idSchema(what).safeParse(value);
    if (!result.success) errors.push(`${flag}: ${result.error.issues[0]!.message}, got ${shown(value)}`);
  };
  checkId('--story', 'a story id', options.story);
  checkId('--version', 'a version id', options.version);
  checkId('--outlet', 'an outlet id', options.outlet);
  const flags: CheckedFlags = {};
  if (options.relation !== undefined) {
    const [kind = '', of = '', ...rest] = options.relation.split(':');
    if (!(RELATION_KINDS as readonly string[]).includes(kind) || rest.length > 0 || !of) {
      errors.push(`--relation: expected KIND:VERSION with KIND one of ${RELATION_KINDS.join(', ')} and VERSION a version id of the same story, like repost:rferl, got ${shown(options.relation)}`);
    } else {
      checkId('--relation', 'the id of the version it derives from', of);
      if (of === options.version) errors.push(`--relation: expected another version of story "${options.story}", got "${of}", the version being ingested`);
      flags.relation = { kind: kind as (typeof RELATION_KINDS)[number], of };
    }
  }
  if (options.attribution !== undefined || options.evidence !== undefined) {
    if (!(ATTRIBUTION_METHODS as readonly string[]).includes(options.attribution ?? '')) {
      errors.push(`--attribution: expected one of ${ATTRIBUTION_METHODS.join(', ')} (with --evidence saying how you know), got ${shown(options.attribution ?? '')}`);
    } else if (!options.evidence?.trim()) {
      errors.push(`--evidence: expected a sentence saying how you know the capture is ${options.outlet}'s, got ${shown(options.evidence ?? '')}`);
    } else flags.attribution = { method: options.attribution as Attribution['method'], evidence: options.evidence.trim() };
  }
  if (errors.length > 0) throw new IngestError(errors.join('\n'));
  return flags;
}

/** The entry's path, proven to lie inside `<content>/stories/<story>/` (ids are checked first; this guards the rule itself). */
function targetPath(contentDir: string, story: string, version: string): string {
  const storyDir = path.resolve(contentDir, 'stories', story);
  const target = path.resolve(storyDir, `${version}.md`);
  if (path.dirname(target) !== storyDir || path.dirname(storyDir) !== path.resolve(contentDir, 'stories')) {
    throw new IngestError(`--version: expected an entry inside ${storyDir}${path.sep}, got ${target}`);
  }
  return target;
}

// ---------------------------------------------------------------------------------------------
// 2. The capture

interface Extracted {
  paragraphs: string[];
  decoded: Decoded;
  kind: 'plain text' | 'HTML';
  published?: Found;
  publishedUnreadable?: Found;
  headline?: Found;
  author?: Found;
  url?: Found;
  archived?: string;
  retrieved?: Found;
  fetched: boolean;
  notes: string[];
}

/** `<!doctype html>` or `<html` at the start: HTML whatever the file is called. */
const LOOKS_LIKE_HTML = /^\s*<(?:!doctype\s+html|html[\s>])/i;

async function readCaptureFile(capture: string): Promise<Uint8Array> {
  let info;
  try {
    info = await stat(capture);
  } catch {
    throw new IngestError(`<capture>: cannot read ${JSON.stringify(capture)}: no such file`);
  }
  if (info.isDirectory()) throw new IngestError(`<capture>: ${JSON.stringify(capture)} is a folder; expected a capture file (plain text or HTML) or an http(s) URL`);
  return new Uint8Array(await readFile(capture));
}

async function extract(options: IngestOptions, today: string): Promise<Extracted> {
  const fromUrl = isWebUrl(options.capture);
  if (!fromUrl && options.wayback !== undefined) throw new IngestError(`--wayback: expected the capture to be the page's http(s) URL, got the file ${JSON.stringify(options.capture)}`);
  const fetched = fromUrl ? await fetchCapture(options.capture, { ...options.fetch, ...(options.wayback !== undefined ? { wayback: options.wayback } : {}) }) : undefined;
  const bytes = fetched ? fetched.bytes : await readCaptureFile(options.capture);
  // Sniffed as bytes (an ASCII tag reads the same in every encoding this tool reads, BOM aside).
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 1024));
  const html = fetched ? fetched.mediaType !== 'text/plain' : /\.x?html?$/i.test(options.capture) || LOOKS_LIKE_HTML.test(head.replace(/^\uFEFF/, ''));
  const decoded = decodeCapture(bytes, { html, ...(fetched?.charset ? { httpCharset: fetched.charset } : {}), ...(options.encoding ? { encoding: options.encoding } : {}) });
  const notes: string[] = [];
  if (decoded.replacementCharacters > 0) {
    notes.push(`warning: the capture already holds ${decoded.replacementCharacters} U+FFFD replacement character(s): text lost before it was saved, kept as it is`);
  }
  const source = fetched ? (fetched.archived ? 'the snapshot' : 'the page') : 'the capture';
  const common = {
    decoded,
    fetched: Boolean(fetched),
    notes,
    ...(fetched ? { url: { value: fetched.url, from: fetched.archived ? 'the snapshot\'s original address' : 'the final URL after redirects' } } : {}),
    ...(fetched?.archived ? { archived: fetched.archived } : {}),
    ...(fetched ? { retrieved: fetched.snapshotDate ? { value: fetched.snapshotDate, from: 'the snapshot\'s timestamp' } : { value: today, from: 'today (fetched now)' } } : {}),
  };
  if (html) {
    const page = parseHtmlCapture(decoded.text);
    if (page.spacers > 0) notes.push(`${page.spacers} HTML block(s) holding only whitespace (layout spacers such as <p>&nbsp;</p>) were not made paragraphs`);
    return { ...common, kind: 'HTML', paragraphs: page.paragraphs, published: page.published, publishedUnreadable: page.publishedUnreadable, headline: page.headline, author: page.author, url: common.url ?? page.url };
  }
  const plain = parsePlainCapture(decoded.text);
  if (plain.lineEndings.crlf + plain.lineEndings.cr > 0) {
    notes.push(`line endings: ${[plain.lineEndings.crlf && `${plain.lineEndings.crlf} CRLF`, plain.lineEndings.cr && `${plain.lineEndings.cr} lone CR`].filter(Boolean).join(' and ')} written as LF (one line break each)`);
  }
  if (plain.paragraphs.length === 0) throw new IngestError(`<capture>: expected some text in ${source}, found only whitespace`);
  return { ...common, kind: 'plain text', paragraphs: plain.paragraphs, ...(plain.stampedDate ? { published: { value: plain.stampedDate, from: 'the scraper\'s leading "date" stamp' } } : {}) };
}

// ---------------------------------------------------------------------------------------------
// 3. The entry

/** A flag value wins over what the capture says; the report says which was used. */
function pick(flag: string, value: string | undefined, found: Found | undefined): Found | undefined {
  return value !== undefined ? { value, from: flag } : found;
}

function missingDate(extracted: Extracted): string {
  if (extracted.publishedUnreadable) {
    return `--published: the page's ${extracted.publishedUnreadable.from} says ${shown(extracted.publishedUnreadable.value)}, which is not a date written YYYY-MM-DD; pass --published YYYY-MM-DD`;
  }
  const where = extracted.kind === 'HTML' ? 'no date in the page\'s metadata' : 'no leading "date YYYY-MM-DD" stamp';
  return `--published: the capture gives no publication date (${where}); pass --published YYYY-MM-DD`;
}

function fieldMessage(field: string, message: string, value: unknown, from: Map<string, string>): string {
  const flag = FLAG_OF[field] ?? FLAG_OF[field.split('.')[0]!] ?? field;
  const origin = from.get(field.split('.')[0]!);
  const got = value === undefined ? '' : `, got ${shown(typeof value === 'string' ? value : JSON.stringify(value))}`;
  const prefix = origin && origin !== flag ? `${field} (taken from ${origin}; override with ${flag})` : flag;
  return `${prefix}: ${message}${got}`;
}

function buildData(options: IngestOptions, flags: CheckedFlags, outlet: Outlet, extracted: Extracted): { data: VersionData; from: Map<string, string> } {
  const fields = {
    published: pick('--published', options.published, extracted.published),
    headline: pick('--headline', options.headline, extracted.headline),
    author: pick('--author', options.author, extracted.author),
    url: pick('--url', options.url, extracted.url),
    retrieved: pick('--retrieved', options.retrieved, extracted.retrieved),
  };
  if (!fields.published) throw new IngestError(missingDate(extracted));
  const attribution = flags.attribution ?? attributeCapture({ outlet, paragraphs: extracted.paragraphs, url: fields.url?.value, fetched: extracted.fetched, archived: extracted.archived });
  if (!attribution) {
    throw new IngestError(
      `--attribution: nothing in the capture shows it is ${outlet.name}'s (${outlet.homepage ? `its address is not on ${outlet.homepage}` : 'the outlet has no homepage to match its address against'}, and its text does not name "${outlet.name}"); ` +
        'say how you know: --attribution inferred --evidence "…" (or named / url)',
    );
  }
  const from = new Map<string, string>(Object.entries(fields).flatMap(([key, found]) => (found ? [[key, found.from]] : [])));
  from.set('attribution', flags.attribution ? '--attribution' : attribution.method === 'url' ? 'the capture\'s address' : 'the capture\'s text');
  const lang = accountLang(options.lang ?? detectLanguage(extracted.paragraphs));
  const candidate = {
    outlet: options.outlet,
    ...Object.fromEntries(Object.entries(fields).flatMap(([key, found]) => (found ? [[key, found.value]] : []))),
    ...(extracted.archived ? { archived: extracted.archived } : {}),
    ...(lang ? { lang } : {}),
    ...(isWebUrl(options.capture) ? {} : { source: path.basename(options.capture) }),
    ...(flags.relation ? { relation: flags.relation } : {}),
    attribution,
  };
  const result = versionSchema.safeParse(candidate, { reportInput: true });
  if (!result.success) {
    const messages = result.error.issues.map((issue) => fieldMessage(issue.path.join('.'), issue.message, issue.path.reduce<unknown>((v, k) => (v as Record<PropertyKey, unknown>)?.[k], candidate), from));
    throw new IngestError(messages.join('\n'));
  }
  return { data: result.data, from };
}

/** Which paragraph would not read back, and how, so the editor knows where to look. */
function readBackProblem(expected: readonly string[], got: readonly string[]): string | undefined {
  const i = expected.findIndex((p, k) => p !== got[k]);
  if (i < 0 && got.length === expected.length) return undefined;
  const at = i < 0 ? expected.length : i;
  return `paragraph ${at + 1} would read back as ${shown(got[at] ?? '(nothing)')} instead of ${shown(expected[at] ?? '(nothing)')}`;
}

async function checkCorpus(contentDir: string, target: string, entry: string, from: Map<string, string>): Promise<void> {
  try {
    await loadCorpus(contentDir, { pending: { file: target, text: entry } });
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    const own = (p: ContentProblem) => path.resolve(p.file) === target;
    const mine = error.problems.filter(own).map((p) => fieldMessage(p.field, p.message, undefined, from));
    const others = error.problems.filter((p) => !own(p)).map((p) => `  ${p.file} › ${p.field}: ${p.message}`);
    throw new IngestError([...mine, ...(others.length ? [`the content folder has ${others.length} problem(s) to fix first:`, ...others] : [])].join('\n'));
  }
}

// ---------------------------------------------------------------------------------------------
// 4. The report

function furnitureLines(paragraphs: readonly string[]): string[] {
  const segments = segmentAccount({ id: 'capture', paragraphs: [...paragraphs] }).segments.filter((s) => s.kind !== 'text');
  return segments.map((s) => `${s.kind}${s.reason ? ` (${s.reason})` : ''}: ${shown(s.text.trim())}`);
}

function report(target: string, written: boolean, extracted: Extracted, data: VersionData, from: Map<string, string>): string[] {
  const lines = [
    `${written ? 'wrote' : 'would write (dry run: nothing written)'} ${target}`,
    `text: ${extracted.paragraphs.length} paragraph(s) kept from ${extracted.kind}, decoded as ${extracted.decoded.encoding} (${extracted.decoded.from})`,
  ];
  for (const key of ['published', 'headline', 'author', 'url', 'retrieved'] as const) {
    lines.push(`${key}: ${data[key] !== undefined ? `${shown(data[key]!)} from ${from.get(key)}` : 'none'}`);
  }
  if (data.archived) lines.push(`archived: ${data.archived}`);
  lines.push(`attribution: ${data.attribution.method}, from ${from.get('attribution')}: ${data.attribution.evidence}`);
  const furniture = furnitureLines(extracted.paragraphs);
  lines.push(`furniture: ${furniture.length} line(s) the comparison sets apart from the article${furniture.length ? ':' : ''}`, ...furniture.map((f) => `  ${f}`));
  return [...lines, ...extracted.notes];
}

// ---------------------------------------------------------------------------------------------

const todayUtc = () => new Date().toISOString().slice(0, 10);

/** Validates everything, then writes the entry atomically (unless a dry run); throws IngestError with a message an editor can act on. */
export async function ingest(options: IngestOptions): Promise<IngestResult> {
  const flags = checkFlags(options);
  const target = targetPath(options.contentDir, options.story, options.version);
  const storyFile = path.resolve(options.contentDir, 'stories', `${options.story}.md`);
  if (!existsSync(storyFile)) throw new IngestError(`--story: unknown story "${options.story}": expected a story file ${storyFile}; create it first (title, date, place and a summary)`);
  const outlets = await readOutlets(options.contentDir);
  const outlet = outlets.find((o) => o.id === options.outlet);
  if (!outlet) {
    throw new IngestError(`--outlet: unknown outlet "${options.outlet}": expected one of ${outlets.map((o) => o.id).join(', ') || '(none)'}; add it to ${path.join(options.contentDir, 'outlets.json')} first`);
  }
  if (existsSync(target) && !options.force) throw new IngestError(`--version: ${target} exists already; pass --force to overwrite it`);

  let extracted: Extracted;
  try {
    extracted = await extract(options, options.today ?? todayUtc());
  } catch (error) {
    if (error instanceof DecodeError || error instanceof HtmlError || error instanceof PlainTextError) throw new IngestError(`<capture> ${JSON.stringify(options.capture)}: ${error.message}`);
    if (error instanceof FetchError) throw new IngestError(`<capture>: ${error.message}`);
    throw error;
  }
  const { data, from } = buildData(options, flags, outlet, extracted);
  const entry = renderVersionEntry(data, extracted.paragraphs);
  // The body must read back as the capture; refuse to write an entry that would lose a character.
  const problem = readBackProblem(extracted.paragraphs, parseParagraphs(entry.slice(entry.indexOf('\n---\n') + 5)));
  if (problem) throw new IngestError(`<capture> ${JSON.stringify(options.capture)}: the Markdown body would not read back as the capture: ${problem}`);
  await checkCorpus(options.contentDir, target, entry, from);
  if (!options.dryRun) {
    await writeFileAtomically(target, entry);
  }
  return { path: target, entry, written: !options.dryRun, report: report(target, !options.dryRun, extracted, data, from) };
}

