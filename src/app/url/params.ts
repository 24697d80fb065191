// The link's vocabulary: one short, stable parameter name per lab setting, with its reader and
// where it lives in LabSettings. Names never change once published (old links must keep
// working); add new ones at the end. The table in docs/url-parameters.md mirrors this file.
import { lab, scenarios, time, type LabSettings } from '../../engine';
import {
  choice,
  decimal,
  duration,
  idleTimeout,
  integer,
  outages,
  toggle,
  type Codec,
} from './values';

/** The settings being assembled from a link, section by section (window parts kept apart). */
export interface Draft {
  scenario: Record<string, unknown> & { lateDelay: Record<string, unknown> };
  window: { kind?: string; size?: number; slide?: number; offset?: number; gap?: number };
  stream: Record<string, unknown>;
  microBatch: Record<string, unknown>;
  batch: Record<string, unknown>;
}

export interface SettingParam<T = unknown> {
  key: string;
  codec: Codec<T>;
  /** The value in `s`, or undefined where it does not apply (slide for a tumbling window). */
  get(s: LabSettings): T | undefined;
  put(d: Draft, value: T): void;
  /** Always written when it applies, even at its default (slide and gap depend on the kind). */
  always?: boolean;
  /** The field as the engine's error messages name it ("lateDelay.max"). */
  field: string;
  /** What the parameter means, for the table in docs/url-parameters.md and the notice. */
  doc: string;
}

const WEEK = 7 * time.DAY;

function param<T>(p: SettingParam<T>): SettingParam {
  return p as unknown as SettingParam;
}

const sc = (field: string) => ({
  get: (s: LabSettings) => (s.scenario as unknown as Record<string, unknown>)[field],
  put: (d: Draft, v: unknown) => {
    d.scenario[field] = v;
  },
  field,
});
const section =
  <K extends 'stream' | 'microBatch' | 'batch'>(name: K) =>
  (field: keyof LabSettings[K] & string) => ({
    get: (s: LabSettings) => (s[name] as unknown as Record<string, unknown>)[field],
    put: (d: Draft, v: unknown) => {
      (d[name] as Record<string, unknown>)[field] = v;
    },
    field: `${name}.${field}`,
  });
const st = section('stream');
const mb = section('microBatch');
const bt = section('batch');
const delay = (field: 'kind' | 'mean' | 'max' | 'sigma') => ({
  get: (s: LabSettings) => s.scenario.lateDelay[field],
  put: (d: Draft, v: unknown) => {
    d.scenario.lateDelay[field] = v;
  },
  field: `lateDelay.${field}`,
});
const win = (field: 'size' | 'slide' | 'offset' | 'gap', kinds: readonly string[]) => ({
  get: (s: LabSettings) =>
    kinds.includes(s.window.kind)
      ? ((s.window as Record<string, unknown>)[field] as number | undefined)
      : undefined,
  put: (d: Draft, v: unknown) => {
    d.window[field] = v as number;
  },
});

/** Every setting a link can carry, in the order links write them. */
export const SETTING_PARAMS: readonly SettingParam[] = [
  param({
    key: 'seed',
    codec: integer(Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER),
    ...sc('seed'),
    doc: 'random seed: same seed, same orders',
  }),
  param({
    key: 'start',
    codec: duration(0, WEEK),
    ...sc('start'),
    doc: 'first order time, as time of day (12h = noon)',
  }),
  param({
    key: 'dur',
    codec: duration(time.MINUTE, WEEK),
    ...sc('duration'),
    doc: 'how long orders keep coming',
  }),
  param({ key: 'rate', codec: decimal(0.01, 10_000), ...sc('rate'), doc: 'orders per minute' }),
  param({
    key: 'curve',
    codec: choice(scenarios.CURVE_NAMES),
    ...sc('curve'),
    doc: 'rate over the day: flat or daily',
  }),
  param({
    key: 'prod',
    codec: integer(1, scenarios.MAX_PRODUCTS),
    ...sc('products'),
    doc: 'number of products',
  }),
  param({
    key: 'pskew',
    codec: decimal(0, scenarios.MAX_SKEW),
    ...sc('productSkew'),
    doc: 'product popularity skew (Zipf exponent)',
  }),
  param({
    key: 'noise',
    codec: decimal(0, 1),
    ...sc('priceNoise'),
    doc: 'price noise, as a share of the price',
  }),
  param({
    key: 'cust',
    codec: integer(1, scenarios.MAX_CUSTOMERS),
    ...sc('customers'),
    doc: 'number of customers',
  }),
  param({
    key: 'cskew',
    codec: decimal(0, scenarios.MAX_SKEW),
    ...sc('customerSkew'),
    doc: 'customer activity skew',
  }),
  param({
    key: 'late',
    codec: decimal(0, 1),
    ...sc('lateShare'),
    doc: 'share of orders that arrive late (0 to 1)',
  }),
  param({
    key: 'delay',
    codec: choice(scenarios.DELAY_KINDS),
    ...delay('kind'),
    doc: 'lateness tail: exponential, uniform or lognormal',
  }),
  param({
    key: 'dmean',
    codec: duration(1, WEEK),
    ...delay('mean'),
    doc: 'mean delay of a late order',
  }),
  param({
    key: 'dmax',
    codec: duration(1, WEEK),
    ...delay('max'),
    doc: 'longest delay of a late order',
  }),
  param({
    key: 'sigma',
    codec: decimal(0.01, scenarios.MAX_SIGMA),
    ...delay('sigma'),
    doc: 'lognormal tail shape',
  }),
  param({
    key: 'jitter',
    codec: duration(0, time.HOUR),
    ...sc('jitter'),
    doc: 'network jitter of on-time orders',
  }),
  param({
    key: 'out',
    codec: outages(scenarios.MAX_OUTAGES, 2 * WEEK, scenarios.MAX_REGIONS),
    ...sc('outages'),
    doc: 'outages: start~length~share, or start~length~share~region, several joined by _',
  }),
  param({
    key: 'win',
    codec: choice(['tumbling', 'sliding', 'session'] as const),
    get: (s) => s.window.kind,
    put: (d, v) => {
      d.window.kind = v;
    },
    field: 'window kind',
    doc: 'window kind: tumbling, sliding or session',
  }),
  param({
    key: 'size',
    codec: duration(time.SECOND, time.DAY),
    ...win('size', ['tumbling', 'sliding']),
    field: 'window size',
    doc: 'window size',
  }),
  param({
    key: 'slide',
    codec: duration(time.SECOND, time.DAY),
    ...win('slide', ['sliding']),
    always: true,
    field: 'window slide',
    doc: 'slide of a sliding window',
  }),
  param({
    key: 'offset',
    codec: duration(-time.DAY, time.DAY, true),
    ...win('offset', ['tumbling', 'sliding']),
    field: 'window offset',
    doc: 'window offset (may be negative)',
  }),
  param({
    key: 'gap',
    codec: duration(time.SECOND, time.DAY),
    ...win('gap', ['session']),
    always: true,
    field: 'session gap',
    doc: 'session gap',
  }),
  param({
    key: 'wm',
    codec: duration(0, time.DAY),
    ...st('watermarkBound'),
    doc: "stream: watermark's bound on out-of-orderness",
  }),
  param({
    key: 'lateness',
    codec: duration(0, time.DAY),
    ...st('allowedLateness'),
    doc: 'stream: allowed lateness',
  }),
  param({
    key: 'early',
    codec: earlyEvery(),
    ...st('earlyEvery'),
    doc: 'stream: early panes every (0 = none)',
  }),
  param({
    key: 'acc',
    codec: choice(lab.ACCUMULATIONS),
    ...st('accumulation'),
    doc: 'stream: accumulating, discarding or retracting',
  }),
  param({
    key: 'flush',
    codec: toggle,
    ...st('flushAtEnd'),
    doc: 'stream: close every window after the last order (1 or 0)',
  }),
  param({
    key: 'trigger',
    codec: duration(time.SECOND, time.DAY),
    ...mb('triggerInterval'),
    doc: 'micro-batch: trigger interval',
  }),
  param({
    key: 'mbwm',
    codec: duration(0, time.DAY),
    ...mb('watermarkDelay'),
    doc: 'micro-batch: watermark delay',
  }),
  param({
    key: 'omode',
    codec: choice(lab.OUTPUT_MODES),
    ...mb('outputMode'),
    doc: 'micro-batch: append, update or complete',
  }),
  param({
    key: 'lrf',
    codec: choice(lab.LATE_ROW_FILTERS),
    ...mb('lateRowFilter'),
    doc: 'micro-batch: late rows filtered by the current or previous watermark (previous: Spark 3.4+, SPARK-40925)',
  }),
  param({
    key: 'sched',
    codec: choice(lab.BATCH_SCHEDULES),
    ...bt('schedule'),
    doc: 'batch: nightly or hourly',
  }),
  param({
    key: 'brun',
    codec: duration(0, WEEK),
    ...bt('runDelay'),
    doc: 'batch: how long after the period the job starts',
  }),
  param({
    key: 'bdur',
    codec: duration(0, WEEK),
    ...bt('duration'),
    doc: 'batch: how long the job runs',
  }),
  param({
    key: 'regions',
    codec: integer(1, scenarios.MAX_REGIONS),
    ...sc('regions'),
    doc: "regions: each sends its orders to its own partition of the 'orders' topic",
  }),
  param({
    key: 'idle',
    codec: idleTimeout(time.DAY),
    ...st('idleTimeout'),
    doc: 'stream: a region without orders this long stops holding the watermark (off = never)',
  }),
  param({
    key: 'engine',
    codec: choice(lab.STREAM_FLAVOURS),
    ...st('flavour'),
    doc: 'stream lane: flink (Flink / Beam watermarks) or kafka-streams (stream time)',
  }),
  param({
    key: 'grace',
    codec: duration(0, time.DAY),
    ...st('grace'),
    doc: 'stream, Kafka Streams: grace period after a window ends',
  }),
  param({
    key: 'suppress',
    codec: toggle,
    ...st('suppress'),
    doc: 'stream, Kafka Streams: one final row per window (1) or an update per order (0)',
  }),
];

/** Early panes: none (0), or at least every second (faster would flood the page with panes). */
function earlyEvery(): Codec<number> {
  const d = duration(time.SECOND, time.DAY);
  return {
    read: (text) => (text === '0' ? { ok: true, value: 0 } : d.read(text)),
    write: (ms) => d.write(ms),
  };
}

/** Which parameters to drop, most likely first, when the engine refuses a field by this name. */
export const BLAME: Readonly<Record<string, readonly string[]>> = {
  'lateDelay.max': ['dmax', 'dmean'],
  'lateDelay.mean': ['dmean'],
  'window offset': ['offset', 'slide', 'size'],
  'window slide': ['slide', 'size'],
  rate: ['rate', 'dur'],
};
