/**
 * Screenshots of every page type at 1280 and 390 px, light and dark, into docs/screenshots/
 * (`npm run screenshots`, after `npm run build`). Serves dist/ with `astro preview` on a free
 * port and drives the same Chromium as the browser tests. Each shot is the first screen a reader
 * sees (1280×1000, 390×844), so the PNGs show what lands above the fold.
 */
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../tests/e2e/browser.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const OUT = path.join(ROOT, 'docs/screenshots');
const PORT = Number(process.env.RETOLD_SHOTS_PORT ?? 4411);
const STORY = 'lavrov-blinken-reykjavik-2021';
const PAGES: Record<string, string> = {
  home: '/',
  story: `/stories/${STORY}/`,
  'story-lineage': `/stories/${STORY}/#copy-lineage`,
  'story-carry': `/stories/${STORY}/#who-carries-what`,
  'story-quotes': `/stories/${STORY}/#quotes`,
  account: `/stories/${STORY}/press-tv/`,
  compare: `/stories/${STORY}/compare/rferl/rferl-annotated-repost/`,
  'compare-row': `/stories/${STORY}/compare/rferl/rferl-annotated-repost/#r8`,
  'compare-apart': `/stories/${STORY}/compare/press-tv/antiwar/`,
  search: '/search/?q=Sergei%20Lavrov',
  about: '/about/',
  404: '/no-such-page/',
};
const SIZES = [
  { width: 1280, height: 1000 },
  { width: 390, height: 844 },
];

const server = spawn('npx', ['astro', 'preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(PORT)], {
  cwd: ROOT,
  env: { ...process.env, ASTRO_PREVIEW_BACKGROUND: '0', ASTRO_TELEMETRY_DISABLED: '1' },
  stdio: 'ignore',
});
const base = `http://127.0.0.1:${PORT}`;
try {
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(base)).ok) break;
    } catch {
      if (i > 100) throw new Error(`astro preview did not answer on ${base}`);
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  mkdirSync(OUT, { recursive: true });
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  for (const scheme of ['light', 'dark'] as const)
    for (const size of SIZES) {
      const page = await browser.newPage({ viewport: size, colorScheme: scheme });
      for (const [name, url] of Object.entries(PAGES)) {
        await page.goto(`${base}${url}`, { waitUntil: 'networkidle' });
        if (name === 'search') await page.locator('#search-results li').first().waitFor({ timeout: 15_000 });
        const file = path.join(OUT, `${name}-${size.width}-${scheme}.png`);
        await page.screenshot({ path: file });
        console.log(path.relative(ROOT, file));
      }
      await page.close();
    }
  await browser.close();
} finally {
  server.kill();
}
