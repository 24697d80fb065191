// The embed from the host page's side: public/embed-example.html embeds two sandboxed labs and
// steers them with the message API (version 1). Both render, post their heights and state, play
// and seek on request, and drop malformed messages without a console error.
import type { Frame, Page } from '@playwright/test';
import { animationFrames, expect, expectNoAxeViolations, test } from './fixtures';

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
  // A lab listens from the moment it first says its state: a message sent while it is still
  // starting up (its panels can be drawn before that, on a busy machine) is lost.
  await expect(page.locator('#lab-stream')).toHaveAttribute('data-playhead', /^\d+$/);
  await expect(page.locator('#lab-chart')).toHaveAttribute('data-playhead', /^\d+$/);
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
    // Chromium pauses rendering (and so ResizeObserver) in an off-screen cross-origin frame.
    await frame.scrollIntoViewIfNeeded();
    // The first height comes while the piece still loads; the full one follows.
    await expect
      .poll(async () => Number(await frame.getAttribute('data-reported-height')))
      .toBeGreaterThan(300);
    const reported = Number(await frame.getAttribute('data-reported-height'));
    await expect(frame).toHaveAttribute('height', String(reported));
    await expect(page.locator(`${id}-status`)).toContainText(`Height ${reported} px`);
  }
  // The host page and both labs inside it (axe walks into the iframes).
  await expectNoAxeViolations(page);
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
  // The lab must be on screen to run: Chromium pauses frames in off-screen cross-origin iframes.
  await page.locator('#lab-stream').scrollIntoViewIfNeeded();
  // Playing from the host lifts the start overlay, and the clock runs.
  await expect(stream.getByTestId('embed-start')).toHaveCount(0);
  await expect.poll(() => clockIn(streamFrame)).not.toBe(start);
  await expect(page.locator('#lab-stream')).toHaveAttribute('data-playing', 'true');
  await page.getByRole('button', { name: 'Pause both' }).click();
  await expect(page.locator('#lab-stream')).toHaveAttribute('data-playing', 'false');
  const paused = await clockIn(streamFrame);
  // The runner ticks on animation frames: ten frames later a playing lab would have moved.
  await animationFrames(streamFrame);
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

  // Settings sections work too, merged as the controls send them.
  await page.evaluate(() =>
    (document.getElementById('lab-stream') as HTMLIFrameElement).contentWindow!.postMessage(
      { version: 1, type: 'setScenario', settings: { scenario: { lateShare: 0.2 } } },
      '*',
    ),
  );
  await expect(stream.getByRole('slider', { name: 'Late orders' })).toHaveAttribute(
    'aria-valuetext',
    /20/,
  );
});

test('malformed messages, other versions and messages from other windows are ignored silently', async ({
  page,
}) => {
  const { streamFrame, stream } = await labFrames(page);
  const before = await clockIn(streamFrame);
  // Inside the lab, a listener added after the lab's own records the clock once the lab has
  // handled each message (the clock follows the playhead in the same call).
  await streamFrame.evaluate(() => {
    const w = window as unknown as { clocks: string[] };
    w.clocks = [];
    addEventListener('message', () =>
      w.clocks.push(document.querySelector('[data-testid="playback-clock"]')?.textContent ?? ''),
    );
  });
  const malformed = await page.evaluate(() => {
    const lab = (document.getElementById('lab-stream') as HTMLIFrameElement).contentWindow!;
    const messages = [
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
    ];
    for (const m of messages) lab.postMessage(m, '*');
    return messages.length;
  });
  // A message that claims to come from the lab's own window is not the host's either.
  await streamFrame.evaluate(() => window.postMessage({ version: 1, type: 'play' }, '*'));
  // Then a valid seek to 12:00:07 from the host: messages arrive in order, so once the lab shows
  // it, the lab has handled every message before it.
  await page.evaluate(() =>
    (document.getElementById('lab-stream') as HTMLIFrameElement).contentWindow!.postMessage(
      { version: 1, type: 'seek', t: 43_207_000 },
      '*',
    ),
  );
  await expect.poll(() => clockIn(streamFrame)).toBe('12:00:07');
  const clocks = await streamFrame.evaluate(
    () => (window as unknown as { clocks: string[] }).clocks,
  );
  expect(clocks).toEqual([...Array<string>(malformed + 1).fill(before!), '12:00:07']);
  // None of them started playback: the overlay is up and ten frames later the clock stands still.
  await expect(stream.getByTestId('embed-start')).toBeVisible();
  await animationFrames(streamFrame);
  expect(await clockIn(streamFrame)).toBe('12:00:07');
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
    const labFrame = (await (await page.locator('iframe').elementHandle())!.contentFrame())!;
    // The lab posts its state as soon as it is on screen. Two frames later it surely has; then
    // the frame itself posts a marker, which arrives after anything the lab posted before it.
    await animationFrames(labFrame, 2);
    await labFrame.evaluate(() => window.parent.postMessage('marker', '*'));
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { heard: unknown[] }).heard))
      .toContain('marker');
    const heard = await page.evaluate(
      () => (window as unknown as { heard: unknown[] }).heard.filter((m) => m !== 'marker').length,
    );
    if (trusted) expect(heard).toBeGreaterThan(0);
    else expect(heard).toBe(0);
    // Inside the lab, a listener added after the lab's own sees the play message once the lab
    // has handled it.
    await labFrame.evaluate(() => {
      const w = window as unknown as { got: number };
      w.got = 0;
      addEventListener('message', () => w.got++);
    });
    await page.evaluate(() =>
      document
        .querySelector('iframe')!
        .contentWindow!.postMessage({ version: 1, type: 'play' }, '*'),
    );
    if (trusted) await expect(lab.getByTestId('play-toggle')).toHaveText(/Pause/);
    else {
      await expect
        .poll(() => labFrame.evaluate(() => (window as unknown as { got: number }).got))
        .toBe(1);
      const clock = await clockIn(labFrame);
      await animationFrames(labFrame);
      expect(await clockIn(labFrame)).toBe(clock);
      await expect(lab.getByTestId('play-toggle')).toHaveText(/Play/);
    }
  }
});
