// Every lesson of the Learn panel with a "Show me" sets the lab up to show its point: open each
// section, press "Show me", and the lab must take the preset, play, and stay free of console
// errors. Lessons the lab cannot show yet are text only, with no button.
import type { Page } from '@playwright/test';
import { test, expect, holdPageClock } from './fixtures';

const sections = [
  'why',
  'spectrum',
  'late',
  'partitions',
  'exactly-once',
  'state',
  'backfill',
  'changing-query',
  'lambda-kappa',
  'flink',
  'tools',
  'uses',
];
const textOnly = ['duplicates'];

/**
 * Opens the lab with the page's clock held (page.clock): a lesson's "Show me" starts playback,
 * and the playhead moves only when the test advances time, so a short preset at a high speed
 * cannot reach its end (and turn Pause back into Play) before a slow machine clicks Pause.
 */
async function openHeld(page: Page) {
  await page.clock.install();
  await page.goto('/?panel=learn');
  await holdPageClock(page);
}

test('each lesson opens and its "Show me" sets up and plays the lab', async ({ page }) => {
  await openHeld(page);
  const panel = page.getByTestId('learn-panel');
  await expect(panel).toBeVisible();
  for (const id of sections) {
    const section = page.getByTestId(`learn-${id}`);
    const open = await section.evaluate((d) => (d as HTMLDetailsElement).open);
    if (!open) await section.locator('summary').click();
    const button = page.getByTestId(`show-me-${id}`);
    await expect(button).toBeVisible();
    await button.click();
    // The preset took: no refusal notice, the lab plays, and the section says what to watch.
    await expect(page.getByTestId('settings-notice')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
    await expect(section.getByRole('status')).not.toBeEmpty();
    await page.getByRole('button', { name: 'Pause' }).click();
  }
});

test('the lessons the lab cannot show yet open as text, without a "Show me"', async ({ page }) => {
  await page.goto('/?panel=learn');
  for (const id of textOnly) {
    const section = page.getByTestId(`learn-${id}`);
    await section.locator('summary').click();
    await expect(section.locator('p').first()).toBeVisible();
    await expect(page.getByTestId(`show-me-${id}`)).toHaveCount(0);
  }
});

test('the late-events lesson makes the stream drop orders', async ({ page }) => {
  await openHeld(page);
  await page.getByTestId('learn-late').locator('summary').click();
  await page.getByTestId('show-me-late').click();
  // "Show me" brings the stage back into view: the stream lane is on screen while it plays.
  await expect(page.getByRole('region', { name: 'Stream lane', exact: true })).toBeInViewport();
  await page.getByRole('button', { name: 'Pause' }).click();
  await page.getByRole('slider', { name: 'Playhead' }).focus();
  await page.keyboard.press('End');
  const dropped = Number(
    (await page.getByRole('button', { name: /^Dropped/ }).textContent())!.match(/\d+/)![0],
  );
  expect(dropped).toBeGreaterThan(0);
});
