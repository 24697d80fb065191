// Presets lead the eye (#13): when an answer is revealed, what it quotes is brought into view at
// 1280x720 (a lane enlarged or outlined, the chart outlined, or a place in a tab below the stage)
// together with the answer itself; "Back to the four lanes" restores the stage.
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { PRESET_IDS } from '../src/app/presets/ids';

// Every classroom preset, as the menu lists them (the ids are part of links).
const PRESETS = PRESET_IDS;

async function expectInViewport(page: Page, what: string, el: Locator) {
  const box = await el.boundingBox();
  const vp = page.viewportSize()!;
  expect(box, `${what} is on the page`).not.toBeNull();
  // At least part of it, and its top, on screen: big tables may run below the fold.
  expect(box!.y, `${what}: top on screen`).toBeGreaterThanOrEqual(0);
  expect(box!.y, `${what}: top on screen`).toBeLessThan(vp.height - 40);
  expect(box!.x + box!.width, `${what}: inside`).toBeLessThanOrEqual(vp.width + 1);
}

for (const id of PRESETS) {
  test(`preset ${id}: its answer and what it quotes are on screen together at 1280x720`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(`/?preset=${id}`);
    const card = page.getByTestId('preset-card');
    await expect(card).toBeVisible();
    // Every answer out: scrub to the end, then ask where the last one's numbers are.
    const playhead = page.getByRole('slider', { name: 'Playhead' });
    await playhead.focus();
    await playhead.press('End');
    const answer = page.getByTestId('preset-answers').locator('p').last();
    await expect(answer).not.toBeEmpty();
    await card.getByRole('button', { name: 'Show where' }).click();
    const spotlit = page.locator('[data-spotlit]');
    const large = page.locator('.lane-panel[data-size="large"]');
    await expect
      .poll(async () => (await spotlit.count()) + (await large.count()))
      .toBeGreaterThan(0);
    if ((await large.count()) > 0) await expectInViewport(page, 'the enlarged lane', large);
    for (let i = 0; i < (await spotlit.count()); i++)
      await expectInViewport(page, 'what the answer quotes', spotlit.nth(i));
    await expectInViewport(page, 'the answer', answer);
    // And back to the stage as it was.
    await card.getByRole('button', { name: 'Back to the four lanes' }).click();
    await expect(large).toHaveCount(0);
    await expect(spotlit).toHaveCount(0);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
  });
}

test('playing a preset to its pause enlarges the lane its answer talks about', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/?preset=stragglers&speed=8');
  await page.getByTestId('play-toggle').click();
  await expect(page.getByTestId('preset-answers')).toContainText('The stream dropped', {
    timeout: 60_000,
  });
  await expect(page.getByRole('region', { name: 'Stream lane', exact: true })).toHaveAttribute(
    'data-size',
    'large',
  );
  await expect(page).toHaveURL(/focus=stream/);
});

test('preset 7 marks the crash on the stream lane itself, once the playhead reaches it', async ({
  page,
}) => {
  await page.goto('/?preset=crash');
  const mark = page.locator('.lane-panel[data-lane="stream"] [data-mark="crash"]');
  await expect(page.getByTestId('preset-card')).toContainText('12:20:10');
  await expect(mark).toHaveCount(0);
  const playhead = page.getByRole('slider', { name: 'Playhead' });
  await playhead.focus();
  await playhead.press('End');
  await expect(mark).toHaveCount(1);
  await expect(mark).toContainText('crash 12:20:10');
});

test('"Backfill after a bug" starts at the week\'s end, names days on its axes, keeps its labels apart, and Play brings the backfill chart into view', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/');
  await expect(page.getByRole('slider', { name: 'Playhead' })).toBeVisible();
  await page.keyboard.press('8');
  await expect(page.getByTestId('preset-card')).toContainText('Backfill after a bug', {
    timeout: 20_000,
  });
  // Two minutes before the bug is found, on the seventh day after the first.
  await expect(page.getByTestId('playback-clock')).toHaveText(/^\+7d 01:1\d/);
  const batch = page.getByRole('region', { name: 'Batch lane', exact: true });
  // The event-time axis counts days, not five-minute windows.
  await expect(batch.locator('text.lane-tick', { hasText: '+3d' })).toHaveCount(1);
  // A week has no quiet stretch worth cutting from its axis: no break bands or "later" labels.
  await expect(batch.locator('text', { hasText: 'later' })).toHaveCount(0);
  // The nightly jobs' labels and the axes' ticks never overlap one another.
  const boxes = await batch
    .locator('text.lane-label, text.lane-tick')
    .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect));
  expect(boxes.length).toBeGreaterThan(1);
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      const apart =
        a.right <= b.left || b.right <= a.left || a.bottom <= b.top + 1 || b.bottom <= a.top + 1;
      expect(apart, `labels ${i} and ${j} overlap`).toBe(true);
    }
  await page.getByTestId('play-toggle').click();
  const answer = page.getByTestId('preset-answers');
  await expect(answer).toContainText('after 7 nightly jobs ran with the bug', { timeout: 30_000 });
  const chart = page.getByTestId('backfill-chart');
  await expect(chart).toBeInViewport();
});
