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
 *   older bundle, a previous search index.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Astro's incremental manifest, in its cache folder (astro/dist/core/build/incremental.js). */
const MANIFEST = 'incremental-build.json';
/** The output folder, published to the build for routes that write files beside their own (json-exports.ts). */
export const OUT_DIR_ENV = 'RETOLD_OUT_DIR';
const STAMP = 'retold-out-dir.json';

interface Manifest {
  routes: Record<string, { paths: Record<string, { outputFile: string }> }>;
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const readOrNull = (file: string) => readFile(file).catch(() => null);

async function emptyFolder(dir: string): Promise<void> {
  const entries = await readdir(dir).catch(() => [] as string[]);
  await Promise.all(entries.map((name) => rm(path.join(dir, name), { recursive: true, force: true })));
}

/** Modification time of every file under `dir`, by path relative to it (`/`-separated). */
async function fileTimes(dir: string): Promise<Map<string, number>> {
  const times = new Map<string, number>();
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  await Promise.all(entries.filter((e) => e.isFile()).map(async (e) => {
    const full = path.join(e.parentPath, e.name);
    times.set(path.relative(dir, full).split(path.sep).join('/'), (await stat(full)).mtimeMs);
  }));
  return times;
}

export interface Options {
  /**
   * For a file a route writes beside its own output: that output's path. The file is kept while
   * that output is kept unchanged from the previous build (its route was skipped).
   */
  ownedBy?: (file: string) => string | undefined;
}

/**
 * Deletes the files of `before` that are unchanged (this build did not write them) and neither in
 * `keep` nor owned by a file kept unchanged; then the folders this leaves empty.
 */
async function prune(dir: string, before: ReadonlyMap<string, number>, keep: ReadonlySet<string>, ownedBy: Options['ownedBy']): Promise<number> {
  const after = await fileTimes(dir);
  const unchanged = (file: string) => before.has(file) && before.get(file) === after.get(file);
  const keptUnchanged = (file: string | undefined) => file !== undefined && keep.has(file) && unchanged(file);
  const stale = [...after.keys()].filter((file) => unchanged(file) && !keep.has(file) && !keptUnchanged(ownedBy?.(file)));
  await Promise.all(stale.map((file) => rm(path.join(dir, file))));
  const folders = new Set(stale.map((file) => path.dirname(file)));
  // Deepest first, so a folder emptied by removing its empty subfolders goes too.
  for (const folder of [...new Set([...folders].flatMap((f) => f.split('/').map((_, i, parts) => parts.slice(0, i + 1).join('/'))))].filter((f) => f !== '.').sort((a, b) => b.length - a.length)) {
    await rmdir(path.join(dir, folder)).catch(() => {}); // not empty: kept
  }
  return stale.length;
}

export function incrementalOutDir(options: Options = {}): AstroIntegration {
  let outDir = '';
  let cacheDir = '';
  let before = new Map<string, number>();
  return {
    name: 'retold-incremental-out-dir',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        cacheDir = fileURLToPath(config.cacheDir);
        process.env[OUT_DIR_ENV] = outDir;
      },
      'astro:build:start': async ({ logger }) => {
        const [stamp, manifest] = await Promise.all([readOrNull(path.join(cacheDir, STAMP)), readOrNull(path.join(cacheDir, MANIFEST))]);
        // Until this build succeeds, the folder no longer matches any manifest.
        await rm(path.join(cacheDir, STAMP), { force: true });
        const expected = manifest && JSON.stringify({ outDir, manifest: sha256(manifest) });
        if (stamp?.toString() !== expected) {
          logger.info(`${path.relative(process.cwd(), outDir) || outDir} does not hold the previous build's output: emptying it`);
          await emptyFolder(outDir);
        }
        before = await fileTimes(outDir);
      },
      'astro:build:done': async ({ logger }) => {
        const manifest = await readOrNull(path.join(cacheDir, MANIFEST));
        if (!manifest) throw new Error(`${MANIFEST} missing in ${cacheDir}: is experimental.incrementalBuild on?`);
        const parsed = JSON.parse(manifest.toString()) as Manifest;
        const cached = new Set(Object.values(parsed.routes).flatMap((route) => Object.values(route.paths).map((p) => decodeURI(p.outputFile))));
        const deleted = await prune(outDir, before, cached, options.ownedBy);
        if (deleted > 0) logger.info(`removed ${deleted} file(s) a cold build would not write`);
        await writeFile(path.join(cacheDir, STAMP), JSON.stringify({ outDir, manifest: sha256(manifest) }));
      },
    },
  };
}
