// Everything a learner can set in the lab, in one validated object: the order scenario plus the
// settings of each pipeline. The URL, the store and the controls all carry this shape; the
// pipelines' own configs are derived from it (see ./configs.ts), so they can never disagree.
import type { WindowSpec } from '../core/types';
import { HOUR, MINUTE, SECOND } from '../core/time';
import { EngineInputError, check, nonNegative, oneOf, positive } from '../core/validate';
import { normalizeWindow } from '../windows/assign';
import {
  RATE_PER,
  defaultScenario,
  normalizeScenario,
  type LateDelay,
  type Scenario,
  type ScenarioInput,
} from '../events/scenario';

export type Accumulation = 'accumulating' | 'discarding' | 'retracting';
export type OutputMode = 'append' | 'update' | 'complete';
export type LateRowFilter = 'current' | 'previous';
export type BatchSchedule = 'nightly' | 'hourly';
/** Whose model, and words, the stream lane uses: Flink / Beam (watermarks) or Kafka Streams (stream time). */
export type StreamFlavour = 'flink' | 'kafka-streams';

export interface StreamSettings {
  /** Bounded out-of-orderness of the watermark (ms). */
  watermarkBound: number;
  /** Extra time a fired window keeps accepting late orders (ms). */
  allowedLateness: number;
  /** Early panes every this many ms after a pane's first order; 0 = no early panes. */
  earlyEvery: number;
  accumulation: Accumulation;
  /** The source ends after the last order, so every window closes (a bounded source in Flink). */
  flushAtEnd: boolean;
  /**
   * Flink's withIdleness: a region without orders for this long (ms) stops holding the
   * watermark back; null = off (a silent region holds every window open).
   */
  idleTimeout: number | null;
  /** Flink / Beam, or Kafka Streams (then `grace` and `suppress` apply, the rest does not). */
  flavour: StreamFlavour;
  /** Kafka Streams: TimeWindows.ofSizeAndGrace's grace period (ms). */
  grace: number;
  /** Kafka Streams: suppress(untilWindowCloses): one final row per window instead of updates. */
  suppress: boolean;
}

export interface MicroBatchSettings {
  triggerInterval: number;
  watermarkDelay: number;
  outputMode: OutputMode;
  lateRowFilter: LateRowFilter;
}

export interface BatchSettings {
  schedule: BatchSchedule;
  /** How long after the period ends the job starts (ms). */
  runDelay: number;
  /** How long the job runs (ms). */
  duration: number;
}

export interface LabSettings {
  scenario: Scenario;
  /** The window every pipeline aggregates in: tumbling, sliding or session. */
  window: WindowSpec;
  stream: StreamSettings;
  microBatch: MicroBatchSettings;
  batch: BatchSettings;
}

export const ACCUMULATIONS: readonly Accumulation[] = ['accumulating', 'discarding', 'retracting'];
export const OUTPUT_MODES: readonly OutputMode[] = ['append', 'update', 'complete'];
export const LATE_ROW_FILTERS: readonly LateRowFilter[] = ['current', 'previous'];
export const BATCH_SCHEDULES: readonly BatchSchedule[] = ['nightly', 'hourly'];
export const STREAM_FLAVOURS: readonly StreamFlavour[] = ['flink', 'kafka-streams'];

/**
 * Whose words the stream lane speaks in each flavour, so its label, the controls and the code
 * export name the same things: the engine, what moves event time on, and what a row is called.
 */
export const STREAM_WORDS: Readonly<
  Record<
    StreamFlavour,
    { engine: string; clock: string; early: string; onTime: string; dropped: string }
  >
> = {
  flink: {
    engine: 'Flink / Beam',
    clock: 'watermark',
    early: 'early pane',
    onTime: 'on-time pane',
    dropped: 'late side output',
  },
  'kafka-streams': {
    engine: 'Kafka Streams',
    clock: 'stream time',
    early: 'update',
    onTime: 'final result',
    dropped: 'dropped: window closed',
  },
};

/**
 * What the lab opens with: the default scenario, 5-minute windows, a 1-minute watermark bound
 * with early panes every 10 s, 1-minute micro-batches filtering late rows as Spark 3.4+ does, a
 * nightly job at 01:00.
 */
export const defaultLabSettings: LabSettings = {
  scenario: defaultScenario,
  window: { kind: 'tumbling', size: 5 * MINUTE, offset: 0 },
  stream: {
    watermarkBound: 1 * MINUTE,
    allowedLateness: 0,
    // A live running total, as a dashboard needs: without early panes a window's first result
    // waits for the watermark, minutes after its orders (the learner can switch them off to see it).
    earlyEvery: 10 * SECOND,
    accumulation: 'accumulating',
    flushAtEnd: true,
    idleTimeout: null,
    flavour: 'flink',
    grace: 1 * MINUTE,
    suppress: false,
  },
  microBatch: {
    triggerInterval: 1 * MINUTE,
    watermarkDelay: 1 * MINUTE,
    outputMode: 'update',
    // Spark 3.4+ filters late rows by the previous batch's watermark (SPARK-40925; apache/spark,
    // sql/core/.../streaming/IncrementalExecution.scala, eventTimeWatermarkForLateEvents), and the
    // export targets 3.5+, so the lab does too. The engine API's own default stays 'current' (the
    // programming guide's figures); links naming `lrf` keep their meaning, links without it get this.
    lateRowFilter: 'previous',
  },
  batch: { schedule: 'nightly', runDelay: 1 * HOUR, duration: 20 * MINUTE },
};

/** Settings as a user or a URL may give them: any part may be missing. */
export interface LabSettingsInput {
  scenario?: ScenarioInput;
  window?: WindowSpec;
  stream?: Partial<StreamSettings>;
  microBatch?: Partial<MicroBatchSettings>;
  batch?: Partial<BatchSettings>;
}

/**
 * Deep-merges a patch into settings, one level per section, as the controls send them: a patch
 * of `{ stream: { allowedLateness } }` keeps every other stream setting, and one of
 * `{ scenario: { lateDelay: { max } } }` keeps the delay's other fields. The store applies every
 * change this way, and a lesson's or a preset's settings are `mergeSettings(defaultLabSettings,
 * patch)`. The result is input for normalizeLabSettings, which checks it.
 */
export function mergeSettings(base: LabSettings, patch: LabSettingsInput): LabSettingsInput {
  return {
    scenario: {
      ...base.scenario,
      ...patch.scenario,
      lateDelay: { ...base.scenario.lateDelay, ...patch.scenario?.lateDelay },
    },
    window: patch.window ?? base.window,
    stream: { ...base.stream, ...patch.stream },
    microBatch: { ...base.microBatch, ...patch.microBatch },
    batch: { ...base.batch, ...patch.batch },
  };
}

/** A slider's range in its own display unit; `unit` is how many setting units one slider unit is. */
export interface Range {
  min: number;
  max: number;
  step: number;
  /** Setting units (ms, orders, 1) per slider unit: 60 000 for a slider in minutes. */
  unit: number;
}

/**
 * The controls' fixed slider ranges, in the units people think in. They live beside the settings
 * because more than the controls depend on them: a link may ask for no more orders than the
 * sliders allow (MAX_LINK_ORDERS). Ranges that depend on other settings are functions below.
 */
export const RANGES = {
  rate: { min: 5, max: 1000, step: 5, unit: 1 },
  lateShare: { min: 0, max: 100, step: 5, unit: 0.01 },
  delayMax: { min: 1, max: 60, step: 1, unit: MINUTE },
  jitter: { min: 0, max: 30, step: 1, unit: SECOND },
  products: { min: 1, max: 26, step: 1, unit: 1 },
  sigma: { min: 0.25, max: 3, step: 0.25, unit: 1 },
  duration: { min: 10, max: 240, step: 5, unit: MINUTE },
  startHour: { min: 0, max: 23.5, step: 0.5, unit: HOUR },
  productSkew: { min: 0, max: 3, step: 0.1, unit: 1 },
  customerSkew: { min: 0, max: 3, step: 0.1, unit: 1 },
  priceNoise: { min: 0, max: 100, step: 5, unit: 0.01 },
  size: { min: 1, max: 60, step: 1, unit: MINUTE },
  gap: { min: 0.5, max: 30, step: 0.5, unit: MINUTE },
  watermarkBound: { min: 0, max: 600, step: 5, unit: SECOND },
  allowedLateness: { min: 0, max: 600, step: 10, unit: SECOND },
  earlyEvery: { min: 0, max: 300, step: 10, unit: SECOND },
  triggerInterval: { min: 10, max: 600, step: 10, unit: SECOND },
  watermarkDelay: { min: 0, max: 600, step: 10, unit: SECOND },
  regions: { min: 1, max: 8, step: 1, unit: 1 },
  /** 0 = off (no idle timeout); the engine refuses a timeout of 0 itself. */
  idleTimeout: { min: 0, max: 300, step: 5, unit: SECOND },
  grace: { min: 0, max: 600, step: 5, unit: SECOND },
} as const satisfies Record<string, Range>;

/** The mean delay slider (minutes) ends at the current max: a mean above the max is invalid. */
export function delayMeanRange(delay: LateDelay): Range {
  return { min: 0.5, max: Math.max(0.5, delay.max / MINUTE), step: 0.5, unit: MINUTE };
}

/** The slide slider ends at the window size, so a slide that skips events cannot be chosen. */
export function slideRange(size: number): Range {
  return { min: 1, max: Math.max(1, size / MINUTE), step: 1, unit: MINUTE };
}

/** Batch sliders in the scale of the schedule: hours for a nightly job, minutes for an hourly one. */
export function batchRanges(schedule: BatchSchedule): { runDelay: Range; duration: Range } {
  return schedule === 'nightly'
    ? {
        runDelay: { min: 0, max: 360, step: 15, unit: MINUTE },
        duration: { min: 0, max: 180, step: 5, unit: MINUTE },
      }
    : {
        runDelay: { min: 0, max: 30, step: 1, unit: MINUTE },
        duration: { min: 0, max: 30, step: 1, unit: MINUTE },
      };
}

/**
 * Most orders a link may ask for: a projector's laptop must compute it at once, so a link gets
 * the ceiling the controls have, the fastest rate for the longest duration (orders per RATE_PER
 * times duration). Computed from RANGES, so a wider slider widens links with it.
 */
export const MAX_LINK_ORDERS =
  (RANGES.rate.max * RANGES.rate.unit * (RANGES.duration.max * RANGES.duration.unit)) / RATE_PER;

function bool(value: unknown, what: string): boolean {
  if (typeof value !== 'boolean') {
    throw new EngineInputError(`invalid ${what}: ${JSON.stringify(value)} (must be true or false)`);
  }
  return value;
}

/**
 * Fills in defaults and checks every field, throwing EngineInputError with the field's name
 * (`invalid stream.allowedLateness: -1 (must be >= 0)`). The lab windows exclude `global`:
 * a nightly batch and a micro-batch query need windows that end.
 */
/**
 * Most rows the micro-batch lane may write in complete mode, where every batch writes its whole
 * result table again: rows grow with batches × windows, and a day of one-second windows would
 * be tens of millions (the page runs out of memory). A default scenario writes about 40,000.
 */
export const MAX_COMPLETE_ROWS = 1_000_000;

/**
 * About how many rows complete mode writes: batches (one per trigger while orders arrive, at most
 * one per order) times the window-and-product cells of the result table, half of them on average.
 */
export function completeModeRows(scenario: Scenario, window: WindowSpec, trigger: number): number {
  const orders = (scenario.rate * scenario.duration) / MINUTE;
  const outageEnd = Math.max(0, ...scenario.outages.map((o) => o.start + o.duration));
  const arriving =
    Math.max(scenario.duration, outageEnd - scenario.start) +
    scenario.lateDelay.max +
    scenario.jitter;
  const batches = Math.min(arriving / trigger + 1, orders);
  const cells =
    window.kind === 'tumbling' || window.kind === 'sliding'
      ? Math.min(
          ((scenario.duration + window.size) /
            (window.kind === 'sliding' ? window.slide : window.size)) *
            scenario.products,
          orders * (window.kind === 'sliding' ? Math.ceil(window.size / window.slide) : 1),
        )
      : orders;
  return (batches * cells) / 2;
}

export function normalizeLabSettings(input: LabSettingsInput = {}): LabSettings {
  const d = defaultLabSettings;
  const scenario = normalizeScenario(input.scenario ?? d.scenario);
  const window = normalizeWindow(input.window ?? d.window);
  check(
    window.kind !== 'global',
    'invalid window kind: "global" (the lab compares windows that end; use tumbling, sliding or session)',
  );

  const s = { ...d.stream, ...input.stream };
  const stream: StreamSettings = {
    watermarkBound: nonNegative(s.watermarkBound, 'stream.watermarkBound'),
    allowedLateness: nonNegative(s.allowedLateness, 'stream.allowedLateness'),
    earlyEvery: nonNegative(s.earlyEvery, 'stream.earlyEvery'),
    accumulation: oneOf(s.accumulation, ACCUMULATIONS, 'stream.accumulation'),
    flushAtEnd: bool(s.flushAtEnd, 'stream.flushAtEnd'),
    idleTimeout: s.idleTimeout === null ? null : positive(s.idleTimeout, 'stream.idleTimeout'),
    flavour: oneOf(s.flavour, STREAM_FLAVOURS, 'stream.flavour'),
    grace: nonNegative(s.grace, 'stream.grace'),
    suppress: bool(s.suppress, 'stream.suppress'),
  };

  const m = { ...d.microBatch, ...input.microBatch };
  const microBatch: MicroBatchSettings = {
    triggerInterval: positive(m.triggerInterval, 'microBatch.triggerInterval'),
    watermarkDelay: nonNegative(m.watermarkDelay, 'microBatch.watermarkDelay'),
    outputMode: oneOf(m.outputMode, OUTPUT_MODES, 'microBatch.outputMode'),
    lateRowFilter: oneOf(m.lateRowFilter, LATE_ROW_FILTERS, 'microBatch.lateRowFilter'),
  };

  const rows = completeModeRows(scenario, window, microBatch.triggerInterval);
  check(
    microBatch.outputMode !== 'complete' || rows <= MAX_COMPLETE_ROWS,
    `invalid microBatch.outputMode: complete (every batch rewrites every window so far: with these windows and trigger it writes about ${Math.round(rows).toLocaleString('en-US')} rows; the limit is ${MAX_COMPLETE_ROWS.toLocaleString('en-US')}; use update, or longer windows or trigger)`,
  );

  const b = { ...d.batch, ...input.batch };
  const batch: BatchSettings = {
    schedule: oneOf(b.schedule, BATCH_SCHEDULES, 'batch.schedule'),
    runDelay: nonNegative(b.runDelay, 'batch.runDelay'),
    duration: nonNegative(b.duration, 'batch.duration'),
  };
  return { scenario, window, stream, microBatch, batch };
}
