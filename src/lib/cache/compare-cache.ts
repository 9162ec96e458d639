import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { compareAccounts, ENGINE_VERSION, resolveCompareOptions } from '../engine/index.ts';
import type { AccountInput, CompareOptions, Comparison, StoryContext } from '../engine/index.ts';

/*
 * On-disk cache of comparisons, so an unchanged pair is not recomputed on the
 * next build. The engine stays pure; all I/O is here.
 *
 * Key: sha256 over the engine version, the resolved options, the story
 * context's texts (they set the word weights), and both accounts (id and
 * paragraphs). Any change to any of them gives a new key; stale files are
 * simply never read again (delete .cache/retold to reclaim space).
 * Files: <dir>/<first 2 hex>/<key>.json, written to a temporary name and
 * renamed (atomic on POSIX), so a crashed or concurrent build never leaves a
 * half-written entry under the real name. An unreadable or mismatching file
 * is ignored and overwritten.
 */

export interface CacheOptions {
  /** Cache folder. Default: `$RETOLD_CACHE_DIR`, else `.cache/retold` under the working directory (the repo root in builds). */
  dir?: string;
  /** The computation to cache (injectable for tests). Default `compareAccounts`. */
  compute?: (a: AccountInput, b: AccountInput, context: StoryContext, options: CompareOptions) => Comparison;
}

interface CacheEntry {
  key: string;
  engine: string;
  comparison: Comparison;
}

export function defaultCacheDir(): string {
  return process.env.RETOLD_CACHE_DIR ?? path.resolve(process.cwd(), '.cache/retold');
}

/** JSON with object keys sorted, so equal options always hash alike. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Cache key of a comparison (hex sha256). */
export function compareCacheKey(a: AccountInput, b: AccountInput, context: StoryContext, options: CompareOptions = {}): string {
  const hash = createHash('sha256');
  hash.update(canonicalJson({
    engine: ENGINE_VERSION,
    options: resolveCompareOptions(options),
    context: context.texts,
    a: { id: a.id, paragraphs: a.paragraphs },
    b: { id: b.id, paragraphs: b.paragraphs },
  }));
  return hash.digest('hex');
}

function entryPath(dir: string, key: string): string {
  return path.join(dir, key.slice(0, 2), `${key}.json`);
}

async function readEntry(file: string, key: string): Promise<Comparison | null> {
  try {
    const entry = JSON.parse(await readFile(file, 'utf8')) as Partial<CacheEntry>;
    if (entry.key !== key || entry.engine !== ENGINE_VERSION) return null;
    const c = entry.comparison;
    if (!c || c.schema !== 1 || !Array.isArray(c.rows) || !c.stats || !c.a || !c.b) return null;
    return c;
  } catch {
    return null; // missing, unreadable or corrupt: recompute
  }
}

async function writeEntry(file: string, entry: CacheEntry): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.${randomUUID()}.tmp`;
  try {
    await writeFile(tmp, JSON.stringify(entry));
    await rename(tmp, file);
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  }
}

/**
 * `compareAccounts` through the on-disk cache: returns the stored result when
 * the key matches, else computes, stores and returns it.
 */
export async function cachedCompare(
  a: AccountInput,
  b: AccountInput,
  context: StoryContext,
  options: CompareOptions = {},
  cache: CacheOptions = {},
): Promise<Comparison> {
  const dir = cache.dir ?? defaultCacheDir();
  const key = compareCacheKey(a, b, context, options);
  const file = entryPath(dir, key);
  const hit = await readEntry(file, key);
  if (hit) return hit;
  const comparison = (cache.compute ?? compareAccounts)(a, b, context, options);
  await writeEntry(file, { key, engine: ENGINE_VERSION, comparison });
  return comparison;
}
