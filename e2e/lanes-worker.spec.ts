// A large scenario's run is computed off the page: in the 240,000-order scenario, a slider step
// leaves the previous run on the stage, dimmed, under a "Computing … orders" note, until the new
// run arrives and is drawn; then the note goes and the lanes are current again.
import { test, expect } from './fixtures';

const BIG = '/?rate=1000&dur=240m&prod=26&size=1m';

// Records, from inside the page, what the stage looked like while the note was up: the worker
// may answer between two of Playwright's polls, so polling from outside could miss it.
const WATCH = `() => {
  const w = window;
  w.whilePending = null;
  const note = document.querySelector('[data-testid=lanes-pending]');
  new MutationObserver(() => {
    if (w.whilePending !== null || !note.textContent) return;
    const lanes = document.querySelector('.lanes-panel[data-pending] .lanes');
    const chart = document.querySelector('.region-chart[data-pending] > .latency-chart');
    w.whilePending = {
      chartOpacity: chart ? Number(getComputedStyle(chart).opacity) : 1,
      text: note.textContent,
      visible: note.getBoundingClientRect().height > 0,
      opacity: lanes ? Number(getComputedStyle(lanes).opacity) : 1,
      busy: document.querySelector('[aria-busy="true"]') !== null,
    };
  }).observe(note, { childList: true, subtree: true, characterData: true });
}`;

test('in a 240,000-order scenario a slider step dims the stage under a note until the new run is drawn', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(BIG);
  await expect(page.getByTestId('chart-mark-stream')).toHaveCount(1, { timeout: 120_000 });
  const stream = page.getByRole('region', { name: 'Stream lane', exact: true });
  const lanes = page.getByRole('group', { name: 'Four pipelines on the same orders' });
  // At the end of the timeline the stream lane counts every order it dropped: the bound changes that.
  const playhead = page.getByRole('slider', { name: 'Playhead' });
  await playhead.focus();
  await playhead.press('End');
  await expect(stream).toContainText(/Dropped: [1-9]/);
  await expect(lanes).toHaveAttribute('aria-busy', 'false');
  const before = await stream.textContent();

  await page.evaluate(`(${WATCH})()`);
  const slider = page.getByRole('slider', { name: 'Watermark trails the newest order by' }).first();
  await slider.focus();
  await slider.press('End');

  await expect
    .poll(() => page.evaluate('window.whilePending'), { timeout: 60_000 })
    .toMatchObject({ visible: true, busy: true });
  const seen = (await page.evaluate('window.whilePending')) as {
    text: string;
    opacity: number;
    chartOpacity: number;
  };
  expect(seen.text).toMatch(/^Computing 2[34]\d,\d{3} orders…$/);
  expect(seen.opacity).toBeLessThan(0.6);
  expect(seen.chartOpacity).toBeLessThan(0.6);

  await expect(lanes).toHaveAttribute('aria-busy', 'false', { timeout: 60_000 });
  await expect(page.getByTestId('lanes-pending')).toBeEmpty();
  await expect(page.getByTestId('lanes-pending')).toBeHidden();
  expect(Number(await lanes.evaluate((el) => getComputedStyle(el).opacity))).toBe(1);
  await expect(page.locator('.region-chart')).not.toHaveAttribute('data-pending');
  await expect(stream).not.toHaveText(before ?? '');
});
