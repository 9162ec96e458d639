/**
 * Reads and validates the whole content folder: outlets, stories and their captured accounts.
 * Pure Node (no Astro), so the build, `npm run ingest` and the tests share one set of rules.
 * All problems are collected before failing, each naming the file, the field and what was expected.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'astro/zod';
import { idSchema, outletSchema, storySchema, versionSchema, type Outlet, type StoryData, type VersionData } from './schema.ts';
import { parseParagraphs } from './markdown.ts';
import { compareCodeUnits } from '../engine/sorted.ts';

export interface ContentProblem {
  /** Path of the offending file, relative to the working directory. */
  file: string;
  /** The field (front-matter key, `body`, `id`…) that is wrong. */
  field: string;
  /** What was expected, and what was found. */
  message: string;
}

export class ContentError extends Error {
  readonly problems: ContentProblem[];
  constructor(problems: ContentProblem[]) {
    const lines = problems.map((p) => `  ${p.file} › ${p.field}: ${p.message}`);
    super(`Invalid content (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${lines.join('\n')}`);
    this.name = 'ContentError';
    this.problems = problems;
  }
}

export interface OutletEntry extends Outlet {
  file: string;
}
export interface StoryEntry {
  id: string;
  file: string;
  /** SHA-256 of the file's bytes (hex): what `LoadOptions.known` recognises an unchanged file by. */
  source: string;
  data: StoryData;
  /** The neutral summary, one string per paragraph. */
  summary: string[];
}
export interface VersionEntry {
  /** `<story-id>/<version-id>`: unique across the corpus. */
  id: string;
  story: string;
  version: string;
  file: string;
  /** SHA-256 of the file's bytes (hex), as on StoryEntry. */
  source: string;
  data: VersionData;
  /**
   * The captured text, one string per paragraph, read back through remark. Empty for a file
   * `LoadOptions.known` recognised and gave no paragraphs for: its text is what the caller stored.
   */
  paragraphs: string[];
}
export interface Corpus {
  outlets: OutletEntry[];
  stories: StoryEntry[];
  versions: VersionEntry[];
}

/** Paths in messages are relative to the project when inside it, absolute otherwise. */
function displayPath(abs: string): string {
  const relative = path.relative(process.cwd(), abs);
  return relative.startsWith('..') ? abs : relative;
}

const byIdOrder = <T extends { id: string }>(a: T, b: T) => compareCodeUnits(a.id, b.id);

/** Splits `---\nyaml\n---\nbody`; reports a problem instead of throwing. */
function splitFrontMatter(source: string): { frontMatter: string; body: string } | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
  return match ? { frontMatter: match[1] ?? '', body: match[2] ?? '' } : undefined;
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  const json = JSON.stringify(value);
  return json.length > 60 ? `${json.slice(0, 57)}…` : json;
}

function zodProblems(file: string, error: z.ZodError, prefix = ''): ContentProblem[] {
  return error.issues.flatMap((issue) => {
    const field = prefix + (issue.path.length ? issue.path.join('.') : '(front matter)');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ file, field: prefix + [...issue.path, key].join('.'), message: 'not a known field; remove it or check its spelling' }));
    }
    const got = 'input' in issue ? `, got ${describeValue(issue.input)}` : '';
    return [{ file, field, message: `${issue.message}${got}` }];
  });
}

/** A file that is not on disk yet: the entry `npm run ingest` is about to write, validated with the rest. */
export interface PendingFile {
  /** Absolute path the file will have. */
  file: string;
  text: string;
}

interface DirEntry {
  name: string;
  isFile: boolean;
  isDirectory: boolean;
}

/** A content file's bytes: their hash, and their text when a check needs it. */
interface Source {
  hash: string;
  text(): string;
}

const sourceOf = (bytes: Buffer): Source => ({ hash: createHash('sha256').update(bytes).digest('hex'), text: () => bytes.toString('utf8') });

/** Reads the content folder as it is, or as it would be with `pending` written. */
class ContentReader {
  private readonly pending: PendingFile | undefined;
  constructor(pending?: PendingFile) {
    this.pending = pending;
  }

  async list(dir: string): Promise<DirEntry[]> {
    const entries = new Map<string, DirEntry>();
    try {
      for (const d of await readdir(dir, { withFileTypes: true })) {
        // Hidden files are the system's or an editor's (.DS_Store, a swap file, ingest's temporary file), never content.
        if (!d.name.startsWith('.')) entries.set(d.name, { name: d.name, isFile: d.isFile(), isDirectory: d.isDirectory() });
      }
    } catch {
      /* a missing folder lists as empty */
    }
    if (this.pending) {
      // The pending file, and the folders leading to it, are listed as if already written.
      const rel = path.relative(dir, this.pending.file);
      if (rel && !rel.startsWith('..') && !path.isAbsolute(rel)) {
        const [first, ...rest] = rel.split(path.sep);
        entries.set(first!, { name: first!, isFile: rest.length === 0, isDirectory: rest.length > 0 });
      }
    }
    return [...entries.values()].sort((a, b) => compareCodeUnits(a.name, b.name));
  }

  /**
   * A file's bytes, read synchronously: for thousands of small files already in the page cache,
   * `readFileSync` costs a seventh of the CPU of `fs/promises` `readFile` (at 6,000 files: 93 ms
   * against 648 ms, with 32 reads in flight), and a content sync has nothing else to do meanwhile.
   */
  read(abs: string): Source {
    return sourceOf(this.pending && path.resolve(abs) === path.resolve(this.pending.file) ? Buffer.from(this.pending.text, 'utf8') : readFileSync(abs));
  }
}

interface MarkdownFile {
  file: string;
  data: unknown;
  body: string;
}

function readMarkdown(source: Source, file: string, problems: ContentProblem[]): MarkdownFile | undefined {
  const parts = splitFrontMatter(source.text());
  if (!parts) {
    problems.push({ file, field: '(front matter)', message: 'expected YAML front matter between two "---" lines at the top of the file' });
    return undefined;
  }
  try {
    return { file, data: parseYaml(parts.frontMatter) ?? {}, body: parts.body };
  } catch (error) {
    problems.push({ file, field: '(front matter)', message: `expected valid YAML: ${(error as Error).message.split('\n')[0]}` });
    return undefined;
  }
}

async function loadOutlets(contentDir: string, problems: ContentProblem[]): Promise<OutletEntry[]> {
  const abs = path.join(contentDir, 'outlets.json');
  const file = displayPath(abs);
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(abs, 'utf8'));
  } catch (error) {
    problems.push({ file, field: '(file)', message: `expected a JSON array of outlets: ${(error as Error).message}` });
    return [];
  }
  if (!Array.isArray(raw)) {
    problems.push({ file, field: '(file)', message: 'expected a JSON array of outlets' });
    return [];
  }
  const outlets: OutletEntry[] = [];
  const seen = new Set<string>();
  raw.forEach((item, index) => {
    const result = outletSchema.safeParse(item, { reportInput: true });
    if (!result.success) {
      problems.push(...zodProblems(file, result.error, `[${index}].`));
      return;
    }
    if (seen.has(result.data.id)) {
      problems.push({ file, field: `[${index}].id`, message: `expected a unique outlet id, but "${result.data.id}" is listed twice` });
      return;
    }
    seen.add(result.data.id);
    outlets.push({ ...result.data, file });
  });
  return outlets.sort(byIdOrder);
}

/**
 * One id schema per kind of file, built once: building a zod schema per file name was 4 % of a
 * 10,000-story content sync (60,000 names).
 */
const fileIdSchemas = new Map<string, ReturnType<typeof idSchema>>();

/** File names are ids: the schema's id rule (pattern and length) applies to them too. */
function checkFileId(name: string, file: string, what: string, problems: ContentProblem[]): boolean {
  let schema = fileIdSchemas.get(what);
  if (!schema) fileIdSchemas.set(what, (schema = idSchema(`the file name to be a ${what} id`)));
  const result = schema.safeParse(name);
  if (result.success) return true;
  const shown = name.length > 60 ? `${name.slice(0, 57)}…" (${name.length} characters)` : `${name}"`;
  problems.push({ file, field: 'id', message: `${result.error.issues[0]!.message}, got "${shown}` });
  return false;
}

/** How a Markdown body becomes its paragraphs: `parseParagraphs`, or a memo of it (LoadOptions.parse). */
type ParseBody = (markdown: string) => string[];

/**
 * What a previous load made of a file whose bytes it had, when nothing since could make it differ
 * (LoadOptions.known): the file is then neither parsed nor validated again. Only what depends on
 * the file alone is taken over; every rule that involves other files is checked again.
 */
export interface KnownEntries {
  /** `file` is the path messages name (StoryEntry.file), `source` the hash of its bytes. */
  story(id: string, file: string, source: string): Pick<StoryEntry, 'data' | 'summary'> | undefined;
  /**
   * The paragraphs may be left out: the build's loader keeps an unchanged account's text where it
   * stored it (src/lib/content/texts.ts) rather than read it again.
   */
  version(id: string, file: string, source: string): Pick<VersionEntry, 'data'> & Partial<Pick<VersionEntry, 'paragraphs'>> | undefined;
}

interface Load {
  reader: ContentReader;
  parse: ParseBody;
  known: KnownEntries | undefined;
  problems: ContentProblem[];
}

async function loadStories({ reader, parse, known, problems }: Load, storiesDir: string): Promise<StoryEntry[]> {
  const stories: StoryEntry[] = [];
  const files = (await reader.list(storiesDir)).filter((d) => d.isFile && d.name.endsWith('.md'));
  for (const dirent of files) {
    const abs = path.join(storiesDir, dirent.name);
    const file = displayPath(abs);
    const source = reader.read(abs);
    const storyId = dirent.name.slice(0, -3);
    // A known entry's id passed checkFileId when it was stored, by the same code.
    const before = known?.story(storyId, file, source.hash);
    if (before) {
      stories.push({ id: storyId, file, source: source.hash, data: before.data, summary: before.summary });
      continue;
    }
    const md = readMarkdown(source, file, problems);
    if (!md || !checkFileId(storyId, md.file, 'story', problems)) continue;
    const result = storySchema.safeParse(md.data, { reportInput: true });
    const summary = parse(md.body);
    if (!result.success) problems.push(...zodProblems(md.file, result.error));
    if (summary.length === 0) problems.push({ file: md.file, field: 'body', message: 'expected a short neutral summary of the story, got an empty body' });
    if (result.success && summary.length > 0) stories.push({ id: storyId, file: md.file, source: source.hash, data: result.data, summary });
  }
  return stories;
}

/** An account file's validated front matter and its paragraphs, or undefined after reporting why not. */
function versionContent(source: Source, file: string, { parse, problems }: Load): Pick<VersionEntry, 'data' | 'paragraphs'> | undefined {
  const md = readMarkdown(source, file, problems);
  if (!md) return undefined;
  const result = versionSchema.safeParse(md.data, { reportInput: true });
  if (!result.success) {
    problems.push(...zodProblems(file, result.error));
    return undefined;
  }
  return { data: result.data, paragraphs: parse(md.body) };
}

async function loadVersions(load: Load, storiesDir: string, storyIds: Set<string>, outletIds: Set<string>): Promise<VersionEntry[]> {
  const { reader, known, problems } = load;
  const versions: VersionEntry[] = [];
  for (const folder of await reader.list(storiesDir)) {
    if (!folder.isDirectory) continue;
    const storyId = folder.name;
    const storyDir = path.join(storiesDir, storyId);
    const seen = new Map<string, string>();
    for (const dirent of await reader.list(storyDir)) {
      const abs = path.join(storyDir, dirent.name);
      const file = displayPath(abs);
      if (!dirent.isFile || !dirent.name.endsWith('.md')) {
        problems.push({ file, field: '(file)', message: 'expected only <version-id>.md files in a story folder' });
        continue;
      }
      const version = dirent.name.slice(0, -3);
      if (!checkFileId(version, file, 'version', problems)) continue;
      // Case-insensitive file systems (macOS, Windows) would merge these two files: refuse both spellings.
      const other = seen.get(version.toLowerCase());
      if (other) problems.push({ file, field: 'id', message: `expected a unique version id in story "${storyId}", but ${other} has the same id` });
      seen.set(version.toLowerCase(), file);
      if (!storyIds.has(storyId)) {
        problems.push({ file, field: 'story', message: `expected the story file ${displayPath(storyDir)}.md to exist for this version's folder` });
      }
      const id = `${storyId}/${version}`;
      const source = reader.read(abs);
      const before = known?.version(id, file, source.hash);
      const content = before ? { data: before.data, paragraphs: before.paragraphs ?? [] } : versionContent(source, file, load);
      if (!content) continue;
      if (!outletIds.has(content.data.outlet)) {
        problems.push({ file, field: 'outlet', message: `expected one of the outlet ids in content/outlets.json (${[...outletIds].join(', ') || 'none listed'}), got "${content.data.outlet}"` });
      }
      // A known file's body passed this check when it was stored.
      if (!before && content.paragraphs.length === 0) problems.push({ file, field: 'body', message: 'expected the captured text of the account, got an empty body' });
      versions.push({ id, story: storyId, version, file, source: source.hash, ...content });
    }
  }
  return versions;
}

/**
 * A relation names another version of the same story. Each version derives from at most one other,
 * so following `of` from any version either ends or comes back: a cycle (A copies B copies A) would
 * publish a lineage in which each text is older than the other.
 */
function checkRelations(versions: VersionEntry[], problems: ContentProblem[]): void {
  const byId = new Map(versions.map((v) => [v.id, v]));
  const target = (v: VersionEntry) => (v.data.relation ? byId.get(`${v.story}/${v.data.relation.of}`) : undefined);
  for (const v of versions) {
    const of = v.data.relation?.of;
    if (of && (!byId.has(`${v.story}/${of}`) || of === v.version)) {
      problems.push({ file: v.file, field: 'relation.of', message: `expected the id of another version in story "${v.story}", got "${of}"` });
    }
  }
  const reported = new Set<string>();
  for (const start of versions) {
    // Walk from `start` along `of`; coming back to `start` (not to itself: reported above) is a cycle.
    const ring: VersionEntry[] = [start];
    for (let v = target(start); v && v !== start && !ring.includes(v); v = target(v)) ring.push(v);
    const last = ring.at(-1)!;
    if (ring.length < 2 || target(last) !== start) continue;
    const first = [...ring].sort(byIdOrder)[0]!;
    if (reported.has(first.id)) continue;
    reported.add(first.id);
    const from = ring.indexOf(first);
    const names = [...ring.slice(from), ...ring.slice(0, from), first].map((v) => v.version).join(' → ');
    problems.push({ file: first.file, field: 'relation.of', message: `expected each chain of relations to end at an original account, but these form a cycle: ${names}` });
  }
}

/** A story is published to compare its accounts: one with none has nothing to show. */
function checkStoriesHaveAccounts(stories: StoryEntry[], versions: VersionEntry[], storiesDir: string, problems: ContentProblem[]): void {
  const told = new Set(versions.map((v) => v.story));
  for (const story of stories) {
    if (told.has(story.id)) continue;
    problems.push({ file: story.file, field: 'accounts', message: `expected at least one account in ${displayPath(path.join(storiesDir, story.id))}/ (add one with npm run ingest), found none` });
  }
}

export interface LoadOptions {
  /** Validate the folder as it would be with this file written (how ingest checks before it writes). */
  pending?: PendingFile;
  /**
   * Parses a body; default `parseParagraphs`. The build's content loader passes a memo of the
   * previous build's results (bodies unchanged since then are not parsed again); it must return
   * exactly what `parseParagraphs` returns for the same text.
   */
  parse?: ParseBody;
  /**
   * Entries a previous load made of files with the same bytes (the build's content loader keeps
   * them in Astro's store). It must return only what this code would make of those bytes again.
   */
  known?: KnownEntries;
}

/** The outlets of a content folder alone (ingest checks `--outlet` before it reads or fetches a capture). */
export async function readOutlets(contentDir: string): Promise<OutletEntry[]> {
  const problems: ContentProblem[] = [];
  const outlets = await loadOutlets(contentDir, problems);
  if (problems.length > 0) throw new ContentError(problems);
  return outlets;
}

/** Loads `content/` (or another folder laid out the same way); throws a ContentError listing every problem. */
export async function loadCorpus(contentDir: string, options: LoadOptions = {}): Promise<Corpus> {
  const reader = new ContentReader(options.pending);
  const problems: ContentProblem[] = [];
  const load: Load = { reader, parse: options.parse ?? parseParagraphs, known: options.known, problems };
  const storiesDir = path.join(contentDir, 'stories');
  const outlets = await loadOutlets(contentDir, problems);
  const stories = await loadStories(load, storiesDir);
  // A story file that exists but is invalid is reported once, not again for each of its versions.
  const storyFiles = (await reader.list(storiesDir)).filter((d) => d.isFile && d.name.endsWith('.md')).map((d) => d.name.slice(0, -3));
  const versions = await loadVersions(load, storiesDir, new Set(storyFiles), new Set(outlets.map((o) => o.id)));
  checkRelations(versions, problems);
  checkStoriesHaveAccounts(stories, versions, storiesDir, problems);
  if (problems.length > 0) throw new ContentError(problems);
  return { outlets, stories: stories.sort(byIdOrder), versions: versions.sort(byIdOrder) };
}
