/**
 * The single-account page shows the captured text exactly: nothing lost, nothing added. Each
 * paragraph of the article, as the page's text (without screen-reader labels, coverage markers and
 * their closed popovers), is the account's paragraph as read from the seed fixture by the site's own
 * loader: no space joined in between sentences, none dropped where the source has one.
 */
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { loadCorpus } from '../../src/lib/content/corpus.ts';
import { ROOT, SEED, requireBuilt } from './dist-files.ts';

test.beforeAll(() => requireBuilt(SEED));

const corpus = await loadCorpus(path.join(ROOT, SEED.content));

test('the seed corpus has the five accounts this spec reads', () => {
  expect(corpus.versions.length).toBe(5);
});

for (const version of corpus.versions) {
  test(`${version.id}: every paragraph on the account page is the captured paragraph`, async ({ page }) => {
    await page.goto(`/stories/${version.story}/${version.version}/`);
    const shown = await page.locator('article .coverage p').evaluateAll((paragraphs) =>
      paragraphs.map((p) => {
        const copy = p.cloneNode(true) as HTMLElement;
        for (const aside of copy.querySelectorAll('.visually-hidden, button.marker, [popover]')) aside.remove();
        return copy.textContent;
      }),
    );
    // Blank paragraphs have no text to show (and no element).
    expect(shown).toEqual(version.paragraphs.filter((p) => /\S/u.test(p)));
  });
}

test('a run-on sentence stays run on (Islam Times: "on Wednesday.The Russian")', async ({ page }) => {
  await page.goto('/stories/lavrov-blinken-reykjavik-2021/islam-times/');
  const text = await page.locator('article .coverage').evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement;
    for (const aside of copy.querySelectorAll('.visually-hidden, button.marker, [popover]')) aside.remove();
    return copy.textContent;
  });
  expect(text).toContain('on Wednesday.The Russian');
  expect(text).not.toContain('on Wednesday. The Russian');
});
