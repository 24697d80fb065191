// The stage issue's checks, as a teacher at a projector meets the lab: everything that teaches is
// on the first screen at load (in the four layouts a classroom uses), one lane can be enlarged,
// the text stays readable, the chart says who is right, and the empty stage says what to do.
import type { Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations } from './fixtures';

const LANES = ['Batch lane', 'Micro-batch lane', 'Stream lane', 'Per-request lane'];

/** The chart's marks are drawn once its chunk has loaded and it has been measured. */
async function chartReady(page: Page) {
  await expect(page.getByTestId('chart-mark-stream')).toHaveCount(1);
}

/** Expects the element's box to lie wholly inside the viewport (no scrolling needed). */
async function expectOnScreen(page: Page, name: string, box: Promise<DOMRectLike | null>) {
  const b = await box;
  const vp = page.viewportSize()!;
  expect(b, `${name} is rendered`).not.toBeNull();
  expect(b!.x, `${name} left`).toBeGreaterThanOrEqual(0);
  expect(b!.y, `${name} top`).toBeGreaterThanOrEqual(0);
  expect(b!.x + b!.width, `${name} right`).toBeLessThanOrEqual(vp.width + 0.5);
  expect(b!.y + b!.height, `${name} bottom`).toBeLessThanOrEqual(vp.height + 0.5);
}
type DOMRectLike = { x: number; y: number; width: number; height: number };

for (const { width, height } of [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
]) {
  for (const mode of ['full', 'present'] as const) {
    test(`at ${width}x${height} in ${mode} mode, playback, all four lanes and the chart are on screen at load`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height });
      await page.goto(mode === 'present' ? '/?mode=present' : '/');
      await chartReady(page);
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      await expectOnScreen(
        page,
        'Playback',
        page.getByRole('group', { name: 'Playback' }).boundingBox(),
      );
      for (const lane of LANES)
        await expectOnScreen(
          page,
          lane,
          page.getByRole('region', { name: lane, exact: true }).boundingBox(),
        );
      await expectOnScreen(
        page,
        'the chart',
        page.getByRole('img', { name: /^Latency versus complexity/ }).boundingBox(),
      );
      // The tabs for everything else start on the same screen.
      await expectOnScreen(page, 'the tabs', page.getByRole('tablist').boundingBox());
      // The late-order sliders are styled before the Controls tab has ever opened: each spans
      // its card, with its value on the far side of its label.
      const lesson = (await page.getByTestId('lesson-controls').boundingBox())!;
      const late = (await page.getByRole('slider', { name: 'Late orders' }).boundingBox())!;
      expect(late.width).toBeGreaterThan(lesson.width * 0.9);
      await expectOnScreen(
        page,
        'the late-order sliders',
        page.getByTestId('lesson-controls').boundingBox(),
      );
    });
  }
}

test('a lane can be enlarged from its button and from the link; the other three stay, small', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/');
  await page.getByRole('button', { name: 'Enlarge the stream lane' }).click();
  await expect(page).toHaveURL(/[?&]focus=stream\b/);
  const check = async () => {
    const stream = (await page
      .getByRole('region', { name: 'Stream lane', exact: true })
      .boundingBox())!;
    expect(stream.width).toBeGreaterThanOrEqual(0.55 * 1280);
    expect(stream.height).toBeGreaterThanOrEqual(400);
    await expectOnScreen(page, 'Stream lane', Promise.resolve(stream));
    for (const lane of ['Batch lane', 'Micro-batch lane', 'Per-request lane'])
      await expectOnScreen(
        page,
        lane,
        page.getByRole('region', { name: lane, exact: true }).boundingBox(),
      );
  };
  await check();
  // The link carries it: a fresh page opens with the same lane enlarged.
  await page.goto(page.url());
  await check();
  await page.getByRole('button', { name: 'Show all four lanes' }).click();
  await expect(page).not.toHaveURL(/focus=/);
  const batch = (await page
    .getByRole('region', { name: 'Batch lane', exact: true })
    .boundingBox())!;
  const stream = (await page
    .getByRole('region', { name: 'Stream lane', exact: true })
    .boundingBox())!;
  expect(Math.abs(batch.width - stream.width)).toBeLessThan(2);
});

for (const [mode, floor] of [
  ['full', 12],
  ['present', 16],
] as const) {
  test(`SVG text in the lanes and the chart is at least ${floor} px in ${mode} mode at 1280x720`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    // Mid-run, so panes, labels and breaks are drawn as well as the axes.
    await page.goto(
      `/?t=${12 * 3_600_000 + 16 * 60_000}${mode === 'present' ? '&mode=present' : ''}`,
    );
    await chartReady(page);
    const sizes = await page.evaluate(() =>
      [...document.querySelectorAll('.stage svg text')].map((t) => ({
        text: t.textContent,
        size: parseFloat(getComputedStyle(t).fontSize),
      })),
    );
    expect(sizes.length).toBeGreaterThan(20);
    const small = sizes.filter((s) => s.size < floor);
    expect(small).toEqual([]);
  });
}

test("the chart's marks and its table say how much of the truth each lane has right", async ({
  page,
}) => {
  const right = async () => {
    await chartReady(page);
    const out: Record<string, string> = {};
    for (const lane of ['batch', 'microbatch', 'stream', 'request']) {
      const label = (await page.getByTestId(`chart-mark-${lane}`).getAttribute('aria-label'))!;
      out[lane] = /, (\d+(?:\.\d)?)% right$/.exec(label)![1]!;
    }
    return out;
  };
  await page.goto('/?late=0');
  expect(await right()).toEqual({ batch: '100', microbatch: '100', stream: '100', request: '100' });

  await page.goto('/?late=0.6');
  const late = await right();
  expect(late.batch).toBe('100');
  expect(late.request).toBe('100');
  expect(Number(late.stream)).toBeLessThan(100);
  expect(Number(late.microbatch)).toBeLessThan(100);
  // The Results tab's table states the same shares.
  await page.getByRole('tab', { name: 'Results' }).click();
  const row = page.locator('.latency-chart__table tr[data-lane="stream"]');
  await expect(row).toContainText(`${late.stream}% right`);
});

test('the empty stage says what to press and what to watch, and steps aside once playing', async ({
  page,
}) => {
  await page.goto('/');
  const hint = page.getByTestId('start-hint');
  await expect(hint).toContainText('Play');
  await expect(hint).toContainText('preset');
  await expect(hint).toContainText('watermark');
  await page.getByTestId('play-toggle').click();
  await expect(hint).toHaveCount(0);
});

test('on a 390x844 phone: playback stays on screen, the lanes swipe side by side, tables scroll inside, chart text stays at 12 px', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/?t=${12 * 3_600_000 + 15 * 60_000}`);
  await chartReady(page);
  // Nothing widens the page: wide things scroll inside their own boxes.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  // The four lanes sit in one row that scrolls sideways, each nearly the screen's width.
  const lanes = page.locator('.stage .lanes');
  const row = await lanes.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
  expect(row.scroll).toBeGreaterThan(row.client * 3);
  for (const lane of LANES) {
    const box = (await page.getByRole('region', { name: lane, exact: true }).boundingBox())!;
    expect(box.width, `${lane} width`).toBeGreaterThan(300);
  }
  // Chart text never shrinks below 12 px.
  const sizes = await page
    .locator('.stage .region-chart svg text')
    .evaluateAll((els) => els.map((t) => parseFloat(getComputedStyle(t).fontSize)));
  expect(sizes.length).toBeGreaterThan(10);
  expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
  // Half-way down the page, Play is still there to press.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(400);
  const play = page.getByTestId('play-toggle');
  await expect(play).toBeInViewport({ ratio: 1 });
  await play.click();
  await expect(play).toHaveAccessibleName(/Pause/);
  await play.click();
  // The results table scrolls sideways inside its box, and says so.
  await page.getByRole('tab', { name: 'Results', exact: true }).click();
  const scroll = page.locator('.results__scroll');
  const box = await scroll.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
  expect(box.scroll).toBeGreaterThan(box.client);
  await expect(page.getByTestId('results-panel').getByText('Swipe sideways')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the lanes say they are busy while they still draw the previous run, and stop once they draw the new one', async ({
  page,
}) => {
  await page.goto('/');
  await chartReady(page);
  const lanes = page.getByRole('group', { name: 'Four pipelines on the same orders' });
  await expect(lanes).toHaveAttribute('aria-busy', 'false');
  // The preset's run is computed in the key's own task; the lanes catch up in a later one, so
  // right after the key (same task, after React's synchronous commit) they still show the old run.
  const busyAfterKey = await page.evaluate(async () => {
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: '4', bubbles: true }));
    await Promise.resolve();
    return document
      .querySelector('[aria-label="Four pipelines on the same orders"]')
      ?.getAttribute('aria-busy');
  });
  expect(busyAfterKey).toBe('true');
  await expect(page.locator('#cls-card-title')).toContainText('Flash-sale');
  await expect(lanes).toHaveAttribute('aria-busy', 'false');
});
