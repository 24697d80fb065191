// prefers-reduced-motion, in the browser: the playback runner (the only frame loop) advances the
// playhead in steps about a second apart instead of every frame, and the chart's marks jump to
// their new places instead of gliding. Each test first shows the full-motion behaviour, so it
// would fail if reduced motion changed nothing.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Distinct clock readings seen while sampling every 50 ms for `ms`. */
async function clockSteps(page: Page, ms: number): Promise<number> {
  return page.evaluate(async (duration) => {
    const seen = new Set<string>();
    const clock = document.querySelector('[data-testid="playback-clock"]')!;
    const end = performance.now() + duration;
    while (performance.now() < end) {
      seen.add(clock.textContent ?? '');
      await new Promise((r) => setTimeout(r, 50));
    }
    return seen.size;
  }, ms);
}

test('with reduced motion the playhead moves in steps about a second apart', async ({ page }) => {
  await page.goto('/?embed=1&panel=stream');
  await page.getByTestId('embed-start').click();
  const smooth = await clockSteps(page, 2000);
  await page.getByTestId('play-toggle').click();
  expect(smooth).toBeGreaterThan(12);

  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.getByTestId('play-toggle').click();
  const stepped = await clockSteps(page, 2000);
  // At 1 simulated minute per second, a step is about a simulated minute; 2 s show 2-3 of them.
  expect(stepped).toBeGreaterThanOrEqual(2);
  expect(stepped).toBeLessThanOrEqual(4);
});

/** The micro-batch mark's `left` right after a trigger change, and once things settled. */
async function markAfterChange(page: Page, key: 'ArrowRight' | 'ArrowLeft') {
  const mark = page.getByTestId('chart-mark-microbatch');
  const slider = page.getByRole('slider', { name: 'A batch runs every' });
  await slider.focus();
  const before = await mark.evaluate((el) => (el as HTMLElement).style.left);
  await slider.press(key);
  await expect.poll(() => mark.getAttribute('data-x')).not.toBeNull();
  const soon = await mark.evaluate(
    (el) => new Promise<string>((r) => setTimeout(() => r((el as HTMLElement).style.left), 80)),
  );
  await page.waitForTimeout(1200);
  const settled = await mark.evaluate((el) => (el as HTMLElement).style.left);
  return { before, soon, settled };
}

test('with reduced motion the chart marks jump instead of gliding', async ({ page }) => {
  await page.goto('/?panel=controls');
  await expect(page.getByTestId('chart-mark-microbatch')).toBeAttached();
  const glide = await markAfterChange(page, 'ArrowRight');
  expect(glide.settled).not.toBe(glide.before);
  expect(glide.soon).not.toBe(glide.settled);

  // Switched on mid-lesson, without a reload.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const jump = await markAfterChange(page, 'ArrowLeft');
  expect(jump.settled).not.toBe(jump.before);
  expect(jump.soon).toBe(jump.settled);
});
