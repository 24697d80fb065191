// In-browser benchmarks for the lab, in Debian's Chromium driven by Playwright (never a browser
// download): frame rate and long tasks during 3 s of steady play with ~2,000 orders in flight
// (also under 4x CPU throttling), and the time from a slider change to redrawn results and chart
// on a 100,000-order scenario. Settings are made through the UI, as a person would.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { soakFigures } from './soak';

// BENCH_PORT lets two checkouts bench side by side; 4183 is not on the Fetch spec's blocked-port
// list (4190 is).
const PORT = Number(process.env.BENCH_PORT ?? 4183);
export const URL = `http://127.0.0.1:${PORT}/`;
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Chromium's flags for every benchmark. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface BrowserFigures {
  rows: string[][];
}

/** Stops a detached process group; one that has exited already is fine. */
export function stopGroup(pid: number): void {
  try {
    process.kill(-pid);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ESRCH') throw err;
  }
}

/** Serves dist/ with `vite preview` on PORT and resolves once it answers. */
export function startPreview(): Promise<ChildProcess> {
  const server = spawn(
    'npx',
    ['vite', 'preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'],
    {
      stdio: 'ignore',
      detached: true,
    },
  );
  return new Promise((resolve, reject) => {
    const deadline = Date.now() + 30_000;
    const poll = async () => {
      try {
        if ((await fetch(URL)).ok) return resolve(server);
      } catch {
        // not up yet
      }
      if (Date.now() > deadline) reject(new Error('vite preview did not start'));
      else setTimeout(poll, 200);
    };
    void poll();
  });
}

async function setSlider(page: Page, name: string, key: 'Home' | 'End') {
  const s = page.getByRole('slider', { name });
  await s.focus();
  await s.press(key);
}

async function setRange(page: Page, name: string, value: number) {
  await page.getByRole('slider', { name }).fill(String(value));
}

// In-page code is sent as source text: tsx compiles this file with esbuild's keepNames, whose
// __name helper does not exist inside the page.
const FRAMES_SOURCE = `(ms) => new Promise((resolve) => {
  const intervals = [];
  const longTasks = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) longTasks.push(e.duration);
  });
  observer.observe({ type: 'longtask' });
  const start = performance.now();
  let last = start;
  const tick = (t) => {
    intervals.push(t - last);
    last = t;
    if (t - start < ms) requestAnimationFrame(tick);
    else {
      observer.disconnect();
      resolve({ intervals: intervals.slice(1), longTasks });
    }
  };
  requestAnimationFrame(tick);
})`;

/** rAF intervals and long tasks over `ms` of real time, measured inside the page. */
function measureFrames(page: Page, ms: number) {
  return page.evaluate<{ intervals: number[]; longTasks: number[] }>(`(${FRAMES_SOURCE})(${ms})`);
}

// Whether any region still draws the previous run (the lanes follow a change as a deferred value
// and say so with aria-busy), and an observer of the longest main-thread task meanwhile.
const SETTLED_HELPERS = `
  const busy = () => document.querySelector('[aria-busy="true"]') !== null;
  const watchTasks = () => {
    const longest = { ms: 0 };
    const observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) longest.ms = Math.max(longest.ms, e.duration);
    });
    observer.observe({ type: 'longtask' });
    return longest;
  };`;

// Sets the watermark-bound slider as a user's drag does (native setter + input event) and
// resolves when the first frame in which every lane draws the new run has been painted, with the
// longest main-thread task meanwhile.
const SLIDER_SOURCE = `(target) => {${SETTLED_HELPERS}
  const sliders = [...document.querySelectorAll('input[type=range]')];
  const wm = sliders.find((s) => s.labels && s.labels[0] && s.labels[0].textContent.includes('Watermark trails'));
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  return new Promise((resolve) => {
    const longest = watchTasks();
    const t0 = performance.now();
    setter.call(wm, String(target));
    wm.dispatchEvent(new Event('input', { bubbles: true }));
    const check = () => {
      if (busy()) return requestAnimationFrame(check);
      const ms = performance.now() - t0;
      // Long tasks are reported after they end: give the observer a turn.
      setTimeout(() => resolve({ ms, longest: longest.ms }), 0);
    };
    requestAnimationFrame(check);
  });
}`;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
};
const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)] ?? NaN;
};

/** Orders in flight (happened, not yet arrived) at the playhead, counted from the lanes' canvas data. */
async function playFigures(page: Page, label: string, rows: string[][]) {
  await page.getByTestId('speed-select').selectOption({ index: 0 });
  await page.getByRole('button', { name: 'Play' }).click();
  await page.waitForTimeout(300);
  const clockFrom = await page.getByTestId('playback-clock').textContent();
  const { intervals, longTasks } = await measureFrames(page, 3000);
  const clockTo = await page.getByTestId('playback-clock').textContent();
  await page.getByRole('button', { name: 'Pause' }).click();
  const fps = 1000 / median(intervals);
  rows.push([
    label,
    `${fps.toFixed(1)} fps median`,
    `${(1000 / quantile(intervals, 0.95)).toFixed(1)} fps at p95 frame`,
    `${longTasks.length} long tasks, max ${longTasks.length ? Math.max(...longTasks).toFixed(0) : 0} ms`,
    `played ${clockFrom} -> ${clockTo}`,
  ]);
}

// From a preset's key to the first frame after its card names it in which every lane draws the
// preset's run (the run computed, results, chart and lanes drawn), with the longest main-thread
// task meanwhile. Measured inside the page, so the bench's own round trips are not counted.
const PRESET_SWITCH_SOURCE = `(key) => new Promise((resolve) => {${SETTLED_HELPERS}
  const longest = watchTasks();
  const t0 = performance.now();
  const before = document.getElementById('cls-card-title')?.textContent ?? '';
  document.body.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
  const check = () => {
    const now = document.getElementById('cls-card-title')?.textContent ?? '';
    if (now && now !== before && !busy()) {
      requestAnimationFrame(() => {
        const ms = performance.now() - t0;
        setTimeout(() => resolve({ ms, longest: longest.ms }), 0);
      });
    } else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})`;

/**
 * Switches to each classroom preset by its key (1-9), three times over, and reports the slowest
 * and the median switch, with the longest main-thread task.
 */
export async function presetSwitchFigures(page: Page): Promise<string[][]> {
  await page.getByTestId('chart-mark-stream').waitFor();
  const times = new Map<string, { ms: number; longest: number }[]>();
  for (let round = 0; round < 3; round++) {
    for (let key = 1; key <= 9; key++) {
      const t = await page.evaluate<{ ms: number; longest: number }>(
        `(${PRESET_SWITCH_SOURCE})('${key}')`,
      );
      const title = (await page.locator('#cls-card-title').textContent()) ?? `key ${key}`;
      times.set(title, [...(times.get(title) ?? []), t]);
    }
  }
  return [...times].map(([title, ts]) => {
    const ms = ts.map((t) => t.ms);
    return [
      `preset switch: ${title.trim()}`,
      `${Math.max(...ms).toFixed(0)} ms max`,
      `median ${median(ms).toFixed(0)} ms`,
      `longest task ${Math.max(...ts.map((t) => t.longest)).toFixed(0)} ms`,
      'key -> card, results, chart and lanes drawn',
    ];
  });
}

/**
 * Issue #15's large scenario, 240,000 orders (1,000 a minute for 4 hours, 26 products, 1-minute
 * windows): ten steps of the watermark bound, each until the lanes draw its run.
 */
async function bigSliderFigures(page: Page): Promise<string[]> {
  await page.goto(`${URL}?rate=1000&dur=240m&prod=26&size=1m`);
  await page.getByTestId('chart-mark-stream').waitFor({ timeout: 120_000 });
  await page.getByRole('tab', { name: 'Controls', exact: true }).click();
  const steps: number[] = [];
  let longest = 0;
  for (let i = 0; i < 10; i++) {
    const t = await page.evaluate<{ ms: number; longest: number }>(
      `(${SLIDER_SOURCE})(${i % 2 === 0 ? 120 : 60})`,
    );
    steps.push(t.ms);
    longest = Math.max(longest, t.longest);
  }
  return [
    'slider step, 240,000 orders -> lanes drawn',
    `p50 ${median(steps).toFixed(0)} ms`,
    `max ${Math.max(...steps).toFixed(0)} ms`,
    `longest task ${longest.toFixed(0)} ms`,
    '10 steps',
  ];
}

export async function browserBenchmarks(
  inFlight: (clock: string) => number,
): Promise<BrowserFigures> {
  if (!existsSync(CHROMIUM)) {
    return { rows: [['browser benchmarks', `skipped: no Chromium at ${CHROMIUM}`, '', '', '']] };
  }
  const server = await startPreview();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const rows: string[][] = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    await page.goto(URL);
    rows.push(...(await presetSwitchFigures(page)));
    await page.goto(URL);
    // The order sliders live in the Controls tab below the stage.
    await page.getByRole('tab', { name: 'Controls', exact: true }).click();

    // Over 2,000 orders in flight: 1,000 orders a minute, all late by 2.5 minutes on average.
    await setSlider(page, 'Order rate', 'End');
    await setSlider(page, 'Late orders', 'End');
    await page.getByRole('slider', { name: 'Mean delay of a late order' }).fill('2.5');
    const scrubber = page.getByRole('slider', { name: 'Playhead' });
    await scrubber.focus();
    for (let i = 0; i < 60; i++) await scrubber.press('ArrowRight');
    // Back to the stage: lanes out of sight draw only at the paced playhead, and a class watches
    // them, so play is measured with all four in view.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.getByTestId('lane-stream').scrollIntoViewIfNeeded();
    const clock = (await page.getByTestId('playback-clock').textContent()) ?? '';
    rows.push([
      'orders in flight at the start of play',
      String(inFlight(clock)),
      `at ${clock}`,
      '',
      '',
    ]);
    await playFigures(page, 'steady play', rows);

    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await playFigures(page, 'steady play, 4x CPU throttling', rows);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });

    // 100,000 orders: 1,000 a minute for 100 minutes.
    await page.getByText('More order settings').click();
    await setRange(page, 'Orders keep coming for', 100);
    const mark = page.getByTestId('chart-mark-stream');
    await mark.waitFor();
    const latencies: number[] = [];
    let longestTask = 0;
    // 40 samples: with 20, the p95 is the second-worst sample and swings with one GC pause.
    for (let i = 0; i < 40; i++) {
      const target = i % 2 === 0 ? 120 : 60; // watermark bound, seconds
      const t = await page.evaluate<{ ms: number; longest: number }>(
        `(${SLIDER_SOURCE})(${target})`,
      );
      latencies.push(t.ms);
      longestTask = Math.max(longestTask, t.longest);
    }
    await page.getByRole('tab', { name: 'Results', exact: true }).click();
    const orders = await page
      .getByTestId('results-panel')
      .getByText(/orders arrived/)
      .first()
      .textContent();
    rows.push([
      'slider -> results, chart and lanes drawn',
      `p50 ${median(latencies).toFixed(0)} ms`,
      `p95 ${quantile(latencies, 0.95).toFixed(0)} ms`,
      `max ${Math.max(...latencies).toFixed(0)} ms, longest task ${longestTask.toFixed(0)} ms`,
      (orders ?? '').replace(/^.*?(\d[\d,]* of [\d,]+ orders).*$/, '$1'),
    ]);
    rows.push(await bigSliderFigures(page));

    rows.push(
      ...(await importFigures(await browser.newPage({ viewport: { width: 1600, height: 1000 } }))),
    );

    const soak = await soakFigures(browser, URL);
    rows.push(...soak.rows);
    if (!soak.ok) process.exitCode = 1;
  } finally {
    await browser.close();
    // The preview's process group may have gone already: nothing left to stop.
    if (server.pid) stopGroup(server.pid);
  }
  return { rows };
}

// Watches long tasks from the moment a file is picked: those before the panel says the file is
// valid belong to reading and checking it (in a worker), the rest to the lab recomputing.
const IMPORT_WATCH_SOURCE = `() => {
  const w = window;
  w.longTasks = [];
  w.validAt = Infinity;
  w.doneAt = Infinity;
  w.pickedAt = performance.now();
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask' });
  new MutationObserver(() => {
    const text = document.body.textContent || '';
    if (w.validAt === Infinity && text.includes('is valid: running every lane')) w.validAt = performance.now();
    if (w.doneAt === Infinity && text.includes('Every lane runs on')) w.doneAt = performance.now();
  }).observe(document.body, { subtree: true, childList: true, characterData: true });
}`;

/** Imports a 1,000,000-row CSV through the file picker, as a person would. */
async function importFigures(page: Page): Promise<string[][]> {
  const rows = 1_000_000;
  const start = Date.UTC(2026, 4, 1, 9, 0, 0);
  const lines = ['id,key,amount,customer,event_time,arrival_time'];
  for (let i = 0; i < rows; i++) {
    const event = start + i * 30; // about eight hours of orders
    const late = i % 10 === 0 ? 90_000 : 500;
    lines.push(
      `${i},p${(i % 5) + 1},${100 + (i % 900)},${i % 300},${new Date(event).toISOString()},${event + late}`,
    );
  }
  const path = join(tmpdir(), `bench-import-${process.pid}.csv`);
  await writeFile(path, lines.join('\n') + '\n');
  try {
    await page.goto(URL);
    await page.getByTestId('chart-mark-stream').waitFor();
    // The file picker lives in the Your data tab below the stage.
    await page.getByRole('tab', { name: 'Your data', exact: true }).click();
    await page.locator('input[type=file]').waitFor({ state: 'attached' });
    await page.evaluate(`(${IMPORT_WATCH_SOURCE})()`);
    await page.locator('input[type=file]').setInputFiles(path);
    await page.getByText(/Every lane runs on/).waitFor({ timeout: 300_000 });
    await page.waitForTimeout(500);
    const f = await page.evaluate<{
      reading: number;
      recompute: number;
      valid: number;
      done: number;
    }>(`(() => {
      const w = window;
      const reading = w.longTasks.filter((t) => t.start < w.validAt).map((t) => t.duration);
      const after = w.longTasks.filter((t) => t.start >= w.validAt).map((t) => t.duration);
      return { reading: Math.max(0, ...reading), recompute: Math.max(0, ...after), valid: w.validAt - w.pickedAt, done: w.doneAt - w.pickedAt };
    })()`);
    return [
      [
        'import 1,000,000 rows (CSV, 8 h)',
        `checked in ${(f.valid / 1000).toFixed(1)} s`,
        `longest task while reading ${f.reading.toFixed(0)} ms`,
        `lab recompute task ${f.recompute.toFixed(0)} ms`,
        `every lane on it after ${(f.done / 1000).toFixed(1)} s`,
      ],
    ];
  } finally {
    await rm(path, { force: true });
  }
}
