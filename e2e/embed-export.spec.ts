// Exports a teacher puts on a slide or a learner in a report: each lane and the chart as PNG and
// SVG, the results as CSV, all as they are at the playhead, checked as files.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

async function download(page: Page, button: string) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: await readFile(path!) };
}

/** Parses SVG text in the page; returns the parser's error, if any, and what it found. */
async function parseSvg(page: Page, text: string) {
  return page.evaluate((svg) => {
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      title: doc.querySelector('title')?.textContent,
      images: doc.querySelectorAll('image').length,
      texts: [...doc.querySelectorAll('text')].map((t) => t.textContent).join(' '),
      width: doc.documentElement.getAttribute('width'),
    };
  }, text);
}

/** A PNG's width and height from its IHDR chunk. */
function pngSize(bytes: Buffer) {
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('each lane downloads as SVG with its marks and as a 2x PNG', async ({ page }) => {
  // The lanes' export buttons sit with the lanes as tables, in the "What is going on" tab.
  await page.goto('/?panel=explain');
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  for (let i = 0; i < 6; i++) await page.keyboard.press('Shift+ArrowRight');
  for (const [lane, name] of [
    ['batch', 'the batch lane'],
    ['microbatch', 'the micro-batch lane'],
    ['stream', 'the stream lane'],
    ['request', 'the per-request lane'],
  ] as const) {
    const svg = await download(page, `Download ${name} as SVG`);
    expect(svg.name).toMatch(/^batch-stream-lab-[a-z-]+-lane\.svg$/);
    const parsed = await parseSvg(page, svg.bytes.toString('utf8'));
    expect(parsed.error).toBeNull();
    expect(parsed.title).toMatch(/lane$/);
    // The moving marks are the canvas snapshot; the axes' clock labels are text.
    expect(parsed.images).toBe(1);
    expect(parsed.texts).toContain('12:05');
    const plot = await page.locator(`.lane-panel[data-lane="${lane}"] .lane-plot`).boundingBox();
    expect(Number(parsed.width)).toBeCloseTo(plot!.width, 0);

    const png = await download(page, `Download ${name} as PNG`);
    expect(png.name).toBe(svg.name.replace('.svg', '.png'));
    const size = pngSize(png.bytes);
    expect(size.width).toBe(Math.round(plot!.width * 2));
    expect(size.height).toBeGreaterThan(plot!.height * 2);
  }
});

test('the chart downloads as SVG and PNG', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('latency-chart')).toBeVisible();
  const svg = await download(page, 'Download the chart as SVG');
  expect(svg.name).toBe('batch-stream-lab-chart.svg');
  const parsed = await parseSvg(page, svg.bytes.toString('utf8'));
  expect(parsed.error).toBeNull();
  expect(parsed.texts).toContain('complexity');
  const png = await download(page, 'Download the chart as PNG');
  expect(png.name).toBe('batch-stream-lab-chart.png');
  expect(pngSize(png.bytes).width).toBeGreaterThan(400);
});

test('the results download as CSV, one line per row of the table at the playhead', async ({
  page,
}) => {
  await page.goto('/?t=46800000');
  const csv = await download(page, 'Download the results as CSV');
  expect(csv.name).toBe('batch-stream-lab-results.csv');
  const lines = csv.bytes.toString('utf8').trimEnd().split('\n');
  expect(lines[0]).toBe(
    'at,window_start,window_end,key,truth,truth_orders,batch,batch_state,microbatch,microbatch_state,stream,stream_state,request,request_state',
  );
  expect(lines.length).toBeGreaterThan(5);
  expect(lines[1]).toMatch(/^1970-01-01T13:00:00\.000Z,1970-01-01T12:00:00\.000Z,/);
  // By 13:00 the stream has answered for the first window (late drops may make it differ); the
  // nightly job has not run yet.
  const first = lines[1]!.split(',');
  expect(first[11]).toMatch(/^(match|differs)$/);
  expect(first[10]).toMatch(/^\d+$/);
  expect(first[7]).toBe('pending');
  expect(first[6]).toBe('');
});
