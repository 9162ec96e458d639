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
 * The store keeps a body's hash, not the body: no page reads the Markdown, and the store is bundled
 * into the build and loaded by every build (at 1,000 stories of 5 accounts the bodies were half of
 * its 19 MB). Nor does it keep an account's paragraphs: they are stored once per text, by its hash,
 * in the text store (texts.ts), and the entry keeps that hash (`text`) and the word count. Without
 * them the store is 2.6 MB instead of 6.0 MB at 1,000 × 5, which every build parses, bundles and
 * loads, and serialises again after any change. A story's summary stays in the store: the story
 * list prints it. An entry kept from the last sync stands for its file only while its text is in
 * the text store (a cleared cache folder makes its file parsed and stored again).
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { cacheKey } from '../cache/index.ts';
import { countWords } from '../engine/index.ts';
import { loadCorpus, type Corpus, type KnownEntries } from './corpus.ts';
import { parseParagraphs } from './markdown.ts';
import { hasText, pruneTexts, readText, storeText, textLength } from './texts.ts';
// This file's own source: Vite leaves the importing file out of its own `import.meta.glob` (below).
import LOADER_SOURCE from './loader.ts?raw';

/**
 * What turns a body into paragraphs: the parser's source and the locked versions of remark and
 * the libraries under it. A stored paragraph list is reused only when this hash is the one it was
 * parsed with.
 */
const PARSER_HASH = cacheKey(
  // The engine counts an account's words (stored with the account, below).
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
  LOADER_SOURCE,
]);

/**
 * What the previous sync made of each body (with the same parser), by the body's hash: a story
 * summary's paragraphs, or the hash of an account's text (in the text store) and its word count.
 */
const parsedBefore = new Map<string, { paragraphs: string[] } | { text: string; words: number }>();

/** The hash of the body each paragraph list of this read was parsed from (stored with its entry). */
const bodyHashes = new WeakMap<readonly string[], string>();

/** Word counts of paragraph lists remembered from the previous sync, so they are not counted again. */
const wordCounts = new WeakMap<readonly string[], number>();

const hashBody = (markdown: string) => createHash('sha256').update(markdown).digest('hex');

/** What a stored entry made of its body, by the body's hash: a story's summary, or an account's text hash and word count. */
function parsedBody(data: Record<string, unknown>): [string, { paragraphs: string[] } | { text: string; words: number }] | undefined {
  if (typeof data.bodyHash !== 'string') return undefined;
  if (typeof data.text === 'string' && typeof data.words === 'number') return [data.bodyHash, { text: data.text, words: data.words }];
  const summary = data.summary;
  if (!Array.isArray(summary) || !summary.every((p) => typeof p === 'string')) return undefined;
  return [data.bodyHash, { paragraphs: summary }];
}

/** Offers a collection's stored bodies to the shared read, when they were parsed by this parser. */
function rememberParsed({ store, meta }: Pick<LoaderContext, 'store' | 'meta'>): void {
  if (meta.get(PARSER_META) !== PARSER_HASH) return;
  for (const entry of store.values()) {
    const parsed = parsedBody(entry.data);
    if (parsed) parsedBefore.set(...parsed);
  }
}

/** The paragraphs of a stored text, or undefined when it cannot be read (then the body is parsed). */
function storedParagraphs(text: string): string[] | undefined {
  try {
    return readText(text);
  } catch {
    return undefined;
  }
}

/**
 * `parseParagraphs`, from the previous sync's result where the body is unchanged (an account's from
 * the text store). A body not offered in time (the loaders run concurrently) is simply parsed: the
 * memo can only spare work.
 */
function parseRemembered(markdown: string, counts: ParseCounts): string[] {
  counts.bodies++;
  const hash = hashBody(markdown);
  const remembered = parsedBefore.get(hash);
  const paragraphs = remembered && ('paragraphs' in remembered ? remembered.paragraphs : storedParagraphs(remembered.text));
  if (!paragraphs) {
    counts.parsed++;
    const parsed = parseParagraphs(markdown);
    bodyHashes.set(parsed, hash);
    return parsed;
  }
  if (remembered && 'words' in remembered) wordCounts.set(paragraphs, remembered.words);
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
 * What the store keeps of an entry: everything the pages read, the hash of its Markdown body instead
 * of the body, and for an account the hash of its text in the text store and its word count instead
 * of its paragraphs, and its text's length (see above). Outlets have no body.
 */
async function storedData(entry: Record<string, unknown>): Promise<Record<string, unknown>> {
  const { file: _file, source: _source, paragraphs, ...data } = entry as Record<string, unknown> & { paragraphs?: string[] };
  const parsed = paragraphs ?? (data.summary as readonly string[] | undefined);
  const bodyHash = parsed && bodyHashes.get(parsed);
  // The length too, so the part route's paths need no text (the store reads none before a page renders).
  const text = paragraphs ? { text: await storeText(paragraphs), words: accountWords(paragraphs), chars: textLength(paragraphs) } : {};
  return bodyHash === undefined ? { ...data, ...text } : { ...data, bodyHash, ...text };
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

/** How many account and story files a read met, and how many of them were unchanged since the last sync (their ids). */
interface ReadCounts {
  files: number;
  known: number;
  kept: Set<string>;
}

/** Whether a stored entry's text, if it has one (an account's), is still in the text store. */
const textKept = (data: Record<string, unknown>) => typeof data.text !== 'string' || hasText(data.text);

/**
 * The stored entry of `id` in `collection`, when it was stored from a file with these bytes at this
 * path, and its text (an account's) is still in the text store.
 */
function storedEntry(collection: keyof Corpus, id: string, file: string, source: string, counts: ReadCounts): Record<string, unknown> | undefined {
  counts.files++;
  const entry = stores.get(collection)?.get(id);
  if (!entry || entry.digest !== entryDigest(id, storePath(file), source)) return undefined;
  if (!textKept(entry.data)) return undefined;
  counts.known++;
  counts.kept.add(id);
  return entry.data;
}

function knownEntries(counts: ReadCounts): KnownEntries {
  return {
    story: (id, file, source) => {
      const data = storedEntry('stories', id, file, source, counts);
      return data && { data: data.data as Corpus['stories'][number]['data'], summary: data.summary as string[] };
    },
    // Its paragraphs stay in the text store: the entry is kept as stored (`load` below), not read.
    version: (id, file, source) => {
      const data = storedEntry('versions', id, file, source, counts);
      return data && { data: data.data as Corpus['versions'][number]['data'] };
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
    const counts = { bodies: 0, parsed: 0, files: 0, known: 0, kept: new Set<string>() };
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

/** Set in the accounts' meta once a prune has run against the current store (see below). */
const PRUNED_META = 'texts-pruned';

/**
 * After the accounts' sync, removes the texts no account names any more (texts.ts, `pruneTexts`):
 * the earlier text of an edited account, the text of a removed one. It runs only here, after the
 * read succeeded (a failed sync throws before, and prunes nothing) and every account of the
 * content is in the store with the text it names (kept, or stored above), so a text a current
 * account names is never removed. It walks the text store only when the sync changed an entry or
 * no prune has run against this store yet: after a sync that changed nothing, every stored text
 * is still named (the last prune kept exactly those).
 */
async function pruneUnnamedTexts(store: LoaderContext['store'], meta: LoaderContext['meta'], changed: boolean, logger: LoaderContext['logger']): Promise<void> {
  if (!changed && meta.get(PRUNED_META) === ENTRY_CODE_HASH) return;
  const named = new Set<string>();
  for (const entry of store.values()) if (typeof entry.data.text === 'string') named.add(entry.data.text);
  const removed = await pruneTexts(named);
  if (removed > 0) logger.info(`removed ${removed} stored text${removed === 1 ? '' : 's'} no account names any more`);
  if (meta.get(PRUNED_META) !== ENTRY_CODE_HASH) meta.set(PRUNED_META, ENTRY_CODE_HASH);
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
      /** Whether this sync stores or deletes an entry (then a text may have lost its account). */
      let rewritten = false;
      for (const entry of corpus[collection]) {
        const { file, source } = entry as typeof entry & { file: string; source?: string };
        const filePath = storePath(file);
        ids.add(entry.id);
        // Outlets share one file: their digest is their data's.
        const digest = source === undefined ? undefined : entryDigest(entry.id, filePath, source);
        // Kept as stored when the read took it as it was stored (storedEntry: the same file, its
        // text still stored); an entry whose text went missing was parsed again and is stored again.
        if (digest !== undefined && store.get(entry.id)?.digest === digest && counts.kept.has(entry.id)) continue;
        const data = await storedData(entry as unknown as Record<string, unknown>);
        rewritten = true;
        // Unchanged (same digest): Astro keeps the stored entry and does not rewrite its store.
        store.set({ id: entry.id, data, filePath, digest: digest ?? generateDigest({ data, filePath: filePath ?? null }) });
      }
      for (const id of store.keys()) {
        if (!ids.has(id)) {
          store.delete(id);
          rewritten = true;
        }
      }
      if (meta.get(PARSER_META) !== PARSER_HASH) meta.set(PARSER_META, PARSER_HASH);
      if (collection === 'versions') await pruneUnnamedTexts(store, meta, rewritten, logger);
      // In `astro dev`, a changed file invalidates the shared read so the next sync sees it.
      watcher?.on('change', (changed) => {
        if (changed.includes(contentDir.replace(/^\.\//, ''))) reads.delete(contentDir);
      });
    },
  };
}
