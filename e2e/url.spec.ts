// Links as a teacher shares them: set the lab up, copy the address, open it elsewhere and see the
// very same picture; open a damaged link and get a working lab with one notice naming what was
// left out.
import type { Page } from '@playwright/test';
import { test, expect, openTab } from './fixtures';

/** What a person reads on screen: clock, every slider's value, lane statuses, results. */
async function picture(page: Page) {
  // Lazy panels (the sampling panel has sliders and selects too) must have loaded first.
  await expect(page.locator('.loading')).toHaveCount(0);
  return page.evaluate(() => ({
    clock: document.querySelector('[data-testid="playback-clock"]')?.textContent,
    sliders: [...document.querySelectorAll('input[type="range"]')].map(
      (s) =>
        `${s.id ? document.querySelector(`label[for="${s.id}"]`)?.textContent : ''}=${s.getAttribute('aria-valuetext')}`,
    ),
    selects: [...document.querySelectorAll('select')].map((s) => s.value),
    lanes: [...document.querySelectorAll('.lane-status')].map((p) => p.textContent),
    results: document.querySelector('[data-testid="results-table"]')?.textContent,
    presenter: document.documentElement.classList.contains('mode-present'),
    theme: document.documentElement.dataset.theme ?? 'auto',
  }));
}

/** The playback clock's text for a link's `t` (ms since 00:00 of day 0), as the lab writes it. */
function clockOf(t: string | null): string | null {
  if (t === null) return null;
  const ms = Number(t);
  const day = Math.floor(ms / 86_400_000);
  const inDay = ms - day * 86_400_000;
  const pad = (n: number) => String(Math.floor(n)).padStart(2, '0');
  const hms = `${pad(inDay / 3_600_000)}:${pad((inDay % 3_600_000) / 60_000)}:${pad((inDay % 60_000) / 1000)}`;
  return `${day > 0 ? `+${day}d ` : ''}${hms}`;
}

test('a copied link opens the exact same picture: settings, playhead, mode and theme', async ({
  page,
  context,
}) => {
  await page.goto('/');
  // Set the lab up as a teacher would: sliders by keyboard, a select, step the playhead.
  const late = page.getByRole('slider', { name: 'Late orders' });
  await late.focus();
  for (let i = 0; i < 3; i++) await late.press('ArrowRight');
  const bound = page.getByRole('slider', { name: /watermark/i }).first();
  await bound.focus();
  await bound.press('ArrowLeft');
  await page.getByTestId('speed-select').selectOption({ index: 4 });
  await page.getByTestId('theme-select').selectOption('dark');
  await page.getByTestId('presenter-toggle').click();
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  for (let i = 0; i < 5; i++) await page.keyboard.press('Shift+ArrowRight');

  // The link catches up with the last step (it is written a moment after each change).
  const clock = await page.getByTestId('playback-clock').textContent();
  await expect.poll(() => clockOf(new URL(page.url()).searchParams.get('t'))).toBe(clock);
  await expect.poll(() => new URL(page.url()).searchParams.get('late')).toBe('0.25');
  const url = page.url();
  expect(new URL(url).searchParams.get('mode')).toBe('present');
  // Lazily loaded panels hold sliders and selects too: compare once every one has loaded.
  await expect(page.locator('.loading')).toHaveCount(0);
  const before = await picture(page);
  expect(before.presenter).toBe(true);
  expect(before.theme).toBe('dark');

  const other = await context.newPage();
  await other.goto(url);
  await expect(other.getByTestId('playback-clock')).toHaveText(before.clock!);
  await expect(other.locator('.loading')).toHaveCount(0);
  expect(await picture(other)).toEqual(before);
  await expect(other.getByTestId('link-notice')).toHaveCount(0);
  await other.close();
});

test('a hostile link opens a working lab and one notice naming each ignored parameter', async ({
  page,
}) => {
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  const script = '<script>alert(1)</script>';
  const query = new URLSearchParams([
    ['rate', 'NaN'],
    ['prod', '-3'],
    ['late', '0.3'],
    ['wm', '9'.repeat(10_000)],
    ['seed', '7'],
    ['seed', '8'],
    ['mode', script],
    ['t', '1e400'],
    ['nonsense', 'x'],
  ]);
  await page.goto(`/?${query.toString()}`);
  const notice = page.getByTestId('link-notice');
  await expect(notice).toBeVisible();
  for (const name of ['rate', 'prod', 'wm', 'seed', 'mode', 't', 'nonsense'])
    await expect(notice.locator('code', { hasText: new RegExp(`^${name}$`) })).toHaveCount(1);
  await expect(notice).toContainText(script.slice(0, 20));
  await expect(notice).not.toContainText('late');
  expect(dialogs).toBe(0);

  // What was valid was applied, and the lab works.
  await expect(page.getByRole('slider', { name: 'Late orders' })).toHaveAttribute(
    'aria-valuetext',
    /30/,
  );
  await openTab(page, 'Controls');
  await expect(page.getByTestId('seed-input')).toHaveValue('7');
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await page.getByRole('button', { name: 'Pause' }).click();

  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
});

test('the address bar follows the lab, and Reset all empties it', async ({ page }) => {
  await page.goto('/?seed=5&late=0.4&panel=controls');
  await expect(page.getByTestId('seed-input')).toHaveValue('5');
  await page.getByRole('button', { name: 'New seed' }).click();
  await expect.poll(() => new URL(page.url()).search).toBe('?seed=6&late=0.4&panel=controls');
  await page.getByRole('button', { name: 'Reset all' }).click();
  await expect.poll(() => new URL(page.url()).search).toBe('');
  await expect(page.getByTestId('seed-input')).toHaveValue('42');
});

test('a link with a panel opens scrolled to that panel; working in a panel puts it in the link', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/?panel=chart');
  // The chart and the lanes share the stage: both are on screen.
  await expect(page.getByRole('region', { name: 'Latency versus complexity' })).toBeInViewport();
  await expect(page.getByRole('region', { name: 'Play area' })).toBeInViewport({ ratio: 0.9 });
  await page.getByRole('tab', { name: 'Controls', exact: true }).click();
  await page.getByRole('slider', { name: 'Order rate' }).focus();
  await expect.poll(() => new URL(page.url()).searchParams.get('panel')).toBe('controls');
});

test('the presets menu opens, loads a preset by click, and closes with Esc', async ({ page }) => {
  await page.goto('/');
  const menu = page.getByTestId('preset-menu');
  await menu.locator('summary').click();
  await expect(page.getByTestId('preset-offline')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('preset-offline')).toBeHidden();
  await expect(menu.locator('summary')).toBeFocused();
  await menu.locator('summary').click();
  await page.getByTestId('preset-offline').click();
  await expect(page.getByTestId('preset-question')).toContainText('12:10');
  await expect(page.getByTestId('preset-offline')).toBeHidden();
  await expect.poll(() => new URL(page.url()).searchParams.get('out')).toBe('12h10m~10m~0.4');
});

test("a hand-written link naming only a preset loads that preset's scenario", async ({ page }) => {
  await page.goto('/?preset=offline&mode=present');
  await expect(page.getByTestId('preset-question')).toContainText('12:10');
  await expect.poll(() => new URL(page.url()).searchParams.get('out')).toBe('12h10m~10m~0.4');
  await expect(page.locator('html.mode-present')).toHaveCount(1);
});
