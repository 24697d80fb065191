// Properties of the link codec: any valid lab state survives formatLabUrl → parseLabUrl exactly,
// and no query string at all (random, hostile, huge, repeated) makes parseLabUrl throw or hand
// the lab settings the engine would refuse.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ACCUMULATIONS,
  BATCH_SCHEDULES,
  CURVE_NAMES,
  DELAY_KINDS,
  LATE_ROW_FILTERS,
  MINUTE,
  OUTPUT_MODES,
  STREAM_FLAVOURS,
  normalizeLabSettings,
  type LabSettings,
  type WindowSpec,
} from '../../engine';
import { SPEEDS } from '../../store/playback';
import { PRESET_IDS } from '../presets/ids';
import { formatLabUrl, parseLabUrl, VIEW_PARAMS } from './codec';
import { MAX_LINK_ORDERS, SETTING_PARAMS } from './params';
import { FOCUSES, MODES, PANELS, THEMES, type LabUrlState } from './state';

const SEC = 1000;
const DAY = 24 * 60 * MINUTE;
const share = fc.double({ min: 0, max: 1, noNaN: true }).map((x) => x + 0);
const ms = (min: number, max: number) => fc.integer({ min, max });

const windowArb: fc.Arbitrary<WindowSpec> = fc.oneof(
  ms(SEC, DAY).chain((size) =>
    ms(-(size - 1), size - 1).map((offset): WindowSpec => ({ kind: 'tumbling', size, offset })),
  ),
  ms(SEC, DAY).chain((size) =>
    ms(Math.max(SEC, Math.ceil(size / 100)), size).chain((slide) =>
      ms(-(slide - 1), slide - 1).map((offset): WindowSpec => ({
        kind: 'sliding',
        size,
        slide,
        offset,
      })),
    ),
  ),
  ms(SEC, DAY).map((gap): WindowSpec => ({ kind: 'session', gap })),
);

const settingsArb: fc.Arbitrary<LabSettings> = fc
  .record({
    seed: fc.maxSafeInteger().chain(() => fc.integer({ min: -(2 ** 53) + 1, max: 2 ** 53 - 1 })),
    start: ms(0, 7 * DAY),
    duration: ms(MINUTE, 24 * 60 * MINUTE),
    rate: fc.double({ min: 0.01, max: 100, noNaN: true }),
    curve: fc.constantFrom(...CURVE_NAMES),
    products: fc.integer({ min: 1, max: 26 }),
    productSkew: fc.double({ min: 0, max: 10, noNaN: true }).map((x) => x + 0),
    priceNoise: share,
    customers: fc.integer({ min: 1, max: 1_000_000 }),
    customerSkew: fc.double({ min: 0, max: 10, noNaN: true }).map((x) => x + 0),
    lateShare: share,
    delayKind: fc.constantFrom(...DELAY_KINDS),
    mean: ms(1, DAY),
    extra: ms(0, DAY),
    sigma: fc.option(fc.double({ min: 0.01, max: 3, noNaN: true })),
    jitter: ms(0, 3600 * SEC),
    outages: fc.array(
      fc.record(
        { start: ms(0, 14 * DAY), duration: ms(1, 7 * DAY), share, region: ms(1, 8) },
        { requiredKeys: ['start', 'duration', 'share'] },
      ),
      { maxLength: 5 },
    ),
    regions: fc.integer({ min: 1, max: 8 }),
    idle: fc.option(ms(1, DAY)),
    flavour: fc.constantFrom(...STREAM_FLAVOURS),
    grace: ms(0, DAY),
    suppress: fc.boolean(),
    window: windowArb,
    wm: ms(0, DAY),
    lateness: ms(0, DAY),
    early: fc.oneof(fc.constant(0), ms(SEC, DAY)),
    acc: fc.constantFrom(...ACCUMULATIONS),
    flush: fc.boolean(),
    trigger: ms(SEC, DAY),
    mbwm: ms(0, DAY),
    omode: fc.constantFrom(...OUTPUT_MODES),
    lrf: fc.constantFrom(...LATE_ROW_FILTERS),
    sched: fc.constantFrom(...BATCH_SCHEDULES),
    brun: ms(0, 7 * DAY),
    bdur: ms(0, 7 * DAY),
  })
  .filter((r) => (r.rate * r.duration) / MINUTE <= MAX_LINK_ORDERS)
  .map((r) =>
    normalizeLabSettings({
      scenario: {
        seed: r.seed,
        start: r.start,
        duration: r.duration,
        rate: r.rate,
        curve: r.curve,
        products: r.products,
        productSkew: r.productSkew,
        priceNoise: r.priceNoise,
        customers: r.customers,
        customerSkew: r.customerSkew,
        lateShare: r.lateShare,
        lateDelay: {
          kind: r.delayKind,
          mean: r.mean,
          max: Math.min(7 * DAY, r.mean + r.extra),
          ...(r.sigma !== null ? { sigma: r.sigma } : {}),
        },
        jitter: r.jitter,
        // An outage names one of the scenario's regions.
        outages: r.outages.map((o) =>
          o.region === undefined ? o : { ...o, region: 1 + ((o.region - 1) % r.regions) },
        ),
        regions: r.regions,
      },
      window: r.window,
      stream: {
        watermarkBound: r.wm,
        allowedLateness: r.lateness,
        earlyEvery: r.early,
        accumulation: r.acc,
        flushAtEnd: r.flush,
        idleTimeout: r.idle,
        flavour: r.flavour,
        grace: r.grace,
        suppress: r.suppress,
      },
      microBatch: {
        triggerInterval: r.trigger,
        watermarkDelay: r.mbwm,
        outputMode: r.omode,
        lateRowFilter: r.lrf,
      },
      batch: { schedule: r.sched, runDelay: r.brun, duration: r.bdur },
    }),
  );

const stateArb: fc.Arbitrary<LabUrlState> = fc.record({
  settings: settingsArb,
  playhead: fc.option(ms(0, 60 * DAY)),
  speed: fc.constantFrom(...SPEEDS),
  panel: fc.option(fc.constantFrom(...PANELS)),
  mode: fc.constantFrom(...MODES),
  theme: fc.constantFrom(...THEMES),
  embed: fc.boolean(),
  origin: fc.option(
    fc.constantFrom('https://docs.example.org', 'http://localhost:3000', 'https://a.b.c:8443'),
  ),
  imported: fc.boolean(),
  crashAt: fc.option(ms(0, 60 * DAY)),
  focus: fc.option(fc.constantFrom(...FOCUSES)),
  preset: fc.option(fc.constantFrom(...PRESET_IDS)),
});

describe('formatLabUrl then parseLabUrl', () => {
  it('restores any valid state exactly, with nothing ignored', () => {
    fc.assert(
      fc.property(stateArb, (state) => {
        const { state: back, ignored } = parseLabUrl(formatLabUrl(state));
        expect(ignored).toEqual([]);
        expect(back).toEqual(state);
      }),
      { numRuns: 400 },
    );
  });
});

// Hostile values: huge and odd numbers, script text, broken escapes, 10 KB strings.
const HOSTILE = [
  '',
  ' ',
  'NaN',
  'Infinity',
  '-Infinity',
  '-1',
  '-0',
  '0',
  '1e308',
  '1e999',
  '-1e999',
  '9'.repeat(400),
  '0x1F',
  '1_000',
  '1,5',
  'true',
  'null',
  'undefined',
  '[]',
  '{}',
  '__proto__',
  'constructor',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '%',
  '%E0%A4%A',
  '%00',
  '\u0000',
  '💥',
  '5m5m5m5m5m5m5m5m5m5m5m5m5m5m5m5m5m5m5m5m5m5m5m5m5m5m5m5m5m5m5m5m5m5m5m5m',
  '1~2~3_4~5~6',
  '12h~0~2',
  'x'.repeat(10_240),
  '1'.repeat(10_240),
];
const known = [...SETTING_PARAMS.map((p) => p.key), ...VIEW_PARAMS.map((p) => p.key)];
const keyArb = fc.oneof(
  fc.constantFrom(...known),
  fc.constantFrom('__proto__', 'constructor', 'toString', '', '<b>', 'x'.repeat(10_240)),
  fc.string({ maxLength: 8 }),
);
const valueArb = fc.oneof(
  fc.constantFrom(...HOSTILE),
  fc.string({ maxLength: 20 }),
  fc.double().map(String),
  fc.integer().map(String),
  fc.bigInt().map(String),
);
const queryArb = fc.oneof(
  fc
    .array(fc.tuple(keyArb, valueArb), { maxLength: 25 })
    .map((pairs) => `?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}`),
  fc
    .array(fc.tuple(keyArb, valueArb), { maxLength: 25 })
    .map((pairs) => `?${new URLSearchParams(pairs).toString()}`),
  fc.string({ maxLength: 200 }),
  fc.constantFrom(...known).map((k) => `?${`${k}=1&`.repeat(200)}`),
);

describe('parseLabUrl on hostile query strings', () => {
  it('never throws, always yields settings the engine accepts, and names what it ignored', () => {
    fc.assert(
      fc.property(queryArb, (query) => {
        const { state, ignored } = parseLabUrl(query);
        expect(normalizeLabSettings(state.settings)).toEqual(state.settings);
        const s = state.settings.scenario;
        expect((s.rate * s.duration) / MINUTE).toBeLessThanOrEqual(MAX_LINK_ORDERS);
        for (const i of ignored) {
          expect(i.param.length).toBeLessThanOrEqual(61);
          expect(i.value.length).toBeLessThanOrEqual(61);
          expect(i.reason.length).toBeGreaterThan(0);
        }
        // Whatever was not ignored reads back the same.
        expect(parseLabUrl(formatLabUrl(state)).state).toEqual(state);
      }),
      { numRuns: 600 },
    );
  });
});
