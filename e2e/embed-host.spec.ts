// The embed from the host page's side: public/embed-example.html embeds two sandboxed labs and
// steers them with the message API (version 1). Both render, post their heights and state, play
// and seek on request, and drop malformed messages without a console error.
import type { Frame, Page } from '@playwright/test';
import { expect, test } from './fixtures';

// Tall enough to show both labs and the host's buttons at once: Chromium pauses animation frames
// in a cross-origin iframe scrolled out of view, so an off-screen lab would not play.
test.use({ viewport: { width: 1280, height: 2200 } });

const clockIn = (frame: Frame) =>
  frame.evaluate(() => document.querySelector('[data-testid="playback-clock"]')?.textContent);

async function labFrames(page: Page) {
  await page.goto('/embed-example.html');
  // Lazy iframes load as they come near the viewport.
  await page.locator('#lab-chart').scrollIntoViewIfNeeded();
  await page.locator('#lab-stream').scrollIntoViewIfNeeded();
  const stream = page.frameLocator('#lab-stream');
  const chart = page.frameLocator('#lab-chart');
  await expect(stream.locator('.lane-panel[data-lane="stream"]')).toBeVisible();
  await expect(chart.getByTestId('latency-chart')).toBeVisible();
  const frameOf = async (id: string) => (await page.locator(id).elementHandle())!.contentFrame();
  return {
    stream,
    chart,
    streamFrame: (await frameOf('#lab-stream'))!,
    chartFrame: (await frameOf('#lab-chart'))!,
  };
}

test('the example page embeds two labs that post their heights, and the host sizes them', async ({
  page,
}) => {
  const { chart } = await labFrames(page);
  for (const id of ['#lab-stream', '#lab-chart']) {
    const frame = page.locator(id);
    await expect(frame).toHaveAttribute('data-reported-height', /^\d+$/);
    const reported = Number(await frame.getAttribute('data-reported-height'));
    expect(reported).toBeGreaterThan(300);
    await expect(frame).toHaveAttribute('height', String(reported));
    await expect(page.locator(`${id}-status`)).toContainText(`Height ${reported} px`);
  }
  // The chart lab got its own panel and theme from its link.
  await expect(chart.locator('html')).toHaveAttribute('data-theme', 'dark');
  // A taller piece posts a new height: open the chart's table view.
  const before = Number(await page.locator('#lab-chart').getAttribute('data-reported-height'));
  await chart.getByTestId('embed-start').click();
  await chart.getByText('Show as table').click();
  await expect
    .poll(async () => Number(await page.locator('#lab-chart').getAttribute('data-reported-height')))
    .toBeGreaterThan(before);
});

test('play, pause and seek from the host move the playhead; the host hears the state', async ({
  page,
}) => {
  const { stream, streamFrame } = await labFrames(page);
  const start = await clockIn(streamFrame);
  expect(start).toBe('12:00:00');
  await page.getByRole('button', { name: 'Play both' }).click();
  // Playing from the host lifts the start overlay, and the clock runs.
  await expect(stream.getByTestId('embed-start')).toHaveCount(0);
  await expect.poll(() => clockIn(streamFrame)).not.toBe(start);
  await expect(page.locator('#lab-stream')).toHaveAttribute('data-playing', 'true');
  await page.getByRole('button', { name: 'Pause both' }).click();
  await expect(page.locator('#lab-stream')).toHaveAttribute('data-playing', 'false');
  const paused = await clockIn(streamFrame);
  await page.waitForTimeout(500);
  expect(await clockIn(streamFrame)).toBe(paused);
  // The host's state matches the lab's clock.
  const playhead = Number(await page.locator('#lab-stream').getAttribute('data-playhead'));
  expect(new Date(playhead).toISOString().slice(11, 19)).toBe(paused);

  await page.getByRole('button', { name: /Back to 12:00/ }).click();
  await expect.poll(() => clockIn(streamFrame)).toBe('12:00:00');

  await page.getByRole('button', { name: /Half the orders late/ }).click();
  await expect(stream.getByRole('slider', { name: 'Late orders' })).toHaveAttribute(
    'aria-valuetext',
    /50/,
  );
  await expect(page.locator('#lab-stream')).toHaveAttribute('data-playing', 'false');
});

test('malformed messages, other versions and messages from other windows are ignored silently', async ({
  page,
}) => {
  const { streamFrame, stream } = await labFrames(page);
  const before = await clockIn(streamFrame);
  await page.evaluate(() => {
    const lab = (document.getElementById('lab-stream') as HTMLIFrameElement).contentWindow!;
    for (const m of [
      'play',
      null,
      42,
      { type: 'play' },
      { version: 2, type: 'play' },
      { version: 1, type: 'seek', t: 'noon' },
      { version: 1, type: 'seek', t: Infinity },
      { version: 1, type: 'setScenario', settings: 'late=1' },
      { version: 1, type: 'setScenario', query: 7 },
      { version: 1, type: 'explode' },
    ])
      lab.postMessage(m, '*');
  });
  // A message that claims to come from the lab's own window is not the host's either.
  await streamFrame.evaluate(() => window.postMessage({ version: 1, type: 'play' }, '*'));
  await page.waitForTimeout(600);
  expect(await clockIn(streamFrame)).toBe(before);
  await expect(stream.getByTestId('embed-start')).toBeVisible();
  await expect(stream.getByRole('slider', { name: 'Late orders' })).toHaveAttribute(
    'aria-valuetext',
    /30/,
  );
});

test('with origin= the embed heeds only that origin and posts only there', async ({
  page,
  baseURL,
}) => {
  const host = (origin: string) =>
    `<!doctype html><title>host</title><iframe src="${baseURL}/?embed=1&panel=batch&origin=${encodeURIComponent(origin)}" title="lab" width="800" height="700" sandbox="allow-scripts"></iframe>
<script>window.heard = []; addEventListener('message', (e) => window.heard.push(e.data));</script>`;
  await page.route('**/pinned-*.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: host(
        route.request().url().includes('pinned-self') ? baseURL! : 'https://docs.example.org',
      ),
    }),
  );
  for (const [path, trusted] of [
    ['/pinned-self.html', true],
    ['/pinned-other.html', false],
  ] as const) {
    await page.goto(path);
    const lab = page.frameLocator('iframe');
    await expect(lab.locator('.lane-panel[data-lane="batch"]')).toBeVisible();
    await page.waitForTimeout(400);
    const heard = await page.evaluate(
      () => (window as unknown as { heard: unknown[] }).heard.length,
    );
    if (trusted) expect(heard).toBeGreaterThan(0);
    else expect(heard).toBe(0);
    await page.evaluate(() =>
      document
        .querySelector('iframe')!
        .contentWindow!.postMessage({ version: 1, type: 'play' }, '*'),
    );
    if (trusted) await expect(lab.getByTestId('play-toggle')).toHaveText(/Pause/);
    else {
      await page.waitForTimeout(500);
      await expect(lab.getByTestId('play-toggle')).toHaveText(/Play/);
    }
  }
});
