import { test, expect, expectNoAxeViolations } from './fixtures';

test('the shell shows the product name and the lab regions', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle('Batch vs Stream Lab');
  await expect(page.getByRole('heading', { level: 1, name: 'Batch vs Stream Lab' })).toBeVisible();
  for (const name of ['Play area', 'Latency versus complexity', 'What if orders arrive late?']) {
    await expect(page.getByRole('region', { name })).toBeVisible();
  }
  // Everything else is one tab away, each tab a named panel.
  for (const [tab, region] of [
    ['Controls', 'Controls'],
    ['What is going on', 'What is going on'],
    ['Results', 'Results against the truth'],
  ] as const) {
    await page.getByRole('tab', { name: tab, exact: true }).click();
    await expect(page.getByRole('tabpanel', { name: region })).toBeVisible();
  }
});

test('the shell has no accessibility violations in light and dark themes', async ({ page }) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);
  }
});

test('the dark theme follows prefers-color-scheme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  const light = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.emulateMedia({ colorScheme: 'dark' });
  const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(light).not.toEqual(dark);
});
