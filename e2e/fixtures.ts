// Shared Playwright fixture: every test fails on a console error or an uncaught page error, and
// `expectNoAxeViolations` checks WCAG 2.2 AA with axe.
import { test as base, expect, type Frame, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error') errors.push(msg.text());
      });
      page.on('pageerror', (err) => errors.push(err.message));
      await use(errors);
      expect(errors, 'console errors on the page').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * Runs axe with the WCAG 2.0/2.1/2.2 A and AA rule sets and expects no violations.
 *
 * axe scans at the top of the page: its target-size rule places a `position: sticky` element
 * where it sits now, not where it belongs, so once the page is scrolled it counts the sticky
 * header as covering whatever slides under it (dequelabs/axe-core#3720, open). At the top the
 * header covers nothing, so a real overlap still fails. The scroll position is restored after.
 */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const scrollY = await page.evaluate(() => {
    const y = window.scrollY;
    window.scrollTo(0, 0);
    return y;
  });
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  await page.evaluate((y) => window.scrollTo(0, y), scrollY);
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(summary, 'axe violations').toEqual([]);
}

/**
 * Opens one of the tabs below the stage (Results, Controls, What is going on, Sampling, Failures,
 * Learn, Code, Your data), as a person clicks it, and waits for its panel to show.
 */
export async function openTab(page: Page, name: string): Promise<void> {
  const tab = page.getByRole('tab', { name, exact: true });
  await tab.click();
  await expect(tab).toHaveAttribute('aria-selected', 'true');
  const panel = page.locator(`#${(await tab.getAttribute('aria-controls'))!}`);
  await expect(panel).toBeVisible();
}

/**
 * Resolves after `n` animation frames of the page or frame. The lab's runner moves the playhead
 * only on animation frames, so "n frames later the clock reads the same" proves it stopped, on
 * a fast machine or a loaded one, without guessing a time.
 */
export async function animationFrames(target: Page | Frame, n = 10): Promise<void> {
  await target.evaluate(
    (count) =>
      new Promise<void>((resolve) => {
        let left = count;
        const next = () => (--left <= 0 ? resolve() : requestAnimationFrame(next));
        requestAnimationFrame(next);
      }),
    n,
  );
}

/**
 * Stops the page's clock (installed with page.clock.install before the page loaded): from here
 * on, timers and animation frames run only when the test advances time. It jumps an hour ahead
 * of the real time: a page that loaded slowly on a busy machine may already be seconds past the
 * moment of installing, and the clock cannot be paused in its past. Nothing plays yet, so the
 * jump only fires idle timers once.
 */
export async function holdPageClock(page: Page): Promise<void> {
  await page.clock.pauseAt(Date.now() + 3_600_000);
}
