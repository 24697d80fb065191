// prefers-reduced-motion, in the browser: the playback runner (the only frame loop) advances the
// playhead in steps about a second apart instead of every frame, and the chart's marks jump to
// their new places instead of gliding. Each test first shows the full-motion behaviour, so it
// would fail if reduced motion changed nothing.
import type { Page } from '@playwright/test';
import { expect, test, holdPageClock } from './fixtures';

// The page's clock is the test's (page.clock): frames and timers run only when the test advances
// time, so "2 s of playing" is 2 s of the page's time however loaded the machine is.

/** Every clock reading the lab shows while `ms` of page time pass, as simulated seconds. */
async function clockReadings(page: Page, ms: number): Promise<number[]> {
  await page.evaluate(() => {
    const w = window as unknown as { readings: string[]; watch?: MutationObserver };
    w.readings = [];
    w.watch?.disconnect();
    // Each reading replaces the clock's text node: the records keep every one of them.
    w.watch = new MutationObserver((records) => {
      for (const r of records) for (const n of r.addedNodes) w.readings.push(n.textContent ?? '');
    });
    w.watch.observe(document.querySelector('[data-testid="playback-clock"]')!, { childList: true });
  });
  await page.clock.runFor(ms);
  const texts = await page.evaluate(() => (window as unknown as { readings: string[] }).readings);
  return texts.map((t) => {
    const [h, m, sec] = t.split(':').map(Number);
    return h! * 3600 + m! * 60 + sec!;
  });
}

test('with reduced motion the playhead moves in steps about a second apart', async ({ page }) => {
  await page.clock.install();
  await page.goto('/?embed=1&panel=stream');
  await holdPageClock(page);
  await page.getByTestId('embed-start').click();
  // Full motion: the clock reads the paced playhead, a new reading every PLAY_PACE_MS (150 ms) of
  // the 2 s; the lanes move on every frame.
  const smooth = await clockReadings(page, 2000);
  await page.getByTestId('play-toggle').click();
  expect(smooth.length).toBeGreaterThanOrEqual(8);

  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.getByTestId('play-toggle').click();
  const stepped = await clockReadings(page, 3000);
  // At 1 simulated minute per second, one step a second is a simulated minute a step.
  expect(stepped.length).toBeGreaterThanOrEqual(2);
  expect(stepped.length).toBeLessThanOrEqual(3);
  for (let i = 1; i < stepped.length; i++)
    expect(stepped[i]! - stepped[i - 1]!).toBeGreaterThanOrEqual(55);
});

/** The micro-batch mark's `left` before a trigger change, 80 ms after it, and once settled. */
async function markAfterChange(page: Page, key: 'ArrowRight' | 'ArrowLeft') {
  const mark = page.getByTestId('chart-mark-microbatch');
  const slider = page.getByRole('slider', { name: 'A batch runs every' });
  await slider.focus();
  const left = () => mark.evaluate((el) => (el as HTMLElement).style.left);
  const before = await left();
  const x = await mark.getAttribute('data-x');
  await slider.press(key);
  await expect(mark).not.toHaveAttribute('data-x', x!);
  await page.clock.runFor(80);
  const soon = await left();
  await page.clock.runFor(1500);
  const settled = await left();
  return { before, soon, settled };
}

test('with reduced motion the chart marks jump instead of gliding', async ({ page }) => {
  await page.clock.install();
  await page.goto('/?panel=controls');
  await expect(page.getByTestId('chart-mark-microbatch')).toBeAttached();
  await holdPageClock(page);
  const glide = await markAfterChange(page, 'ArrowRight');
  expect(glide.settled).not.toBe(glide.before);
  expect(glide.soon).not.toBe(glide.settled);

  // Switched on mid-lesson, without a reload.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const jump = await markAfterChange(page, 'ArrowLeft');
  expect(jump.settled).not.toBe(jump.before);
  expect(jump.soon).toBe(jump.settled);
});
