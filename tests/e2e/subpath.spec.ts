/**
 * The site under a sub-path (issue 6, deploy): built with RETOLD_BASE=/retold/ into dist-base/
 * (`npm run build:base`) and served at http://127.0.0.1:<port>/retold/ (project "subpath").
 * A crawler follows every link from /retold/: each internal URL stays under /retold/ and answers
 * 200, and every built page is reached. Pages load their CSS and scripts, and search links back
 * under the base.
 */
import { expect, test } from '@playwright/test';
import { parseHTML } from 'linkedom';
import { SUBPATH, htmlFiles, requireBuilt } from './dist-files.ts';

const BASE = SUBPATH.base;
const STORY = 'lavrov-blinken-reykjavik-2021';

test.beforeAll(() => requireBuilt(SUBPATH));

test('a crawl from /retold/ stays under /retold/, every link resolves, every page is reached', async ({ request, baseURL }) => {
  test.setTimeout(120_000);
  const start = new URL(baseURL!);
  expect(start.pathname).toBe(BASE);
  const origin = start.origin;
  const site = 'https://retold.example.org'; // astro.config.mjs default `site`: absolute URLs (canonical, og:url, RSS)
  const seen = new Set<string>();
  const pages = new Set<string>();
  const problems: string[] = [];
  const queue = [start.href];
  while (queue.length > 0) {
    const url = queue.shift()!;
    const response = await request.get(url, { maxRedirects: 0 });
    if (response.status() !== 200) {
      problems.push(`${url}: HTTP ${response.status()}`);
      continue;
    }
    if (!(response.headers()['content-type'] ?? '').includes('text/html')) continue;
    pages.add(new URL(url).pathname);
    const { document } = parseHTML(await response.text());
    const refs = [
      ...[...document.querySelectorAll('a[href], link[href]')].map((el) => el.getAttribute('href')!),
      ...[...document.querySelectorAll('script[src], img[src]')].map((el) => el.getAttribute('src')!),
      ...[...document.querySelectorAll('form[action]')].map((el) => el.getAttribute('action')!),
      ...[...document.querySelectorAll('meta[property="og:url"]')].map((el) => el.getAttribute('content')!),
      // The search page loads Pagefind from this folder.
      ...[...document.querySelectorAll('[data-bundle]')].map((el) => `${el.getAttribute('data-bundle')!}pagefind.js`),
    ];
    for (const ref of refs) {
      const target = new URL(ref, url);
      if (target.origin === site) {
        // Absolute links to the deployed site (canonical, og:url, feed) must carry the base too.
        if (!target.pathname.startsWith(BASE)) problems.push(`${url}: "${ref}" points outside ${BASE} on ${site}`);
        continue;
      }
      if (target.origin !== origin) continue;
      if (!target.pathname.startsWith(BASE)) {
        problems.push(`${url}: "${ref}" leaves ${BASE}`);
        continue;
      }
      target.hash = '';
      target.search = '';
      if (!seen.has(target.href)) {
        seen.add(target.href);
        queue.push(target.href);
      }
    }
  }
  expect(problems, problems.slice(0, 20).join('\n')).toEqual([]);
  // 404.html is served for missing addresses; no link leads to it.
  const built = htmlFiles(SUBPATH).filter((f) => f !== '404.html').map((f) => BASE + f.replace(/(^|\/)index\.html$/, '$1'));
  expect(built.filter((p) => !pages.has(p)), 'built pages no link reaches').toEqual([]);
  test.info().annotations.push({ type: 'crawl', description: `${seen.size} URLs, ${pages.size} pages` });
});

for (const [type, path] of [
  ['home', ''],
  ['story', `stories/${STORY}/`],
  ['account', `stories/${STORY}/rferl/`],
  ['comparison', `stories/${STORY}/compare/rferl/rferl-annotated-repost/`],
  ['about', 'about/'],
] as const) {
  test(`${type} page loads its styles and scripts from under /retold/`, async ({ page }) => {
    const failed: string[] = [];
    const loaded: string[] = [];
    page.on('requestfailed', (r) => failed.push(`${r.url()} ${r.failure()?.errorText}`));
    page.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.url()} HTTP ${r.status()}`);
      loaded.push(new URL(r.url()).pathname);
    });
    await page.goto(path, { waitUntil: 'networkidle' });
    expect(failed).toEqual([]);
    expect(loaded.every((p) => p.startsWith(BASE)), loaded.join('\n')).toBe(true);
    const styles = await page.evaluate(() => ({
      sheets: document.styleSheets.length,
      links: document.querySelectorAll('link[rel="stylesheet"]').length,
      // The site's stylesheet hides the skip link until focused (.visually-hidden): proof it applied.
      skipLink: getComputedStyle(document.querySelector('a[href="#main"]')!).position,
    }));
    expect(styles.sheets).toBe(styles.links);
    expect(styles.links).toBeGreaterThan(0);
    expect(styles.skipLink).toBe('absolute');
    if (type === 'comparison') {
      await page.keyboard.press('j');
      await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/^#r\d+/);
    }
  });
}

test('search runs under /retold/ and its results link under /retold/', async ({ page }) => {
  await page.goto('search/?q=Reykjavik', { waitUntil: 'networkidle' });
  const link = page.locator('a.search-result-link').first();
  await expect(link).toBeVisible({ timeout: 15_000 });
  const hrefs = await page.locator('a.search-result-link').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(hrefs.filter((h) => !h.startsWith(`${BASE}stories/`))).toEqual([]);
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${BASE}stories/`));
  await expect(page.locator('h1')).toBeVisible();
});
