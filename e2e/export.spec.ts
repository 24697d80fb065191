// Code export and event export, used as a person does: switch engine tabs with the keyboard, copy
// the code, move a slider and see the code follow; download the orders, import them again and
// find every result unchanged.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations, openTab } from './fixtures';

/** The results table's text at the end of the timeline, all windows shown. */
async function finalResults(page: Page): Promise<string> {
  await openTab(page, 'Results');
  const playhead = page.getByRole('slider', { name: 'Playhead' });
  await playhead.focus();
  await playhead.press('End');
  const all = page.getByLabel(/Show all \d+ windows/);
  if ((await all.count()) > 0) await all.check();
  return (await page.getByTestId('results-table').textContent()) ?? '';
}

async function download(page: Page, button: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button, exact: true }).click(),
  ]);
  return { name: file.suggestedFilename(), text: await readFile((await file.path())!, 'utf8') };
}

test('the code panel shows each engine, follows the settings, copies, and passes axe', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/?panel=code');
  const panel = page.getByTestId('code-panel');
  await panel.scrollIntoViewIfNeeded();
  const code = panel.locator('pre code');
  await expect(code).toContainText(
    "WATERMARK FOR event_time AS event_time - INTERVAL '60.001' SECOND",
  );
  await expect(panel).toContainText('Where Flink SQL differs from the lab');

  // Arrow keys move between the tabs (ARIA tabs pattern).
  await panel.getByRole('tab', { name: 'Flink SQL' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(panel.getByRole('tab', { name: 'PySpark' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(code).toContainText('.withWatermark("event_time", "1 minute")');
  await expect(code).toContainText('.trigger(processingTime="1 minute")');
  await page.keyboard.press('ArrowRight');
  await expect(code).toContainText('window.FixedWindows(300)');
  await page.keyboard.press('ArrowRight');
  await expect(code).toContainText("arrival_time < TIMESTAMP '1970-01-02 01:00:00'");

  await panel.getByRole('button', { name: 'Copy Batch SQL' }).click();
  await expect(panel.getByRole('status')).toHaveText('Batch SQL copied to the clipboard.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await code.textContent());

  const code_ = await download(page, 'Download revenue.batch.sql');
  expect(code_.text).toBe(copied);

  await expectNoAxeViolations(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations(page);
});

test('a setting that changes the code changes it on screen', async ({ page }) => {
  await page.goto('/?panel=code');
  const panel = page.getByTestId('code-panel');
  const code = panel.locator('pre code');
  await expect(code).toContainText("event_time - INTERVAL '60.001' SECOND");
  const bound = page.getByRole('slider', { name: /watermark/i }).first();
  await bound.focus();
  await bound.press('End');
  // The code panel follows a settings change a frame after the results.
  await expect(code).not.toContainText("event_time - INTERVAL '60.001' SECOND");
  const text = (await code.textContent()) ?? '';
  expect(text).toMatch(/WATERMARK FOR event_time AS event_time - INTERVAL '\d+\.001' SECOND/);
});

for (const [button, name] of [
  ['Orders (CSV)', 'orders.csv'],
  ['Orders (JSON Lines)', 'orders.jsonl'],
] as const) {
  test(`exporting ${name} and importing it again reproduces every result`, async ({ page }) => {
    await page.goto('/');
    const before = await finalResults(page);
    expect(before.length).toBeGreaterThan(100);
    await openTab(page, 'Your data');

    const file = await download(page, button);
    expect(file.name).toBe(name);
    const truth = await download(page, 'Expected results (CSV)');
    expect(truth.text.split('\n')[0]).toBe('window_start,window_end,key,revenue,orders');

    await page.locator('input[type=file]').setInputFiles({
      name,
      mimeType: 'text/plain',
      buffer: Buffer.from(file.text),
    });
    const count = file.text.trim().split('\n').length - (name.endsWith('.csv') ? 1 : 0);
    await expect(page.getByTestId('data-panel')).toContainText(
      `Every lane runs on ${name}: ${count.toLocaleString('en-US')} imported orders.`,
    );
    await expect.poll(() => new URL(page.url()).searchParams.get('data')).toBe('imported');
    expect(await finalResults(page)).toBe(before);

    // And back: the generated orders return and the address forgets the import.
    await openTab(page, 'Your data');
    await page.getByRole('button', { name: 'Back to generated orders' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('data')).toBeNull();
    expect(await finalResults(page)).toBe(before);
  });
}
