/**
 * Reads and validates the whole content folder: outlets, stories and their captured accounts.
 * Pure Node (no Astro), so the build, `npm run ingest` and the tests share one set of rules.
 * All problems are collected before failing, each naming the file, the field and what was expected.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'astro/zod';
import { ID_PATTERN, outletSchema, storySchema, versionSchema, type Outlet, type StoryData, type VersionData } from './schema.ts';
import { parseParagraphs } from './markdown.ts';

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
  data: VersionData;
  /** The Markdown body as written. */
  body: string;
  /** The captured text, one string per paragraph, read back through remark. */
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

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Splits `---\nyaml\n---\nbody`; reports a problem instead of throwing. */
export function splitFrontMatter(source: string): { frontMatter: string; body: string } | undefined {
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

async function listDir(dir: string): Promise<import('node:fs').Dirent[]> {
  try {
    return (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1));
  } catch {
    return [];
  }
}

interface MarkdownFile {
  file: string;
  data: unknown;
  body: string;
}

async function readMarkdown(abs: string, problems: ContentProblem[]): Promise<MarkdownFile | undefined> {
  const file = displayPath(abs);
  const parts = splitFrontMatter(await readFile(abs, 'utf8'));
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
  return outlets.sort(byId);
}

function checkFileId(name: string, file: string, what: string, problems: ContentProblem[]): boolean {
  if (ID_PATTERN.test(name)) return true;
  problems.push({ file, field: 'id', message: `expected the file name to be a ${what} id of lowercase letters, digits and hyphens, got "${name}"` });
  return false;
}

async function loadStories(storiesDir: string, problems: ContentProblem[]): Promise<StoryEntry[]> {
  const stories: StoryEntry[] = [];
  for (const dirent of await listDir(storiesDir)) {
    if (!dirent.isFile() || !dirent.name.endsWith('.md')) continue;
    const md = await readMarkdown(path.join(storiesDir, dirent.name), problems);
    const storyId = dirent.name.slice(0, -3);
    if (!md || !checkFileId(storyId, md.file, 'story', problems)) continue;
    const result = storySchema.safeParse(md.data, { reportInput: true });
    const summary = parseParagraphs(md.body);
    if (!result.success) problems.push(...zodProblems(md.file, result.error));
    if (summary.length === 0) problems.push({ file: md.file, field: 'body', message: 'expected a short neutral summary of the story, got an empty body' });
    if (result.success && summary.length > 0) stories.push({ id: storyId, file: md.file, data: result.data, summary });
  }
  return stories;
}

async function loadVersions(storiesDir: string, storyIds: Set<string>, outletIds: Set<string>, problems: ContentProblem[]): Promise<VersionEntry[]> {
  const versions: VersionEntry[] = [];
  for (const folder of await listDir(storiesDir)) {
    if (!folder.isDirectory()) continue;
    const storyDir = path.join(storiesDir, folder.name);
    const seen = new Map<string, string>();
    for (const dirent of await listDir(storyDir)) {
      const abs = path.join(storyDir, dirent.name);
      const file = displayPath(abs);
      if (!dirent.isFile() || !dirent.name.endsWith('.md')) {
        problems.push({ file, field: '(file)', message: 'expected only <version-id>.md files in a story folder' });
        continue;
      }
      const version = dirent.name.slice(0, -3);
      if (!checkFileId(version, file, 'version', problems)) continue;
      // Case-insensitive file systems (macOS, Windows) would merge these two files: refuse both spellings.
      const other = seen.get(version.toLowerCase());
      if (other) problems.push({ file, field: 'id', message: `expected a unique version id in story "${folder.name}", but ${other} has the same id` });
      seen.set(version.toLowerCase(), file);
      if (!storyIds.has(folder.name)) {
        problems.push({ file, field: 'story', message: `expected the story file ${displayPath(storyDir)}.md to exist for this version's folder` });
      }
      const md = await readMarkdown(abs, problems);
      if (!md) continue;
      const result = versionSchema.safeParse(md.data, { reportInput: true });
      if (!result.success) {
        problems.push(...zodProblems(file, result.error));
        continue;
      }
      if (!outletIds.has(result.data.outlet)) {
        problems.push({ file, field: 'outlet', message: `expected one of the outlet ids in content/outlets.json (${[...outletIds].join(', ') || 'none listed'}), got "${result.data.outlet}"` });
      }
      const paragraphs = parseParagraphs(md.body);
      if (paragraphs.length === 0) problems.push({ file, field: 'body', message: 'expected the captured text of the account, got an empty body' });
      versions.push({ id: `${folder.name}/${version}`, story: folder.name, version, file, data: result.data, body: md.body, paragraphs });
    }
  }
  return versions;
}

function checkRelations(versions: VersionEntry[], problems: ContentProblem[]): void {
  const ids = new Set(versions.map((v) => v.id));
  for (const v of versions) {
    const of = v.data.relation?.of;
    if (of && (!ids.has(`${v.story}/${of}`) || of === v.version)) {
      problems.push({ file: v.file, field: 'relation.of', message: `expected the id of another version in story "${v.story}", got "${of}"` });
    }
  }
}

/** Loads `content/` (or another folder laid out the same way); throws a ContentError listing every problem. */
export async function loadCorpus(contentDir: string): Promise<Corpus> {
  const problems: ContentProblem[] = [];
  const storiesDir = path.join(contentDir, 'stories');
  const outlets = await loadOutlets(contentDir, problems);
  const stories = await loadStories(storiesDir, problems);
  // A story file that exists but is invalid is reported once, not again for each of its versions.
  const storyFiles = (await listDir(storiesDir)).filter((d) => d.isFile() && d.name.endsWith('.md')).map((d) => d.name.slice(0, -3));
  const versions = await loadVersions(storiesDir, new Set(storyFiles), new Set(outlets.map((o) => o.id)), problems);
  checkRelations(versions, problems);
  if (problems.length > 0) throw new ContentError(problems);
  return { outlets, stories: stories.sort(byId), versions: versions.sort(byId) };
}
