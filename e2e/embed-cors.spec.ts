// Served without `Access-Control-Allow-Origin`, a sandboxed embed cannot load its module scripts
// (its origin is opaque, so they are cross-origin). It must then say why instead of staying a
// blank box: the page's own HTML carries the explanation until the app starts, and the
// <batch-stream-lab> element shows one when no height message comes within a few seconds.
import { test as base, type Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { startPlainServer, type PlainServer } from './plainServer';

let plain: PlainServer;
base.beforeAll(async () => {
  plain = await startPlainServer();
});
base.afterAll(() => plain.close());

/** Console errors of the page and its frames, for a test that expects the blocked loads. */
function consoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(err.message));
  return errors;
}

const EXPLANATION = /must\s+send\s+Access-Control-Allow-Origin: \*\s+with its files.*README/s;

base(
  'without the CORS header, each frame of the example host page explains itself',
  async ({ page }) => {
    const errors = consoleErrors(page);
    await page.setViewportSize({ width: 1280, height: 2200 });
    await page.goto(`${plain.url}/embed-example.html`);
    for (const id of ['#lab-stream', '#lab-chart']) {
      await page.locator(id).scrollIntoViewIfNeeded();
      const note = page.frameLocator(id).getByTestId('boot-note');
      await expect(note).toBeVisible();
      await expect(note).toHaveText(EXPLANATION);
      await expect(page.frameLocator(id).getByTestId('embed')).toHaveCount(0);
    }
    // The only errors are the blocked loads the note explains.
    expect(errors.length).toBeGreaterThan(0);
    for (const e of errors) expect(e).toMatch(/CORS|Failed to load module script|net::ERR_FAILED/);
  },
);

test('with the CORS header the note gives way to the lab', async ({ page }) => {
  await page.goto('/?embed=1&panel=batch');
  await expect(page.getByTestId('embed')).toBeVisible();
  await expect(page.getByTestId('boot-note')).toHaveCount(0);
});

base(
  'without the CORS header, <batch-stream-lab> says why after a few seconds',
  async ({ page }) => {
    const errors = consoleErrors(page);
    // Time stands still from before the page loads: only runFor moves it, so a slow machine's
    // load and scroll cannot spend the element's patience before the test counts it.
    const start = Date.now();
    await page.clock.install({ time: start });
    await page.clock.pauseAt(start + 1000);
    await page.goto(`${plain.url}/element-example.html`);
    const el = page.locator('#preset-lab');
    await el.scrollIntoViewIfNeeded();
    const notice = el.getByRole('status');
    await expect(notice).toBeHidden();
    // The element's script loaded (same origin as the page); the lab inside did not start.
    await expect(el.frameLocator('iframe').getByTestId('boot-note')).toHaveText(EXPLANATION);
    await page.clock.runFor(4000);
    await expect(notice).toBeHidden();
    await page.clock.runFor(5000);
    await expect(notice).toBeVisible();
    await expect(notice).toHaveText(/does not send "Access-Control-Allow-Origin: \*".*README/);
    for (const e of errors) expect(e).toMatch(/CORS|Failed to load module script|net::ERR_FAILED/);
  },
);

test('with the CORS header, <batch-stream-lab> shows no such notice', async ({ page }) => {
  // The element's events do not bubble, but the capture phase passes the window.
  await page.addInitScript(() => {
    const w = window as unknown as { heights: number };
    w.heights = 0;
    addEventListener('lab-height', () => w.heights++, true);
  });
  await page.clock.install();
  await page.goto('/element-example.html');
  const el = page.locator('#preset-lab');
  await el.scrollIntoViewIfNeeded();
  await expect(el.frameLocator('iframe').locator('.lane-panel')).toBeVisible();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { heights: number }).heights))
    .toBeGreaterThan(0);
  await page.clock.runFor(20_000);
  await expect(el.getByRole('status')).toBeHidden();
});
