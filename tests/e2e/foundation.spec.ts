import { expect, test } from '@playwright/test';

const STORY = 'lavrov-blinken-reykjavik-2021';

test('home lists the story and links to its accounts', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Retold' })).toBeVisible();
  await page.getByRole('link', { name: /Lavrov–Blinken meeting/ }).first().click();
  await expect(page).toHaveURL(new RegExp(`/stories/${STORY}/$`));
  for (const outlet of ['RFE/RL', 'Press TV', 'Islam Times', 'Antiwar.com', 'Unnamed site']) {
    await expect(page.getByRole('link', { name: outlet, exact: true }).first()).toBeVisible();
  }
});

test('an account page shows the full captured text', async ({ page }) => {
  await page.goto(`/stories/${STORY}/press-tv/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Russia ready to discuss issues with US based on honesty, mutual respect: Lavrov');
  await expect(page.getByText('Kiev and its Western allies accuse Moscow of having a hand in the crisis.')).toBeVisible();
  // Page furniture is folded into one line (issue 14): it is in the page, and opens.
  const folded = page.locator('details', { hasText: 'SHARE THIS ARTICLE' });
  await folded.locator('summary').click();
  await expect(page.getByText('SHARE THIS ARTICLE')).toBeVisible();
});
