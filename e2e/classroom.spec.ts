// The classroom as a teacher drives it from the keyboard: presets on 1-9 that ask a question and
// stop at their answers, Alt+R to start over, ? for help, Tab through every control, presenter
// mode and the dark theme free of axe violations, and one failing panel never taking the rest.
import { test, expect, expectNoAxeViolations, openTab, holdPageClock } from './fixtures';

test('key 2 loads "A few stragglers": question first, then playback stops at each answer', async ({
  page,
}) => {
  await page.goto('/');
  // As a person would: press keys once the lab is on screen.
  await expect(page.getByTestId('play-toggle')).toBeVisible();
  await page.keyboard.press('2');
  const card = page.getByTestId('preset-card');
  await expect(card).toContainText('A few stragglers');
  await expect(page.getByTestId('preset-question')).toContainText('Which lanes will count them');
  await expect(page.getByRole('slider', { name: 'Late orders' })).toHaveAttribute(
    'aria-valuetext',
    /5 ?%|5 per/,
  );
  await expect(page.getByTestId('preset-answers')).toHaveText('');
  await expect(page).toHaveURL(/preset=stragglers/);

  await page.getByTestId('speed-select').selectOption('8');
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Space');
  // Playback stops by itself at the first pause point and reveals its answer.
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible({ timeout: 20_000 });
  const answers = page.getByTestId('preset-answers');
  await expect(answers).toContainText(/The stream dropped \d+ orders/);
  await expect(answers).not.toContainText('nightly job missed');
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible({ timeout: 20_000 });
  await expect(answers).toContainText('The nightly job missed 0 orders');

  // Alt+R resets everything: no preset, default settings, an empty link.
  await page.keyboard.press('Alt+KeyR');
  await expect(card).toHaveCount(0);
  await expect(page.getByRole('slider', { name: 'Late orders' })).toHaveAttribute(
    'aria-valuetext',
    /10/,
  );
  await expect.poll(() => new URL(page.url()).search).toBe('');
});

test('every preset key 1-6 loads its own question; the two-step preset offers its next step', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByTestId('play-toggle')).toBeVisible();
  const questions = new Set<string>();
  for (let k = 1; k <= 6; k++) {
    await page.keyboard.press(String(k));
    const q = page.getByTestId('preset-question');
    await expect(q).toBeVisible();
    questions.add((await q.textContent())!);
  }
  expect(questions.size).toBe(6);
  // Key 5, "Watermark too tight vs too loose": scrub to the end, then go on to step 2.
  await page.keyboard.press('5');
  await page.getByRole('slider', { name: 'Playhead' }).focus();
  await page.keyboard.press('End');
  await expect(page.getByTestId('preset-answers')).toContainText(/dropped \d+ orders/);
  await page.getByRole('button', { name: /Next step: Too loose/ }).click();
  await expect(page.getByTestId('preset-card')).toContainText('step 2 of 2');
  await expect(page.getByTestId('preset-answers')).toHaveText('');
  // Keys typed into a field are the field's: a digit does not switch presets.
  await openTab(page, 'Controls');
  await page.getByTestId('seed-input').fill('');
  await page.getByTestId('seed-input').press('3');
  await expect(page.getByTestId('preset-card')).toContainText('step 2 of 2');
});

test('? opens the help dialog, which keeps focus inside and closes with Esc', async ({ page }) => {
  await page.goto('/');
  const opener = page.getByRole('button', { name: 'Play' });
  await opener.focus();
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  for (const keys of ['Space', 'Alt + R', '1 – 9', 'Home', '?'])
    await expect(dialog.getByText(keys, { exact: true })).toBeVisible();
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Tab');
    const inside = await page.evaluate(
      () => document.activeElement === document.body || !!document.activeElement?.closest('dialog'),
    );
    expect(inside).toBe(true);
  }
  // Keys meant for the lab do nothing while the dialog is open.
  await page.keyboard.press('3');
  await expect(page.getByTestId('preset-card')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
});

test('Tab reaches every control, each with a visible focus ring', async ({ page }) => {
  await page.goto('/');
  // The stage and the Controls tab: every setting is reachable.
  await openTab(page, 'Controls');
  // Open every collapsed group and menu, so the controls inside are in the tab order.
  await page.evaluate(() =>
    document.querySelectorAll('details').forEach((d) => ((d as HTMLDetailsElement).open = true)),
  );
  // A click on the page closes open menus: count what is reachable after it.
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  const controls = await page.evaluate(() => {
    const all = [
      ...document.querySelectorAll('button, input, select, summary, a[href], [tabindex]'),
    ];
    return all.filter((el) => {
      const h = el as HTMLElement;
      return (
        !(h as HTMLButtonElement).disabled &&
        h.tabIndex >= 0 &&
        h.getClientRects().length > 0 &&
        // A closed menu's items keep their boxes (content-visibility: hidden) but take no focus.
        h.checkVisibility() &&
        !h.closest('dialog') &&
        getComputedStyle(h).visibility !== 'hidden'
      );
    }).length;
  });
  const seen = new Set<string>();
  const unringed: string[] = [];
  for (let i = 0; i < controls + 40 && seen.size < controls; i++) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const s = getComputedStyle(el);
      const ring =
        (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none';
      const path: string[] = [];
      for (let n: Element | null = el; n && n !== document.body; n = n.parentElement)
        path.unshift(
          `${n.tagName}${n.id ? `#${n.id}` : ''}:${[...(n.parentElement?.children ?? [])].indexOf(n)}`,
        );
      return {
        key: path.join('>'),
        ring,
        label: el.getAttribute('aria-label') ?? el.textContent?.slice(0, 30),
      };
    });
    if (!info) continue;
    seen.add(info.key);
    if (!info.ring) unringed.push(info.label ?? info.key);
  }
  expect(seen.size).toBe(controls);
  expect(unringed).toEqual([]);
  // Sliders are native ranges (the ARIA slider pattern) that speak their value in words.
  const texts = await page
    .locator('input[type="range"]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('aria-valuetext') ?? ''));
  expect(texts.length).toBeGreaterThan(10);
  for (const t of texts) expect(t).toMatch(/\S/);
  expect(texts.filter((t) => /[a-z%]/i.test(t)).length).toBeGreaterThan(texts.length / 2);
});

test("Tab walks the stage's own controls at load in reading order, then enters the tabs once", async ({
  page,
}) => {
  // A preset in the link, so its card is on the stage too.
  await page.goto('/?preset=stragglers');
  await expect(page.getByTestId('preset-card')).toBeVisible();
  await expect(page.locator('.loading')).toHaveCount(0);
  // What a screen reader names each stop: its aria-label, else its <label>, else its text.
  const names: string[] = [];
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const name = await page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement | null;
      if (!el || el === document.body) return '';
      const text =
        el.getAttribute('aria-label') ?? el.labels?.[0]?.textContent ?? el.textContent ?? '';
      return `${el.getAttribute('role') === 'tab' ? 'tab: ' : ''}${text.replace(/\s+/g, ' ').trim()}`;
    });
    names.push(name);
    if (name.startsWith('tab: ')) break;
  }
  // The stage's controls, each reached, in the order the page reads: the playback bar, the
  // lanes' enlarge buttons, the preset card, the chart's marks, the lesson's sliders, the tabs.
  const stops = [
    /^▶ Play$/,
    /Rewind/,
    /^Previous order$/,
    /^Next order$/,
    /^Previous firing$/,
    /^Next firing$/,
    /^Speed/,
    /Playhead/i,
    /^Enlarge the batch lane$/,
    /^Enlarge the micro-batch lane$/,
    /^Enlarge the stream lane$/,
    /^Enlarge the per-request lane$/,
    /^Close preset$/,
    /^Per-request: p50/,
    /^Stream: p50/,
    /^Micro-batch: p50/,
    /^Batch: p50/,
    /^Late orders/,
    /^tab: Results$/,
  ];
  let at = 0;
  for (const stop of stops) {
    const found = names.findIndex((n, i) => i >= at && stop.test(n));
    expect(
      found,
      `${String(stop)} after ${names[at - 1] ?? 'the start'} in ${names.join(' | ')}`,
    ).toBeGreaterThanOrEqual(0);
    at = found + 1;
  }
  // The tab list is one stop (arrow keys move within it): the next Tab leaves it.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).not.toBe('tab');
});

// One page state per test: axe takes seconds per page on a busy machine, and each test has its
// own time limit.
test('no axe violations with a preset card open, in full and presenter modes', async ({ page }) => {
  await page.goto('/?preset=watermark&wm=0&early=0');
  await expect(page.getByTestId('preset-card')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto('/?preset=watermark&wm=0&early=0&mode=present');
  await expect(page.locator('html.mode-present')).toHaveCount(1);
  await expectNoAxeViolations(page);
});

test('no axe violations in the dark theme, mid-run and in presenter mode with Help open', async ({
  page,
}) => {
  await page.goto('/?theme=dark&t=45000000');
  await expect(page.locator('html[data-theme="dark"]')).toHaveCount(1);
  await expectNoAxeViolations(page);
  await page.goto('/?theme=dark&mode=present&preset=offline');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: /Help/ }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a light theme chosen in the page wins over a dark system setting, without axe violations', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/?theme=light&t=45000000');
  await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(247, 248, 250)');
  await expectNoAxeViolations(page);
});

test('presenter mode: large targets (>= 44 px) and a fullscreen button', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/?mode=present&preset=stragglers&late=0.05&dmean=3m&wm=30s&t=46000000');
  const small = await page.evaluate(() =>
    [...document.querySelectorAll('button, select, summary')]
      .filter((el) => el.getClientRects().length > 0 && !el.closest('dialog'))
      .map((el) => ({ el, r: el.getBoundingClientRect() }))
      .filter(({ r }) => r.height < 44 || r.width < 44)
      .map(({ el }) => el.textContent),
  );
  expect(small).toEqual([]);
  const fullscreen = page.getByTestId('fullscreen-toggle');
  await expect(fullscreen).toBeVisible();
  await fullscreen.click();
  await expect(fullscreen).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
  await fullscreen.click();
  await expect(fullscreen).toHaveAttribute('aria-pressed', 'false');
});

test('a panel that fails shows its own message while the rest of the lab keeps working', async ({
  page,
}) => {
  // The chart's code arrives broken (as after a bad deploy): only the chart panel may suffer.
  await page.route(/\/assets\/chart-[^/]*\.js$/, (route) =>
    route.fulfill({
      contentType: 'text/javascript',
      body: 'throw new Error("the chart code is broken");',
    }),
  );
  await page.goto('/');
  const chart = page.getByRole('region', { name: 'Latency versus complexity' });
  await expect(chart.getByTestId('panel-error')).toContainText('The chart could not be shown');
  // The chart's numbers (the Results tab) come from the same code: they say so too, and nothing else.
  await expect(page.getByTestId('panel-error')).toHaveCount(2);
  await expect(page.getByTestId('panel-error').nth(1)).toContainText(
    "The chart's numbers could not be shown",
  );
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect(page.getByTestId('results-table')).toBeVisible();
});

test('while playing, one polite region narrates closings at most every 4 s', async ({ page }) => {
  // The page's clock is the test's (page.clock): the lab plays and the narrator waits in the
  // page's time, which the test advances, so a loaded machine neither stretches nor skips it.
  await page.clock.install();
  await page.goto('/?speed=8');
  await page.evaluate(() => {
    const w = window as unknown as { said: { at: number; text: string }[] };
    w.said = [];
    const el = document.querySelector('[data-testid="narrator"]')!;
    new MutationObserver(() =>
      w.said.push({ at: performance.now(), text: el.textContent ?? '' }),
    ).observe(el, { childList: true, characterData: true, subtree: true });
  });
  // Every other live region (import status, preset answers, the sampling panel's step) stays
  // quiet while playing: any change inside one that is live at that moment is recorded.
  await openTab(page, 'Your data');
  await expect(page.getByTestId('data-panel')).toBeVisible();
  await openTab(page, 'Sampling');
  await expect(page.getByTestId('sampling-panel')).toBeVisible();
  await page.evaluate(() => {
    const w = window as unknown as { otherSpoke: string[] };
    w.otherSpoke = [];
    new MutationObserver((records) => {
      for (const r of records) {
        const node = r.target instanceof Element ? r.target : r.target.parentElement;
        const region = node?.closest('[aria-live], [role="status"], [role="alert"]');
        if (!region || region.getAttribute('data-testid') === 'narrator') continue;
        if (region.getAttribute('aria-live') === 'off') continue;
        w.otherSpoke.push(region.textContent ?? '');
      }
    }).observe(document.body, { childList: true, characterData: true, subtree: true });
  });
  await holdPageClock(page);
  await page.getByRole('button', { name: 'Play' }).click();
  const saidSoFar = () =>
    page.evaluate(() => (window as unknown as { said: { at: number; text: string }[] }).said);
  // Half a second of page time at a time, until three sentences or the end of the timeline.
  const toggle = page.getByTestId('play-toggle');
  for (let i = 0; i < 60 && (await saidSoFar()).length < 3; i++) {
    await page.clock.runFor(500);
    if ((await toggle.textContent())?.includes('Play')) break;
  }
  await expect(page.getByTestId('narrator')).toHaveText(
    /^Window \d\d:\d\d–\d\d:\d\d closed: [\d,]+ orders, \$[\d,]+\.\d\d/,
  );
  const said = await saidSoFar();
  expect(said.length).toBeGreaterThanOrEqual(2);
  expect(
    await page.evaluate(() => (window as unknown as { otherSpoke: string[] }).otherSpoke),
  ).toEqual([]);
  for (let i = 1; i < said.length; i++)
    expect(said[i]!.at - said[i - 1]!.at).toBeGreaterThanOrEqual(4_000);
});

test('the lanes as tables list what each lane did up to the playhead', async ({ page }) => {
  await page.goto('/');
  await openTab(page, 'What is going on');
  await page.getByText('Show the lanes as tables').click();
  const stream = page.locator('.lane-tables table[data-lane="stream"]');
  await expect(stream.locator('tbody')).toHaveText('Nothing yet at this moment.');
  await page.getByRole('slider', { name: 'Playhead' }).focus();
  await page.keyboard.press('End');
  await expect(stream.locator('tbody tr').first()).toContainText('12:00–12:05');
  const rows = await stream.locator('tbody tr').count();
  expect(rows).toBe(6);
  await expect(page.locator('.lane-tables table[data-lane="batch"] tbody tr')).toHaveCount(1);
  await expectNoAxeViolations(page);
});
