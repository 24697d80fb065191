// Privacy and security, as a school's or a docs site's reviewer would check them: the lab (full
// and embedded) sends no request beyond its own origin, sets no cookies, writes no storage, and
// runs under a strict Content-Security-Policy (`default-src 'self'; script-src 'self'`) without
// a single violation or console error.
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';

const CSP = "default-src 'self'; script-src 'self'";

/** Serves every response of the lab with the strict policy, and records what the page asks for. */
async function strict(page: Page, context: BrowserContext, origin: string) {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await context.route('**/*', async (route) => {
    try {
      const response = await route.fetch();
      await route.fulfill({
        response,
        headers: { ...response.headers(), 'content-security-policy': CSP },
      });
    } catch (err) {
      // A request the page dropped while it was being fetched (a navigation, a frame that went
      // away, the test ending) has nothing left to serve; anything else is a real failure.
      if (!/disposed|closed|cancel|ended/i.test(String(err))) throw err;
    }
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  return {
    /** Every request so far went to the lab's own origin. */
    async expectOnlyOwnOrigin() {
      expect(requests.length).toBeGreaterThan(0);
      expect(requests.filter((u) => new URL(u).origin !== origin)).toEqual([]);
    },
    async expectNoViolations(target: Page | ReturnType<Page['frames']>[number] = page) {
      const seen = await target.evaluate(
        () => (window as unknown as { cspViolations?: string[] }).cspViolations ?? [],
      );
      expect(seen, 'CSP violations').toEqual([]);
    },
  };
}

/** Nothing in either storage for the page (cookies are checked on the context). */
async function storage(page: Page) {
  return page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length }));
}

test('the full lab, used, stays on its origin, sets no cookie, stores nothing, and obeys a strict CSP', async ({
  page,
  context,
  baseURL,
}) => {
  const guard = await strict(page, context, new URL(baseURL!).origin);
  const response = await page.goto('/');
  // Really under the policy.
  expect(response!.headers()['content-security-policy']).toBe(CSP);

  // Use it: play, change a slider, the theme, presenter mode, open the chart table and lessons.
  const clock = page.getByTestId('playback-clock');
  const start = await clock.textContent();
  await page.getByTestId('play-toggle').click();
  await expect(clock).not.toHaveText(start!);
  await page.getByTestId('play-toggle').click();
  const late = page.getByRole('slider', { name: 'Late orders' });
  await late.focus();
  await late.press('ArrowRight');
  await page.getByTestId('theme-select').selectOption('dark');
  await page.getByTestId('presenter-toggle').click();
  await page.getByTestId('presenter-toggle').click();
  await page.getByRole('tab', { name: 'Learn', exact: true }).click();
  await page.getByRole('tab', { name: 'Results', exact: true }).click();
  await page.getByText('Embed', { exact: true }).click();
  await page.mouse.wheel(0, 4000);
  await expect(page.getByTestId('latency-chart')).toBeVisible();
  // Every panel that loads its code after first paint has loaded it, so its requests are counted.
  await expect(page.locator('.loading')).toHaveCount(0);

  await guard.expectNoViolations();
  await guard.expectOnlyOwnOrigin();
  expect(await context.cookies()).toEqual([]);
  expect(await storage(page)).toEqual({ local: 0, session: 0 });
});

test('the embed example page and its two labs stay on their origin under the strict CSP', async ({
  page,
  context,
  baseURL,
}) => {
  const guard = await strict(page, context, new URL(baseURL!).origin);
  await page.goto('/embed-example.html');
  await page.locator('#lab-chart').scrollIntoViewIfNeeded();
  await page.locator('#lab-stream').scrollIntoViewIfNeeded();
  await expect(page.frameLocator('#lab-stream').locator('.lane-panel')).toBeVisible();
  await expect(page.frameLocator('#lab-chart').getByTestId('latency-chart')).toBeVisible();
  // A lab listens from the moment it first says its state: a message sent while it is still
  // starting up (its panels can be drawn before that, on a busy machine) is lost.
  await expect(page.locator('#lab-stream')).toHaveAttribute('data-playhead', /^\d+$/);
  await expect(page.locator('#lab-chart')).toHaveAttribute('data-playhead', /^\d+$/);
  await page.getByRole('button', { name: 'Play both' }).click();
  // The lab must be on screen to run: Chromium pauses frames in off-screen cross-origin iframes,
  // and clicking the host's button may have scrolled it away.
  await page.locator('#lab-stream').scrollIntoViewIfNeeded();
  await expect(page.locator('#lab-stream')).toHaveAttribute('data-playing', 'true');
  await page.getByRole('button', { name: 'Pause both' }).click();
  await page.locator('#lab-stream').scrollIntoViewIfNeeded();
  await expect(page.locator('#lab-stream')).toHaveAttribute('data-playing', 'false');
  await guard.expectNoViolations();
  for (const frame of page.frames().slice(1)) await guard.expectNoViolations(frame);
  await guard.expectOnlyOwnOrigin();
  expect(await context.cookies()).toEqual([]);
  expect(await storage(page)).toEqual({ local: 0, session: 0 });
});
