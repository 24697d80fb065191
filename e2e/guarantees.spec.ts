// Failures and guarantees, as a teacher uses them: crash the stream job at a chosen moment, read
// what the sink ends up with under each delivery guarantee next to the truth, share the crash in a
// link, and try a backfill with too little log retention.
import type { Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations, openTab } from './fixtures';

/** Dollars on screen ("$1,234.56", "−$3.00 ▼") as cents. */
function cents(text: string | null): number {
  const m = /([−-])?\$([\d,]+)\.(\d\d)/.exec(text ?? '');
  if (!m) throw new Error(`no amount in ${JSON.stringify(text)}`);
  const value = Number(m[2]!.replace(/,/g, '')) * 100 + Number(m[3]);
  return m[1] ? -value : value;
}

async function openPanel(page: Page, query = '') {
  await page.goto(`/${query}`);
  await openTab(page, 'Failures');
  const panel = page.getByTestId('guarantees-panel');
  await panel.scrollIntoViewIfNeeded();
  await expect(panel).toBeVisible();
  return panel;
}

test('a crash in each guarantee: exactly-once equals the run without a crash, the others miss or repeat the same orders', async ({
  page,
}) => {
  const panel = await openPanel(page);
  await expect(panel.getByTestId('crash-story')).toContainText('No crash yet');
  // Move the playhead by a few firings, then crash the job there.
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  for (let i = 0; i < 12; i++) await page.keyboard.press('Shift+ArrowRight');
  await panel.getByRole('button', { name: 'Crash the job now' }).click();
  const story = panel.getByTestId('crash-story');
  await expect(story).toContainText('Crash at');
  await expect(story).toContainText('restores');

  const table = panel.getByTestId('crash-totals');
  const noCrash = cents(await table.locator('[data-row="no-crash"] td').nth(1).textContent());
  const final = async (g: string) => cents(await panel.getByTestId(`final-${g}`).textContent());
  expect(await final('exactly-once')).toBe(noCrash);
  await expect(panel.getByTestId('diff-exactly-once')).toHaveText('same');
  const over = (await final('at-least-once')) - noCrash;
  const under = noCrash - (await final('at-most-once'));
  // The same interval is counted twice in one mode and lost in the other.
  expect(over).toBeGreaterThan(0);
  expect(under).toBe(over);
  await expect(table.locator('[data-row="at-least-once"]')).toContainText('counted twice');
  await expect(table.locator('[data-row="at-most-once"]')).toContainText('lost');

  // Choosing a guarantee marks its row.
  await panel.getByTestId('guarantee').selectOption('at-least-once');
  await expect(table.locator('[data-row="at-least-once"]')).toContainText('(chosen)');
  // The link carries the crash.
  await expect.poll(() => new URL(page.url()).searchParams.get('crash')).not.toBeNull();
  await expectNoAxeViolations(page);
});

test('a link with a crash time opens with that crash, and a shorter checkpoint interval replays less', async ({
  page,
}) => {
  // 12:20:00 on day 0.
  const panel = await openPanel(page, '?crash=44400000');
  await expect(panel.getByTestId('crash-story')).toContainText('Crash at 12:20:00');
  const over = async () => cents(await panel.getByTestId('diff-at-least-once').textContent());
  const before = await over();
  const interval = panel.getByTestId('checkpoint-interval');
  await interval.focus();
  await interval.press('Home'); // every 5 s
  await expect(interval).toHaveAttribute('aria-valuetext', '5 seconds');
  await expect.poll(over).toBeLessThan(before);
});

test('a backfill with short retention says plainly that the replay cannot cover it', async ({
  page,
}) => {
  // The playhead at the end of the timeline (the link's t is clamped to it): every fix has run.
  const panel = await openPanel(page, '?t=95000000');
  const table = panel.getByTestId('backfill-table');
  await expect(panel.getByTestId('retention-warning')).toHaveCount(0);
  const retention = panel.getByTestId('retention');
  await retention.focus();
  await retention.press('Home'); // keeps nothing
  await retention.press('ArrowRight'); // 1 minute
  const warning = panel.getByTestId('retention-warning');
  await expect(warning).toContainText('The replay cannot cover the backfill');
  await expect(warning).toContainText('are gone');
  // After the switch, Kappa serves rebuilt totals that are short, and is never right from this log;
  // Batch and Lambda read their own stores of every order and are right again.
  await expect(table.locator('[data-row="kappa"]')).toContainText('never, from this log');
  await expect(table.locator('[data-row="kappa"]')).toContainText('short');
  await expect(table.locator('[data-row="lambda"]')).toContainText('fixed');
  await warning.scrollIntoViewIfNeeded();
  await panel.getByRole('heading', { name: /Backfill after a bug/ }).scrollIntoViewIfNeeded();
  await expectNoAxeViolations(page);
});

test('key 7, "Pipeline crash", sets the crash in the panel and its answer quotes the same totals', async ({
  page,
}) => {
  await page.goto('/');
  // As a person would: press the key once the lab is on screen.
  await expect(page.getByTestId('play-toggle')).toBeVisible();
  await page.keyboard.press('7');
  await expect(page.getByTestId('preset-card')).toContainText('Pipeline crash');
  await expect(page).toHaveURL(/preset=crash/);
  await openTab(page, 'Failures');
  const panel = page.getByTestId('guarantees-panel');
  await expect(panel.getByTestId('crash-story')).toContainText('Crash at 12:20:10');
  const over = await panel.getByTestId('diff-at-least-once').textContent();
  // Scrub past the pause point: the answer names the same over-count as the table.
  await page.getByRole('slider', { name: 'Playhead' }).focus();
  await page.keyboard.press('End');
  const answers = page.getByTestId('preset-answers');
  await expect(answers).toContainText('Exactly-once ends equal to the run without a crash');
  expect(over).not.toBeNull();
  await expect(answers).toContainText(over!.replace(' ▲', ''));
});

test('the panel in the dark theme, with a crash and the retention warning, has no axe violations', async ({
  page,
}) => {
  const panel = await openPanel(page, '?theme=dark&crash=44400000');
  const retention = panel.getByTestId('retention');
  await retention.focus();
  await retention.press('Home');
  await expect(panel.getByTestId('retention-warning')).toBeVisible();
  await panel.getByText('Show the job as a table').click();
  await expectNoAxeViolations(page);
});

test('a savepoint resumed by the same job matches the uninterrupted run; a new formula does not; a new window size restores the old windows', async ({
  page,
}) => {
  const panel = await openPanel(page);
  const verdict = panel.getByTestId('savepoint-verdict');
  await expect(verdict).toContainText('ends exactly where it would have');
  await panel.getByTestId('savepoint-change').selectOption('formula');
  await expect(verdict).toContainText('Neither the old job nor the new one');
  await expect(panel.getByText('Rows written before the stop keep the old formula')).toBeVisible();
  // Flink restores window state per (key, window): the old windows come back with their bounds.
  await panel.getByTestId('savepoint-change').selectOption('window-size');
  await expect(panel.getByRole('row', { name: /Window states in it/ })).toContainText(
    'all restored',
  );
  await expect(panel.getByText(/Restored windows keep their old bounds/)).toBeVisible();
});

test('the watermark mark travels with the playhead: stepping and scrubbing to one moment put it in one place', async ({
  page,
}) => {
  const panel = await openPanel(page);
  const mark = panel.getByTestId('watermark-mark');
  await expect(mark).toBeVisible();
  const x = async () => Number(await mark.getAttribute('data-x'));
  const clock = page.getByTestId('playback-clock');
  const next = page.getByRole('button', { name: 'Next order' });
  // Route 1: step order by order.
  for (let i = 0; i < 40; i++) await next.click();
  const target = await clock.textContent();
  const stepped = await x();
  // Another playhead, another place.
  for (let i = 0; i < 25; i++) await next.click();
  await expect.poll(x).not.toBe(stepped);
  // Route 2: scrub far past with the playhead slider, then come back to the same order.
  const scrubber = page.getByRole('slider', { name: 'Playhead' });
  await scrubber.focus();
  for (let i = 0; i < 40; i++) await scrubber.press('ArrowRight');
  const previous = page.getByRole('button', { name: 'Previous order' });
  for (let i = 0; i < 400 && (await clock.textContent()) !== target; i++) await previous.click();
  await expect(clock).toHaveText(target!);
  await expect.poll(x).toBe(stepped);
  await panel.getByTestId('job-phase').scrollIntoViewIfNeeded();
});

test('the graph shows the crash at its instant, then the replay from the restored checkpoint', async ({
  page,
}) => {
  // Crash at 12:20:00; the playhead just after it, then after the 10 s restart.
  const panel = await openPanel(page, '?crash=44400000&t=44401000');
  const phase = panel.getByTestId('job-phase');
  await expect(phase).toHaveAttribute('data-phase', 'failed');
  await expect(phase).toContainText('Failed at 12:20:00');
  await expect(panel.locator('.guarantees__graph')).toHaveAttribute('data-status', 'failed');
  await page.goto('/?crash=44400000&t=44411000');
  await openTab(page, 'Failures');
  const again = page.getByTestId('guarantees-panel');
  await again.scrollIntoViewIfNeeded();
  const replay = again.getByTestId('job-phase');
  await expect(replay).toHaveAttribute('data-phase', 'replaying');
  await expect(replay).toContainText(/Restored checkpoint [\d,]+, replaying offsets [\d,]+–[\d,]+/);
  await expectNoAxeViolations(page);
});

test('the backfill chart draws Batch, Lambda, Kappa and the truth, each right-again marker, and a table of the same points', async ({
  page,
}) => {
  for (const theme of ['light', 'dark']) {
    // The "Backfill after a bug" week, the playhead at the end: every fix has run.
    await page.goto(`/?preset=backfill&theme=${theme}`);
    await openTab(page, 'Failures');
    const panel = page.getByTestId('guarantees-panel');
    await panel.scrollIntoViewIfNeeded();
    const chart = panel.getByTestId('backfill-chart');
    await expect(chart).toBeVisible();
    for (const id of ['truth', 'batch', 'lambda', 'kappa']) {
      await expect(chart.locator(`path[data-line="${id}"]`)).toHaveCount(1);
    }
    await expect(chart.locator('svg[role="img"] .guarantees__bf-mark')).toHaveCount(3);
    // The legend quotes the work the table reports.
    const table = panel.getByTestId('backfill-table');
    const kappaWork = await table.locator('[data-row="kappa"] td').nth(3).textContent();
    await expect(chart.locator('li[data-line="kappa"]')).toContainText(kappaWork!);
    await chart.getByText('Show as table').click();
    const rows = chart.getByTestId('backfill-chart-table').locator('tbody tr');
    expect(await rows.count()).toBeGreaterThan(2);
    await chart.scrollIntoViewIfNeeded();
    await expectNoAxeViolations(page);
  }
});

test('with sliding or session windows the panel says which tumbling windows the crash lab keeps instead', async ({
  page,
}) => {
  let panel = await openPanel(page);
  await expect(panel.getByTestId('window-note')).toHaveCount(0);
  panel = await openPanel(page, '?win=sliding');
  await expect(panel.getByTestId('window-note')).toContainText(
    /sliding .* windows become tumbling/,
  );
  await expect(panel.getByTestId('window-note')).toContainText('(their size)');
  panel = await openPanel(page, '?win=session');
  await expect(panel.getByTestId('window-note')).toContainText(
    /sessions become tumbling .* \(their gap\)/,
  );
});

test('key 8, "Backfill after a bug", finds the bug after seven nightly jobs; its answer quotes the panel; Alt+R clears it', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('slider', { name: 'Playhead' })).toBeVisible();
  await page.keyboard.press('8');
  // A week of orders: give the run time on a loaded machine.
  await expect(page.getByTestId('preset-card')).toContainText('Backfill after a bug', {
    timeout: 20_000,
  });
  const panel = page.getByTestId('guarantees-panel');
  await openTab(page, 'Failures');
  await panel.scrollIntoViewIfNeeded();
  const found = panel.getByTestId('bug-found');
  await expect(found).toHaveAttribute('aria-valuetext', /day 7|\+7d/);
  const table = panel.getByTestId('backfill-table');
  await expect(table.locator('[data-row="batch"]')).toContainText(
    'Re-run the 7 nightly jobs that ran with the bug',
  );
  const cell = async (row: string, col: number) =>
    (await table.locator(`[data-row="${row}"] td`).nth(col).textContent())!;
  await page.getByRole('slider', { name: 'Playhead' }).focus();
  await page.keyboard.press('End');
  const answers = page.getByTestId('preset-answers');
  await expect(answers).toContainText('after 7 nightly jobs ran with the bug');
  for (const row of ['batch', 'lambda', 'kappa']) {
    await expect(answers).toContainText(await cell(row, 2)); // right again at
    await expect(answers).toContainText(await cell(row, 3)); // work
  }
  // Alt+R: no preset, and the panel's own default bug-found time again.
  const presetValue = await found.getAttribute('aria-valuetext');
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Alt+r');
  await expect(page.getByTestId('preset-card')).toHaveCount(0);
  await expect(found).not.toHaveAttribute('aria-valuetext', presetValue!);
});
