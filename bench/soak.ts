// Soak: the lab played in a loop at x8 for SOAK_MINUTES (default 10) with the sampling and
// failures panels open, as a lab left running on a classroom projector. Reports the JS heap
// (after a forced garbage collection) and the DOM node count after one loop, after a minute's
// warm-up and at the end; the heap must not grow by more than 10 % from the warm-up to the end. Part of `npm run bench`; `npx tsx bench/soak.ts` runs it alone
// (after `vite build`).
import { chromium, type Browser, type Page } from '@playwright/test';
import { pathToFileURL } from 'node:url';
import { CHROMIUM, CHROMIUM_ARGS, startPreview, stopGroup, URL } from './browser';

/** How long the soak plays; a short value (SOAK_MINUTES=0.5) is a quick check of the harness. */
export const SOAK_MINUTES = Number(process.env.SOAK_MINUTES ?? 10);
/** Largest heap growth the soak accepts, start (after the warm-up) to end. */
export const MAX_HEAP_GROWTH = 0.1;
/** Play before the baseline: the page's code is compiled and optimised by then. */
const WARM_UP_MS = 60_000;

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
    // Both panels open: each tab's panel loads when first opened and then stays mounted (hidden
    // while another tab shows), so both re-render as the lab plays.
    for (const [tab, id] of [
      ['Sampling', 'sampling-panel'],
      ['Failures', 'guarantees-panel'],
    ] as const) {
      await page.getByRole('tab', { name: tab, exact: true }).click();
      await page.getByTestId(id).waitFor();
    }
    await page.locator('.loading').first().waitFor({ state: 'detached' });
    const clock = page.getByTestId('playback-clock');

    // Each loop plays the timeline to its end, where the runner stops by itself and the button
    // reads Play again; both samples are taken there, paused at the end: the same picture. The
    // loop is driven from inside the page (one call, no polling from the test driver), so the
    // driver's own code does not grow the page's heap.
    let loops = 0;
    const playLoop = async () => {
      await page.evaluate(
        () =>
          new Promise<void>((resolve) => {
            const toggle = document.querySelector<HTMLButtonElement>(
              '[data-testid="play-toggle"]',
            )!;
            let started = false;
            const watch = new MutationObserver(() => {
              const playing = /Pause/.test(toggle.textContent ?? '');
              if (playing) started = true;
              else if (started) {
                watch.disconnect();
                resolve();
              }
            });
            watch.observe(toggle, {
              childList: true,
              subtree: true,
              characterData: true,
              attributes: true,
            });
            toggle.click();
          }),
      );
      loops++;
    };
    // Warm-up: V8 compiles and optimises the page's code over the first minute of play (about
    // 1 MB of compiled code, measured with heap snapshots: no objects of the lab's own), and
    // Chromium fills its bounded performance-entry buffers (long tasks, layout shifts). The
    // baseline is taken after it, so growth from there is what a leak would add.
    await playLoop();
    const first = await sample(page);
    const warmUntil = Date.now() + WARM_UP_MS;
    while (Date.now() < warmUntil) await playLoop();
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
          `heap ${first.heapMB.toFixed(1)} MB after one loop, ${start.heapMB.toFixed(1)} after a minute's warm-up -> ${last.heapMB.toFixed(1)} MB (${growth >= 0 ? '+' : ''}${(growth * 100).toFixed(1)} %, limit +${MAX_HEAP_GROWTH * 100} %)`,
          `DOM nodes ${first.domNodes} -> ${start.domNodes} -> ${last.domNodes}`,
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
    // The preview's process group may have gone already: nothing left to stop.
    if (server.pid) stopGroup(server.pid);
  }
}
