import { expect, test } from '@playwright/test';

const STORY = 'lavrov-blinken-reykjavik-2021';

test.describe('story page: cross-account sections', () => {
  test('shows who carries what, copy lineage, quotes and facts that differ', async ({ page }) => {
    await page.goto(`/stories/${STORY}/`);
    for (const name of ['Who carries what', 'Copy lineage', 'Quotes', 'Facts that differ']) {
      await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
    }
    // Quotes: the TASS-reported Lavrov quote, carried by three accounts.
    await expect(page.locator('#quotes caption', { hasText: 'The conversation seemed to me constructive' })).toContainText('3 accounts');
    // Name forms: Sergei / Sergey.
    await expect(page.locator('#facts')).toContainText('Sergei');
    await expect(page.locator('#facts')).toContainText('Sergey');
  });

  test('the lineage diagram has a text equivalent', async ({ page }) => {
    await page.goto(`/stories/${STORY}/`);
    const svg = page.locator('#copy-lineage svg[role="img"]');
    await expect(svg).toBeVisible();
    await expect(svg.locator('title')).toHaveText(/Copy lineage/);
    await expect(svg.locator('desc')).toContainText('Press TV → Islam Times: copy');
    const list = page.locator('#copy-lineage ol');
    await expect(list).toContainText('Press TV → Islam Times: copy');
    await expect(list).toContainText('revision');
  });

  test('who carries what: marks have text labels and link to comparison rows; filters work without JS', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`/stories/${STORY}/`);
    const first = page.locator('#carry-first');
    await expect(first).toBeVisible();
    await expect(page.locator('#carry-one')).toBeHidden();
    await expect(first.locator('td.cell a').first()).toHaveAttribute('href', new RegExp(`/stories/${STORY}/compare/[^/]+/[^/]+/#r\\d+$`));
    // The mark is a glyph (explained by the legend); its words are the link's or the cell's name.
    await expect(first.locator('td.cell a').first()).toHaveAccessibleName(/^.+: (same words|reworded)$/);
    await expect(first.getByRole('cell', { name: /^.+: absent$/ }).first()).toHaveText('○');
    await page.getByRole('link', { name: /Only one outlet/ }).click();
    await expect(page.locator('#carry-one')).toBeVisible();
    await expect(first).toBeHidden();
    await context.close();
  });

  test('who carries what: one element a cell (two with its link), so the page stays light', async ({ page }) => {
    await page.goto(`/stories/${STORY}/`);
    // What each cell holds: its link, or nothing but its glyph.
    const inside = await page.locator('#who-carries-what td.cell').evaluateAll((tds) => tds.map((td) => [...td.querySelectorAll('*')].map((e) => e.localName).join(' ')));
    expect(inside.length).toBeGreaterThan(100);
    expect([...new Set(inside)].sort()).toEqual(['', 'a']);
    // Was 3,610 elements, two thirds of them in this table's four views (Lighthouse: "excessive DOM size").
    expect(await page.evaluate(() => document.querySelectorAll('*').length)).toBeLessThan(2500);
  });

  test('who carries what: the script switches views in place', async ({ page }) => {
    await page.goto(`/stories/${STORY}/`);
    await page.getByRole('link', { name: /Carried by all/ }).click();
    await expect(page.locator('#carry-all')).toBeVisible();
    await expect(page.locator('#carry-first')).toBeHidden();
    await expect(page).toHaveURL(/#carry-all$/);
  });
});

test('story JSON endpoint has the documented keys', async ({ request }) => {
  const res = await request.get(`/api/stories/${STORY}.json`);
  expect(res.ok()).toBe(true);
  const json = await res.json();
  for (const key of ['schema', 'story', 'versions', 'similarity', 'clusters', 'lineage', 'quotes', 'variants']) expect(json).toHaveProperty(key);
  expect(json.schema).toBe(1);
  expect(json.story).toBe(STORY);
  expect(json.versions[0]).toEqual(expect.objectContaining({ id: expect.any(String), outlet: expect.any(String), published: expect.any(String), words: expect.any(Number) }));
  expect(json.lineage).toContainEqual(expect.objectContaining({ from: 'press-tv', to: 'islam-times', kind: 'copy' }));
  expect(json.lineage).toContainEqual(expect.objectContaining({ from: 'rferl', to: 'rferl-annotated-repost', kind: 'revision' }));
  expect(json.clusters[0]).toEqual(expect.objectContaining({ id: expect.any(String), members: expect.any(Array) }));
  expect(json.quotes[0].members[0]).toEqual(expect.objectContaining({ version: expect.any(String), text: expect.any(String) }));
  expect(json.quotes[0].members[0]).toHaveProperty('verb');
});
