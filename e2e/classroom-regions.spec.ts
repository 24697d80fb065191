// "Why is my window empty?" end to end, from the keyboard: key 9 loads three regions with region 3
// offline, the answers quote the run's figures (windows held, how long, each lane's drops of
// region 3), and step 2 turns Flink's idle timeout on, which the controls show.
import { test, expect, openTab } from './fixtures';

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
