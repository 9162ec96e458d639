/**
 * Astro content-layer loaders backed by `loadCorpus`, so the build validates content with exactly the
 * rules (and the messages) that `npm run ingest` and the tests use. Astro calls the three loaders in
 * one sync; they share one read of the folder.
 *
 * Astro keeps the loaders' store between builds (in its cache folder). Two things make a sync after
 * a small change cost what changed:
 * - an entry is written only when its digest changed (`store.set` skips an equal digest), and only
 *   vanished entries are deleted, so an unchanged store is not serialised and written again;
 * - a body unchanged since the last sync is not parsed again: its paragraphs come from the stored
 *   entry whose body had the same hash, provided the parsing code is the same too (PARSER_HASH).
 *   Every file is still read and validated each time; only remark's parse is spared.
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
import { loadCorpus, type Corpus } from './corpus.ts';
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
  const { file: _file, body: _body, ...data } = entry;
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

const reads = new Map<string, Promise<{ corpus: Corpus; counts: ParseCounts }>>();

function readOnce(contentDir: string): Promise<{ corpus: Corpus; counts: ParseCounts }> {
  let pending = reads.get(contentDir);
  if (!pending) {
    const counts = { bodies: 0, parsed: 0 };
    // The memo is for this read alone: cleared once it is done, it never holds an older sync's bodies.
    pending = loadCorpus(contentDir, { parse: (markdown) => parseRemembered(markdown, counts) })
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
      const { corpus, counts } = await readOnce(contentDir);
      // Once per read (the accounts' loader): the rebuild test reads this line to see the memo work.
      if (collection === 'versions') logger.info(`parsed ${counts.parsed} of ${counts.bodies} Markdown bodies (the others are unchanged since the last sync)`);
      const ids = new Set<string>();
      for (const entry of corpus[collection]) {
        const { file } = entry as typeof entry & { file: string };
        const data = storedData(entry as unknown as Record<string, unknown>);
        // Astro accepts only paths inside the project; a corpus elsewhere (the scale benchmark's) has none.
        const filePath = path.isAbsolute(file) ? undefined : file;
        ids.add(entry.id);
        // Unchanged (same digest): Astro keeps the stored entry and does not rewrite its store.
        store.set({ id: entry.id, data, filePath, digest: generateDigest({ data, filePath: filePath ?? null }) });
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
