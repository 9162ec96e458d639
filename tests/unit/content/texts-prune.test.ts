/**
 * Pruning the text store (src/lib/content/texts.ts): after a content sync, the texts no account
 * names any more (an edited account's earlier text, a removed account's text) are removed, and a
 * text a current account names never is. First `pruneTexts` on a folder of its own, then the
 * content loader (src/lib/content/loader.ts) syncing the incremental-build fixture corpus
 * (tests/fixtures/incremental/, invented news) into an in-memory store the way Astro drives it.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { LoaderContext } from 'astro/loaders';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusLoader } from '@lib/content/loader.ts';
import { hasText, pruneTexts, readText, storeText } from '@lib/content/texts.ts';

const root = mkdtempSync(path.join(tmpdir(), 'retold-texts-prune-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let folders = 0;
const fresh = (name: string) => path.join(root, `${name}-${++folders}`);

/** Every file under `dir`, as paths relative to it, sorted. */
const filesIn = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();

const BRIDGE = ['The harbour bridge will close on Monday for six weeks, the council said.', 'Ferries will run every twenty minutes while it is shut.'];
const LIBRARY = ['The town library reopens on Saturday after a two-year refurbishment.'];
const FLOOD = ['Residents along the river were told to move their cars to higher ground before the weekend.'];

describe('pruneTexts', () => {
  it('removes exactly the texts not kept; the kept ones still read back whole; other files stay', async () => {
    const dir = fresh('texts');
    const [bridge, library, flood] = [await storeText(BRIDGE, dir), await storeText(LIBRARY, dir), await storeText(FLOOD, dir)];
    // A write in progress (writeAtomic's temporary name) and a file no text store writes.
    const pending = path.join(bridge.slice(0, 2), `${bridge}.json.123.abc.tmp`);
    writeFileSync(path.join(dir, pending), '["half a text');
    writeFileSync(path.join(dir, 'README'), 'notes');
    expect(await pruneTexts(new Set([bridge, flood]), dir)).toBe(1);
    expect(hasText(library, dir)).toBe(false);
    expect(readText(bridge, dir)).toEqual(BRIDGE);
    expect(readText(flood, dir)).toEqual(FLOOD);
    expect(filesIn(dir)).toEqual([`${bridge.slice(0, 2)}/${bridge}.json`, `${flood.slice(0, 2)}/${flood}.json`, pending, 'README'].sort());
    // Nothing left to remove; nothing kept is ever removed.
    expect(await pruneTexts(new Set([bridge, flood]), dir)).toBe(0);
    expect(await pruneTexts(new Set(), dir)).toBe(2);
    expect(filesIn(dir)).toEqual([pending, 'README'].sort());
  });

  it('finds nothing to remove in a folder not created yet', async () => {
    expect(await pruneTexts(new Set(), fresh('missing'))).toBe(0);
  });
});

type Entry = { id: string; data: Record<string, unknown>; digest?: string | number; filePath?: string };

/** The part of Astro's store and meta the content loader uses, kept in memory. */
function memoryStore() {
  const entries = new Map<string, Entry>();
  const store = {
    get: (id: string) => entries.get(id),
    set: (entry: Entry) => {
      if (entries.get(entry.id)?.digest === entry.digest && entry.digest !== undefined) return false;
      entries.set(entry.id, entry);
      return true;
    },
    delete: (id: string) => void entries.delete(id),
    keys: () => [...entries.keys()],
    values: () => [...entries.values()],
    has: (id: string) => entries.has(id),
  };
  const values = new Map<string, string>();
  const meta = { get: (key: string) => values.get(key), set: (key: string, value: string) => void values.set(key, value), has: (key: string) => values.has(key), delete: (key: string) => void values.delete(key) };
  return { store, meta };
}

const COLLECTIONS = ['outlets', 'stories', 'versions'] as const;

describe('the content sync prunes the text store', () => {
  const cacheBefore = process.env.RETOLD_CACHE_DIR;
  const cache = fresh('cache');
  const textsDir = path.join(cache, 'texts');
  beforeAll(() => {
    process.env.RETOLD_CACHE_DIR = cache;
  });
  afterAll(() => {
    if (cacheBefore === undefined) delete process.env.RETOLD_CACHE_DIR;
    else process.env.RETOLD_CACHE_DIR = cacheBefore;
  });

  const content = fresh('content');
  cpSync(path.resolve('tests/fixtures/incremental'), content, { recursive: true });
  const stores = Object.fromEntries(COLLECTIONS.map((c) => [c, memoryStore()])) as Record<(typeof COLLECTIONS)[number], ReturnType<typeof memoryStore>>;
  const loaders = COLLECTIONS.map((c) => [c, corpusLoader(c, content)] as const);
  /** What the dev server's watcher would tell the loaders after an edit: their shared read is stale. */
  const changeListeners: ((file: string) => void)[] = [];
  const logs: string[] = [];

  /** One sync of all three collections, concurrently, as Astro runs it; then the read is marked stale for the next. */
  async function sync(): Promise<void> {
    try {
      await Promise.all(
        loaders.map(([c, loader]) =>
          loader.load({
            ...stores[c],
            collection: c,
            generateDigest: (data: unknown) => JSON.stringify(data),
            logger: { info: (m: string) => logs.push(m), warn: () => {}, error: () => {}, debug: () => {} },
            watcher: { on: (_event: string, listener: (file: string) => void) => changeListeners.push(listener) },
          } as unknown as LoaderContext),
        ),
      );
    } finally {
      // Listeners stay registered, as a watcher's do (a failed sync registers none).
      for (const listener of changeListeners) listener(path.join(content, 'stories'));
    }
  }

  /** The text hash each account of the store names, by id. */
  const named = () => new Map(stores.versions.store.values().map((e) => [e.id, e.data.text as string]));
  const storedTexts = () => (existsSync(textsDir) ? filesIn(textsDir).map((f) => path.basename(f, '.json')).sort() : []);

  it('keeps every named text, removes an edited account’s earlier text and a removed account’s, and nothing after a failed sync', async () => {
    await sync();
    const first = named();
    expect(first.size).toBe(9);
    expect(storedTexts()).toEqual([...new Set(first.values())].sort());

    // An editor appends a sentence to one account: its new text is stored, its earlier one removed.
    const edited = path.join(content, 'stories/harbour-bridge-closure/coast-daily.md');
    writeFileSync(edited, `${readFileSync(edited, 'utf8')}\nThe council will publish the inspection report next week.\n`);
    await sync();
    const second = named();
    const editedId = [...first.keys()].find((id) => second.get(id) !== first.get(id))!;
    expect(editedId).toBeDefined();
    expect(storedTexts()).toEqual([...new Set(second.values())].sort());
    expect(storedTexts()).not.toContain(first.get(editedId));
    expect(readText(second.get(editedId)!, textsDir).at(-1)).toBe('The council will publish the inspection report next week.');
    expect(logs.at(-1)).toBe('removed 1 stored text no account names any more');

    // A sync that fails (an invalid date in one file) removes nothing, although an account was removed too.
    const removed = path.join(content, 'stories/library-reopening/valley-wire.md');
    const removedText = second.get([...second.keys()].find((id) => id.startsWith('library-reopening/') && id.endsWith('valley-wire'))!)!;
    const removedSource = readFileSync(removed, 'utf8');
    rmSync(removed);
    const broken = path.join(content, 'stories/school-strike/town-crier.md');
    const brokenSource = readFileSync(broken, 'utf8');
    writeFileSync(broken, brokenSource.replace(/^published: .*$/m, 'published: 2026-02-30'));
    await expect(sync()).rejects.toThrow();
    expect(storedTexts()).toContain(removedText);

    // Fixed, the sync succeeds and the removed account's text goes.
    writeFileSync(broken, brokenSource);
    await sync();
    const third = named();
    expect(third.size).toBe(8);
    expect(storedTexts()).toEqual([...new Set(third.values())].sort());
    expect(storedTexts()).not.toContain(removedText);
    // Every current account's text reads back.
    for (const text of third.values()) expect(readText(text, textsDir).length).toBeGreaterThan(0);
    // The account restored, its text is stored again.
    mkdirSync(path.dirname(removed), { recursive: true });
    writeFileSync(removed, removedSource);
    await sync();
    expect(storedTexts()).toContain(removedText);
  });
});
