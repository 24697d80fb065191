// The sampling panel used as a person uses it: drag k, step orders into the reservoir, run the
// trials and read the histograms and their table, watch HyperLogLog track the exact count while
// the lab plays. Each test is one of issue #5's "done when" points.
import type { Locator, Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations, holdPageClock } from './fixtures';

/** 12:05 on day 0: about 270 orders of the default scenario have arrived. */
const AT_1205 = 't=43500000';

function panel(page: Page): Locator {
  return page.getByTestId('sampling-panel');
}

async function open(page: Page, query = '') {
  await page.goto(`/?panel=sampling${query ? `&${query}` : ''}`);
  await expect(panel(page)).toBeVisible();
}

/** Moves a slider with the keyboard, as a person would. */
async function press(s: Locator, key: 'Home' | 'End' | 'ArrowRight' | 'ArrowLeft', times = 1) {
  await s.focus();
  for (let i = 0; i < times; i++) await s.press(key);
}

/** A number as the panel prints it ("1,234"). */
const num = (text: string | null) => Number((text ?? '').replace(/[^\d.]/g, ''));

async function sampleSize(page: Page): Promise<[number, number]> {
  const text = (await panel(page).getByTestId('smp-size').textContent()) ?? '';
  const m = /(\d+) of (\d+)/.exec(text);
  expect(m, text).not.toBeNull();
  return [Number(m![1]), Number(m![2])];
}

async function runTrials(page: Page, trials: '100 trials' | '1,000 trials' | '10,000 trials') {
  await panel(page).getByLabel('How many runs').selectOption({ label: trials });
  const button = panel(page).getByTestId('smp-run-trials');
  await expect(button).toContainText(`Run ${trials}`);
  await button.click();
  await expect(panel(page).getByTestId('smp-trial-results')).toBeVisible({ timeout: 60_000 });
}

/** The trials table as numbers: one row per bar, expected band and each sampler's count. */
async function trialTable(page: Page) {
  const details = panel(page).getByTestId('smp-trial-results').locator('details');
  await details.locator('summary').click();
  const table = details.locator('table');
  const heads = await table.locator('thead th').allTextContents();
  const rows = await table
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent ?? '')));
  return { heads, rows };
}

test('changing k changes the sample size, and the slots follow', async ({ page }) => {
  await open(page, AT_1205);
  const k = panel(page).getByRole('slider', { name: 'Sample size k' });
  await expect(k).toHaveAttribute('aria-valuetext', '10 orders');
  expect(await sampleSize(page)).toEqual([10, 10]);
  await expect(panel(page).getByTestId('smp-slots').locator('li')).toHaveCount(10);

  await press(k, 'ArrowRight', 5);
  await expect(k).toHaveAttribute('aria-valuetext', '15 orders');
  expect(await sampleSize(page)).toEqual([15, 15]);
  await expect(panel(page).getByTestId('smp-slots').locator('li')).toHaveCount(15);

  await press(k, 'Home');
  expect(await sampleSize(page)).toEqual([1, 1]);
  await expect(panel(page).getByTestId('smp-slots').locator('li')).toHaveCount(1);

  // The latest order's keep chance is k / (i + 1) for the k on screen.
  const seen = num(await panel(page).getByTestId('smp-seen').textContent());
  expect(seen).toBeGreaterThan(100);
  await expect(panel(page).getByTestId('smp-step-text')).toContainText(`keep chance 1/${seen} =`);
});

test('stepping one order at a time shows its keep chance, the draw and the slot it takes', async ({
  page,
}) => {
  await open(page);
  await expect(panel(page).getByTestId('smp-seen')).toHaveText('0');
  expect(await sampleSize(page)).toEqual([0, 10]);
  await press(panel(page).getByRole('slider', { name: 'Sample size k' }), 'ArrowLeft', 8); // k = 2

  const step = panel(page).getByRole('button', { name: 'Step one order' });
  // Nothing is read aloud until a person steps.
  await expect(panel(page).getByTestId('smp-step-spoken')).toHaveText('');
  await step.click();
  await expect(panel(page).getByTestId('smp-step-text')).toContainText('empty slot 0');
  await expect(panel(page).getByTestId('smp-step-spoken')).toContainText('empty slot 0');
  // From the keyboard too.
  await step.focus();
  await page.keyboard.press('Enter');
  await expect(panel(page).getByTestId('smp-seen')).toHaveText('2');
  expect(await sampleSize(page)).toEqual([2, 2]);
  // While the reservoir fills there is no draw to picture.
  await expect(panel(page).getByTestId('smp-drawline')).toHaveCount(0);

  for (let i = 3; i <= 12; i++) {
    await step.click();
    await expect(panel(page).getByTestId('smp-seen')).toHaveText(String(i));
    const text = (await panel(page).getByTestId('smp-step-text').textContent()) ?? '';
    expect(text).toContain(`keep chance 2/${i} = `);
    const draw = Number(await panel(page).getByTestId('smp-draw').textContent());
    expect(draw).toBeGreaterThanOrEqual(0);
    expect(draw).toBeLessThan(i);
    expect(text).toContain(`Drew ${draw} from 0–${i - 1}`);
    await expect(panel(page).getByTestId('smp-drawline')).toBeVisible();
    if (draw < 2) {
      expect(text).toContain(`replaces slot ${draw}`);
      await expect(panel(page).locator(`[data-slot="${draw}"]`)).toContainText('★ just in');
      await expect(panel(page).locator(`[data-slot="${draw}"]`)).toContainText(`(#${i})`);
    } else {
      expect(text).toContain('so it is dropped');
    }
  }
  // Algorithm R drew once for each of orders 3..12.
  await expect(panel(page).getByTestId('smp-draws')).toContainText(/^10 ·/);
});

test('Algorithm L keeps a full sample with far fewer random numbers than Algorithm R', async ({
  page,
}) => {
  await open(page);
  await press(page.getByRole('slider', { name: 'Playhead' }), 'End');
  await panel(page)
    .getByLabel('Algorithm')
    .selectOption({ label: 'Algorithm L (draws how many to skip)' });
  expect(await sampleSize(page)).toEqual([10, 10]);
  const seen = num(await panel(page).getByTestId('smp-seen').textContent());
  expect(seen).toBeGreaterThan(1500);
  const [r, l] = ((await panel(page).getByTestId('smp-draws').textContent()) ?? '')
    .split('·')
    .map(num);
  // R draws once for every order after the first k; L only about 3k·ln(n/k).
  expect(r).toBe(seen - 10);
  expect(l).toBeGreaterThan(0);
  expect(l).toBeLessThan(r! / 5);
  await expect(panel(page).getByText(/Algorithm L keeps the same fair sample/)).toBeVisible();
  await expect(panel(page).getByTestId('smp-step-text')).toContainText('Algorithm L');
});

test('running 10,000 trials draws the reservoir within the ±3σ band with a p-value', async ({
  page,
}) => {
  await open(page, AT_1205);
  await runTrials(page, '10,000 trials');
  const took = await panel(page)
    .getByText(/runs of five samplers over/)
    .textContent();
  test.info().annotations.push({ type: 'timing', description: took ?? '' });
  for (const id of ['R', 'L']) {
    const hist = panel(page).getByTestId(`smp-hist-${id}`);
    await expect(hist).toContainText('Looks fair');
    const p = (await hist.getByTestId('smp-pvalue').textContent()) ?? '';
    expect(p).toMatch(/^p \d\.\d\d$/);
    expect(Number(p.slice(2))).toBeGreaterThanOrEqual(0.01);
    await expect(hist.locator('svg rect')).toHaveCount(20);
  }
  // Read every bar from the table: each reservoir count lies inside the band printed beside it,
  // and the band sits around trials × k / n.
  const { heads, rows } = await trialTable(page);
  const r = heads.indexOf('Reservoir, Algorithm R');
  const l = heads.indexOf('Reservoir, Algorithm L');
  expect(r).toBeGreaterThan(1);
  const bars = rows.filter((row) => row[0]!.startsWith('#'));
  expect(bars).toHaveLength(20);
  for (const row of bars) {
    const [, lo, hi] = /\(([\d,]+)–([\d,]+)\)/.exec(row[1]!)!;
    for (const col of [r, l]) {
      const c = num(row[col]!);
      expect(c).toBeGreaterThanOrEqual(num(lo!));
      expect(c).toBeLessThanOrEqual(num(hi!));
    }
  }
});

test('the naive samplers show their bias on the same orders', async ({ page }) => {
  await open(page, AT_1205);
  await runTrials(page, '1,000 trials');
  const first = panel(page).getByTestId('smp-hist-firstK');
  await expect(first).toContainText('Biased: only the first 10 orders ever get in');
  await expect(first.getByTestId('smp-pvalue')).toHaveText('p < 0.0001');
  await expect(panel(page).getByTestId('smp-hist-everyNth')).toContainText('✗ Biased');
  await expect(panel(page).getByTestId('smp-hist-everyNth').getByTestId('smp-pvalue')).toHaveText(
    'p < 0.0001',
  );
  const { heads, rows } = await trialTable(page);
  const f = heads.indexOf('First k');
  const bars = rows.filter((row) => row[0]!.startsWith('#'));
  // Every run kept the same first ten positions: all 1,000 × 10 picks sit in the bars that cover
  // positions 1 to 10, and every later bar is empty.
  let early = 0;
  for (const row of bars) {
    const from = num(/^#([\d,]+)/.exec(row[0]!)![1]!);
    if (from > 10) expect(num(row[f]!), row[0]).toBe(0);
    else early += num(row[f]!);
  }
  expect(early).toBe(10_000);

  // Under the daily curve lunch brings more than twice the average rate: the fixed-probability
  // sampler, tuned for an average day, keeps far more than k.
  await panel(page).getByRole('button', { name: 'Use the daily traffic curve' }).click();
  await press(page.getByRole('slider', { name: 'Playhead' }), 'End');
  await expect(panel(page).getByTestId('smp-run-trials')).toContainText('on 2,000 orders');
  // The largest run the panel offers: 10,000 trials of five samplers over 2,000 orders.
  await runTrials(page, '10,000 trials');
  const took = await panel(page)
    .getByText(/runs of five samplers over/)
    .textContent();
  test.info().annotations.push({ type: 'timing', description: took ?? '' });
  const fixed = panel(page).getByTestId('smp-hist-fixedP');
  await expect(fixed).toContainText('Biased in size');
  const mean = Number(await fixed.getAttribute('data-mean-size'));
  expect(mean).toBeGreaterThan(10.5);
  await expect(panel(page).getByTestId('smp-hist-R')).toContainText('Looks fair');
});

/** Estimate, exact count and band as printed, read from one frame. */
async function hllReading(page: Page) {
  const { estimate, exact, band } = await panel(page).evaluate((el) => ({
    estimate: el.querySelector('[data-testid="smp-hll-estimate"]')!.textContent!,
    exact: el.querySelector('[data-testid="smp-hll-exact"]')!.textContent!,
    band: el.querySelector('[data-testid="smp-hll-band"]')!.textContent!,
  }));
  const [low, high] = band.split('–').map((s) => num(s));
  return { estimate: num(estimate), exact: num(exact), low: low!, high: high!, band };
}

test('the HyperLogLog estimate stays within its ±3σ band as orders flow', async ({ page }) => {
  // 4 simulated minutes a second: the 30 minutes of orders flow for about 8 s of the page's
  // time, which the test advances itself (page.clock), a second at a time.
  await page.clock.install();
  await open(page, 'speed=4');
  await holdPageClock(page);
  const precision = panel(page).getByRole('slider', { name: 'Precision' });
  await expect(precision).toHaveAttribute('aria-valuetext', 'precision 8, 256 registers');
  await expect(panel(page).getByText('Standard error 1.04/√256 = 6.5 %')).toBeVisible();

  await panel(page).getByRole('button', { name: 'Let the orders flow' }).click();
  let lastExact = 0;
  for (let second = 0; second < 6; second++) {
    await page.clock.runFor(1000);
    const r = await hllReading(page);
    // Orders flowed in that second.
    expect(r.exact).toBeGreaterThan(lastExact);
    lastExact = r.exact;
    // The band is exact × (1 ± 3 × 6.5 %), printed rounded.
    expect(r.low).toBeCloseTo(r.exact * (1 - 3 * 0.065), -0.5);
    expect(r.high).toBeCloseTo(r.exact * (1 + 3 * 0.065), -0.5);
    expect(r.estimate, r.band).toBeGreaterThanOrEqual(r.low - 1);
    expect(r.estimate, r.band).toBeLessThanOrEqual(r.high + 1);
    expect(r.band).toContain('✓ inside');
  }
  expect(lastExact).toBeGreaterThan(100);
  await expect(panel(page).getByTestId('smp-hll-memory')).toContainText(/^256 B · /);

  // Fewer registers: less memory, a wider band, and the estimate still inside it.
  await press(precision, 'ArrowLeft', 2);
  await expect(precision).toHaveAttribute('aria-valuetext', 'precision 6, 64 registers');
  await expect(panel(page).getByText('Standard error 1.04/√64 = 13.0 %')).toBeVisible();
  await expect(panel(page).getByTestId('smp-hll-memory')).toContainText(/^64 B · /);
  await expect(panel(page).getByTestId('smp-hll-registers').locator('canvas')).toHaveAttribute(
    'aria-label',
    /^64 registers/,
  );
  const r = await hllReading(page);
  expect(r.high - r.low).toBeGreaterThan(r.exact * 0.7);
  expect(r.estimate).toBeGreaterThanOrEqual(r.low - 1);
  expect(r.estimate).toBeLessThanOrEqual(r.high + 1);
});

test('the leaderboard matches the exact ranking once it has a counter per product', async ({
  page,
}) => {
  await open(page, AT_1205);
  const counters = panel(page).getByRole('slider', { name: 'Counters' });
  await press(counters, 'Home');
  await expect(panel(page).getByTestId('smp-top-memory')).toHaveText('1 · 5');
  await press(counters, 'End');
  await expect(panel(page).getByTestId('smp-top-memory')).toHaveText('5 · 5');
  await expect(panel(page).getByTestId('smp-top-right')).toHaveText('5 of 5');
});

test('a link with panel=sampling scrolls to the panel, and it has no axe violations', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await open(page, AT_1205);
  await expect(page.locator('[data-panel="sampling"] h2')).toBeInViewport();
  await runTrials(page, '100 trials');
  for (const d of await panel(page).locator('details').all()) await d.locator('summary').click();
  await expectNoAxeViolations(page);
  await page.goto(`/?panel=sampling&${AT_1205}&theme=dark&mode=present`);
  await expect(panel(page)).toBeVisible();
  await expectNoAxeViolations(page);
});
