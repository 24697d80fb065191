// Playback from the keyboard alone: space plays and pauses, arrows step orders (shift: firings),
// Home rewinds; keys typed into a field never move the playhead.
import { test, expect, openTab } from './fixtures';

test('space, arrows and Home drive playback; typing in a field does not', async ({ page }) => {
  await page.goto('/');
  const clock = page.getByTestId('playback-clock');
  const start = await clock.textContent();

  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();

  await page.keyboard.press('Home');
  await expect(clock).toHaveText(start!);
  await page.keyboard.press('ArrowRight');
  const afterOrder = await clock.textContent();
  expect(afterOrder).not.toBe(start);
  await page.keyboard.press('Shift+ArrowRight');
  const afterFiring = await clock.textContent();
  expect(afterFiring! >= afterOrder!).toBe(true);

  // Typing a seed: digits and arrows stay in the field.
  await openTab(page, 'Controls');
  const seed = page.getByTestId('seed-input');
  await seed.click();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Space');
  await expect(clock).toHaveText(afterFiring!);
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
});
