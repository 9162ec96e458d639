/**
 * Reader-supplied inline text is isolated (issue 12, case 9): a U+202E RIGHT-TO-LEFT OVERRIDE in an
 * outlet name, a headline, an author, a title or a quote cannot reverse the figures and words beside
 * it. On the hostile site (project "hostile"): every text node that carries the override sits inside
 * an isolating element (`<bdi>`, or `dir="auto"`, which isolates too).
 *
 * Known gap, marked `test.fail` so it flips when fixed: sentences composed as strings by the site's
 * view models ("X’s and Y’s texts are the same", "100% of X’s words in Y", lineage labels, the
 * lineage SVG's node names) embed names without isolation; they need the view models to return
 * parts (or U+2068/U+2069 isolates) and are left to the owner of those view models.
 */
import { expect, test } from '@playwright/test';
import { BIDI_OVERRIDE, BIDI_STORY } from '../fixtures/make-hostile.ts';
import { HOSTILE_SITE, requireBuilt } from './dist-files.ts';

test.beforeAll(() => requireBuilt(HOSTILE_SITE));

/** Elements whose text is a sentence composed by a view model, not a component's single value. */
const COMPOSED = '.finding, li.bg-faint, .text-muted, strong, desc, text, a.text-ink, a[href*="/compare/"]';

const PAGES = ['/', `/stories/${BIDI_STORY}/`, `/stories/${BIDI_STORY}/overridden/`, `/stories/${BIDI_STORY}/plain/`, `/stories/${BIDI_STORY}/compare/overridden/plain/`, `/stories/${BIDI_STORY}/compare/plain/overridden/`];

for (const url of PAGES) {
  test(`${url}: every value carrying U+202E is isolated`, async ({ page }) => {
    await page.goto(url);
    const unisolated = await page.evaluate(({ marker, composed }) => {
      const bad: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let found = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.textContent!.includes(marker)) continue;
        found++;
        const isolate = node.parentElement!.closest('bdi, [dir="auto"], [dir="rtl"], [dir="ltr"]');
        if (!isolate) bad.push(`${node.parentElement!.matches(composed) ? 'composed' : 'value'}: ${node.parentElement!.outerHTML.slice(0, 120)}`);
      }
      return { bad, found };
    }, { marker: BIDI_OVERRIDE, composed: COMPOSED });
    expect(unisolated.found, 'the page shows the fixture\'s values').toBeGreaterThan(0);
    expect(unisolated.bad.filter((b) => b.startsWith('value:'))).toEqual([]);
  });
}

test('sentences composed by view models isolate the names in them (known gap)', async ({ page }) => {
  test.fail(true, 'view-model sentences embed names without isolation (see the file comment)');
  await page.goto(`/stories/${BIDI_STORY}/compare/overridden/plain/`);
  const text = await page.locator('.finding').first().evaluate((el) => el.innerHTML);
  expect(text).toMatch(/<bdi>|\u2068/);
});
