// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { incrementalOutDir } from './src/integrations/incremental-out-dir.ts';
import { unchangedSitemap } from './src/integrations/unchanged-sitemap.ts';
import { exportOwner, ownsExports } from './src/lib/site/export-files.ts';
import { SEARCH_INDEX_FOLDER, isSearchIndexFile } from './src/lib/site/search-index.ts';

// `site` and `base` are configurable so dist/ can be deployed to any static host or sub-path.
const site = process.env.RETOLD_SITE ?? 'https://retold.example.org';
const base = process.env.RETOLD_BASE ?? '/';
const content = process.env.RETOLD_CONTENT ?? './content';
/**
 * Astro's own build cache: the content data store and the incremental build's manifest and copies of
 * the pages. One folder per content folder and base, so the three sites `npm test` builds (seeds,
 * hostile fixture, sub-path) each keep their own and never evict each other's pages; the scale
 * benchmark and CI set it explicitly.
 */
const flavour = `${content}${base === '/' ? '' : `-${base}`}`.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '');
const cacheDir = process.env.RETOLD_ASTRO_CACHE ?? `./node_modules/.astro/${flavour}`;
/** The name src/scripts/search.ts imports Pagefind's bundle by (declared in src/scripts/pagefind.d.ts). */
const PAGEFIND_MODULE = 'retold:pagefind';

export default defineConfig({
  site,
  base,
  cacheDir,
  trailingSlash: 'always',
  // Stylesheets and scripts always as files: pages stay cacheable and a strict CSP (no inline script or style) works.
  // concurrency 1 (Astro's default) is required by the incremental build: above 1, Astro skips its cache.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 1 },
  experimental: {
    // A page whose `cacheKey` (src/lib/site/page-keys.ts) and code are unchanged is copied from the
    // previous build instead of rendered: a rebuild costs what changed, not the archive.
    incrementalBuild: true,
  },
  // Last: it removes what this build did not write, after every other integration has written.
  // A story's comparison, synopsis and timeline JSON and its share cards are written by its story
  // JSON route (src/lib/site/story-exports.ts), not by routes of their own; the search index by the
  // step after the build (scripts/search-index.ts). The sitemap is written when the pages changed.
  integrations: [unchangedSitemap(sitemap()), incrementalOutDir({ ownedBy: exportOwner, ownsFiles: ownsExports, laterStep: isSearchIndexFile })],
  // The output folder is kept between builds, and emptied or pruned by incrementalOutDir().
  vite: {
    plugins: [tailwindcss()],
    build: {
      assetsInlineLimit: 0,
      emptyOutDir: false,
      // Pagefind's bundle is written by scripts/search-index.ts after the build: the search script
      // imports it by a fixed name that stays external and points at the built file. (A dynamic
      // import() would bring Vite's preload helper, half the search page's script budget.)
      rollupOptions: { external: [PAGEFIND_MODULE], output: { paths: { [PAGEFIND_MODULE]: `${base.replace(/\/?$/, '/')}${SEARCH_INDEX_FOLDER}/pagefind.js` } } },
    },
  },
});
