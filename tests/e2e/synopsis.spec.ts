/**
 * The synoptic view and the story timeline (issue 15) on the built seed site: content, links,
 * JavaScript off, phone width, axe in both themes, page budgets (synopsis HTML ≤ 40 KB gzipped, each
 * page's script ≤ 1.5 KB gzipped); and, on the hostile build, thirty accounts scrolling sideways
 * inside a marked box with the passage column pinned.
 */
import { gzipSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { HOSTILE_SITE, SEED, htmlFiles, read, requireBuilt } from './dist-files.ts';

const STORY = 'lavrov-blinken-reykjavik-2021';
const SYNOPSIS = `/stories/${STORY}/synopsis/`;
const TIMELINE = `/stories/${STORY}/timeline/`;
const KB = 1024;
const TASS_QUOTE = 'The conversation seemed to me constructive';

test.beforeAll(() => requireBuilt(SEED));

/** The account named in a cell's column, from the table header. */
const columnNames = (page: Page) => page.locator('table.syn thead th.syn-account > a').allTextContents();

test.describe('synoptic view', () => {
  test('the TASS quote is one row with the three wordings; empty cells are marked; comments are no passage', async ({ page }) => {
    await page.goto(`${SYNOPSIS}press-tv/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('All accounts, passage by passage');
    const names = await columnNames(page);
    expect(names[0]).toBe('Press TV');
    expect(names).toHaveLength(5);
    const row = page.locator('table.syn tbody tr', { hasText: TASS_QUOTE });
    await expect(row).toHaveCount(1);
    const filled = row.locator('td.syn-cell:not(.syn-empty)');
    await expect(filled).toHaveCount(3);
    const filledColumns = await row.locator('td.syn-cell').evaluateAll((tds) => tds.map((td, i) => (td.classList.contains('syn-empty') ? null : i)).filter((i) => i !== null));
    expect(filledColumns.map((i) => names[i!]).sort()).toEqual(['Antiwar.com', 'Islam Times', 'Press TV']);
    // Differences from the reference wording are marked in the comparison highlight language.
    await expect(row.locator('td.syn-reworded del.d, td.syn-reworded ins.i').first()).toBeVisible();
    await expect(row.locator('td.syn-empty .syn-absent').first()).toHaveText(/^Not in /);
    const hatch = await row.locator('td.syn-empty').first().evaluate((td) => getComputedStyle(td).backgroundImage);
    expect(hatch).toContain('repeating-linear-gradient');
    // The repost's interleaved comments stay out of the rows and are counted in its header.
    await expect(page.locator('table.syn tbody', { hasText: 'Comment:' })).toHaveCount(0);
    await expect(page.locator('th.syn-account', { hasText: 'Unnamed site' })).toContainText('4 interleaved comments');
    await expect(page.locator('th.syn-account', { hasText: 'Press TV' })).toContainText('of page furniture');
  });

  test('every cell links to its comparison row and to its sentence on the account page', async ({ page }) => {
    await page.goto(`${SYNOPSIS}press-tv/`);
    const cell = page.locator('table.syn tbody tr', { hasText: TASS_QUOTE }).locator('td.syn-reworded').first();
    const compare = cell.getByRole('link', { name: /^compare/ });
    await expect(compare).toHaveAttribute('href', new RegExp(`^/stories/${STORY}/compare/[a-z-]+/[a-z-]+/#r\\d+$`));
    const sentence = cell.getByRole('link', { name: /^in text/ });
    await expect(sentence).toHaveAttribute('href', new RegExp(`^/stories/${STORY}/[a-z-]+/#s\\d+$`));
    await compare.click();
    const rowId = new URL(page.url()).hash.slice(1);
    await expect(page.locator(`[id="${rowId}"]`)).toContainText(TASS_QUOTE);
    await page.goBack();
    await sentence.click();
    const sentenceId = new URL(page.url()).hash.slice(1);
    await expect(page.locator(`[id="${sentenceId}"]`)).toContainText(TASS_QUOTE);
  });

  test('rows follow the chosen account; the bare URL follows the earliest; row anchors match across orders', async ({ page }) => {
    await page.goto(SYNOPSIS);
    const earliest = (await columnNames(page))[0]!;
    await expect(page.locator('nav.syn-orders [aria-current="page"]')).toHaveText(earliest);
    const bareAnchors = await page.locator('table.syn tbody tr[id]').evaluateAll((trs) => trs.map((tr) => tr.id).sort());
    await page.getByRole('navigation', { name: 'Order the rows by' }).getByRole('link', { name: 'Islam Times' }).click();
    await expect(page).toHaveURL(new RegExp(`${SYNOPSIS}islam-times/$`));
    expect((await columnNames(page))[0]).toBe('Islam Times');
    // Islam Times' passages first, numbered 1…, each with its position in the account.
    const first = page.locator('#in-order tr[id]').first();
    await expect(first.locator('td.syn-cell').first()).toContainText('1st of');
    await expect(first.locator('td.syn-cell').first()).toContainText('lede');
    await expect(page.locator('#not-in-order th[colspan]')).toHaveText('Not in Islam Times');
    expect(await page.locator('table.syn tbody tr[id]').evaluateAll((trs) => trs.map((tr) => tr.id).sort())).toEqual(bareAnchors);
    for (const id of bareAnchors) expect(id).toMatch(/^p[0-9a-f]{8}(-\d+)?$/);
  });

  test('a row anchor targets its row', async ({ page }) => {
    const html = read(SEED, `stories/${STORY}/synopsis/index.html`);
    const anchor = /<tr id="(p[0-9a-f]{8})"/.exec(html)![1]!;
    await page.goto(`${SYNOPSIS}#${anchor}`);
    const bg = await page.locator(`tr[id="${anchor}"] td`).first().evaluate((td) => getComputedStyle(td).backgroundColor);
    expect(bg).not.toBe('rgba(0, 0, 0, 0)');
  });

  test('works without JavaScript: the page loads no script, ordering is links', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(SYNOPSIS);
    await expect(page.locator('table.syn tbody tr', { hasText: TASS_QUOTE })).toBeVisible();
    await page.getByRole('navigation', { name: 'Order the rows by' }).getByRole('link', { name: 'Press TV' }).click();
    expect((await columnNames(page))[0]).toBe('Press TV');
    await context.close();
  });

  test('five accounts fit 1280 px without scrolling sideways; the passage column is pinned', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(SYNOPSIS);
    const wrap = page.locator('.syn-wrap');
    expect(await wrap.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
    expect(await page.locator('tbody th.syn-passage').first().evaluate((th) => getComputedStyle(th).position)).toBe('sticky');
  });

  test.describe('phone', () => {
    test.use({ viewport: { width: 390, height: 844 } });
    test('each passage is a card of wordings labelled by outlet; no sideways scrolling', async ({ page }) => {
      await page.goto(`${SYNOPSIS}press-tv/`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      const card = page.locator('table.syn tbody tr', { hasText: TASS_QUOTE });
      await expect(card.locator('.syn-label')).toHaveText(['Press TV', 'Antiwar.com', 'Islam Times']);
      await expect(card.locator('.syn-absent').first()).toBeVisible();
      const box = await card.boundingBox();
      expect(box!.width).toBeLessThanOrEqual(390);
      // Touch targets: the cell links are 44 px tall.
      for (const link of await card.locator('.syn-links a').all()) expect((await link.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    });
  });

  for (const scheme of ['light', 'dark'] as const)
    test(`axe finds no violation (${scheme})`, async ({ page }) => {
      test.slow();
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`${SYNOPSIS}press-tv/`);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
    });

  test('the JSON has every row and account', async ({ request }) => {
    const json = await (await request.get(`/api/stories/${STORY}/synopsis.json`)).json();
    expect(json).toMatchObject({ schema: 1, story: STORY });
    const quote = json.rows.find((r: { cells: { text: string }[] }) => r.cells.some((c) => c.text.includes(TASS_QUOTE)));
    expect(quote.cells.map((c: { version: string }) => c.version).sort()).toEqual(['antiwar', 'islam-times', 'press-tv']);
    expect(json.accounts.find((a: { version: string }) => a.version === 'rferl-annotated-repost').interpolations).toBe(4);
  });
});

test.describe('story timeline', () => {
  test('accounts in publication order, each relation with its evidence and comparison', async ({ page }) => {
    await page.goto(TIMELINE);
    const names = await page.locator('ol.tl > li h3').allTextContents();
    expect(names).toHaveLength(5);
    expect(names.indexOf('Unnamed site')).toBeLessThan(names.indexOf('RFE/RL'));
    expect(names.indexOf('Press TV')).toBeLessThan(names.indexOf('Islam Times'));
    const islam = page.locator('#t-islam-times');
    await expect(islam).toContainText('Copies Press TV’s opening: 99% of its words are in Press TV.');
    await expect(islam.getByRole('link', { name: 'Compare Press TV with Islam Times' })).toHaveAttribute('href', `/stories/${STORY}/compare/press-tv/islam-times/`);
    const rferl = page.locator('#t-rferl');
    await expect(rferl).toContainText('A later revision of the text Unnamed site carries');
    await rferl.locator('summary').first().click();
    await expect(rferl.locator('.tl-evidence').first()).toContainText('earlier revision');
  });

  test('the revision step lists what changed, reworded words inline, each linked to its row', async ({ page }) => {
    await page.goto(TIMELINE);
    const step = page.locator('#revisions article').first();
    await expect(step.getByRole('heading', { level: 3 })).toHaveText('Unnamed site → RFE/RL');
    await expect(step).toContainText(/\d+ sentences? added, \d+ dropped, \d+ reworded/);
    await expect(step.locator('.tl-reworded del.d, .tl-reworded ins.i').first()).toBeVisible();
    await expect(step.locator('.tl-row').first()).toHaveAttribute('href', new RegExp(`^/stories/${STORY}/compare/rferl-annotated-repost/rferl/#r\\d+$`));
  });

  test('without JavaScript and at phone width: readable, evidence opens, no sideways scrolling', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(TIMELINE);
    await page.locator('#t-islam-times summary').click();
    await expect(page.locator('#t-islam-times .tl-evidence')).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await context.close();
  });

  for (const scheme of ['light', 'dark'] as const)
    test(`axe finds no violation (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(TIMELINE);
      await page.locator('details').evaluateAll((ds) => ds.forEach((d) => ((d as HTMLDetailsElement).open = true)));
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
    });

  test('the JSON: accounts in order with relations, and the revision chain', async ({ request }) => {
    const json = await (await request.get(`/api/stories/${STORY}/timeline.json`)).json();
    const order = json.accounts.map((a: { version: string }) => a.version);
    expect(order.indexOf('rferl-annotated-repost')).toBeLessThan(order.indexOf('rferl'));
    expect(json.accounts.find((a: { version: string }) => a.version === 'islam-times').relations[0]).toMatchObject({ other: 'press-tv', role: 'copies', opening: true });
    expect(json.revisions[0][0]).toMatchObject({ earlier: 'rferl-annotated-repost', later: 'rferl' });
  });
});

test.describe('links, sitemap and budgets', () => {
  test('the story page and every account page link to both views', async ({ page }) => {
    for (const url of [`/stories/${STORY}/`, ...['antiwar', 'press-tv', 'islam-times', 'rferl', 'rferl-annotated-repost'].map((v) => `/stories/${STORY}/${v}/`)]) {
      await page.goto(url);
      const nav = page.getByRole('navigation', { name: 'All accounts' });
      const version = url.split('/')[3];
      await expect(nav.getByRole('link', { name: /^All accounts side by side/ })).toHaveAttribute('href', version ? `${SYNOPSIS}${version}/` : SYNOPSIS);
      await expect(nav.getByRole('link', { name: /^Timeline/ })).toHaveAttribute('href', version ? `${TIMELINE}#t-${version}` : TIMELINE);
    }
  });

  test('both pages are in the sitemap', () => {
    const sitemaps = read(SEED, 'sitemap-0.xml');
    for (const path of [SYNOPSIS, `${SYNOPSIS}press-tv/`, TIMELINE]) expect(sitemaps).toContain(`${path}</loc>`);
  });

  test('budgets: synopsis HTML ≤ 40 KB gzipped (every order); both pages ≤ 1.5 KB gzipped script', async ({ page }) => {
    const synopses = htmlFiles(SEED).filter((f) => f.startsWith(`stories/${STORY}/synopsis/`));
    expect(synopses).toHaveLength(6);
    for (const file of synopses) expect(gzipSync(read(SEED, file)).length, file).toBeLessThanOrEqual(40 * KB);
    for (const url of [SYNOPSIS, TIMELINE]) {
      const scripts: Promise<number>[] = [];
      page.on('response', (r) => {
        if (r.request().resourceType() === 'script') scripts.push(r.body().then((b) => gzipSync(b).length));
      });
      await page.goto(url, { waitUntil: 'networkidle' });
      const js = (await Promise.all(scripts)).reduce((n, b) => n + b, 0);
      expect(js, `${url}: script bytes gzipped`).toBeLessThanOrEqual(1.5 * KB);
      page.removeAllListeners('response');
    }
  });
});

test.describe('thirty accounts (hostile build)', () => {
  test.use({ baseURL: `http://127.0.0.1:${process.env.RETOLD_E2E_HOSTILE_PORT ?? 4400}` });
  test.beforeAll(() => requireBuilt(HOSTILE_SITE));

  test('more than five columns scroll sideways inside a marked, focusable box; the passage column stays', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/stories/thirty-accounts/synopsis/');
    expect(await page.locator('table.syn thead th.syn-account').count()).toBe(30);
    const wrap = page.locator('.syn-wrap.syn-wide');
    await expect(wrap).toHaveAttribute('tabindex', '0');
    await expect(page.locator('#syn-scroll-note')).toContainText('scrolls sideways');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
    expect(await wrap.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    const passage = page.locator('tbody tr[id] th.syn-passage').first();
    const before = (await passage.boundingBox())!.x;
    await wrap.evaluate((el) => el.scrollBy(2000, 0));
    expect((await passage.boundingBox())!.x).toBe(before);
    expect(await wrap.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  });
});
