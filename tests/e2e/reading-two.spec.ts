/**
 * Issue 14, "Reading, round two": one test (or a few) per reader-facing problem the issue lists,
 * against the built seed site, at the widths and with the settings where each was seen. Each
 * failed on the build before the fix (run against it, see the report of the change).
 */
import { expect, test, type Page } from '@playwright/test';

const STORY = 'lavrov-blinken-reykjavik-2021';
const COMPARE = `/stories/${STORY}/compare/rferl/rferl-annotated-repost/`;
const APART = `/stories/${STORY}/compare/press-tv/antiwar/`;
const ACCOUNT = `/stories/${STORY}/press-tv/`;
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

/** Relative luminance of a CSS rgb() colour (WCAG 2). */
function luminance(rgb: string): number {
  const [r, g, b] = (rgb.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (x: string, y: string) => {
  const [a, b] = [luminance(x), luminance(y)].sort((p, q) => q - p);
  return (a! + 0.05) / (b! + 0.05);
};
const boxesOverlap = (p: DOMRect | { x: number; y: number; width: number; height: number }, q: typeof p) =>
  p.x < q.x + q.width && q.x < p.x + p.width && p.y < q.y + q.height && q.y < p.y + p.height;

test.describe('1. row numbers equal their anchors', () => {
  test('every row, move link and the JSON count rows from 1, as readers do', async ({ page, request }) => {
    await page.goto(COMPARE);
    const rows = await page.locator('.row').evaluateAll((els) => els.map((el) => [el.id, el.querySelector('.row-link')!.textContent!.trim()]));
    expect(rows.length).toBeGreaterThan(10);
    for (const [id, number] of rows) expect(id).toBe(`r${number}`);
    for (const link of await page.locator('.note a[href^="#r"]').all()) {
      const [href, text] = [await link.getAttribute('href'), await link.textContent()];
      expect(text).toContain(`row ${href!.slice(2)}`);
    }
    const json = await (await request.get(`/api/stories/${STORY}/compare/rferl/rferl-annotated-repost.json`)).json();
    expect(json.rows[0].id).toBe('r1');
  });
});

test.describe('2. the account page’s “where else” list', () => {
  for (const viewport of [PHONE, DESKTOP])
    test(`opens at its marker; markers are 44 px targets (${viewport.width} px)`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.goto(ACCOUNT);
      const marker = page.locator('.marker').nth(3);
      await marker.scrollIntoViewIfNeeded();
      const m = (await marker.boundingBox())!;
      expect(m.width).toBeGreaterThanOrEqual(44);
      expect(m.height).toBeGreaterThanOrEqual(44);
      await marker.click();
      const list = page.locator('.carriers:popover-open');
      await expect(list).toBeVisible();
      const l = (await list.boundingBox())!;
      // Right below (or, near the bottom, right above) its marker, not at a corner of the viewport.
      expect(Math.min(Math.abs(l.y - (m.y + m.height)), Math.abs(l.y + l.height - m.y))).toBeLessThan(8);
      expect(Math.abs(l.x - m.x)).toBeLessThan(viewport.width / 2);
    });
});

test.describe('3. the phone’s merged line', () => {
  test.use({ viewport: PHONE });
  test('shows a punctuation variant once, and strikes a removed variant', async ({ page }) => {
    await page.goto(COMPARE);
    const pairs = await page.locator('.cell-merged .text').evaluateAll((els) => {
      const word = (t: string) => t.replace(/[^\p{L}\p{N}]/gu, '');
      const found: string[] = [];
      for (const el of els)
        for (const del of el.querySelectorAll('del.minor')) {
          const next = del.nextElementSibling ?? del.nextSibling?.nextSibling;
          const text = (n: Element) => [...n.childNodes].filter((c) => !(c instanceof HTMLElement && c.classList.contains('visually-hidden'))).map((c) => c.textContent).join('');
          if (next instanceof Element && next.matches('ins.minor') && word(text(del)) === word(text(next))) found.push(`${text(del)} ${text(next)}`);
        }
      return found;
    });
    expect(pairs).toEqual([]);
    const struck = await page.locator('.cell-merged del.d').evaluateAll((els) => els.filter((el) => el.getClientRects().length).map((el) => getComputedStyle(el).textDecorationLine));
    expect(struck.length).toBeGreaterThan(0);
    for (const line of struck) expect(line).toContain('line-through');
  });
});

test.describe('4. a shared row on a phone', () => {
  test.use({ viewport: PHONE });
  test('the sticky bar names both outlets, and “Swap sides” keeps the row', async ({ page }) => {
    await page.goto(`${COMPARE}#r8`);
    const context = page.locator('.toolbar-context');
    await expect(context).toBeInViewport();
    await expect(context).toContainText('RFE/RL');
    await expect(context).toContainText('Unnamed site');
    const text = (await page.locator('#r8 .cell-a .text').innerText()).slice(0, 60);
    await page.locator('.swap-link').click();
    await expect(page).toHaveURL(/\/compare\/rferl-annotated-repost\/rferl\/#r\d+$/);
    const target = page.locator(':target');
    await expect(target).toBeInViewport();
    await expect(target).toContainText(text.replace(/^RFE\/RL: /, ''));
  });
  test('without JavaScript, the targeted row links to its place with sides swapped', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
    const page = await context.newPage();
    await page.goto(`${COMPARE}#r8`);
    const swap = page.locator('#r8 .row-nav a', { hasText: 'sides swapped' });
    await expect(swap).toBeVisible();
    await swap.click();
    await expect(page).toHaveURL(/\/compare\/rferl-annotated-repost\/rferl\/#r\d+$/);
    await context.close();
  });
});

test.describe('5. story-page tables on a phone', () => {
  test.use({ viewport: PHONE });
  test('quotes become cards that fit; who-carries-what scrolls in a marked box with its heads held', async ({ page }) => {
    await page.goto(`/stories/${STORY}/#quotes`);
    for (const table of await page.locator('#quotes .quote-wrap').all()) {
      const fits = await table.evaluate((el) => el.scrollWidth <= el.clientWidth + 1);
      expect(fits).toBe(true);
    }
    const marks = page.locator('#quotes td[data-label="Marks"]').first();
    await marks.scrollIntoViewIfNeeded();
    const box = (await marks.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
    const wrap = page.locator('#carry-first .carry-wrap');
    await expect(wrap).toHaveAttribute('role', 'region');
    await expect(wrap).toHaveAttribute('aria-label', /scrolls/);
    expect(await page.locator('#carry-first thead th').first().evaluate((el) => getComputedStyle(el).position)).toBe('sticky');
    await expect(page.locator('#carry-first .carry-hint')).toBeVisible();
  });
});

test.describe('6. the lineage diagram', () => {
  test('desktop: labels never overlap, edges run left to right along the dates, each date printed once', async ({ page }) => {
    await page.setViewportSize(DESKTOP);
    await page.goto(`/stories/${STORY}/#copy-lineage`);
    const svg = page.locator('#copy-lineage svg');
    await expect(svg).toBeVisible();
    const labels = await svg.locator('.edge-label').evaluateAll((els) => els.map((el) => (el as SVGGraphicsElement).getBBox()));
    expect(labels.length).toBeGreaterThan(3);
    for (let i = 0; i < labels.length; i++) for (let j = i + 1; j < labels.length; j++) expect(boxesOverlap(labels[i]!, labels[j]!), `labels ${i} and ${j}`).toBe(false);
    // An arrow points to the right (the later date); no path runs right to left.
    const paths = await svg.locator('path.edge').evaluateAll((els) => els.map((el) => ({ d: el.getAttribute('d')!, arrow: el.hasAttribute('marker-end') })));
    for (const { d } of paths) {
      const [x0, x1] = [Number(/^M([\d.]+)/.exec(d)![1]), Number(/H([\d.]+)$/.exec(d)?.[1] ?? NaN)];
      expect(x1, d).toBeGreaterThan(x0);
    }
    const texts = await svg.locator('text').allTextContents();
    for (const date of ['19 May 2021', '20 May 2021']) expect(texts.filter((t) => t === date).length).toBe(texts.filter((t) => t.includes(date)).length);
    await expect(page.locator('#copy-lineage figcaption')).not.toContainText('beside');
  });
  test('phone: a list replaces the diagram, in readable type', async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.goto(`/stories/${STORY}/#copy-lineage`);
    await expect(page.locator('#copy-lineage svg')).toBeHidden();
    const list = page.locator('#copy-lineage ol.lineage-list');
    await expect(list).toBeVisible();
    expect(await list.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(13);
  });
});

test.describe('7. a real 404 page', () => {
  test('a missing address gets the site’s own page: header, viewport, ways on', async ({ page }) => {
    const response = await page.goto('/no-such-story/here/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await expect(page.locator('meta[name="viewport"]')).toHaveCount(1);
    await expect(page.getByRole('navigation', { name: 'Site' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Browse the stories' })).toBeVisible();
  });
});

test.describe('8. comparisons with little in common', () => {
  for (const [viewport, max] of [[DESKTOP, 1600], [PHONE, 3200]] as const)
    test(`fold long one-sided runs (${viewport.width} px), every text still in the page`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.goto(APART);
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      expect(height).toBeLessThanOrEqual(max);
      const run = page.locator('.group[data-kind="one-sided"]').first();
      await expect(run.locator('> details > summary')).toContainText(/\d+ passages? only in (Press TV|Antiwar\.com)/);
      // Folded, not removed: the passages are in the page (find-in-page, print) and open with a click.
      const hidden = run.locator('.row').first();
      await expect(hidden).toBeHidden();
      expect((await hidden.textContent())!.length).toBeGreaterThan(40);
      await run.locator('> details > summary').click();
      await expect(hidden).toBeVisible();
    });
  test('without JavaScript, a folded run opens', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(APART);
    const run = page.locator('.group[data-kind="one-sided"]').first();
    await run.locator('> details > summary').click();
    await expect(run.locator('.row').first()).toBeVisible();
    await context.close();
  });
});

test.describe('9. search', () => {
  const search = async (page: Page, q: string) => {
    await page.goto(`/search/?q=${encodeURIComponent(q)}`);
    await expect(page.locator('#search-results li').first()).toBeVisible({ timeout: 15_000 });
    return page.locator('#search-results li');
  };
  test('a name finds the accounts that spell it otherwise', async ({ page }) => {
    const results = await search(page, 'Sergei Lavrov');
    const urls = await results.locator('a.search-result-link').evaluateAll((els) => els.map((a) => (a as HTMLAnchorElement).pathname));
    expect(urls).toContain(`/stories/${STORY}/press-tv/`);
    expect(urls).toContain(`/stories/${STORY}/rferl/`);
  });
  test('results link to the sentence, with clean excerpts, from one search box', async ({ page }) => {
    const results = await search(page, 'Reykjavik');
    const account = results.filter({ has: page.locator(`a[href*="/stories/${STORY}/press-tv/"]`) }).first();
    const href = (await account.locator('a.search-result-link').getAttribute('href'))!;
    expect(href).toMatch(/#s\d+$/);
    for (const text of await results.locator('p.font-serif').allTextContents()) {
      expect(text).not.toMatch(/\d+ words|Named in the text|Attribution inferred/);
    }
    await expect(page.getByRole('searchbox')).toHaveCount(1);
    await page.goto(href);
    await expect(page.locator(':target')).toBeInViewport();
    await expect(page.locator(':target')).toContainText('Reykjavik');
  });
});

test.describe('10. print', () => {
  test('A4 keeps the two columns, and folded lines print open', async ({ page }) => {
    await page.setViewportSize({ width: 718, height: 1000 }); // A4's printable width at 96 dpi
    await page.emulateMedia({ media: 'print' });
    await page.goto(COMPARE);
    const row = page.locator('.row[data-kind="changed"]').first();
    const [a, b] = [(await row.locator('.cell-a').boundingBox())!, (await row.locator('.cell-b').boundingBox())!];
    expect(b.x).toBeGreaterThan(a.x + a.width - 1);
    expect(Math.abs(a.y - b.y)).toBeLessThan(2);
    const folded = page.locator('.group .row').first();
    expect((await folded.boundingBox())?.height ?? 0).toBeGreaterThan(10);
  });
});

test.describe('11. the account page', () => {
  test('on a phone the article starts on the first screen', async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.goto(ACCOUNT);
    const first = page.locator('.coverage > p').first();
    const box = (await first.boundingBox())!;
    expect(box.y).toBeLessThan(PHONE.height - 40);
  });
  for (const scheme of ['light', 'dark'] as const)
    test(`shading steps are told apart by contrast and by underline (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(ACCOUNT);
      const steps = await page.evaluate(() => {
        // A copy of a real sentence (it carries the component's scoped-style attribute), set to each step.
        const sample = document.querySelector('.coverage .seg')!;
        const paper = getComputedStyle(document.documentElement).backgroundColor;
        return {
          paper,
          steps: [1, 2, 3].map((n) => {
            const el = sample.cloneNode(true) as HTMLElement;
            el.removeAttribute('id');
            el.className = `seg cov-${n}`;
            sample.after(el);
            const s = getComputedStyle(el);
            const out = { bg: s.backgroundColor, line: s.textDecorationColor, style: s.textDecorationStyle };
            el.remove();
            return out;
          }),
        };
      });
      const shades = [steps.paper, ...steps.steps.map((s) => s.bg)];
      for (let i = 1; i < shades.length; i++) expect(contrast(shades[i - 1]!, shades[i]!), `step ${i - 1} → ${i}`).toBeGreaterThanOrEqual(1.2);
      for (const s of steps.steps) expect(contrast(s.line, steps.paper)).toBeGreaterThanOrEqual(3);
      expect(new Set(steps.steps.map((s) => s.style)).size).toBe(3);
    });
});

test.describe('12. the story page', () => {
  test('has a contents list that reaches every section, and words its figures honestly', async ({ page }) => {
    await page.goto(`/stories/${STORY}/`);
    const contents = page.getByRole('navigation', { name: 'On this page' });
    for (const name of ['Accounts', 'Similarity matrix', 'Copy lineage', 'Who carries what', /^Quotes/, /^Word choices/, /^Facts that differ/, 'All accounts side by side', 'Timeline']) await expect(contents.getByRole('link', { name, exact: typeof name === 'string' })).toBeVisible();
    await contents.getByRole('link', { name: /^Quotes/ }).click();
    await expect(page.locator('#quotes h2')).toBeInViewport();
    // A 9% "closest relative" is not close; "most accounts" is not said of a two-account passage.
    const cards = await page.locator('#accounts + ul > li').allTextContents();
    for (const card of cards) {
      const share = /Closest relative: .*?(\d+)% of/.exec(card);
      if (share) expect(Number(share[1])).toBeGreaterThanOrEqual(20);
    }
    expect(cards.join(' ')).toContain('Told in its own words');
    await expect(page.locator('#who-carries-what')).not.toContainText('as most accounts');
  });
});

test.describe('13. comparison rows', () => {
  test('are quieter: one copy button (on the targeted row), plain numbers, plain figures', async ({ page }) => {
    await page.goto(`${COMPARE}#r5`);
    await expect(page.locator('.copy-link')).toHaveCount(1);
    await expect(page.locator('#r5 .copy-link')).toBeVisible();
    const before = await page.locator('.row-link').first().evaluate((el) => getComputedStyle(el, '::before').content);
    expect(before).toBe('none');
    const boxed = await page.locator('.compare-head .figures, .compare-head [aria-label="Figures"] li').evaluateAll((els) => els.filter((el) => parseFloat(getComputedStyle(el).borderTopWidth) > 0).length);
    expect(boxed).toBe(0);
    await expect(page.locator('.compare-head .figures')).toBeVisible();
  });
  test('a folded line says which rows it holds; hidden unchanged rows leave a note', async ({ page }) => {
    await page.goto(COMPARE);
    await expect(page.locator('.group summary').first()).toContainText(/rows? \d+/);
    await page.getByLabel(/Hide unchanged/).check();
    const note = page.locator('.unchanged-note').first();
    await expect(note).toBeVisible();
    await expect(note).toContainText(/\d+ unchanged rows? hidden \(rows? \d+/);
  });
  test('on a phone the first row starts near the top', async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.goto(COMPARE);
    const box = (await page.locator('.rows > li').first().boundingBox())!;
    expect(box.y).toBeLessThan(760);
  });
});

test.describe('14. share previews', () => {
  test('a comparison has an og:image card, 1200×630, and a description that gives each figure once', async ({ page, request }) => {
    await page.goto(`/stories/${STORY}/compare/islam-times/press-tv/`);
    const image = (await page.locator('meta[property="og:image"]').getAttribute('content'))!;
    expect(image).toMatch(/^https?:\/\/.+\.png$/);
    const png = await (await request.get(new URL(image).pathname)).body();
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
    const description = (await page.locator('meta[name="description"]').getAttribute('content'))!;
    for (const figure of description.match(/\d+%/g) ?? []) expect(description.split(figure).length - 1, figure).toBe(1);
  });
  test('the story has a card; the feed dates stories by when they were added, on the configured site', async ({ page, request }) => {
    await page.goto(`/stories/${STORY}/`);
    const image = (await page.locator('meta[property="og:image"]').getAttribute('content'))!;
    expect((await request.get(new URL(image).pathname)).headers()['content-type']).toContain('image/png');
    const rss = await (await request.get('/rss.xml')).text();
    expect(rss).toContain('<pubDate>Fri, 27 Nov 2026 00:00:00 GMT</pubDate>');
    const site = new URL(image).origin;
    for (const link of rss.match(/<link>[^<]+<\/link>/g) ?? []) expect(link.startsWith(`<link>${site}/`)).toBe(true);
  });
});
