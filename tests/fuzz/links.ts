// Generated links for the fuzz suites: any valid lab state as its link, then damaged the ways a
// link gets damaged (values replaced by hostile text, parameters dropped, repeated, misspelt or
// invented, keys in odd case or with spaces, raw or escaped). The unit suite parses them all;
// the browser suite opens a sample of the same links (same seed, same links).
import fc from 'fast-check';
import {
  lab,
  scenarios,
  time,
  EngineInputError,
  type LabSettings,
  type LabSettingsInput,
  type WindowSpec,
} from '../../src/engine';
import { SPEEDS } from '../../src/store/playback';
import { PRESET_IDS } from '../../src/app/presets/ids';
import { formatLabUrl, VIEW_PARAMS } from '../../src/app/url/codec';
import { SETTING_PARAMS } from '../../src/app/url/params';
import { FOCUSES, MODES, PANELS, THEMES, type LabUrlState } from '../../src/app/url/state';

export { FUZZ_SEED } from './seed';

const SEC = 1000;
const DAY = 24 * 60 * time.MINUTE;
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

/**
 * Any settings the engine accepts and a link may carry (at most lab.MAX_LINK_ORDERS orders), with at
 * most `max` orders a minute for `max.duration` ms.
 */
function settingsArbOf(max: { rate: number; duration: number }): fc.Arbitrary<LabSettings> {
  return fc
    .record({
      seed: fc.integer({ min: -(2 ** 53) + 1, max: 2 ** 53 - 1 }),
      start: ms(0, 7 * DAY),
      duration: ms(time.MINUTE, max.duration),
      rate: fc.double({ min: 0.01, max: max.rate, noNaN: true }),
      curve: fc.constantFrom(...scenarios.CURVE_NAMES),
      products: fc.integer({ min: 1, max: 26 }),
      productSkew: fc.double({ min: 0, max: 10, noNaN: true }).map((x) => x + 0),
      priceNoise: share,
      customers: fc.integer({ min: 1, max: 1_000_000 }),
      customerSkew: fc.double({ min: 0, max: 10, noNaN: true }).map((x) => x + 0),
      lateShare: share,
      delayKind: fc.constantFrom(...scenarios.DELAY_KINDS),
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
      flavour: fc.constantFrom(...lab.STREAM_FLAVOURS),
      grace: ms(0, DAY),
      suppress: fc.boolean(),
      window: windowArb,
      wm: ms(0, DAY),
      lateness: ms(0, DAY),
      early: fc.oneof(fc.constant(0), ms(SEC, DAY)),
      acc: fc.constantFrom(...lab.ACCUMULATIONS),
      flush: fc.boolean(),
      trigger: ms(SEC, DAY),
      mbwm: ms(0, DAY),
      omode: fc.constantFrom(...lab.OUTPUT_MODES),
      lrf: fc.constantFrom(...lab.LATE_ROW_FILTERS),
      sched: fc.constantFrom(...lab.BATCH_SCHEDULES),
      brun: ms(0, 7 * DAY),
      bdur: ms(0, 7 * DAY),
    })
    .filter((r) => (r.rate * r.duration) / time.MINUTE <= lab.MAX_LINK_ORDERS)
    .map((r) =>
      settingsOrNull({
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
    )
    .filter((s): s is LabSettings => s !== null);
}

export const settingsArb = settingsArbOf({ rate: 100, duration: DAY });

/** The settings, or null where the engine refuses them (complete mode over too many windows). */
function settingsOrNull(input: LabSettingsInput): LabSettings | null {
  try {
    return lab.normalizeLabSettings(input);
  } catch (err) {
    if (err instanceof EngineInputError) return null;
    throw err;
  }
}

/** Any state a link can hold: settings and every view parameter. */
const stateArbOf = (settings: fc.Arbitrary<LabSettings>): fc.Arbitrary<LabUrlState> =>
  fc.record({
    settings,
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

export const stateArb = stateArbOf(settingsArb);

/** Hostile values: huge and odd numbers, script text, broken escapes, 10 KB strings. */
export const HOSTILE = [
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
] as const;

/** Every parameter name the lab's links know. */
export const KNOWN_PARAMS: readonly string[] = [
  ...SETTING_PARAMS.map((p) => p.key),
  ...VIEW_PARAMS.map((p) => p.key),
];

export const hostileValueArb = fc.oneof(
  fc.constantFrom(...HOSTILE),
  fc.string({ maxLength: 20 }),
  fc.double().map(String),
  fc.integer().map(String),
  fc.bigInt().map(String),
);

const keyArb = fc.oneof(
  fc.constantFrom(...KNOWN_PARAMS),
  fc.constantFrom(...KNOWN_PARAMS).map((k) => k.toUpperCase()),
  fc.constantFrom(...KNOWN_PARAMS).map((k) => ` ${k} `),
  fc.constantFrom('__proto__', 'constructor', 'toString', '', '<b>', 'x'.repeat(10_240)),
  fc.string({ maxLength: 8 }),
);

type Pair = [key: string, value: string];

/** One way a link gets damaged: applied to its list of pairs at a position. */
const editArb: fc.Arbitrary<(pairs: Pair[]) => Pair[]> = fc.oneof(
  // A value replaced by something hostile.
  fc.tuple(fc.nat(), hostileValueArb).map(([i, v]) => (pairs: Pair[]) => {
    if (pairs.length === 0) return pairs;
    const at = i % pairs.length;
    return pairs.map((p, n): Pair => (n === at ? [p[0], v] : p));
  }),
  // A value of one known parameter given to another.
  fc.tuple(fc.nat(), fc.nat()).map(([i, j]) => (pairs: Pair[]) => {
    if (pairs.length < 2) return pairs;
    const from = pairs[j % pairs.length]![1];
    const at = i % pairs.length;
    return pairs.map((p, n): Pair => (n === at ? [p[0], from] : p));
  }),
  // A parameter dropped.
  fc.nat().map((i) => (pairs: Pair[]) => pairs.filter((_, n) => n !== i % (pairs.length || 1))),
  // A parameter repeated, with a hostile value or its own.
  fc.tuple(fc.nat(), fc.option(hostileValueArb)).map(([i, v]) => (pairs: Pair[]) => {
    if (pairs.length === 0) return pairs;
    const p = pairs[i % pairs.length]!;
    return [...pairs, [p[0], v ?? p[1]] as Pair];
  }),
  // A parameter added: known or not, any value.
  fc.tuple(fc.nat(), keyArb, hostileValueArb).map(
    ([i, k, v]) =>
      (pairs: Pair[]) =>
        pairs.toSpliced(i % (pairs.length + 1), 0, [k, v]),
  ),
);

/** How the pairs become a query: escaped as a browser writes them, or typed raw by hand. */
function queryOf(pairs: readonly Pair[], raw: boolean): string {
  if (!raw) return `?${new URLSearchParams(pairs.map(([k, v]) => [k, v])).toString()}`;
  return `?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}`;
}

/** A query string as `location.search` may hold it: a valid link, damaged 0 to 6 times. */
const linkArbOf = (states: fc.Arbitrary<LabUrlState>): fc.Arbitrary<string> =>
  fc.tuple(states, fc.array(editArb, { maxLength: 6 }), fc.boolean()).map(([state, edits, raw]) => {
    let pairs = [...new URLSearchParams(formatLabUrl(state))] as Pair[];
    for (const edit of edits) pairs = edit(pairs);
    return queryOf(pairs, raw);
  });

export const linkArb = linkArbOf(stateArb);

/**
 * The same links over scenarios of at most 2 hours at 20 orders a minute, for the browser: every
 * parameter and every kind of damage, but each page computes in well under a second.
 */
export const lightLinkArb = linkArbOf(
  stateArbOf(settingsArbOf({ rate: 20, duration: 2 * 60 * time.MINUTE })),
);

/** Links and then some: also random text, and a parameter repeated 200 times. */
export const queryArb: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: linkArb, weight: 6 },
  {
    arbitrary: fc
      .array(fc.tuple(keyArb, hostileValueArb), { maxLength: 25 })
      .map((pairs) => queryOf(pairs, false)),
    weight: 1,
  },
  {
    arbitrary: fc
      .array(fc.tuple(keyArb, hostileValueArb), { maxLength: 25 })
      .map((pairs) => queryOf(pairs, true)),
    weight: 1,
  },
  { arbitrary: fc.string({ maxLength: 200 }), weight: 1 },
  {
    arbitrary: fc.constantFrom(...KNOWN_PARAMS).map((k) => `?${`${k}=1&`.repeat(200)}`),
    weight: 1,
  },
);
