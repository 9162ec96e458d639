/**
 * On-disk cache of build-time results, keyed by content hash, so an unchanged story is never
 * re-analysed on the next build. The engine stays pure; all cache I/O is here.
 *
 * Files: <dir>/<first 2 hex of key>/<key>.json, written to a temporary name and renamed (atomic on
 * POSIX), so a crashed or concurrent build never leaves a half-written entry under the real name.
 * An unreadable, corrupt or mismatching file is ignored and overwritten. Stale entries are simply
 * never read again (delete the folder to reclaim space).
 */
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface CacheOptions {
  /** Cache folder. Default: `$RETOLD_CACHE_DIR`, else `.cache/retold` under the working directory (the repo root in builds). */
  dir?: string;
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
      .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Hex sha256 of everything a result depends on. */
export const cacheKey = (inputs: unknown): string => createHash('sha256').update(canonicalJson(inputs)).digest('hex');

const entryPath = (dir: string, key: string) => path.join(dir, key.slice(0, 2), `${key}.json`);

async function readEntry<T>(file: string, key: string, isValid: (value: unknown) => value is T): Promise<T | undefined> {
  try {
    const entry = JSON.parse(await readFile(file, 'utf8')) as { key?: string; value?: unknown };
    return entry.key === key && isValid(entry.value) ? entry.value : undefined;
  } catch {
    return undefined; // missing, unreadable or corrupt: recompute
  }
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
 * The stored value for `key` when there is a valid one, else `compute()`, stored then returned.
 * `isValid` guards against files written by an older shape of the value.
 */
export async function cachedJson<T>(key: string, compute: () => T, isValid: (value: unknown) => value is T, options: CacheOptions = {}): Promise<T> {
  const file = entryPath(options.dir ?? defaultCacheDir(), key);
  const hit = await readEntry(file, key, isValid);
  if (hit !== undefined) return hit;
  const value = compute();
  await writeEntry(file, key, value);
  return value;
}
