// The <batch-stream-lab> custom element on a plain HTML page (public/element-example.html): both
// elements render the lab in a sandboxed iframe with the scenario, panel and theme their
// attributes name, grow to the height the lab reports, and obey play() and pause().
import { expect, test } from './fixtures';

test('two elements render their own scenario, panel and theme, and size themselves', async ({
  page,
}) => {
  await page.goto('/element-example.html');
  const presetLab = page.locator('#preset-lab');
  const queryLab = page.locator('#query-lab');
  await queryLab.scrollIntoViewIfNeeded();
  await presetLab.scrollIntoViewIfNeeded();
  const preset = presetLab.frameLocator('iframe');
  const query = queryLab.frameLocator('iframe');
  await expect(preset.locator('.lane-panel')).toHaveCount(1);
  await expect(preset.locator('.lane-panel[data-lane="microbatch"]')).toBeVisible();
  await expect(query.locator('.lane-panel')).toHaveCount(4);
  await expect(query.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(query.getByRole('slider', { name: 'Late orders' })).toHaveAttribute(
    'aria-valuetext',
    /30/,
  );
  await expect(queryLab.locator('iframe')).toHaveAttribute(
    'title',
    'Batch vs Stream Lab: a watermark of 30 seconds',
  );
  await expect(queryLab.locator('iframe')).toHaveAttribute('sandbox', 'allow-scripts');
  await expect(presetLab.locator('iframe')).toHaveAttribute(
    'title',
    'Batch vs Stream Lab: the micro-batch lane',
  );
  // The preset's own scenario came along (stragglers: 5 % late orders).
  await expect(preset.getByRole('slider', { name: 'Late orders' })).toHaveAttribute(
    'aria-valuetext',
    /5 ?%|5 percent/,
  );
  // Sized from the lab's height message, not the 760 px it starts with.
  const heights = await presetLab.evaluate((el) => {
    const frame = (el as HTMLElement & { frame: HTMLIFrameElement }).frame;
    const doc = frame.getBoundingClientRect().height;
    return doc;
  });
  const reported = await preset
    .locator('[data-testid="embed"]')
    .evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
  expect(heights).toBe(reported);
});

test('play() and pause() on the element drive its lab, and it re-dispatches the state', async ({
  page,
}) => {
  await page.goto('/element-example.html');
  const el = page.locator('#preset-lab');
  const lab = el.frameLocator('iframe');
  await expect(lab.locator('.lane-panel')).toBeVisible();
  await el.evaluate((node) => {
    (window as unknown as { states: boolean[] }).states = [];
    node.addEventListener('lab-state', (e) =>
      (window as unknown as { states: boolean[] }).states.push(
        (e as CustomEvent<{ playing: boolean }>).detail.playing,
      ),
    );
    (node as HTMLElement & { play(): void }).play();
  });
  await expect(lab.getByTestId('play-toggle')).toHaveText(/Pause/);
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { states: boolean[] }).states.at(-1)))
    .toBe(true);
  await el.evaluate((node) => (node as HTMLElement & { pause(): void }).pause());
  await expect(lab.getByTestId('play-toggle')).toHaveText(/Play/);
  // Changing an attribute reloads the lab with the new panel.
  await el.evaluate((node) => node.setAttribute('panel', 'chart'));
  await expect(lab.getByTestId('latency-chart')).toBeVisible();
});
