/**
 * On-disk cache of build-time results, keyed by content hash, so an unchanged story is never
 * re-analysed on the next build. The engine stays pure; all cache I/O is here.
 *
 * Files: <dir>/<first 2 hex of key>/<key>.json, written to a temporary name and renamed (atomic on
 * POSIX), so a crashed or concurrent build never leaves a half-written entry under the real name.
 * Every entry is checked on read: its stored key must be the one asked for, and the value must pass
 * the caller's validation (its schema and invariants). A missing file is computed quietly; one that
 * fails a check is reported with a warning (what was wrong), recomputed and overwritten, so a
 * corrupt, outdated or tampered entry is never served. Stale entries are simply never read again
 * (delete the folder to reclaim space).
 */
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { compareCodeUnits } from '../engine/sorted.ts';

export interface CacheOptions {
  /** Cache folder. Default: `$RETOLD_CACHE_DIR`, else `.cache/retold` under the working directory (the repo root in builds). */
  dir?: string;
  /** Where warnings about bad entries go. Default `console.warn`. */
  warn?: (message: string) => void;
}

export function defaultCacheDir(): string {
  return process.env.RETOLD_CACHE_DIR ?? path.resolve(process.cwd(), '.cache/retold');
}

/** JSON with object keys sorted and undefined fields dropped, so equal inputs always hash alike. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([x], [y]) => compareCodeUnits(x, y));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Hex sha256 of everything a result depends on. */
export const cacheKey = (inputs: unknown): string => createHash('sha256').update(canonicalJson(inputs)).digest('hex');

/** Where the entry for `key` lives (also read by the build to skip stories already analysed). */
export const cacheEntryPath = (dir: string, key: string) => path.join(dir, key.slice(0, 2), `${key}.json`);

/** What is wrong with a stored value, in words, or undefined when it is fit to serve. */
export type CacheValidator = (value: unknown) => string | undefined;

type Read<T> = { value: T } | { problem: string } | undefined;

async function readEntry<T>(file: string, key: string, validate: CacheValidator): Promise<Read<T>> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return undefined; // not cached yet
  }
  let entry: { key?: unknown; value?: unknown };
  try {
    entry = JSON.parse(text) as typeof entry;
  } catch (error) {
    return { problem: `not valid JSON (${(error as Error).message})` };
  }
  if (entry?.key !== key) return { problem: `stored under another key (${String(entry?.key).slice(0, 16)}…)` };
  const problem = validate(entry.value);
  return problem ? { problem } : { value: entry.value as T };
}

/** Writes `data` to `file` through a temporary name and a rename, so no reader sees half a file. */
export async function writeAtomic(file: string, data: string | Uint8Array): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.${randomUUID()}.tmp`;
  try {
    await writeFile(tmp, data);
    await rename(tmp, file);
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  }
}

const writeEntry = (file: string, key: string, value: unknown) => writeAtomic(file, JSON.stringify({ key, value }));

/**
 * The stored value for `key` when there is a valid one, else `compute()` (awaited), stored then returned.
 * `validate` checks a stored value against the value's schema and invariants.
 */
export async function cachedJson<T>(key: string, compute: () => T | Promise<T>, validate: CacheValidator, options: CacheOptions = {}): Promise<T> {
  const file = cacheEntryPath(options.dir ?? defaultCacheDir(), key);
  const read = await readEntry<T>(file, key, validate);
  if (read && 'value' in read) return read.value;
  if (read) (options.warn ?? console.warn)(`retold cache: ignoring ${file}: ${read.problem}; recomputing it`);
  const value = await compute();
  await writeEntry(file, key, value);
  return value;
}
