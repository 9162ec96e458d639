/**
 * Astro content-layer loaders backed by `loadCorpus`, so the build validates content with exactly the
 * rules (and the messages) that `npm run ingest` and the tests use. Astro calls the three loaders in
 * one sync; they share one read of the folder.
 *
 * Astro keeps the loaders' store between builds (in its cache folder). Three things make a sync after
 * a small change cost what changed:
 * - a file whose bytes are those of its stored entry, read by the same code (ENTRY_CODE_HASH), is
 *   neither parsed nor validated again: its stored entry is what validating it would give. An
 *   entry's digest is the hash of its file's bytes, its id and path and that code. Every file is
 *   still read and hashed, and every rule that involves other files (outlets named, relations,
 *   stories with accounts, one id per file name) is checked again over all entries, so a change
 *   to one file still fails the build where it breaks another, unchanged one;
 * - an entry is written only when its digest changed (`store.set` skips an equal digest), and only
 *   vanished entries are deleted, so an unchanged store is not serialised and written again;
 * - a changed file whose body is unchanged (its front matter edited, or the file moved) is not
 *   parsed again: its paragraphs come from the stored entry whose body had the same hash,
 *   provided the parsing code is the same too (PARSER_HASH).
 *
 * The store keeps a body's hash, not the body: every page reads the paragraphs, none the Markdown,
 * and the store is bundled into the build and loaded by every build (at 1,000 stories of 5
 * accounts the bodies were half of its 19 MB).
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { cacheKey } from '../cache/index.ts';
import { countWords } from '../engine/index.ts';
import { loadCorpus, type Corpus, type KnownEntries } from './corpus.ts';
import { parseParagraphs } from './markdown.ts';

/**
 * What turns a body into paragraphs: the parser's source and the locked versions of remark and
 * the libraries under it. A stored paragraph list is reused only when this hash is the one it was
 * parsed with.
 */
const PARSER_HASH = cacheKey(
  // The engine counts an account's words (stored with its paragraphs, below).
  Object.entries(import.meta.glob(['./markdown.ts', '../engine/**/*.ts', '../../../package-lock.json'], { query: '?raw', import: 'default', eager: true })).sort(([x], [y]) => (x < y ? -1 : 1)),
);
const PARSER_META = 'parser';

/**
 * What a stored entry is made from besides its file's bytes, id and path: the parsing code above
 * and the code that validates and stores it (this folder: corpus.ts, schema.ts, this file). A
 * stored entry stands for its file only when this hash is the one it was stored with. The date
 * rules (no date after today) need no hash: a date valid at the last sync is still valid later.
 */
const ENTRY_CODE_HASH = cacheKey([
  PARSER_HASH,
  Object.entries(import.meta.glob('./*.ts', { query: '?raw', import: 'default', eager: true })).sort(([x], [y]) => (x < y ? -1 : 1)),
]);

/** Paragraphs of the bodies the previous sync parsed (with the same parser), by the body's hash. */
const parsedBefore = new Map<string, { paragraphs: string[]; words?: number }>();

/** The hash of the body each paragraph list of this read was parsed from (stored with its entry). */
const bodyHashes = new WeakMap<readonly string[], string>();

/** Word counts of paragraph lists remembered from the previous sync, so they are not counted again. */
const wordCounts = new WeakMap<readonly string[], number>();

const hashBody = (markdown: string) => createHash('sha256').update(markdown).digest('hex');

/** A stored entry's parsed body: an account's paragraphs or a story's summary, with the body's hash. */
function parsedBody(data: Record<string, unknown>): { bodyHash: string; paragraphs: string[]; words?: number } | undefined {
  const paragraphs = data.paragraphs ?? data.summary;
  if (typeof data.bodyHash !== 'string' || !Array.isArray(paragraphs) || !paragraphs.every((p) => typeof p === 'string')) return undefined;
  return { bodyHash: data.bodyHash, paragraphs, ...(typeof data.words === 'number' ? { words: data.words } : {}) };
}

/** Offers a collection's stored bodies to the shared read, when they were parsed by this parser. */
function rememberParsed({ store, meta }: Pick<LoaderContext, 'store' | 'meta'>): void {
  if (meta.get(PARSER_META) !== PARSER_HASH) return;
  for (const entry of store.values()) {
    const parsed = parsedBody(entry.data);
    if (parsed) parsedBefore.set(parsed.bodyHash, { paragraphs: parsed.paragraphs, ...(parsed.words === undefined ? {} : { words: parsed.words }) });
  }
}

/**
 * `parseParagraphs`, from the previous sync's result where the body is unchanged. A body not offered
 * in time (the loaders run concurrently) is simply parsed: the memo can only spare work.
 */
function parseRemembered(markdown: string, counts: ParseCounts): string[] {
  counts.bodies++;
  const hash = hashBody(markdown);
  const remembered = parsedBefore.get(hash);
  if (!remembered) counts.parsed++;
  const paragraphs = remembered?.paragraphs ?? parseParagraphs(markdown);
  if (remembered?.words !== undefined) wordCounts.set(paragraphs, remembered.words);
  bodyHashes.set(paragraphs, hash);
  return paragraphs;
}

/**
 * An account's word count, by the engine's rule (so a page's figures and its comparisons count
 * alike). Stored with the account: counting the words of every account on every build was 5 % of
 * a 10,000-story build's time before its first page.
 */
const accountWords = (paragraphs: readonly string[]) => wordCounts.get(paragraphs) ?? paragraphs.reduce((sum, p) => sum + countWords(p), 0);

/**
 * What the store keeps of an entry: everything the pages read, and the hash of its Markdown body
 * instead of the body (see above). Outlets have no body.
 */
function storedData(entry: Record<string, unknown>): Record<string, unknown> {
  const { file: _file, source: _source, ...data } = entry;
  const parsed = (data.paragraphs ?? data.summary) as readonly string[] | undefined;
  const bodyHash = parsed && bodyHashes.get(parsed);
  const words = Array.isArray(data.paragraphs) ? { words: accountWords(data.paragraphs as string[]) } : {};
  return bodyHash === undefined ? { ...data, ...words } : { ...data, bodyHash, ...words };
}

/** How many bodies a read met, and how many of them it had to parse (the build log reports both). */
interface ParseCounts {
  bodies: number;
  parsed: number;
}

/** The digest an entry is stored under: what it is made from (see ENTRY_CODE_HASH). */
const entryDigest = (id: string, filePath: string | undefined, source: string) => cacheKey([ENTRY_CODE_HASH, id, filePath ?? null, source]);

/** Astro accepts only paths inside the project; a corpus elsewhere (the scale benchmark's) has none. */
const storePath = (file: string) => (path.isAbsolute(file) ? undefined : file);

/**
 * The stores of this sync's loaders, by collection, offered to the shared read (KnownEntries). A
 * store not offered in time (the loaders run concurrently) is simply not consulted: its files are
 * validated, which the build log's counts show (and the rebuild test asserts).
 */
const stores = new Map<keyof Corpus, LoaderContext['store']>();

/** How many account and story files a read met, and how many of them were unchanged since the last sync. */
interface ReadCounts {
  files: number;
  known: number;
}

/** The stored entry of `id` in `collection`, when it was stored from a file with these bytes at this path. */
function storedEntry(collection: keyof Corpus, id: string, file: string, source: string, counts: ReadCounts): Record<string, unknown> | undefined {
  counts.files++;
  const entry = stores.get(collection)?.get(id);
  if (!entry || entry.digest !== entryDigest(id, storePath(file), source)) return undefined;
  counts.known++;
  return entry.data;
}

function knownEntries(counts: ReadCounts): KnownEntries {
  return {
    story: (id, file, source) => {
      const data = storedEntry('stories', id, file, source, counts);
      return data && { data: data.data as Corpus['stories'][number]['data'], summary: data.summary as string[] };
    },
    version: (id, file, source) => {
      const data = storedEntry('versions', id, file, source, counts);
      return data && { data: data.data as Corpus['versions'][number]['data'], paragraphs: data.paragraphs as string[] };
    },
  };
}

interface Read {
  corpus: Corpus;
  counts: ParseCounts & ReadCounts;
}

const reads = new Map<string, Promise<Read>>();

function readOnce(contentDir: string): Promise<Read> {
  let pending = reads.get(contentDir);
  if (!pending) {
    const counts = { bodies: 0, parsed: 0, files: 0, known: 0 };
    // One turn of the event loop first, so the other loaders of this sync have offered their stores.
    // The memo is for this read alone: cleared once it is done, it never holds an older sync's bodies.
    pending = new Promise(setImmediate)
      .then(() => loadCorpus(contentDir, { parse: (markdown) => parseRemembered(markdown, counts), known: knownEntries(counts) }))
      .then((corpus) => ({ corpus, counts }))
      .finally(() => parsedBefore.clear());
    reads.set(contentDir, pending);
  }
  return pending;
}

export function corpusLoader(collection: keyof Corpus, contentDir: string): Loader {
  return {
    name: `retold-${collection}`,
    load: async ({ store, meta, generateDigest, watcher, logger }) => {
      rememberParsed({ store, meta });
      stores.set(collection, store);
      const { corpus, counts } = await readOnce(contentDir);
      // Once per read (the accounts' loader): the rebuild test reads this line to see both memos work.
      if (collection === 'versions') {
        logger.info(`validated ${counts.files - counts.known} of ${counts.files} story and account files (the others are unchanged since the last sync); parsed ${counts.parsed} of ${counts.bodies} Markdown bodies`);
      }
      const ids = new Set<string>();
      for (const entry of corpus[collection]) {
        const { file, source } = entry as typeof entry & { file: string; source?: string };
        const filePath = storePath(file);
        ids.add(entry.id);
        // Outlets share one file: their digest is their data's.
        const digest = source === undefined ? undefined : entryDigest(entry.id, filePath, source);
        if (digest !== undefined && store.get(entry.id)?.digest === digest) continue;
        const data = storedData(entry as unknown as Record<string, unknown>);
        // Unchanged (same digest): Astro keeps the stored entry and does not rewrite its store.
        store.set({ id: entry.id, data, filePath, digest: digest ?? generateDigest({ data, filePath: filePath ?? null }) });
      }
      for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
      if (meta.get(PARSER_META) !== PARSER_HASH) meta.set(PARSER_META, PARSER_HASH);
      // In `astro dev`, a changed file invalidates the shared read so the next sync sees it.
      watcher?.on('change', (changed) => {
        if (changed.includes(contentDir.replace(/^\.\//, ''))) reads.delete(contentDir);
      });
    },
  };
}
