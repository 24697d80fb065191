// "Why is my window empty?" end to end, from the keyboard: key 9 loads three regions with region 3
// offline, the answers quote the run's figures (windows held, how long, each lane's drops of
// region 3), and step 2 turns Flink's idle timeout on, which the controls show. The lanes say the
// same in their pictures: the stream waits for region 3, then (idle) drops its orders, as Spark does.
import { test, expect, expectNoAxeViolations, openTab } from './fixtures';

const number = (text: string, re: RegExp) => Number(re.exec(text)?.[1]?.replace(/,/g, ''));

test('key 9 loads "Why is my window empty?": Flink waits for region 3, then with idleness drops its orders', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByTestId('play-toggle')).toBeVisible();
  await page.keyboard.press('9');
  const card = page.getByTestId('preset-card');
  await expect(card).toContainText('Why is my window empty?');
  await expect(page.getByTestId('preset-question')).toContainText('region 3 goes offline');
  await expect(page).toHaveURL(/preset=empty-window/);
  await openTab(page, 'Controls');
  await expect(page.getByRole('slider', { name: 'Regions' })).toHaveAttribute(
    'aria-valuetext',
    '3 regions',
  );
  await expect(page.getByRole('slider', { name: /Idle timeout/ })).toHaveAttribute(
    'aria-valuetext',
    'off',
  );

  // Scrub to the end: both answers of step 1 show, with this run's numbers.
  await page.getByRole('slider', { name: 'Playhead' }).focus();
  await page.keyboard.press('End');
  const answers = page.getByTestId('preset-answers');
  await expect(answers).toContainText(/\d+ windows? (are|is) still empty/);
  await expect(answers).toContainText(/Flink waited for it: \d+ windows held open, the longest/);
  const first = (await answers.textContent())!;
  expect(number(first, /Flink waited for it: (\d+) windows held open/)).toBeGreaterThanOrEqual(2);
  expect(number(first, /it dropped ([\d,]+) orders? of region 3/)).toBe(0);
  expect(number(first, /Spark dropped ([\d,]+) orders? of region 3/)).toBeGreaterThan(0);

  // Step 2: the idle timeout is on, and region 3's orders go to the side output instead.
  await page.getByRole('button', { name: /Next step: Flink, 30 s idle timeout/ }).click();
  await expect(card).toContainText('step 2 of 2');
  await expect(page.getByRole('slider', { name: /Idle timeout/ })).toHaveAttribute(
    'aria-valuetext',
    /30 seconds/,
  );
  await page.getByRole('slider', { name: 'Playhead' }).focus();
  await page.keyboard.press('End');
  await expect(answers).toContainText(/[\d,]+ orders went to the late side output/);
  const second = (await answers.textContent())!;
  expect(number(second, /([\d,]+) orders went to the late side output/)).toBeGreaterThan(0);
  expect(number(second, /The windows fired on time: (\d+) held/)).toBe(0);
});

const MINUTE = 60_000;
const at = (h: number, m: number) => (h * 60 + m) * MINUTE;
/** Step 2's settings, as the page writes them once "Next step" is pressed. */
const IDLE = 'late=0&out=12h10m~10m~1~3&early=0&regions=3&idle=30s&preset=empty-window';

test('preset 9 in the lanes: the stream holds its windows for silent region 3; with idleness it drops region 3’s orders, as Spark does', async ({
  page,
}) => {
  // 12:18, region 3 offline since 12:10, no idle timeout: the windows wait for it.
  await page.goto(`/?preset=empty-window&t=${at(12, 18)}`);
  const stream = page.getByTestId('lane-stream');
  const note = stream.getByTestId('stream-partition-note');
  await expect(note).toHaveText(
    /^Waiting for region 3:\s*no orders since 12:(09|10):\d\d\s*2 windows held open$/,
  );
  await expect(stream.locator('.lane-status')).toContainText(/[2-9] windows open/);
  await expect(stream.getByRole('button', { name: /^Dropped/ })).toHaveText('Dropped: 0');
  await expectNoAxeViolations(page);

  // Step 2, 30 s idle timeout, 12:15: region 3 is idle and the watermark goes on without it.
  await page.goto(`/?${IDLE}&t=${at(12, 15)}`);
  await expect(note).toHaveText(
    /^Region 3 idle:\s*no orders since 12:(09|10):\d\d\s*left out of the watermark$/,
  );
  await expect(note).not.toContainText('Waiting');

  // The end: region 3 came back after the watermark had passed its windows. Flink sent its orders
  // to the late side output, and Spark's one watermark rejected the same orders.
  await page.getByRole('slider', { name: 'Playhead' }).focus();
  await page.keyboard.press('End');
  await expect(note).toBeHidden();
  const bin = stream.getByRole('button', { name: /^Dropped/ });
  await expect(bin).toHaveText(/^Dropped: [1-9]\d*$/);
  const dropped = Number((await bin.textContent())!.replace('Dropped: ', ''));
  const ignored = page.getByTestId('microbatch-ignored');
  await expect(ignored).toHaveText(`Dropped as too late: ${dropped} (region 3: ${dropped})`);
  await expect(page.getByTestId('microbatch-region-note')).toHaveText(
    `Dropped as too late: ${dropped} orders of region 3`,
  );

  // Every order in the side output is region 3's.
  await bin.click();
  const dialog = page.getByRole('dialog', { name: /Late side output/ });
  await expect(dialog).toBeVisible();
  const regionColumn = dialog.locator('tbody tr td:nth-child(2)');
  await expect(regionColumn).toHaveCount(Math.min(dropped, 500));
  expect(new Set(await regionColumn.allTextContents())).toEqual(new Set(['3']));
  await expect(dialog.getByRole('columnheader').nth(1)).toHaveText('Region');
  await expectNoAxeViolations(page);
});

test('the stream engine, regions and a region outage are set from the keyboard, and the link keeps them', async ({
  page,
}) => {
  await page.goto('/?regions=3&panel=controls');
  const regions = page.getByRole('slider', { name: 'Regions' });
  await expect(regions).toHaveAttribute('aria-valuetext', '3 regions');
  await page.getByLabel('Outage hits').selectOption({ label: 'All of region 2' });
  await page.getByRole('button', { name: /Region 2 goes offline for 5 minutes/ }).click();
  await expect(page).toHaveURL(/out=[^&]*~1~2/);
  await page.getByLabel('Stream engine').selectOption({ label: 'Kafka Streams' });
  await expect(
    page.getByRole('slider', { name: 'Grace period after a window ends' }),
  ).toBeVisible();
  const suppress = page.getByLabel('Suppress until the window closes');
  await suppress.focus();
  await page.keyboard.press('Space');
  await expect(suppress).toBeChecked();
  await expect(page).toHaveURL(/engine=kafka-streams/);
  await expect(page).toHaveURL(/suppress=1/);
  // The code panel follows: Kafka Streams' Java, in its own words.
  await openTab(page, 'Code');
  const code = page.getByTestId('code-panel');
  await code.getByRole('tab', { name: 'Kafka Streams' }).click();
  await expect(code.getByRole('tabpanel')).toContainText('Suppressed.untilWindowCloses');
  await expect(code.getByRole('tabpanel')).toContainText("In Kafka Streams' words");
});
