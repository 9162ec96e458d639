/**
 * The three built sites the proof tests read from disk (built by `npm run test:e2e`):
 * dist-seed/ (tests/fixtures/seed-content), dist-hostile/ (tests/fixtures/hostile), dist-base/ (base `/retold/`).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface BuiltSite {
  name: string;
  dir: string;
  /** The `base` the site was built with: every internal URL starts with it. */
  base: string;
  /** How to build it, for the message when it is missing. */
  build: string;
}

export const SEED = { name: 'seed', dir: path.join(ROOT, 'dist-seed'), base: '/', build: 'npm run build:seed', content: 'tests/fixtures/seed-content' } as const satisfies BuiltSite & { content: string };
export const HOSTILE_SITE: BuiltSite = { name: 'hostile', dir: path.join(ROOT, 'dist-hostile'), base: '/', build: 'npm run build:hostile' };
export const SUBPATH: BuiltSite = { name: 'sub-path', dir: path.join(ROOT, 'dist-base'), base: '/retold/', build: 'npm run build:base' };
export const SITES = [SEED, HOSTILE_SITE, SUBPATH];

export function requireBuilt(site: BuiltSite): void {
  if (!existsSync(path.join(site.dir, 'index.html'))) throw new Error(`${path.relative(ROOT, site.dir)}/ is not built: run \`${site.build}\` (\`npm run test:e2e\` builds all three sites)`);
}

/** Every file under `dir`, as paths relative to it with `/` separators, sorted. */
export function filesIn(dir: string): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const entry of readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(child);
      else out.push(child);
    }
  };
  walk('');
  return out.sort();
}

/** The HTML pages of a built site (Pagefind's own files excluded). */
export const htmlFiles = (site: BuiltSite) => filesIn(site.dir).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'));

/** `stories/x/index.html` → `/base/stories/x/`. */
export function urlPathOf(site: BuiltSite, file: string): string {
  return site.base + file.replace(/(^|\/)index\.html$/, '$1');
}

/** The file a URL path of the site is served from, or undefined when there is none. */
export function fileOf(site: BuiltSite, pathname: string): string | undefined {
  if (!pathname.startsWith(site.base)) return undefined;
  let rel = decodeURIComponent(pathname.slice(site.base.length));
  if (rel === '' || rel.endsWith('/')) rel += 'index.html';
  const file = path.join(site.dir, rel);
  if (!file.startsWith(site.dir)) return undefined;
  return existsSync(file) && statSync(file).isFile() ? rel : undefined;
}

export const read = (site: BuiltSite, file: string) => readFileSync(path.join(site.dir, file), 'utf8');

/** The site's origin (`site` in astro.config.mjs), read from the sitemap index. */
export function siteOrigin(site: BuiltSite): string {
  const loc = /<loc>([^<]+)<\/loc>/.exec(read(site, 'sitemap-index.xml'))?.[1];
  if (!loc) throw new Error(`${site.dir}/sitemap-index.xml lists no sitemap`);
  return new URL(loc).origin;
}

/**
 * The pages worth validating one by one: all of them, except that of the hostile fixture's 870
 * comparisons between thirty accounts (one template, one kind of content) only those involving the
 * first or the last account are kept, and likewise of its 30 synopsis orders; of the 50,000-word
 * story's synopsis only the bare page (each order is the same 3 MB of rows, 40 s to validate).
 * Link, sitemap and CSP checks still read every page.
 */
export function representative(site: BuiltSite): string[] {
  return htmlFiles(site).filter(
    (f) =>
      (!/^stories\/thirty-accounts\/(compare|synopsis)\/[^/]+\//.test(f) || /\/account-(01|30)\//.test(f)) &&
      !/^stories\/long-account\/synopsis\/[^/]+\//.test(f),
  );
}

/** The `<head>` of a page only: cheap to parse when a test needs nothing else. */
export function headOf(site: BuiltSite, file: string): string {
  const html = read(site, file);
  const end = html.indexOf('</head>');
  return end < 0 ? html : `${html.slice(0, end)}</head><body></body></html>`;
}
