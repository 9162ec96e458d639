// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';

// `site` and `base` are configurable so dist/ can be deployed to any static host or sub-path.
const site = process.env.RETOLD_SITE ?? 'https://retold.example.org';
const base = process.env.RETOLD_BASE ?? '/';
/** The name src/scripts/search.ts imports Pagefind's bundle by (declared in src/scripts/pagefind.d.ts). */
const PAGEFIND_MODULE = 'retold:pagefind';
// Astro's own build cache (content data store); the scale benchmark gives each corpus its own.
const cacheDir = process.env.RETOLD_ASTRO_CACHE ?? './node_modules/.astro';

export default defineConfig({
  site,
  base,
  cacheDir,
  trailingSlash: 'always',
  // Stylesheets and scripts always as files: pages stay cacheable and a strict CSP (no inline script or style) works.
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [sitemap()],
    vite: {
    plugins: [tailwindcss()],
    build: {
      assetsInlineLimit: 0,
      // Pagefind's bundle is written by `pagefind --site dist` after the build: the search script
      // imports it by a fixed name that stays external and points at the built file. (A dynamic
      // import() would bring Vite's preload helper, half the search page's script budget.)
      rollupOptions: { external: [PAGEFIND_MODULE], output: { paths: { [PAGEFIND_MODULE]: `${base.replace(/\/?$/, '/')}pagefind/pagefind.js` } } },
    },
  },
});
