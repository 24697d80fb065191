// The lab used as a person uses it: press play, drag sliders with the keyboard, step and scrub,
// and read what the lanes, results and chart say. Each test is one of the lab issue's
// "done when" points.
import type { Locator, Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations, openTab, holdPageClock } from './fixtures';

const lanes = ['batch', 'microbatch', 'stream', 'request'] as const;

async function slider(page: Page, name: string | RegExp): Promise<Locator> {
  const s = page.getByRole('slider', { name });
  await expect(s).toHaveCount(1);
  return s;
}

/** Moves a slider with the keyboard, as a person would: Home / End, or n arrow presses. */
async function press(s: Locator, key: 'Home' | 'End' | 'ArrowRight' | 'ArrowLeft', times = 1) {
  await s.focus();
  for (let i = 0; i < times; i++) await s.press(key);
}

/** Jumps the playhead to the end of the timeline with the scrubber. */
async function scrubToEnd(page: Page) {
  await press(await slider(page, 'Playhead'), 'End');
}

/** Everything on screen that depends on the playhead: lane text, marks, canvases, results. */
async function snapshot(page: Page) {
  return page.evaluate(() => {
    const play = document.querySelector('[aria-labelledby="play-title"]')!;
    // A short fingerprint per canvas (FNV-1a over its pixels), so a failure prints numbers, not images.
    const canvases = [...play.querySelectorAll('canvas')].map((c) => {
      const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let h = 0x811c9dc5;
      let inked = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (data[i + 3]! > 0) inked++;
        h = Math.imul(
          h ^ data[i]! ^ (data[i + 1]! << 8) ^ (data[i + 2]! << 16) ^ (data[i + 3]! << 24),
          16777619,
        );
      }
      return `${c.width}x${c.height}:${inked}:${(h >>> 0).toString(16)}`;
    });
    const clone = play.cloneNode(true) as Element;
    // The narrator is a log of what playback announced on its way, not part of the picture:
    // scrubbing past a closing says nothing, by design.
    clone.querySelector('[data-testid="narrator"]')?.replaceChildren();
    const results = document.querySelector('[data-testid="results-table"]')?.textContent ?? '';
    return { dom: clone.innerHTML, canvases, results };
  });
}

function arrivedCount(page: Page) {
  return page
    .getByTestId('results-panel')
    .getByText(/orders arrived/)
    .first()
    .textContent();
}

test('the lab opens with four lanes, the chart and the controls; playing moves marks and fills results', async ({
  page,
}) => {
  await page.clock.install();
  await page.goto('/');
  for (const lane of lanes) await expect(page.getByTestId(`lane-${lane}`)).toBeVisible();
  await expect(page.getByTestId('latency-chart')).toBeVisible();
  for (const lane of lanes) await expect(page.getByTestId(`chart-mark-${lane}`)).toBeVisible();
  await expect(page.getByTestId('lesson-controls')).toBeVisible();

  const clock = page.getByTestId('playback-clock');
  const before = await clock.textContent();
  const streamLane = page.getByTestId('lane-stream');
  const pictureBefore = await streamLane.screenshot();
  const pendingBefore = await page.locator('td[data-lane="stream"][data-state="pending"]').count();

  await page.getByTestId('speed-select').selectOption({ index: 5 });
  // 2.5 s of page time at x8: twenty simulated minutes, however loaded the machine is.
  await holdPageClock(page);
  await page.getByRole('button', { name: 'Play' }).click();
  await page.clock.runFor(2500);
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page.getByTestId('play-toggle')).toHaveText(/Play/);

  expect(await clock.textContent()).not.toBe(before);
  expect(await streamLane.screenshot()).not.toEqual(pictureBefore);
  // Early panes have fired: some stream cells are no longer pending.
  const pendingAfter = await page.locator('td[data-lane="stream"][data-state="pending"]').count();
  expect(pendingAfter).toBeLessThan(pendingBefore);
  await expect(streamLane).toContainText(/watermark \d\d:\d\d/);
});

test('with no late orders, every lane agrees with the truth once its results are in', async ({
  page,
}) => {
  await page.goto('/');
  await press(await slider(page, 'Late orders'), 'Home');
  await expect(page.getByRole('slider', { name: 'Late orders' })).toHaveAttribute(
    'aria-valuetext',
    /0/,
  );
  await scrubToEnd(page);
  // The table lists the windows around the playhead; with few windows there is nothing to reveal.
  const showAll = page.getByLabel(/Show all/);
  if ((await showAll.count()) > 0) await showAll.check();
  const cells = page.locator('[data-testid="results-table"] td[data-lane]');
  await expect(cells.first()).toBeVisible();
  const states = await cells.evaluateAll((tds) => tds.map((td) => td.getAttribute('data-state')));
  expect(states.length).toBeGreaterThanOrEqual(4 * 30);
  expect(states.filter((s) => s !== 'match')).toEqual([]);
  await expect(page.getByRole('button', { name: /^Dropped/ })).toHaveText(/Dropped: 0/);
  await expect(page.getByTestId('batch-missed')).toHaveText('Missed: 0');
});

test('raising lateness drops orders in the stream, makes the batch miss some, and the results explain why', async ({
  page,
}) => {
  await page.goto('/');
  await openTab(page, 'Controls');
  await press(await slider(page, 'Late orders'), 'ArrowRight', 8); // 10% -> 50%
  await press(await slider(page, 'Longest delay'), 'End'); // 60 minutes
  await press(await slider(page, 'Mean delay of a late order'), 'ArrowRight', 40); // 22 minutes
  await page.getByLabel('Schedule').selectOption('hourly');
  await press(await slider(page, /Job starts after the hour ends/), 'Home'); // job at 13:00
  // From the end, step back firing by firing to after the hourly job ran and missed the
  // stragglers, and before its re-run an hour later picked them up.
  const missedNow = async () =>
    Number((await page.getByTestId('batch-missed').textContent())!.match(/\d+/)![0]);
  await scrubToEnd(page);
  for (let i = 0; i < 100 && (await missedNow()) === 0; i++) {
    await page.getByRole('button', { name: 'Previous firing' }).click();
  }
  expect(await missedNow()).toBeGreaterThan(0);

  const bin = page.getByRole('button', { name: /^Dropped/ });
  const dropped = Number((await bin.textContent())!.match(/\d+/)![0]);
  expect(dropped).toBeGreaterThan(50);
  await bin.click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  // Every dropped order is listed (the latest 500 at most, newest first), plus the header row.
  await expect(dialog.getByRole('row')).toHaveCount(Math.min(dropped, 500) + 1);
  await expect(dialog).toContainText('watermark');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // A row where the stream differs from the truth explains it by the orders that caused it.
  await openTab(page, 'Results');
  const differing = page.locator('tr[data-row]', {
    has: page.locator('td[data-lane="stream"][data-state="differs"]'),
  });
  await differing
    .first()
    .getByRole('button', { name: /^Why\?/ })
    .click();
  const explanation = page.getByTestId('results-explanation');
  await expect(explanation.locator('li[data-lane="stream"]')).toContainText(/dropped as late/);
  await expect(explanation.locator('li[data-lane="batch"]')).toContainText(/missed|re-run/);
});

test('stepping and scrubbing to the same moment show the same picture', async ({ page }) => {
  // The page's clock is ours: playing for 400 ms of page time moves the playhead the same distance
  // however slowly a loaded machine gets the Pause click in (at x1 a second is about 60 orders).
  await page.clock.install();
  await page.goto('/');
  await holdPageClock(page);
  // Route 1: step forward order by order from the start.
  for (let i = 0; i < 60; i++) await page.getByRole('button', { name: 'Next order' }).click();
  const target = await arrivedCount(page);
  const clock = await page.getByTestId('playback-clock').textContent();
  const stepped = await snapshot(page);

  // Route 2: scrub past that moment, play a little, then step back to the same order.
  await press(await slider(page, 'Playhead'), 'ArrowRight', 10);
  await page.getByRole('button', { name: 'Play' }).click();
  await page.clock.runFor(400);
  await page.getByRole('button', { name: 'Pause' }).click();
  // Paused: the button says so once the store has stopped, and the picture is final from then on.
  await expect(page.getByTestId('play-toggle')).toHaveText(/Play/);
  expect(await arrivedCount(page)).not.toBe(target);
  let steps = 0;
  for (; steps < 300 && (await arrivedCount(page)) !== target; steps++) {
    await page.getByRole('button', { name: 'Previous order' }).click();
  }
  expect(steps, 'steps back to the 60th order').toBeLessThan(300);
  expect(await arrivedCount(page)).toBe(target);
  await expect(page.getByTestId('playback-clock')).toHaveText(clock!);
  const returned = await snapshot(page);
  expect(returned.results).toBe(stepped.results);
  expect(returned.dom).toBe(stepped.dom);
  expect(returned.canvases).toEqual(stepped.canvases);
});

test('scrubbing back to a position after playing shows the picture it showed before', async ({
  page,
}) => {
  await page.clock.install();
  await page.goto('/');
  await holdPageClock(page);
  const scrubber = await slider(page, 'Playhead');
  await press(scrubber, 'ArrowRight', 90);
  const first = await snapshot(page);
  const clock = page.getByTestId('playback-clock');
  const before = await clock.textContent();
  await page.getByRole('button', { name: 'Play' }).click();
  await page.clock.runFor(600);
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page.getByTestId('play-toggle')).toHaveText(/Play/);
  // It did play: the picture to come back from is another one.
  await expect(clock).not.toHaveText(before!);
  await press(scrubber, 'Home');
  await press(scrubber, 'ArrowRight', 90);
  expect(await snapshot(page)).toEqual(first);
});

test('a longer watermark bound moves the stream mark right on the chart', async ({ page }) => {
  await page.goto('/?panel=controls');
  // Without early panes the stream's first result waits for the watermark.
  await press(await slider(page, 'Early results every'), 'Home');
  const mark = page.getByTestId('chart-mark-stream');
  const x = async () => Number(await mark.getAttribute('data-x'));
  const before = await x();
  await press(await slider(page, 'Watermark trails the newest order by'), 'End');
  await expect.poll(x).toBeGreaterThan(before + 10);
  await mark.focus();
  await expect(page.getByRole('tooltip')).toContainText('Watermarks');
});

test('the default and a late-heavy lab pass axe in light and dark', async ({ page }) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto('/');
    await press(await slider(page, 'Playhead'), 'ArrowRight', 80);
    await expectNoAxeViolations(page);
  }
  await openTab(page, 'Controls');
  await press(await slider(page, 'Late orders'), 'ArrowRight', 6);
  await press(await slider(page, 'Longest delay'), 'End');
  await press(await slider(page, 'Playhead'), 'ArrowRight', 40);
  await page.getByRole('button', { name: /^Dropped/ }).click();
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
});
