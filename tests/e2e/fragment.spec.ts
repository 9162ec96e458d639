/**
 * A malformed URL fragment (issue 12, case 9): `#%E0%A4%A` is not valid percent-encoding, and
 * decoding it must not throw in the comparison script, which would disable j/k and Copy.
 */
import { expect, test } from '@playwright/test';
import { SEED, requireBuilt } from './dist-files.ts';

test.beforeAll(() => requireBuilt(SEED));

const COMPARE = '/stories/lavrov-blinken-reykjavik-2021/compare/rferl/rferl-annotated-repost/';

test('a malformed fragment throws nothing, and j still moves to the first difference', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${COMPARE}#%E0%A4%A`);
  await page.evaluate(() => window.dispatchEvent(new HashChangeEvent('hashchange')));
  const first = await page.locator('[data-stop]').first().getAttribute('id');
  await page.keyboard.press('j');
  await expect(page).toHaveURL(new RegExp(`#${first}$`));
  expect(errors).toEqual([]);
});
