/**
 * The reading pages against the built site: every page type renders cleanly, comparisons show
 * the expected rows, deep links and j/k work, everything reads with JavaScript off, axe finds
 * nothing in light or dark, nothing overflows at phone width, and search finds an account.
 */
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

const STORY = 'lavrov-blinken-reykjavik-2021';
const COMPARE = `/stories/${STORY}/compare/rferl/rferl-annotated-repost/`;
const PAGES = {
  home: '/',
  story: `/stories/${STORY}/`,
  account: `/stories/${STORY}/press-tv/`,
  compare: COMPARE,
  'compare-contained': `/stories/${STORY}/compare/islam-times/press-tv/`,
  about: '/about/',
  search: '/search/',
};

/** Collects console errors and failed requests of a page. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(err.message));
  return errors;
}

test.describe('every page type', () => {
  for (const [name, path] of Object.entries(PAGES)) {
    test(`${name} renders without console errors, with title, description, canonical and social meta`, async ({ page }) => {
      const errors = watchErrors(page);
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{30,}/);
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${path.replace(/[/]/g, '\\/')}$`));
      await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /\S/);
      await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', /\S/);
      await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveCount(1);
      await page.waitForLoadState('networkidle');
      expect(errors).toEqual([]);
    });
  }

  test('no page carries an inline script', async ({ page }) => {
    for (const path of Object.values(PAGES)) {
      await page.goto(path);
      const inline = await page.locator('script:not([src])').count();
      expect(inline, path).toBe(0);
    }
  });

  test('the RSS feed lists the story, the JSON API carries the comparison', async ({ request }) => {
    const rss = await (await request.get('/rss.xml')).text();
    expect(rss).toContain(`/stories/${STORY}/</link>`);
    const json = await (await request.get(`/api/stories/${STORY}/compare/rferl/rferl-annotated-repost.json`)).json();
    expect(json).toMatchObject({ schema: 1, story: STORY, a: { id: 'rferl' }, b: { id: 'rferl-annotated-repost' } });
    expect(json.rows.length).toBeGreaterThan(0);
  });
});

test.describe('comparison page', () => {
  test('a "Comment:" paragraph stands alone on the repost side against RFE/RL', async ({ page }) => {
    await page.goto(COMPARE);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('RFE/RL');
    await expect(page.locator('.finding')).toContainText('4 interleaved comments');
    const group = page.locator('.group', { hasText: 'interleaved comment' }).first();
    await group.locator('summary').click();
    const row = group.locator('.row', { hasText: 'Comment:' }).first();
    await expect(row).toBeVisible();
    await expect(row).toHaveAttribute('data-kind', 'b-only');
    await expect(row.locator('.cell-b')).toContainText(/^(Unnamed site)?\s*(Unnamed site: )?Comment:/);
    await expect(row.locator('.cell-a')).toHaveClass(/cell-empty/);
    await expect(row.locator('.cell-a')).not.toContainText('Comment');
  });

  test('word differences are marked with del and ins, announced to screen readers', async ({ page }) => {
    await page.goto(COMPARE);
    const changed = page.locator('.row[data-kind="changed"]').first();
    await expect(changed.locator('.cell-a del').first()).toBeVisible();
    await expect(changed.locator('.cell-b ins').first()).toBeVisible();
    await expect(changed.locator('.cell-a del .visually-hidden').first()).toHaveText(/removed|variant/);
    // The merged line of a close rewording is for phones only: wide screens show the two columns.
    const merged = page.locator('.row[data-merged]');
    expect(await merged.count()).toBeGreaterThan(0);
    await expect(merged.first().locator('.cell-merged')).toBeHidden();
    await expect(merged.first().locator('.cell-a .text')).toBeVisible();
    await expect(merged.first().locator('.cell-b .text')).toBeVisible();
    // compressHTML must not glue words together: the A side reads as the account's text.
    const aText = (await changed.locator('.cell-a .text').innerText()).replace(/\s+/g, ' ');
    expect(aText).not.toMatch(/[a-z][A-Z][a-z]+ [a-z]/);
  });

  test('a deep link lands on and highlights its row', async ({ page }) => {
    await page.goto(`${COMPARE}#r7`);
    const row = page.locator('#r7');
    await expect(row).toBeInViewport();
    expect(await row.evaluate((el) => el.matches(':target'))).toBe(true);
    const bg = await row.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(bg).not.toBe('rgba(0, 0, 0, 0)');
    await expect(row.locator('.row-link')).toHaveAttribute('href', '#r7');
  });

  test('j and k move between differences', async ({ page }) => {
    await page.goto(COMPARE);
    const stops = await page.locator('[data-stop]').evaluateAll((els) => els.map((el) => el.id));
    expect(stops.length).toBeGreaterThan(3);
    await page.keyboard.press('j');
    await expect(page).toHaveURL(new RegExp(`#${stops[0]}$`));
    await page.keyboard.press('j');
    await expect(page).toHaveURL(new RegExp(`#${stops[1]}$`));
    await page.keyboard.press('j');
    await expect(page).toHaveURL(new RegExp(`#${stops[2]}$`));
    await expect(page.locator(`#${stops[2]}`)).toBeInViewport();
    await page.keyboard.press('k');
    await expect(page).toHaveURL(new RegExp(`#${stops[1]}$`));
    // Unchanged rows are never a stop.
    for (const id of stops) expect(await page.locator(`#${id}`).getAttribute('data-kind')).not.toBe('equal');
  });

  test('swap sides links to the reverse comparison; hide unchanged is remembered', async ({ page }) => {
    await page.goto(COMPARE);
    await expect(page.getByRole('link', { name: /Swap sides/ }).first()).toHaveAttribute('href', `/stories/${STORY}/compare/rferl-annotated-repost/rferl/`);
    const equal = page.locator('.row[data-kind="equal"]').first();
    await expect(equal).toBeVisible();
    await page.getByLabel(/Hide unchanged/).check();
    await expect(equal).toBeHidden();
    await page.reload();
    await expect(page.getByLabel(/Hide unchanged/)).toBeChecked();
    await expect(page.locator('.row[data-kind="equal"]').first()).toBeHidden();
  });
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('a comparison is readable, its controls work by links and CSS', async ({ page }) => {
    await page.goto(COMPARE);
    await expect(page.locator('.finding')).toBeVisible();
    await expect(page.locator('.row').first()).toBeVisible();
    await expect(page.locator('.row[data-kind="changed"] del').first()).toBeVisible();
    await page.getByRole('link', { name: /Next difference/ }).click();
    const first = await page.locator('[data-stop]').first().getAttribute('id');
    await expect(page).toHaveURL(new RegExp(`#${first}$`));
    await page.getByLabel(/Hide unchanged/).check();
    await expect(page.locator('.row[data-kind="equal"]').first()).toBeHidden();
    const group = page.locator('.group').first();
    await group.locator('summary').click();
    await expect(group.locator('.row').first()).toBeVisible();
  });

  test('story, account and home pages are readable', async ({ page }) => {
    await page.goto(`/stories/${STORY}/`);
    await expect(page.locator('table.matrix')).toBeVisible();
    await page.goto(`/stories/${STORY}/press-tv/`);
    await expect(page.getByText('Kiev and its Western allies accuse Moscow')).toBeVisible();
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
  });
});

test.describe('accessibility', () => {
  test.describe.configure({ timeout: 90_000 });
  for (const scheme of ['light', 'dark'] as const) {
    for (const [name, path] of Object.entries(PAGES)) {
      test(`axe finds no violation on ${name} (${scheme})`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(path);
        // Open collapsed groups so their rows are checked too, and render the sections the page
        // leaves to `content-visibility: auto` (axe cannot see colours or sizes in skipped content).
        await page.evaluate(() => {
          document.querySelectorAll('details').forEach((d) => (d.open = true));
          for (const el of document.querySelectorAll<HTMLElement>('body *')) if (getComputedStyle(el).contentVisibility === 'auto') el.style.contentVisibility = 'visible';
        });
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
      });
    }
  }
  test('a targeted row is checked in both themes', async ({ page }) => {
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`${COMPARE}#r1`);
      const results = await new AxeBuilder({ page }).include('#r1').analyze();
      expect(results.violations.map((v) => v.id)).toEqual([]);
    }
  });
});

test.describe('phone width', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  for (const [name, path] of Object.entries(PAGES)) {
    test(`${name} does not overflow horizontally at 390 px`, async ({ page }) => {
      await page.goto(path);
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.scrollingElement!.scrollWidth, innerWidth: window.innerWidth }));
      expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
    });
  }
  test('a close rewording reads as one line with the changes inline, a far one as A then B', async ({ page }) => {
    await page.goto(COMPARE);
    const close = page.locator('.row[data-merged]').first();
    await expect(close.locator('.cell-merged')).toBeVisible();
    await expect(close.locator('.cell-merged').locator('del, ins').first()).toBeVisible();
    await expect(close.locator('.cell-a')).toBeHidden();
    await expect(close.locator('.cell-b')).toBeHidden();
    // The one line holds both texts: without its insertions it is A, without its deletions B. A
    // variant in punctuation alone is shown once, in B's form, with A's form in `data-a`.
    const read = (selector: string, drop = '') =>
      close.locator(selector).evaluate((el, drop) => {
        const copy = el.cloneNode(true) as HTMLElement;
        if (drop === 'ins') copy.querySelectorAll('ins[data-a]').forEach((n) => n.replaceWith(n.getAttribute('data-a')!));
        copy.querySelectorAll(['.visually-hidden', drop].filter(Boolean).join(', ')).forEach((n) => n.remove());
        return copy.textContent!.replace(/\s+/g, ' ').trim();
      }, drop);
    expect(await read('.cell-merged .text', 'ins')).toBe(await read('.cell-a .text'));
    expect(await read('.cell-merged .text', 'del')).toBe(await read('.cell-b .text'));
    expect((await new AxeBuilder({ page }).include(`#${await close.getAttribute('id')}`).analyze()).violations.map((v) => v.id)).toEqual([]);
    const far = page.locator('.row[data-kind="changed"]:not([data-merged])').first();
    await expect(far.locator('.cell-a .text')).toBeVisible();
    await expect(far.locator('.cell-b .text')).toBeVisible();
  });
  test('a linked row stays one column: its number and controls above its text, full width', async ({ page }) => {
    await page.goto(COMPARE);
    const id = await page.locator('.row[data-merged]').first().getAttribute('id');
    await page.goto(`${COMPARE}#${id}`);
    const row = page.locator(`#${id}`);
    await expect(row.locator('.row-nav')).toBeVisible();
    const [gutter, text, nav] = await Promise.all(['.gutter', '.cell-merged', '.row-nav'].map((s) => row.locator(s).boundingBox()));
    const box = await row.boundingBox();
    expect(gutter!.y + gutter!.height).toBeLessThanOrEqual(text!.y + 1);
    expect(nav!.y).toBeGreaterThanOrEqual(text!.y + text!.height - 1);
    expect(text!.width).toBeGreaterThan(box!.width * 0.9);
  });
  test('row controls are at least 44 px tall', async ({ page }) => {
    // The copy button sits on the targeted row (issue 14).
    await page.goto(`${COMPARE}#r1`);
    for (const selector of ['.row-link', '.copy-link', '.toolbar a', '.toolbar label', '.group summary']) {
      const box = await page.locator(selector).first().boundingBox();
      expect(box!.height, selector).toBeGreaterThanOrEqual(44);
    }
  });
});

test('search finds an account by a phrase from it', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('searchbox', { name: /Search/ }).fill('fined RFE/RL for violating');
  await page.getByRole('searchbox', { name: /Search/ }).press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=/);
  await expect(page.getByRole('status')).toContainText(/result/, { timeout: 10_000 });
  const result = page.locator('.search-result-link').first();
  await expect(result).toBeVisible({ timeout: 10_000 });
  await expect(result).toHaveAttribute('href', new RegExp(`/stories/${STORY}/antiwar/`));
});

test.describe('screenshots for the README', () => {
  for (const width of [1280, 390]) {
    for (const scheme of ['light', 'dark'] as const) {
      test(`comparison at ${width} px, ${scheme}`, async ({ page }) => {
        await page.setViewportSize({ width, height: width > 600 ? 1000 : 844 });
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(COMPARE);
        await page.screenshot({ path: `docs/screenshots/compare-${width}-${scheme}.png` });
      });
    }
  }
});
