// The lab inside someone else's page (`?embed=1`): only the piece the link names under a small
// playback bar, nothing moving until the reader clicks Start, the link's theme, and no axe
// violations in light or dark. The message API and the host page are in embed-host.spec.ts.
import type { Page } from '@playwright/test';
import { animationFrames, expectNoAxeViolations, expect, test } from './fixtures';

const clock = (page: Page) => page.getByTestId('playback-clock').textContent();

test('an embed shows the play area without the page chrome, and nothing plays until Start', async ({
  page,
}) => {
  await page.goto('/?embed=1');
  await expect(page.getByTestId('embed')).toHaveAttribute('data-piece', 'lanes');
  await expect(page.locator('.lane-panel')).toHaveCount(4);
  // No presets, presenter mode, controls, lessons or code export: the host page is the chrome.
  await expect(page.getByTestId('presenter-toggle')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Controls' })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Learn' })).toHaveCount(0);
  await expect(page.getByText('Classroom presets')).toHaveCount(0);

  // Behind the overlay the controls are inert: Space and clicks do nothing to the playhead.
  const before = await clock(page);
  await page.getByTestId('play-toggle').click({ force: true });
  // The runner ticks on animation frames: ten frames later a playing lab would have moved.
  await animationFrames(page);
  expect(await clock(page)).toBe(before);
  await expect(page.getByTestId('play-toggle')).toHaveText(/Play/);

  await page.getByRole('button', { name: /^Start/ }).click();
  await expect(page.getByTestId('embed-start')).toHaveCount(0);
  await expect(page.getByTestId('play-toggle')).toHaveText(/Pause/);
  await expect.poll(() => clock(page)).not.toBe(before);
  await page.getByTestId('play-toggle').click();
  await expect(page.getByTestId('play-toggle')).toHaveText(/Play/);

  // The late-orders slider is there and changes the scenario.
  const late = page.getByRole('slider', { name: 'Late orders' });
  await late.focus();
  await late.press('ArrowRight');
  await expect(late).toHaveAttribute('aria-valuetext', /15/);
});

test('panel= shows one lane, the chart or the sampling slot alone, full width', async ({
  page,
}) => {
  for (const lane of ['stream', 'microbatch', 'batch'] as const) {
    await page.goto(`/?embed=1&panel=${lane}`);
    await expect(page.locator('.lane-panel')).toHaveCount(1);
    await expect(page.locator(`.lane-panel[data-lane="${lane}"]`)).toBeVisible();
    const [laneBox, embedBox] = await Promise.all([
      page.locator(`.lane-panel[data-lane="${lane}"]`).boundingBox(),
      page.getByTestId('embed').boundingBox(),
    ]);
    expect(laneBox!.width).toBeGreaterThan(embedBox!.width * 0.85);
  }
  await page.goto('/?embed=1&panel=chart');
  await expect(page.getByTestId('latency-chart')).toBeVisible();
  await expect(page.locator('.lane-panel')).toHaveCount(0);
  await page.goto('/?embed=1&panel=results');
  await expect(page.getByTestId('results-table')).toBeVisible();
  await expect(page.locator('.lane-panel')).toHaveCount(0);
  await page.goto('/?embed=1&panel=sampling');
  await expect(page.locator('#sampling-panel')).toBeVisible();
  await expect(page.locator('.lane-panel')).toHaveCount(0);
});

test('in the full lab, a single lane in the link opens the stage with all four lanes', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/?panel=stream');
  await expect(page.locator('.lane-panel')).toHaveCount(4);
  await expect(page.locator('[data-panel="lanes"]')).toBeInViewport({ ratio: 0.95 });
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  await expect.poll(() => new URL(page.url()).searchParams.get('panel')).toBe('stream');
});

test('in the full lab, panel=sampling opens the Sampling tab and scrolls it into view', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/?panel=sampling');
  await expect(page.getByRole('tab', { name: 'Sampling' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  // The tab strip sits right under the sticky header, the panel below it.
  await expect
    .poll(() =>
      page.evaluate(() => {
        const header = document.querySelector('.shell-top')!.getBoundingClientRect().bottom;
        const tabs = document.querySelector('[role="tablist"]')!.getBoundingClientRect().top;
        return Math.abs(tabs - header);
      }),
    )
    .toBeLessThan(5);
  await expect(page.getByTestId('sampling-panel')).toBeInViewport();
});

for (const theme of ['light', 'dark'] as const)
  test(`an embed honours theme=${theme} and has no axe violations, before and after Start`, async ({
    page,
  }) => {
    // The system says the opposite: the link's theme must win.
    await page.emulateMedia({ colorScheme: theme === 'dark' ? 'light' : 'dark' });
    await page.goto(`/?embed=1&theme=${theme}`);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe(theme === 'dark' ? 'rgb(18, 22, 28)' : 'rgb(247, 248, 250)');
    await expectNoAxeViolations(page);
    await page.getByTestId('embed-start').click();
    await page.getByTestId('play-toggle').click();
    await expectNoAxeViolations(page);
    await page.goto(`/?embed=1&theme=${theme}&panel=chart`);
    await page.getByTestId('embed-start').click();
    await expect(page.getByTestId('latency-chart')).toBeVisible();
    await expectNoAxeViolations(page);
  });

test('theme=auto follows the system in an embed', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/?embed=1&panel=batch');
  await expect(page.getByTestId('embed')).toBeVisible();
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
    'rgb(18, 22, 28)',
  );
});

test('Copy embed code gives a sandboxed iframe of this scenario that works on another page', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/?late=0.3&theme=dark');
  await page.getByText('Embed', { exact: true }).click();
  await page.getByLabel('Piece to embed').selectOption('stream');
  // The height is the piece's as measured in this browser (embed-fit.spec.ts checks it fits).
  await expect(page.getByTestId('embed-code')).toHaveAttribute('data-measured', 'true');
  await page.getByTestId('copy-embed-code').click();
  await expect(page.getByTestId('embed-code-menu').getByRole('status')).toHaveText(
    'Embed code copied to the clipboard.',
  );
  const code = await page.evaluate(() => navigator.clipboard.readText());
  expect(code).toMatch(
    new RegExp(
      `^<iframe src="${baseURL}/\\?late=0\\.3&amp;panel=stream&amp;theme=dark&amp;embed=1" title="Batch vs Stream Lab: the stream lane" width="720" height="\\d+" sandbox="allow-scripts" loading="lazy"></iframe>$`,
    ),
  );
  await expect(page.getByTestId('embed-code')).toHaveValue(code);
  await expectNoAxeViolations(page);
  // Like any menu, it closes on Esc and on a click elsewhere.
  await page.getByTestId('embed-code').press('Escape');
  await expect(page.getByTestId('embed-code')).toBeHidden();
  await page.getByText('Embed', { exact: true }).click();
  await expect(page.getByTestId('embed-code')).toBeVisible();
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await expect(page.getByTestId('embed-code')).toBeHidden();

  // Pasted into another page, the snippet runs with an opaque origin: the modules still load
  // (the files allow CORS), nothing needs storage, and the scenario came along.
  await page.route('**/sandbox-host.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><title>host</title><body>${code}</body></html>`,
    }),
  );
  await page.goto('/sandbox-host.html');
  const frame = page.frameLocator('iframe');
  await expect(frame.locator('.lane-panel[data-lane="stream"]')).toBeVisible();
  await expect(frame.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(frame.getByRole('slider', { name: 'Late orders' })).toHaveAttribute(
    'aria-valuetext',
    /30/,
  );
  await frame.getByTestId('embed-start').click();
  await expect(frame.getByTestId('play-toggle')).toHaveText(/Pause/);
  const lab = page.frames()[1]!;
  expect(await lab.evaluate(() => window.origin)).toBe('null');
  // Storage is off limits to an opaque origin: touching it throws, so the lab must never try.
  expect(
    await lab.evaluate(() => {
      try {
        return typeof window.localStorage;
      } catch (e) {
        return (e as Error).name;
      }
    }),
  ).toBe('SecurityError');
});
