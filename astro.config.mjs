// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';

// `site` and `base` are configurable so dist/ can be deployed to any static host or sub-path.
const site = process.env.RETOLD_SITE ?? 'https://retold.example.org';
const base = process.env.RETOLD_BASE ?? '/';
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
  vite: { plugins: [tailwindcss()], build: { assetsInlineLimit: 0 } },
});
