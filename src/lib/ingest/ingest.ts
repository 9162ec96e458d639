/**
 * `npm run ingest`: turns one capture (plain text or a saved HTML page) into a content entry
 * `content/stories/<story>/<version>.md`, after checking it against the same rules as the build.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'yaml';
import { loadCorpus } from '../content/corpus.ts';
import { paragraphsToMarkdown, parseParagraphs } from '../content/markdown.ts';
import { versionSchema, type VersionData } from '../content/schema.ts';
import { parseHtmlCapture } from './html.ts';
import { parsePlainCapture } from './plain.ts';
import { detectLanguage } from './language.ts';
import { DEFAULT_LANG } from '../engine/lang/index.ts';

export interface IngestOptions {
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
  force?: boolean;
}

export class IngestError extends Error {
  override name = 'IngestError';
}

interface Extracted {
  paragraphs: string[];
  published?: string;
  headline?: string;
  author?: string;
  url?: string;
}

function parseRelation(value: string): { kind: string; of: string } {
  const [kind, of, ...rest] = value.split(':');
  if (!kind || !of || rest.length > 0) throw new IngestError(`--relation: expected kind:version-id, like repost:rferl, got "${value}"`);
  return { kind, of };
}

async function extract(capture: string): Promise<Extracted> {
  const raw = await readFile(capture, 'utf8');
  if (/\.html?$/i.test(capture) || /^\s*<(!doctype|html)/i.test(raw)) return parseHtmlCapture(raw);
  const { paragraphs, stampedDate } = parsePlainCapture(raw);
  return { paragraphs, published: stampedDate };
}

/** Front matter in a fixed key order, so re-ingesting the same capture writes the same bytes. */
export function renderVersionEntry(data: VersionData, paragraphs: readonly string[]): string {
  const ordered = Object.fromEntries(
    (['outlet', 'published', 'headline', 'author', 'url', 'lang', 'retrieved', 'source', 'relation'] as const)
      .filter((key) => data[key] !== undefined)
      .map((key) => [key, data[key]]),
  );
  return `---\n${stringify(ordered, { lineWidth: 0 })}---\n\n${paragraphsToMarkdown(paragraphs)}`;
}

/** The `lang` to write: absent means English, so English (the default) is not written and existing entries stay as they are. */
function accountLang(code: string | undefined): string | undefined {
  return code === undefined || code === DEFAULT_LANG ? undefined : code;
}

/** Writes the entry and returns its path; throws IngestError with a message an editor can act on. */
export async function ingest(options: IngestOptions): Promise<string> {
  const corpus = await loadCorpus(options.contentDir);
  if (!corpus.stories.some((s) => s.id === options.story)) {
    throw new IngestError(`unknown story "${options.story}": expected one of ${corpus.stories.map((s) => s.id).join(', ') || '(none)'}; create ${path.join(options.contentDir, 'stories', options.story)}.md first`);
  }
  if (!corpus.outlets.some((o) => o.id === options.outlet)) {
    throw new IngestError(`unknown outlet "${options.outlet}": expected one of ${corpus.outlets.map((o) => o.id).join(', ')}; add it to ${path.join(options.contentDir, 'outlets.json')} first`);
  }
  const target = path.join(options.contentDir, 'stories', options.story, `${options.version}.md`);
  if (existsSync(target) && !options.force) throw new IngestError(`${target} exists already; pass --force to overwrite it`);

  const extracted = await extract(options.capture);
  if (extracted.paragraphs.length === 0) throw new IngestError(`${options.capture}: expected some text, the capture is empty`);
  const candidate = {
    outlet: options.outlet,
    published: options.published ?? extracted.published,
    headline: options.headline ?? extracted.headline,
    author: options.author ?? extracted.author,
    url: options.url ?? extracted.url,
    lang: accountLang(options.lang ?? detectLanguage(extracted.paragraphs)),
    retrieved: options.retrieved,
    source: path.basename(options.capture),
    relation: options.relation ? parseRelation(options.relation) : undefined,
  };
  const result = versionSchema.safeParse(JSON.parse(JSON.stringify(candidate)), { reportInput: true });
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const hint = issue.path[0] === 'published' ? ' (the capture has no date stamp: pass --published YYYY-MM-DD)' : '';
    throw new IngestError(`--${issue.path.join('.')}: ${issue.message}${hint}`);
  }
  const entry = renderVersionEntry(result.data, extracted.paragraphs);
  // The body must read back as the capture; refuse to write an entry that would lose a character.
  const readBack = parseParagraphs(entry.slice(entry.indexOf('\n---\n') + 5));
  if (JSON.stringify(readBack) !== JSON.stringify(extracted.paragraphs)) throw new IngestError(`${options.capture}: the Markdown body would not read back as the capture`);
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, entry);
  return target;
}
