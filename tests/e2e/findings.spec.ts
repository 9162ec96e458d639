/**
 * Word choices, facts that differ and outlet profiles (issue 16) on the built seed site: content,
 * links that open the row, JavaScript off, phone width, axe in both themes.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { SEED, requireBuilt } from './dist-files.ts';

const STORY = `/stories/lavrov-blinken-reykjavik-2021/`;
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

test.beforeAll(() => requireBuilt(SEED));

test.describe('story page: word choices and facts (JavaScript off)', () => {
  test.use({ javaScriptEnabled: false });

  test('“took place” / “was held” is a word choice whose link opens the row', async ({ page }) => {
    await page.goto(STORY);
    const section = page.locator('#word-choices');
    const row = section.locator('tr', { hasText: '“took place”' });
    await expect(row).toContainText('“was held”');
    await expect(section).not.toContainText('Comment:');
    const link = row.getByRole('link').first();
    await expect(link).toHaveAttribute('href', /\/compare\/[a-z-]+\/[a-z-]+\/#r\d+$/);
    await link.click();
    const id = new URL(page.url()).hash.slice(1);
    await expect(page.locator(`[id="${id}"]`)).toContainText('took place');
  });

  test('facts list the name spellings as one name, once; no separate variants section', async ({ page }) => {
    await page.goto(STORY);
    const facts = page.locator('#facts');
    await expect(facts.locator('li', { hasText: '“Sergei” / “Sergey”' })).toContainText('the same name, spelled differently');
    await expect(facts.locator('li', { hasText: '“Aleksei” / “Alexei”' })).toHaveCount(1);
    await expect(page.locator('#variants')).toHaveCount(0);
  });
});

test.describe('outlet profiles (JavaScript off)', () => {
  test.use({ javaScriptEnabled: false });

  test('the home page links to the outlets index, which links every profile', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'All outlets' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Outlets');
    await expect(page.getByTestId('outlet-list').getByRole('link')).toHaveCount(5);
  });

  test('Press TV’s text is carried by Islam Times in 1 of 1 shared stories', async ({ page }) => {
    await page.goto('/outlets/press-tv/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Press TV');
    await expect(page.getByTestId('outlet-relations')).toContainText('Its text is carried by Islam Times in 1 of 1 shared stories.');
    await expect(page.getByRole('link', { name: /Lavrov|Blinken/ }).first()).toBeVisible();
    const json = await (await page.request.get('/api/outlets/press-tv.json')).json();
    expect(json.relations.find((r: { outlet: string }) => r.outlet === 'islam-times').kinds.copiedBy).toBe(1);
  });

  test('outlet names on story and account pages link to the profile', async ({ page }) => {
    await page.goto(STORY);
    await page.getByRole('link', { name: 'Outlet profile: Press TV' }).click();
    await expect(page).toHaveURL(/\/outlets\/press-tv\/$/);
    await page.goto(`${STORY}press-tv/`);
    await expect(page.locator('a[href="/outlets/press-tv/"]').first()).toBeVisible();
  });

  test('a comparison, the synopsis and the timeline link each account’s outlet to its profile', async ({ page }) => {
    await page.goto(`${STORY}compare/press-tv/islam-times/`);
    await expect(page.getByRole('link', { name: 'outlet profile: Islam Times' })).toHaveAttribute('href', '/outlets/islam-times/');
    await page.getByRole('link', { name: 'outlet profile: Press TV' }).click();
    await expect(page).toHaveURL(/\/outlets\/press-tv\/$/);
    for (const view of ['synopsis/', 'timeline/']) {
      await page.goto(`${STORY}${view}`);
      await expect(page.locator('main a[href="/outlets/press-tv/"]')).toHaveCount(1);
      await expect(page.locator('main a[href^="/outlets/"]')).toHaveCount(5);
    }
  });
});

test.describe('phone width', () => {
  test.use({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
  for (const path of ['/outlets/', '/outlets/press-tv/', STORY]) {
    test(`${path} does not scroll sideways; links are 44 px tall`, async ({ page }) => {
      await page.goto(path);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      // Every link of an outlet page's main content (accounts, stories, relations, word choices, JSON); the story page's new sections.
      const links = path.startsWith('/outlets/') ? 'main a' : '#word-choices a, #facts a';
      const all = await page.locator(links).all();
      expect(all.length).toBeGreaterThan(0);
      for (const link of all) expect((await link.boundingBox())!.height, `${path} ${await link.textContent()}`).toBeGreaterThanOrEqual(44);
    });
  }
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe: outlet pages and the story page’s new sections, ${scheme}`, async ({ page }) => {
    // Three axe runs, one on the long story page: over 30 s on a loaded machine.
    test.slow();
    await page.emulateMedia({ colorScheme: scheme });
    for (const path of ['/outlets/', '/outlets/press-tv/']) {
      await page.goto(path);
      const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      expect(results.violations.map((v) => `${path} ${v.id}: ${v.nodes.length}`)).toEqual([]);
    }
    await page.goto(STORY);
    const results = await new AxeBuilder({ page }).include('#word-choices').include('#facts').withTags(AXE_TAGS).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
  });
}
