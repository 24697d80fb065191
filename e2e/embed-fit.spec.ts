// The Embed menu's snippet fits its piece: pasted into a page, each piece, in the frame of the
// snippet's own width and height, neither overflows sideways nor is cut off at the bottom, at the
// playhead the snippet was written at and at the end of the timeline. Each single-lane embed
// carries only its own legend.
import type { Frame, Page } from '@playwright/test';
import { expect, test } from './fixtures';

const PIECES = ['lanes', 'stream', 'microbatch', 'batch', 'chart', 'results', 'sampling'] as const;

/** The snippet the Embed menu writes for `piece`, once it has measured the piece. */
async function snippetFor(page: Page, piece: string): Promise<string> {
  await page.getByLabel('Piece to embed').selectOption(piece);
  const code = page.getByTestId('embed-code');
  await expect(code).toHaveAttribute('data-measured', 'true', { timeout: 60_000 });
  await expect(page.getByTestId('embed-size')).toContainText('the tallest this piece gets');
  return code.inputValue();
}

/** How the frame's document sits in its frame: overflow to the right and below, in px. */
const overflowOf = (frame: Frame) =>
  frame.evaluate(() => {
    const doc = document.documentElement;
    return {
      right: doc.scrollWidth - window.innerWidth,
      below: doc.scrollHeight - window.innerHeight,
      loading: document.querySelector('[data-testid="embed"] .loading') !== null,
    };
  });

test('each snippet holds its piece at its own width and height, as the piece plays', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  // Many late orders at a late playhead: the lanes and the results carry the longest texts.
  await page.goto('/?late=0.3&t=50000000');
  await page.getByText('Embed', { exact: true }).click();
  const snippets = new Map<string, string>();
  for (const piece of PIECES) snippets.set(piece, await snippetFor(page, piece));

  await page.route('**/snippet-host.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><title>host</title><body style="margin:0">${route.request().headers()['x-snippet'] ?? ''}</body></html>`,
    }),
  );
  for (const piece of PIECES) {
    const code = snippets.get(piece)!;
    const width = Number(/ width="(\d+)"/.exec(code)![1]);
    const height = Number(/ height="(\d+)"/.exec(code)![1]);
    expect(width, piece).toBe(piece === 'lanes' ? 960 : 720);
    // Tall enough to show the whole frame: Chromium pauses an off-screen cross-origin frame.
    await page.setViewportSize({ width: 1280, height: height + 20 });
    await page.setExtraHTTPHeaders({ 'x-snippet': code });
    await page.goto('/snippet-host.html');
    const frameEl = page.locator('iframe');
    await expect(frameEl).toHaveAttribute('height', String(height));
    const frame = (await (await frameEl.elementHandle())!.contentFrame())!;
    await expect(page.frameLocator('iframe').getByTestId('embed')).toHaveAttribute(
      'data-piece',
      piece,
    );
    await expect.poll(() => overflowOf(frame)).toMatchObject({ loading: false });
    const atSnippet = await overflowOf(frame);
    expect(atSnippet.right, `${piece} overflows sideways`).toBeLessThanOrEqual(0);
    expect(atSnippet.below, `${piece} is cut off`).toBeLessThanOrEqual(0);
    // At the end of the timeline (the host seeks past it; the lab clamps): still inside the frame.
    await page.evaluate(() =>
      document
        .querySelector('iframe')!
        .contentWindow!.postMessage({ version: 1, type: 'seek', t: 5e9 }, '*'),
    );
    await expect(page.frameLocator('iframe').getByTestId('playback-clock')).toHaveText(/^\+1d/);
    const atEnd = await overflowOf(frame);
    expect(atEnd.right, `${piece} overflows sideways at the end`).toBeLessThanOrEqual(0);
    expect(atEnd.below, `${piece} is cut off at the end`).toBeLessThanOrEqual(0);
  }
  await page.setExtraHTTPHeaders({});
});

test('a single-lane embed shows only its own legend, and the batch lane says nothing of watermarks', async ({
  page,
}) => {
  await page.setViewportSize({ width: 720, height: 800 });
  const legendOf = async (piece: string) => {
    await page.goto(`/?embed=1&panel=${piece}`);
    const legend = page.getByRole('list', { name: 'Key to the lanes' });
    await expect(legend).toBeVisible();
    return legend.innerText();
  };
  const batch = await legendOf('batch');
  expect(batch).toContain('missed by the job');
  expect(batch).not.toMatch(/watermark|dropped as too late|late pane/i);
  // Nothing in the batch embed, shown or read aloud, speaks of watermarks.
  expect(await page.locator('body').textContent()).not.toMatch(/watermark/i);
  const micro = await legendOf('microbatch');
  expect(micro).toContain('watermark');
  expect(micro).not.toMatch(/missed by the job|late pane/i);
  const stream = await legendOf('stream');
  expect(stream).toMatch(/late pane/);
  expect(stream).not.toMatch(/missed by the job/i);
});
