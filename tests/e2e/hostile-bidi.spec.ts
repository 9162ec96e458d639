/**
 * Reader-supplied inline text is isolated (issue 12, case 9): a U+202E RIGHT-TO-LEFT OVERRIDE in an
 * outlet name, a headline, an author, a title or a quote cannot reverse the figures and words beside
 * it. On the hostile site (project "hostile"): every text node that carries the override sits inside
 * an isolating element (`<bdi>`, or `dir="auto"`, which isolates too).
 *
 * Sentences the site composes around names ("X’s and Y’s texts are the same", "100% of X’s words
 * in Y", lineage labels) isolate each name inside them (src/components/Isolated.astro). SVG is left
 * out: each of its text elements holds one name alone, and its <desc> is not drawn.
 */
import { expect, test } from '@playwright/test';
import { BIDI_OVERRIDE, BIDI_STORY } from '../fixtures/make-hostile.ts';
import { HOSTILE_SITE, requireBuilt } from './dist-files.ts';

test.beforeAll(() => requireBuilt(HOSTILE_SITE));

const PAGES = ['/', `/stories/${BIDI_STORY}/`, `/stories/${BIDI_STORY}/overridden/`, `/stories/${BIDI_STORY}/plain/`, `/stories/${BIDI_STORY}/compare/overridden/plain/`, `/stories/${BIDI_STORY}/compare/plain/overridden/`];

for (const url of PAGES) {
  test(`${url}: every value carrying U+202E is isolated`, async ({ page }) => {
    await page.goto(url);
    const unisolated = await page.evaluate((marker) => {
      const bad: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let found = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.textContent!.includes(marker)) continue;
        found++;
        const isolate = node.parentElement!.closest('bdi, [dir="auto"], [dir="rtl"], [dir="ltr"]');
        if (!isolate && !node.parentElement!.closest('svg')) bad.push(node.parentElement!.outerHTML.slice(0, 120));
      }
      return { bad, found };
    }, BIDI_OVERRIDE);
    expect(unisolated.found, 'the page shows the fixture\'s values').toBeGreaterThan(0);
    expect(unisolated.bad).toEqual([]);
  });
}

