// parseLabUrl / formatLabUrl on hand-picked links: defaults give an empty query, each kind of bad
// value is named in `ignored` with its reason, and the engine's cross-field rules blame the
// parameter that broke them.
import { describe, expect, it } from 'vitest';
import { lab, time } from '../../engine';
import { formatLabUrl, parseLabUrl } from './codec';
import { defaultUrlState } from './state';
import { encodeDuration, parseDuration } from './units';

const MINUTE = time.MINUTE;
const SECOND = time.SECOND;

describe('parseDuration / encodeDuration', () => {
  it('parseDuration reads units and bare milliseconds', () => {
    expect(parseDuration('30s')).toBe(30 * time.SECOND);
    expect(parseDuration('1h30m')).toBe(90 * time.MINUTE);
    expect(parseDuration('250ms')).toBe(250);
    expect(parseDuration('1.5m')).toBe(90 * time.SECOND);
    expect(parseDuration('60000')).toBe(time.MINUTE);
  });
  it('parseDuration refuses anything else', () => {
    for (const bad of [
      '',
      '-5m',
      'NaN',
      '1e999',
      '5x',
      'm',
      '5 m',
      '0x10',
      '1m-2s',
      '9'.repeat(40),
    ])
      expect(parseDuration(bad), bad).toBeNull();
  });
  it('encodeDuration writes the shortest spelling and reads back', () => {
    expect(encodeDuration(0)).toBe('0');
    expect(encodeDuration(90 * SECOND)).toBe('1m30s');
    expect(encodeDuration(12 * 60 * MINUTE + 10 * MINUTE)).toBe('12h10m');
    expect(encodeDuration(1_234)).toBe('1s234ms');
    for (const ms of [1, 999, 61_001, 86_400_000 * 3 + 7])
      expect(parseDuration(encodeDuration(ms))).toBe(ms);
  });
});

describe('parseLabUrl', () => {
  it('an empty query is the default state, and the default state formats to ""', () => {
    expect(parseLabUrl('')).toEqual({ state: defaultUrlState, ignored: [] });
    expect(parseLabUrl('?')).toEqual({ state: defaultUrlState, ignored: [] });
    expect(formatLabUrl(defaultUrlState)).toBe('');
  });

  it('lrf: a link that names it keeps its meaning; a link without it gets the lab default, previous (Spark 3.4+)', () => {
    expect(lab.defaultLabSettings.microBatch.lateRowFilter).toBe('previous');
    expect(parseLabUrl('').state.settings.microBatch.lateRowFilter).toBe('previous');
    for (const lrf of ['current', 'previous'] as const) {
      const { state, ignored } = parseLabUrl(`?lrf=${lrf}`);
      expect(ignored).toEqual([]);
      expect(state.settings.microBatch.lateRowFilter).toBe(lrf);
      // Round trip: only the value that differs from the default is written.
      const query = formatLabUrl(state);
      expect(query).toBe(lrf === 'current' ? '?lrf=current' : '');
      expect(parseLabUrl(query).state.settings.microBatch.lateRowFilter).toBe(lrf);
    }
  });

  it('reads settings in their units and view parameters', () => {
    const { state, ignored } = parseLabUrl(
      '?seed=7&late=0.3&wm=30s&win=sliding&size=10m&slide=5m&t=43500000&mode=present&theme=dark&panel=results&speed=4&out=12h10m~10m~0.3',
    );
    expect(ignored).toEqual([]);
    expect(state.settings.scenario.seed).toBe(7);
    expect(state.settings.scenario.lateShare).toBe(0.3);
    expect(state.settings.stream.watermarkBound).toBe(30 * time.SECOND);
    expect(state.settings.window).toEqual({
      kind: 'sliding',
      size: 10 * time.MINUTE,
      slide: 5 * time.MINUTE,
      offset: 0,
    });
    expect(state.settings.scenario.outages).toEqual([
      { start: 12 * 60 * time.MINUTE + 10 * time.MINUTE, duration: 10 * time.MINUTE, share: 0.3 },
    ]);
    expect(state).toMatchObject({
      playhead: 43_500_000,
      mode: 'present',
      theme: 'dark',
      panel: 'results',
      speed: 4,
    });
  });

  it('names unknown, malformed, out-of-range and repeated parameters, keeping the rest', () => {
    const { state, ignored } = parseLabUrl(
      '?seed=9&bogus=1&rate=NaN&late=1.5&prod=-3&seed=10&mode=<script>alert(1)</script>',
    );
    expect(state.settings.scenario.seed).toBe(9);
    expect(state.settings.scenario.rate).toBe(lab.defaultLabSettings.scenario.rate);
    expect(state.mode).toBe('full');
    expect(ignored.map((i) => [i.param, i.reason])).toEqual([
      ['bogus', 'unknown parameter'],
      ['rate', 'not a number'],
      ['late', 'out of range (must be from 0 to 1)'],
      ['prod', 'out of range (must be from 1 to 26)'],
      ['seed', 'repeated; the first value is used'],
      ['mode', 'must be one of full, present'],
    ]);
  });

  it('cuts a 10 KB value to 60 characters in the notice', () => {
    const { ignored } = parseLabUrl(`?rate=${'9'.repeat(10_000)}`);
    expect(ignored).toHaveLength(1);
    expect(ignored[0]!.value.length).toBeLessThanOrEqual(61);
  });

  it('blames the parameter behind an engine refusal (a mean delay above the longest delay)', () => {
    const { state, ignored } = parseLabUrl('?dmean=20m&late=0.2');
    expect(ignored.map((i) => i.param)).toEqual(['dmean']);
    expect(ignored[0]!.reason).toMatch(/lateDelay\.max/);
    expect(state.settings.scenario.lateDelay.mean).toBe(
      lab.defaultLabSettings.scenario.lateDelay.mean,
    );
    expect(state.settings.scenario.lateShare).toBe(0.2);
  });

  it('blames a slide longer than its window on the slide', () => {
    const { state, ignored } = parseLabUrl('?win=sliding&size=5m&slide=10m');
    expect(ignored.map((i) => i.param)).toEqual(['slide']);
    expect(state.settings.window).toEqual({
      kind: 'sliding',
      size: 5 * time.MINUTE,
      slide: time.MINUTE,
      offset: 0,
    });
  });

  it('refuses window parts the window kind does not use', () => {
    const { state, ignored } = parseLabUrl('?gap=2m&size=10m');
    expect(ignored).toEqual([
      { param: 'gap', value: '2m', reason: 'not used with tumbling windows' },
    ]);
    expect(state.settings.window).toEqual({ kind: 'tumbling', size: 10 * time.MINUTE, offset: 0 });
  });

  it('refuses a rate that would make more orders than a link may ask for', () => {
    const { state, ignored } = parseLabUrl('?rate=5000&dur=4h');
    expect(ignored.map((i) => i.param)).toEqual(['rate']);
    expect(ignored[0]!.reason).toMatch(/1,200,000 orders/);
    expect(state.settings.scenario.duration).toBe(240 * time.MINUTE);
  });

  it('drops the duration, not the rate, when the default rate over that duration is still too many orders', () => {
    // Found by the link fuzz: dropping only the rate left 60 a minute for 85 hours, 307,594 orders.
    const { state, ignored } = parseLabUrl('?dur=307593579&rate=46.81502145400766');
    expect(ignored.map((i) => i.param)).toEqual(['dur']);
    expect(ignored[0]!.reason).toMatch(/about 240,001 orders/);
    const s = state.settings.scenario;
    expect((s.rate * s.duration) / time.MINUTE).toBeLessThanOrEqual(240_000);
    expect(s.rate).toBe(46.81502145400766);
    expect(s.duration).toBe(lab.defaultLabSettings.scenario.duration);
  });

  it('drops complete mode when it would rewrite too many windows at every trigger', () => {
    // Found by the link fuzz: this link ran the page out of memory.
    const { state, ignored } = parseLabUrl('?dur=11h42m&rate=100&size=1s&omode=complete');
    expect(ignored.map((i) => i.param)).toEqual(['omode']);
    expect(ignored[0]!.reason).toMatch(/rows; the limit is 1,000,000/);
    expect(state.settings.window).toEqual({ kind: 'tumbling', size: time.SECOND, offset: 0 });
    expect(state.settings.microBatch.outputMode).toBe(lab.defaultLabSettings.microBatch.outputMode);
  });

  it('drops both when neither fits with the default of the other', () => {
    const { state, ignored } = parseLabUrl('?rate=10000&dur=7d');
    expect(ignored.map((i) => i.param)).toEqual(['rate', 'dur']);
    expect(state.settings.scenario.rate).toBe(lab.defaultLabSettings.scenario.rate);
    expect(state.settings.scenario.duration).toBe(lab.defaultLabSettings.scenario.duration);
  });

  it('keeps the rate and drops the duration when only the duration is too long for it', () => {
    const { state, ignored } = parseLabUrl('?rate=1000&dur=5d');
    expect(ignored.map((i) => i.param)).toEqual(['dur']);
    expect(state.settings.scenario.rate).toBe(1000);
  });
});

describe('formatLabUrl', () => {
  it('writes only what differs from the defaults, in durations people read', () => {
    const url = formatLabUrl({
      ...defaultUrlState,
      settings: {
        ...lab.defaultLabSettings,
        stream: { ...lab.defaultLabSettings.stream, watermarkBound: 30 * time.SECOND },
      },
      playhead: 43_500_000,
      mode: 'present',
    });
    expect(url).toBe('?wm=30s&t=43500000&mode=present');
  });
});

describe('docs/url-parameters.md', () => {
  it('lists every link parameter in its table', async () => {
    const { readFileSync } = await import('node:fs');
    const { SETTING_PARAMS } = await import('./params');
    const { VIEW_PARAMS } = await import('./codec');
    const page = readFileSync(new URL('../../../docs/url-parameters.md', import.meta.url), 'utf8');
    const table = page.slice(page.indexOf('# URL parameters'));
    for (const key of [...SETTING_PARAMS, ...VIEW_PARAMS].map((p) => p.key))
      expect(table, key).toMatch(new RegExp(`^\\| \`${key}\` +\\|`, 'm'));
  });
});

describe('hasSettingParams', () => {
  it('tells a link with settings from one with view parameters only', async () => {
    const { hasSettingParams } = await import('./codec');
    expect(hasSettingParams('?preset=stragglers&mode=present&t=5')).toBe(false);
    expect(hasSettingParams('?preset=stragglers&late=0.05')).toBe(true);
    expect(hasSettingParams('')).toBe(false);
  });
});

describe('embedding parameters', () => {
  it('reads a single lane, the chart or sampling as the panel, and a host origin', async () => {
    const { parseLabUrl, formatLabUrl } = await import('./codec');
    for (const panel of ['stream', 'microbatch', 'batch', 'chart', 'sampling'] as const) {
      const { state, ignored } = parseLabUrl(
        `?embed=1&panel=${panel}&origin=https%3A%2F%2Fdocs.example.org`,
      );
      expect(ignored).toEqual([]);
      expect(state).toMatchObject({ embed: true, panel, origin: 'https://docs.example.org' });
      expect(formatLabUrl(state)).toBe(
        `?panel=${panel}&embed=1&origin=https%3A%2F%2Fdocs.example.org`,
      );
    }
  });

  it('ignores an origin with a path, a slash, another scheme or a script', async () => {
    const { parseLabUrl } = await import('./codec');
    for (const bad of [
      'https://docs.example.org/',
      'https://docs.example.org/page',
      'javascript:alert(1)',
      'null',
      '*',
    ]) {
      const { state, ignored } = parseLabUrl(`?origin=${encodeURIComponent(bad)}`);
      expect(state.origin, bad).toBeNull();
      expect(ignored.map((i) => i.param)).toEqual(['origin']);
    }
  });
});
