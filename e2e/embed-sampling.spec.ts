// `?embed=1&panel=sampling` puts the sampling panel alone in someone else's page: it loads on
// demand, fills as the embed plays, and passes axe.
import { expectNoAxeViolations, expect, test } from './fixtures';

test('an embed of the sampling panel shows it alone, and playing feeds its reservoir', async ({
  page,
}) => {
  await page.goto('/?embed=1&panel=sampling&speed=8');
  await expect(page.getByTestId('embed')).toHaveAttribute('data-piece', 'sampling');
  const panel = page.getByTestId('sampling-panel');
  await expect(panel).toBeVisible();
  await expect(page.locator('.lane-panel')).toHaveCount(0);
  const seen = panel.getByTestId('smp-seen');
  await expect(seen).toHaveText('0');
  await page.getByRole('button', { name: /^Start/ }).click();
  await expect
    .poll(async () => Number((await seen.textContent())?.replace(/,/g, '')))
    .toBeGreaterThan(0);
  await page.getByTestId('play-toggle').click();
  await expectNoAxeViolations(page);
});
