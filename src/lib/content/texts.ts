/**
 * The captured texts of accounts, kept outside Astro's content store: one file per text, named by
 * the SHA-256 of its bytes (`<cache>/texts/<first 2 hex>/<hash>.json`, the text as a JSON array of
 * paragraphs). Astro bundles its whole store into every build as one module and rewrites it after
 * any change: with every account's paragraphs in it, that module was 6 MB at 1,000 stories of 5
 * accounts, parsed, bundled and loaded by every build (2.6 MB without them). The store now holds
 * each account's text hash; the site reads the texts from here (src/lib/site/stories.ts), and keys
 * hash the text hash instead of the text.
 *
 * Content-addressed, so a file never changes once written: equal texts share one file, a changed
 * text gets a new one, and a reader checks that the bytes are the ones named. Written atomically
 * by the content loader (src/lib/content/loader.ts), which also checks, for every entry it keeps
 * from the last sync, that its text is still here (a cleared cache folder is filled again), and
 * after a sync removes the texts no account names any more (`pruneTexts`): an edited account's
 * earlier text and a removed account's text would otherwise stay forever.
 *
 * A cache folder belongs to one content folder (as Astro's store in its own cache folder does):
 * the prune keeps exactly the texts of the content just synced.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { defaultCacheDir, writeAtomic } from '../cache/index.ts';
import { PARAGRAPH_SEPARATOR } from '../engine/segment.ts';

/** Where the texts live: beside the analyses, in the build's cache folder (`RETOLD_CACHE_DIR`). */
export const defaultTextsDir = () => path.join(defaultCacheDir(), 'texts');

const textFile = (dir: string, hash: string) => path.join(dir, hash.slice(0, 2), `${hash}.json`);

const sha256 = (bytes: string | Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** A text's bytes: its paragraphs as JSON (one array of strings, nothing else). */
const encode = (paragraphs: readonly string[]) => JSON.stringify(paragraphs);

/**
 * The length of a text as the engine reads it: its paragraphs joined by `PARAGRAPH_SEPARATOR`.
 * Stored with each account, so a page that needs only the length (the parts of a long account,
 * src/lib/site/account-parts.ts) does not read the text.
 */
export const textLength = (paragraphs: readonly string[]) => paragraphs.reduce((sum, p) => sum + p.length, 0) + PARAGRAPH_SEPARATOR.length * Math.max(0, paragraphs.length - 1);

/** Whether the text `hash` names is stored in `dir`. */
export const hasText = (hash: string, dir = defaultTextsDir()) => existsSync(textFile(dir, hash));

/** Stores `paragraphs` (when no file holds them yet) and returns the hash that names them. */
export async function storeText(paragraphs: readonly string[], dir = defaultTextsDir()): Promise<string> {
  const bytes = encode(paragraphs);
  const hash = sha256(bytes);
  const file = textFile(dir, hash);
  if (!existsSync(file)) await writeAtomic(file, bytes);
  return hash;
}

/**
 * The paragraphs stored under `hash`. Throws, naming the file, when it is missing or its bytes are
 * not the ones its name is the hash of (altered by hand, or damaged): deleting the file and building
 * again makes the content loader store the text again from its Markdown file.
 */
export function readText(hash: string, dir = defaultTextsDir()): string[] {
  const file = textFile(dir, hash);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    throw new Error(`${file}: expected the stored text of an account here, found no file; build again (the content loader stores every text it finds missing)`);
  }
  if (sha256(bytes) !== hash) throw new Error(`${file}: expected the text whose SHA-256 is the file's name, found other bytes; delete the file and build again (the content loader stores the text again)`);
  return JSON.parse(bytes.toString('utf8')) as string[];
}

/** A text's file name (`<hash>.json`) and its folder (the hash's first two hex digits): nothing else in `dir` is a text. */
const TEXT_NAME = /^([0-9a-f]{2})[0-9a-f]{62}\.json$/;

/**
 * Removes every text in `dir` whose hash is not in `keep` (the texts the accounts of the content
 * just synced name); returns how many it removed. Only files named as texts are touched: a
 * temporary file of a write in progress (`<hash>.json.<pid>.<uuid>.tmp`, see `writeAtomic`) or
 * anything else in the folder stays. Each removal is one unlink, atomic: a reader finds a whole
 * text or none, and a text in `keep` is never removed. A missing folder has nothing to remove.
 */
export async function pruneTexts(keep: ReadonlySet<string>, dir = defaultTextsDir()): Promise<number> {
  let folders: string[];
  try {
    folders = readdirSync(dir);
  } catch {
    return 0;
  }
  const stale: string[] = [];
  for (const folder of folders) {
    if (!/^[0-9a-f]{2}$/.test(folder)) continue;
    let names: string[];
    try {
      names = readdirSync(path.join(dir, folder));
    } catch {
      continue; // not a folder
    }
    for (const name of names) {
      const match = TEXT_NAME.exec(name);
      if (match?.[1] === folder && !keep.has(name.slice(0, -'.json'.length))) stale.push(path.join(dir, folder, name));
    }
  }
  for (const file of stale) await rm(file, { force: true });
  return stale.length;
}
