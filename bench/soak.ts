// Soak: the lab played in a loop at x8 for SOAK_MINUTES (default 10) with the sampling and
// failures panels on screen, as a lab left running on a classroom projector. Reports the JS heap
// (after a forced garbage collection) and the DOM node count at the start and the end; the heap
// must not grow by more than 10 %. Part of `npm run bench`; `npx tsx bench/soak.ts` runs it alone
// (after `vite build`).
import { chromium, type Browser, type Page } from '@playwright/test';
import { pathToFileURL } from 'node:url';
import { CHROMIUM, CHROMIUM_ARGS, startPreview, URL } from './browser';

/** How long the soak plays; a short value (SOAK_MINUTES=0.5) is a quick check of the harness. */
export const SOAK_MINUTES = Number(process.env.SOAK_MINUTES ?? 10);
/** Largest heap growth the soak accepts, start to end. */
export const MAX_HEAP_GROWTH = 0.1;

interface Sample {
  heapMB: number;
  domNodes: number;
}

async function sample(page: Page): Promise<Sample> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const domNodes = await page.evaluate(() => document.getElementsByTagName('*').length);
    return { heapMB: usedSize / 1_048_576, domNodes };
  } finally {
    await cdp.detach();
  }
}

/** Plays the lab in a loop for `minutes` and returns table rows (and whether the heap held). */
export async function soakFigures(
  browser: Browser,
  url: string,
  minutes = SOAK_MINUTES,
): Promise<{ rows: string[][]; ok: boolean }> {
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    await page.goto(`${url}?speed=8`);
    // Both panels in view and loaded: their code arrives after first paint.
    for (const id of ['sampling-panel', 'guarantees-panel']) {
      await page.getByTestId(id).scrollIntoViewIfNeeded();
      await page.getByTestId(id).waitFor();
    }
    await page.locator('.loading').first().waitFor({ state: 'detached' });
    const toggle = page.getByTestId('play-toggle');
    const clock = page.getByTestId('playback-clock');

    // Each loop plays the timeline to its end, where the runner stops by itself and the button
    // reads Play again. Both samples are taken there, paused at the end: the same picture.
    let loops = 0;
    const playLoop = async () => {
      await toggle.click();
      await toggle.filter({ hasText: 'Pause' }).waitFor();
      await toggle.filter({ hasText: 'Play' }).waitFor({ timeout: 10 * 60_000 });
      loops++;
    };
    // One loop first, so start-up caches (indexes, lazily built tables) are in the baseline.
    await playLoop();
    const start = await sample(page);
    const end = Date.now() + minutes * 60_000;
    while (Date.now() < end) await playLoop();
    const last = await sample(page);
    const growth = (last.heapMB - start.heapMB) / start.heapMB;
    const ok = growth <= MAX_HEAP_GROWTH && errors.length === 0;
    return {
      ok,
      rows: [
        [
          `soak: ${minutes} min of looped play at x8, sampling + failures panels`,
          `heap ${start.heapMB.toFixed(1)} -> ${last.heapMB.toFixed(1)} MB (${growth >= 0 ? '+' : ''}${(growth * 100).toFixed(1)} %, limit +${MAX_HEAP_GROWTH * 100} %)`,
          `DOM nodes ${start.domNodes} -> ${last.domNodes}`,
          `${loops} loops, ended at ${await clock.textContent()}`,
          errors.length ? `page errors: ${errors.join('; ')}` : ok ? 'held' : 'FAILED',
        ],
      ],
    };
  } finally {
    await page.close();
  }
}

// `npx tsx bench/soak.ts` (after `vite build`): the soak alone.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const server = await startPreview();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const { rows, ok } = await soakFigures(browser, URL);
    for (const r of rows) console.log(r.filter(Boolean).join('\n  '));
    if (!ok) process.exitCode = 1;
  } finally {
    await browser.close();
    if (server.pid) process.kill(-server.pid);
  }
}
