/**
 * `node scripts/search-index.ts <site folder>`: writes the site's Pagefind search index into
 * `<site>/pagefind/`, the step after `astro build` in every build script. It does what
 * `pagefind --site <site>` did, through Pagefind's Node API (the `pagefind` package), for two reasons:
 *
 * - **Only pages Pagefind indexes are given to it.** The site marks the pages with searchable text
 *   (story and account pages) with `data-pagefind-body`, and Pagefind then leaves out every page
 *   without the attribute. Its CLI reads every file its glob matches and parses each before it can
 *   drop it, and a glob cannot leave out the story's synopsis and timeline pages (they sit beside
 *   the account pages, `stories/<story>/<name>/`, and no glob can tell an account id from another
 *   name): at 1,000 stories of 5 accounts that was 2,000 pages parsed for nothing, a third of its
 *   CPU. Here a page is given to it when its HTML carries the attribute, Pagefind's own rule, so the
 *   index holds what the CLI's holds.
 * - **Only changed index files are written.** Pagefind has no incremental mode (its API cannot load
 *   an index and replace some pages: every build indexes every page again), but most of its output
 *   (a fragment per page, the index chunks) is the same after a small change. A file is written
 *   when its bytes differ from the one in place, atomically; files of an older index are deleted,
 *   so the folder holds exactly what a fresh index has.
 */
import { copyFileSync, globSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, rmdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { close, createIndex } from 'pagefind';
import { SEARCH_INDEX_FOLDER } from '../src/lib/site/search-index.ts';

/**
 * The pages that may carry searchable text: story pages and what sits one folder below them
 * (account pages, and the synopsis and timeline pages, left out below). Never the comparison pages
 * (three folders down), which are most of the site: on 100 stories of 10 accounts, skipping them
 * took indexing from 17 s and 1.4 GiB to 3 s and 0.2 GiB.
 */
const CANDIDATES = 'stories/*/{index.html,*/index.html}';
/** Pagefind's marker: when any page has it, pages without it are not indexed. */
const BODY_MARKER = 'data-pagefind-body';

/** Every file under `dir`, relative with `/` separators. */
const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'));

/**
 * Waits (at most 5 s) until Pagefind's service, a child process that `close()` ends, has exited and
 * been reaped by this process, so that what a caller measures with `/usr/bin/time` (this process and
 * the children it waited for) includes Pagefind's own work: without the wait this process could
 * exit first and the service's CPU time went unrecorded. Linux lists a thread's children in /proc;
 * elsewhere this returns at once.
 */
async function serviceEnded(): Promise<void> {
  const children = `/proc/self/task/${process.pid}/children`;
  for (let tries = 0; tries < 500; tries++) {
    let listed: string;
    try {
      listed = readFileSync(children, 'utf8');
    } catch {
      return;
    }
    if (listed.trim() === '') return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

function fail(message: string): never {
  console.error(`search-index: ${message}`);
  process.exit(1);
}

const site = process.argv[2] ?? fail('expected the built site folder, like `node scripts/search-index.ts dist`');
const started = performance.now();
const candidates = globSync(CANDIDATES, { cwd: site }).sort();
// The pages to index, as hard links in a folder laid out like the site (a copy where the two folders
// are on different file systems): Pagefind reads them from disk itself. Sending each page's HTML
// through the API (`addHTMLFile`) instead cost more than the pages it spared: at 1,000 stories of
// 5 accounts, 50.6 CPU-s against the CLI's 39.7, the HTML encoded into its service's messages.
const staging = mkdtempSync(path.join(tmpdir(), 'retold-search-pages-'));
let sent = 0;
for (const file of candidates) {
  const source = path.join(site, file);
  if (!readFileSync(source, 'utf8').includes(BODY_MARKER)) continue;
  const target = path.join(staging, file);
  mkdirSync(path.dirname(target), { recursive: true });
  try {
    linkSync(source, target);
  } catch {
    copyFileSync(source, target);
  }
  sent++;
}
const { index, errors } = await createIndex();
if (!index) fail(`Pagefind could not start: ${errors.join('; ')}`);
const added = await index.addDirectory({ path: staging });
rmSync(staging, { recursive: true, force: true });
if (added.errors.length > 0) fail(added.errors.join('; '));
if (added.page_count !== sent) fail(`Pagefind indexed ${added.page_count} pages of the ${sent} it was given`);
const { files, errors: writeErrors } = await index.getFiles();
if (writeErrors.length > 0) fail(writeErrors.join('; '));

const bundle = path.join(site, SEARCH_INDEX_FOLDER);
mkdirSync(bundle, { recursive: true });
const before = new Set(filesUnder(bundle));
let written = 0;
for (const { path: file, content } of files) {
  const target = path.join(bundle, file);
  before.delete(file.split(path.sep).join('/'));
  const bytes = Buffer.from(content);
  let current: Buffer | undefined;
  try {
    current = readFileSync(target);
  } catch {
    current = undefined;
  }
  if (current?.equals(bytes)) continue;
  mkdirSync(path.dirname(target), { recursive: true });
  // Written beside the target and renamed over it: a reader never sees half a file.
  writeFileSync(`${target}.tmp`, bytes);
  renameSync(`${target}.tmp`, target);
  written++;
}
for (const stale of before) rmSync(path.join(bundle, stale));
// Folders an older index used and this one does not, deepest first.
for (const dir of [...new Set([...before].map((f) => path.dirname(path.join(bundle, f))))].sort((a, b) => b.length - a.length)) {
  try {
    rmdirSync(dir);
  } catch {
    /* not empty: still used */
  }
}
await close();
await serviceEnded();
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`search-index: ${sent} of ${candidates.length} pages indexed (the others carry no ${BODY_MARKER}); ${files.length} index files, ${written} written, ${before.size} removed, in ${seconds} s`);
