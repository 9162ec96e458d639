/**
 * Runs the sitemap integration's build step only when what it lists changed. @astrojs/sitemap writes
 * the sitemap in `astro:build:done` from every page of the build (at 1,000 stories it sorts 34,000
 * URLs with a locale-aware comparison and streams them through an XML writer), on every build,
 * though a rebuild after an edited account lists exactly the pages the last build listed.
 *
 * Its output is a function of its input: the pages' and the static routes' paths, the site, base,
 * trailing-slash and format settings, its own options and its version. This wrapper hashes that
 * input; when the hash is the last run's and every file that run wrote is still in place with the
 * same bytes, it leaves them and renews their modification times (the out-dir integration counts a
 * file as written by this build by its time); otherwise it runs the sitemap's own step and records
 * the hash and the files it wrote. A cold build, a changed page list, a changed setting or a deleted
 * or edited sitemap file all run it.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroConfig, AstroIntegration, IntegrationResolvedRoute } from 'astro';

/** The files @astrojs/sitemap writes at the top of the output folder (`filenameBase` left at its default). */
const SITEMAP_FILE = /^sitemap-(?:index|\d+)\.xml$/;
const RECORD = 'retold-sitemap.json';

interface SitemapRecord {
  input: string;
  files: { [file: string]: string };
}

const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');
const VERSION = (JSON.parse(readFileSync(createRequire(import.meta.url).resolve('@astrojs/sitemap/package.json'), 'utf8')) as { version: string }).version;

/** The sitemap files in the output folder, with the hash of each. */
function sitemapFiles(dir: string): SitemapRecord['files'] {
  const files: SitemapRecord['files'] = {};
  for (const name of readdirSync(dir)) if (SITEMAP_FILE.test(name)) files[name] = sha256(readFileSync(path.join(dir, name)));
  return files;
}

/** Whether every file of `record` is in `dir` with the bytes it had. */
function inPlace(dir: string, record: SitemapRecord): boolean {
  const names = Object.keys(record.files);
  if (names.length === 0) return false;
  try {
    return names.every((name) => sha256(readFileSync(path.join(dir, name))) === record.files[name]);
  } catch {
    return false; // a file is missing
  }
}

/**
 * `sitemap` is the integration `@astrojs/sitemap` returns; `options` the options it was given (part
 * of the hashed input).
 */
export function unchangedSitemap(sitemap: AstroIntegration, options: unknown = {}): AstroIntegration {
  const inner = sitemap.hooks;
  let config: AstroConfig | undefined;
  let routes: IntegrationResolvedRoute[] = [];
  return {
    name: sitemap.name,
    hooks: {
      ...inner,
      'astro:config:done': async (params) => {
        config = params.config;
        await inner['astro:config:done']?.(params);
      },
      'astro:routes:resolved': async (params) => {
        routes = params.routes;
        await inner['astro:routes:resolved']?.(params);
      },
      'astro:build:done': async (params) => {
        const dir = fileURLToPath(params.dir);
        const recordFile = path.join(fileURLToPath(config!.cacheDir), RECORD);
        const { site, base, trailingSlash, build } = config!;
        const input = sha256(JSON.stringify({
          version: VERSION,
          options,
          site,
          base,
          trailingSlash,
          format: build.format,
          pages: params.pages.map((p) => p.pathname),
          routes: routes.filter((r) => r.type === 'page').map((r) => r.pathname ?? null),
        }));
        let record: SitemapRecord | undefined;
        try {
          record = JSON.parse(readFileSync(recordFile, 'utf8')) as SitemapRecord;
        } catch {
          record = undefined;
        }
        if (record?.input === input && inPlace(dir, record)) {
          const now = new Date();
          for (const name of Object.keys(record.files)) utimesSync(path.join(dir, name), now, now);
          params.logger.info(`sitemap unchanged (the pages of the last build): kept ${Object.keys(record.files).join(', ')}`);
          return;
        }
        // Until the step has run, no record stands for the files in the folder.
        rmSync(recordFile, { force: true });
        await inner['astro:build:done']?.(params);
        writeFileSync(recordFile, JSON.stringify({ input, files: sitemapFiles(dir) } satisfies SitemapRecord));
      },
    },
  };
}
