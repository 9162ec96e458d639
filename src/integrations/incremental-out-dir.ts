/**
 * Keeps the output folder between incremental builds instead of emptying it. Astro empties `outDir`
 * before every build and then copies each unchanged page back from its cache: at 1,000 stories that
 * is deleting and rewriting about 47,000 files (1.1 GiB) to change a few dozen. With the folder kept
 * (`vite.build.emptyOutDir: false`), Astro leaves an unchanged page where it is, and this
 * integration makes the folder hold exactly what a cold build would write:
 *
 * - before the build, it empties the folder itself unless the folder is known to hold the output of
 *   the build that wrote the current incremental manifest (a stamp in the cache folder records the
 *   output folder and a hash of that manifest; a failed or foreign build leaves no matching stamp);
 * - after the build, it deletes every file this build neither wrote (its modification time is the
 *   one it had before the build) nor kept as a cached page: a removed story's pages, assets of an
 *   older bundle, a previous search index;
 * - files a route writes beside its own output (`ownedBy`: a story's exports, story-exports.ts) are
 *   kept while their owner is a page of this build, and deleted with it;
 * - files a later step of the build writes (`laterStep`: the search index, scripts/search-index.ts)
 *   are left to it: it rewrites what changed and deletes what it no longer writes. Deleting them
 *   here made every rebuild remove and that step write again some 6,000 files at 1,000 stories. The owner's route itself
 *   removes the files it no longer writes when it renders. Astro's cache holds only the owner's own
 *   output, so when the folder is emptied the owners are dropped from the manifest first: they
 *   render again and write their files, every other page is still restored from the cache.
 */
import { createHash } from 'node:crypto';
import { readdirSync, statSync, type Dirent } from 'node:fs';
import { readdir, readFile, rm, rmdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { OUT_DIR_ENV } from '../lib/site/out-dir.ts';

/** Astro's incremental manifest, in its cache folder (astro/dist/core/build/incremental.js). */
const MANIFEST = 'incremental-build.json';
const STAMP = 'retold-out-dir.json';

interface Manifest {
  routes: Record<string, { paths: Record<string, { outputFile: string }> }>;
}

/** The manifest's output file of a path, relative to the output folder with `/` separators. */
const outputOf = (entry: { outputFile: string }) => decodeURI(entry.outputFile);

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const readOrNull = (file: string) => readFile(file).catch(() => null);

async function emptyFolder(dir: string): Promise<void> {
  const entries = await readdir(dir).catch(() => [] as string[]);
  await Promise.all(entries.map((name) => rm(path.join(dir, name), { recursive: true, force: true })));
}

/**
 * Every file under `dir`, as paths relative to it with `/` separators (one directory walk, no stat),
 * except in the folders `skip` holds for (given the folder's path and a trailing `/`).
 * Synchronous: at 1,000 stories (73,000 files) `fs/promises` `readdir` took 4 CPU-s for the walk that
 * `readdirSync` does in 1.6 (loaded machine), and nothing else runs meanwhile. Folder by folder
 * rather than `readdirSync`'s `recursive`, building each path from its folder's: the recursive
 * walk's paths, made relative again with `path.relative`, cost 1.3–2.3 CPU-s on 67,000 files where
 * this costs 0.8–0.9 (the 1,000 × 5 bench's output, loaded machine), and the search index's 6,000
 * files (the later step's) are not walked at all.
 */
function listFiles(dir: string, skip: (folder: string) => boolean = () => false): string[] {
  const files: string[] = [];
  const folders = [''];
  while (folders.length > 0) {
    const folder = folders.pop()!;
    let entries: Dirent[];
    try {
      entries = readdirSync(folder === '' ? dir : path.join(dir, folder), { withFileTypes: true });
    } catch {
      continue; // no folder yet
    }
    for (const entry of entries) {
      const file = folder === '' ? entry.name : `${folder}/${entry.name}`;
      if (entry.isDirectory()) {
        if (!skip(`${file}/`)) folders.push(file);
      } else if (entry.isFile()) files.push(file);
    }
  }
  return files;
}

/** Modification times of `files` (relative to `dir`); a missing file is left out. Synchronous, as listFiles. */
function fileTimes(dir: string, files: Iterable<string>): Map<string, number> {
  const times = new Map<string, number>();
  for (const file of files) {
    const time = statSync(path.join(dir, file), { throwIfNoEntry: false })?.mtimeMs;
    if (time !== undefined) times.set(file, time);
  }
  return times;
}

/** The output files of an incremental manifest, relative to the output folder. */
function manifestOutputs(manifest: Buffer | null): Set<string> {
  if (!manifest) return new Set();
  const parsed = JSON.parse(manifest.toString()) as Manifest;
  return new Set(Object.values(parsed.routes).flatMap((route) => Object.values(route.paths).map(outputOf)));
}

/**
 * Removes the paths whose output owns other files from the manifest (it is read by Astro after
 * `astro:build:start`), so that Astro renders them instead of restoring their output alone from its
 * cache into an emptied folder, which would leave their files missing.
 */
async function forgetOwners(file: string, manifest: Buffer, owns: (file: string) => boolean): Promise<void> {
  const parsed = JSON.parse(manifest.toString()) as Manifest;
  for (const route of Object.values(parsed.routes)) {
    for (const [pathname, entry] of Object.entries(route.paths)) if (owns(outputOf(entry))) delete route.paths[pathname];
  }
  await writeFile(file, JSON.stringify(parsed));
}

export interface Options {
  /**
   * For a file a route writes beside its own output: that output's path (the owner). The file is
   * kept while its owner is an output of this build, and deleted when the owner is not. The
   * owner's route removes the files it no longer writes.
   */
  ownedBy?: (file: string) => string | undefined;
  /** Whether an output owns files (`ownedBy` names it for some file); required with `ownedBy`. */
  ownsFiles?: (file: string) => boolean;
  /**
   * Files a step after the Astro build writes and keeps exact (the search index): never touched
   * here. A folder it holds for (its path with a trailing `/`) is not walked.
   */
  laterStep?: (file: string) => boolean;
}

/**
 * What the folder held before the build, with just enough file times to tell afterwards which files
 * the build wrote: the times of the files no keyed route wrote last time and no route owns (search
 * index, assets, unkeyed pages, strays). Statting only those keeps this cheap when tens of
 * thousands of pages are kept.
 */
interface Before {
  files: Set<string>;
  times: Map<string, number>;
  started: number;
}

function survey(dir: string, previous: ReadonlySet<string>, { ownedBy, laterStep }: Options): Before {
  const started = Date.now();
  const files = new Set(listFiles(dir, laterStep).filter((f) => !laterStep?.(f)));
  const watched = [...files].filter((f) => !previous.has(f) && ownedBy?.(f) === undefined);
  return { files, times: fileTimes(dir, watched), started };
}

/**
 * The files of `dir` a cold build would not write: present before the build and not written by it
 * (a file the build created is current, so the folder need not be walked again). A file of the new
 * manifest is current (rendered or kept). An owned file is current while its owner is. A file the
 * previous manifest listed and this one does not belongs to a removed route. Any other file is
 * current if the build wrote it (its time changed). A file gone since (an owner's route removed it)
 * has no time and is left out.
 */
function staleFiles(dir: string, before: Before, current: ReadonlySet<string>, ownedBy: Options['ownedBy']): string[] {
  const files = [...before.files].filter((f) => !current.has(f));
  const otherTimes = fileTimes(dir, files.filter((f) => ownedBy?.(f) === undefined));
  return files.filter((f) => {
    const owner = ownedBy?.(f);
    if (owner !== undefined) return !current.has(owner);
    const time = otherTimes.get(f);
    if (time === undefined) return false;
    return before.times.has(f) ? time === before.times.get(f) : time < before.started;
  });
}

async function remove(dir: string, stale: readonly string[]): Promise<void> {
  await Promise.all(stale.map((file) => rm(path.join(dir, file), { force: true })));
  const folders = new Set(stale.flatMap((f) => f.split('/').slice(0, -1).map((_, i, parts) => parts.slice(0, i + 1).join('/'))));
  // Deepest first, so a folder emptied by removing its empty subfolders goes too.
  for (const folder of [...folders].sort((a, b) => b.length - a.length)) {
    await rmdir(path.join(dir, folder)).catch(() => {}); // not empty: kept
  }
}

export function incrementalOutDir(options: Options = {}): AstroIntegration {
  let outDir = '';
  let cacheDir = '';
  let before: Before = { files: new Set(), times: new Map(), started: 0 };
  return {
    name: 'retold-incremental-out-dir',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:start': async ({ logger }) => {
        // Set by a build only: `astro dev` serves those files from their endpoints instead.
        process.env[OUT_DIR_ENV] = outDir;
        const [stamp, manifest] = await Promise.all([readOrNull(path.join(cacheDir, STAMP)), readOrNull(path.join(cacheDir, MANIFEST))]);
        // Until this build succeeds, the folder no longer matches any manifest.
        await rm(path.join(cacheDir, STAMP), { force: true });
        const matches = manifest !== null && stamp?.toString() === JSON.stringify({ outDir, manifest: sha256(manifest) });
        if (!matches) {
          logger.info(`${path.relative(process.cwd(), outDir) || outDir} does not hold the previous build's output: emptying it`);
          await emptyFolder(outDir);
          if (manifest && options.ownsFiles) await forgetOwners(path.join(cacheDir, MANIFEST), manifest, options.ownsFiles);
        }
        before = survey(outDir, matches ? manifestOutputs(manifest) : new Set(), options);
      },
      'astro:build:done': async ({ logger }) => {
        const manifest = await readOrNull(path.join(cacheDir, MANIFEST));
        if (!manifest) throw new Error(`${MANIFEST} missing in ${cacheDir}: is experimental.incrementalBuild on?`);
        const stale = staleFiles(outDir, before, manifestOutputs(manifest), options.ownedBy);
        await remove(outDir, stale);
        if (stale.length > 0) logger.info(`removed ${stale.length} file(s) a cold build would not write`);
        await writeFile(path.join(cacheDir, STAMP), JSON.stringify({ outDir, manifest: sha256(manifest) }));
      },
    },
  };
}
