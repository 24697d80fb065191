// Pointer targets, measured: every visible button, input, select and menu toggle is at least
// 24 x 24 CSS px (WCAG 2.2's minimum), and at least 44 x 44 in presenter mode, where a teacher
// taps a projected screen or a tablet. Embeds are checked too.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Visible targets smaller than `min` in either direction, named so a failure says which. */
async function smallTargets(page: Page, min: number): Promise<string[]> {
  return page.evaluate((least) => {
    const targets = document.querySelectorAll<HTMLElement>(
      'button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [role="slider"]',
    );
    const small: string[] = [];
    for (const el of targets) {
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      if (box.width === 0 || box.height === 0 || style.visibility === 'hidden') continue;
      // Inside a closed <details> or an element hidden from everyone: not a target now.
      if (el.closest('[inert]') || !el.checkVisibility()) continue;
      // A visually hidden native control (the file input) is reached through its visible label.
      if (box.width <= 2 && box.height <= 2) continue;
      if (box.width < least - 0.5 || box.height < least - 0.5) {
        const name =
          el.getAttribute('aria-label') ??
          el.getAttribute('data-testid') ??
          (el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null) ??
          el.textContent?.trim().slice(0, 40);
        small.push(
          `${el.tagName.toLowerCase()} "${name}" ${box.width.toFixed(0)}x${box.height.toFixed(0)}`,
        );
      }
    }
    return small;
  }, min);
}

/** Opens what is folded away, so its targets are measured too. */
async function unfold(page: Page) {
  await page.evaluate(() => {
    for (const d of document.querySelectorAll('details')) d.open = true;
  });
}

test('every target in the full lab is at least 24 x 24 px', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('latency-chart')).toBeVisible();
  await unfold(page);
  expect(await smallTargets(page, 24)).toEqual([]);
});

test('every target in presenter mode is at least 44 x 44 px', async ({ page }) => {
  await page.goto('/?mode=present');
  await expect(page.getByTestId('latency-chart')).toBeVisible();
  await unfold(page);
  expect(await smallTargets(page, 44)).toEqual([]);
});

test('every target in an embed is at least 24 x 24 px', async ({ page }) => {
  for (const panel of ['lanes', 'chart', 'stream']) {
    await page.goto(`/?embed=1&panel=${panel}`);
    expect(await smallTargets(page, 24)).toEqual([]);
    await page.getByTestId('embed-start').click();
    await unfold(page);
    expect(await smallTargets(page, 24), panel).toEqual([]);
  }
});
