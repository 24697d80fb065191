// One call computes everything the lab shows for a settings object: the orders, the four lanes,
// the truth, latencies and complexity. Views only look things up in this result (by playhead),
// so playing, stepping and scrubbing to the same time always show the same picture.
import type {
  BatchConfig,
  BatchRun,
  MicroBatch,
  MicroBatchConfig,
  OrderEvent,
  Row,
  StreamConfig,
  StreamRun,
} from '../core/types';
import { MINUTE } from '../core/time';
import { EngineInputError } from '../core/validate';
import { generateOrders } from '../events/generate';
import { runStream } from '../pipelines/stream';
import {
  kafkaStreamsStreamConfig,
  runKafkaStreams,
  type KafkaStreamsConfig,
} from '../pipelines/kafkaStreams';
import { runMicroBatch } from '../pipelines/microbatch';
import { rerunBatch, runBatch } from '../pipelines/batch';
import { groundTruth, queryAt } from '../pipelines/query';
import { finalRows, shareRight } from '../metrics/correctness';
import { complexityOf, type Complexity } from '../metrics/complexity';
import {
  batchLatencies,
  latencyStats,
  microBatchLatencies,
  requestCost,
  requestLatencies,
  streamLatencies,
  type LatencyStats,
} from '../metrics/latency';
import {
  batchEmissions,
  microBatchEmissions,
  streamEmissions,
  type Emission,
} from '../metrics/results';
import { batchConfigOf, kafkaStreamsConfigOf, microBatchConfigOf, streamConfigOf } from './configs';
import { normalizeLabSettings, type LabSettings, type LabSettingsInput } from './settings';

export type LaneId = 'batch' | 'microbatch' | 'stream' | 'request';
export const LANES: readonly LaneId[] = ['batch', 'microbatch', 'stream', 'request'];

/** A lane either ran, or could not run these settings (with the engine's reason). */
export type Outcome<T> = { ok: true; value: T } | { ok: false; error: string };

export interface LaneSummary {
  /** End to end: from when an order happened to the first result that includes it. */
  latency: LatencyStats;
  /**
   * What the approach itself adds: from when an order reached the system (its arrival) to the
   * first result that includes it. Network delay is the same for every lane, so the chart places
   * the approaches by this figure.
   */
  addedLatency: LatencyStats;
  complexity: Complexity;
  /** Results it emitted over time (full values per key and window); empty for the per-request lane. */
  emissions: Emission[];
  /**
   * Share of the truth's revenue the lane has right once everything has landed (its final rows
   * against the truth, see shareRight); NaN for a lane that cannot run the settings.
   */
  correctness: number;
  error?: string;
}

export interface LabRun {
  settings: LabSettings;
  events: OrderEvent[];
  truth: Row[];
  stream: Outcome<StreamRun>;
  microBatch: Outcome<MicroBatch[]>;
  batch: Outcome<{ runs: BatchRun[]; reruns: BatchRun[] }>;
  /** Cost in ms of one per-request query over all orders (it grows with the rows scanned). */
  requestCostMs: number;
  lanes: Record<LaneId, LaneSummary>;
  /** True when the orders were given (an imported file) rather than generated from the scenario. */
  imported?: boolean;
  /**
   * Imported runs only: the event-time span of the orders, widened to whole minutes, `[from, to)`.
   * Views use it where they would use the scenario's start and duration.
   */
  eventSpan?: { from: number; to: number };
  /** Simulated processing time the lab covers, and the instants where something happens. */
  timeline: { from: number; to: number; instants: Float64Array };
}

function attempt<T>(f: () => T): Outcome<T> {
  try {
    return { ok: true, value: f() };
  } catch (err) {
    if (err instanceof EngineInputError) return { ok: false, error: err.message };
    throw err;
  }
}

const NO_LATENCY: LatencyStats = { count: 0, p50: NaN, p95: NaN, max: NaN, mean: NaN };

/** End-to-end and added latency from per-event end-to-end latencies (NaN = never emitted). */
function latencies(events: readonly OrderEvent[], endToEnd: Float64Array) {
  const added = new Float64Array(endToEnd.length);
  for (let i = 0; i < endToEnd.length; i++) {
    const e = events[i]!;
    added[i] = endToEnd[i]! - (e.arrivalTime - e.eventTime);
  }
  return { latency: latencyStats(endToEnd), addedLatency: latencyStats(added) };
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Runs the whole lab for `input` (validated and defaulted first; throws EngineInputError on bad
 * settings). A lane that cannot run the settings, such as a micro-batch over session windows,
 * reports why in `error` instead of failing the others. Given the `previous` run, it reuses its
 * orders and truth when the scenario and window have not changed (same output, less work).
 * Given `orders` (an imported file, sorted by arrival then id), every lane runs on them instead
 * of generated ones, and the timeline spans them rather than the scenario.
 */
export function runLab(
  input: LabSettingsInput | LabSettings = {},
  previous?: LabRun,
  orders?: OrderEvent[],
): LabRun {
  const settings = normalizeLabSettings(input);
  // Orders depend on the scenario alone, and the truth on the orders and the window: a slider that
  // moves a pipeline setting reuses them (the same arrays, so views' caches stay valid too).
  const sameOrders =
    previous !== undefined &&
    (orders !== undefined
      ? previous.events === orders
      : previous.imported !== true && sameJson(previous.settings.scenario, settings.scenario));
  const events = sameOrders ? previous.events : (orders ?? generateOrders(settings.scenario));
  const truth =
    sameOrders && sameJson(previous.settings.window, settings.window)
      ? previous.truth
      : groundTruth(events, settings.window);

  // A lane whose own config is unchanged, over the same orders, gives the same result: reuse it,
  // so moving one pipeline's slider recomputes only that pipeline.
  const keep = <T>(cfg: unknown, prevCfg: (r: LabRun) => unknown, pick: (r: LabRun) => T) =>
    sameOrders && sameJson(cfg, prevCfg(previous)) ? pick(previous) : undefined;

  const imported = orders !== undefined;
  const streamJob = streamJobOf(settings, imported);
  const [stream, streamLane] =
    keep(
      streamJob,
      (r) => streamJobOf(r.settings, imported),
      (r) => [r.stream, r.lanes.stream] as const,
    ) ?? streamLaneOf(events, truth, streamJob);
  const microCfg = microBatchConfigOf(settings);
  const [microBatch, microLane] =
    keep(
      microCfg,
      (r) => microBatchConfigOf(r.settings),
      (r) => [r.microBatch, r.lanes.microbatch] as const,
    ) ?? microBatchLaneOf(events, truth, microCfg);
  const batchCfg = batchConfigOf(settings);
  const [batch, batchLane] =
    keep(
      batchCfg,
      (r) => batchConfigOf(r.settings),
      (r) => [r.batch, r.lanes.batch] as const,
    ) ?? batchLaneOf(events, truth, batchCfg);
  const requestCostMs = requestCost(events.length);
  const requestLane: LaneSummary =
    sameOrders && previous.truth === truth
      ? previous.lanes.request
      : {
          ...latencies(events, requestLatencies(events, requestCostMs)),
          complexity: complexityOf('request'),
          emissions: [],
          // A query after the last arrival reads every order: what the lane ends up showing.
          correctness: shareRight(finalQuery(events, truth, settings), truth),
        };
  const lanes: Record<LaneId, LaneSummary> = {
    stream: streamLane,
    microbatch: microLane,
    batch: batchLane,
    request: requestLane,
  };

  const run: LabRun = {
    settings,
    events,
    truth,
    stream,
    microBatch,
    batch,
    requestCostMs,
    lanes,
    timeline: timelineOf(settings, events, stream, microBatch, batch, orders !== undefined),
  };
  if (orders !== undefined) {
    run.imported = true;
    run.eventSpan = eventSpanOf(events);
  }
  return run;
}

/**
 * What a query at the last order's arrival returns. When that arrival is the latest (the orders
 * are in arrival order, as generated and imported ones are), the query reads every order and
 * returns the truth itself: no second aggregation of every order.
 */
function finalQuery(events: readonly OrderEvent[], truth: Row[], settings: LabSettings): Row[] {
  const last = events.at(-1)?.arrivalTime ?? 0;
  for (const e of events) {
    if (!(e.arrivalTime <= last)) return queryAt(events, last, settings.window);
  }
  return truth;
}

function withCorrectness(emissions: Emission[], truth: readonly Row[]) {
  return { emissions, correctness: shareRight(finalRows(emissions), truth) };
}

function failed(complexity: Complexity, error: string): LaneSummary {
  return {
    latency: NO_LATENCY,
    addedLatency: NO_LATENCY,
    complexity,
    emissions: [],
    correctness: NaN,
    error,
  };
}

/** What the stream lane runs: the Flink / Beam job, or the Kafka Streams one. */
type StreamJob =
  | { flavour: 'flink'; config: StreamConfig }
  | { flavour: 'kafka-streams'; config: KafkaStreamsConfig };

function streamJobOf(settings: LabSettings, imported: boolean): StreamJob {
  if (settings.stream.flavour === 'kafka-streams')
    return { flavour: 'kafka-streams', config: kafkaStreamsConfigOf(settings) };
  const config = streamConfigOf(settings);
  // An imported file says itself which partitions exist: the job reads 1 + the largest.
  if (
    imported &&
    config.watermark.kind === 'bounded' &&
    config.watermark.partitions !== undefined
  ) {
    const { partitions: _fromScenario, ...watermark } = config.watermark;
    return { flavour: 'flink', config: { ...config, watermark } };
  }
  return { flavour: 'flink', config };
}

function streamLaneOf(
  events: OrderEvent[],
  truth: Row[],
  job: StreamJob,
): readonly [Outcome<StreamRun>, LaneSummary] {
  const kafka = job.flavour === 'kafka-streams';
  const outcome = attempt(() =>
    kafka ? runKafkaStreams(events, job.config) : runStream(events, job.config),
  );
  // Kafka Streams' mechanisms are runStream's (see kafkaStreamsStreamConfig), so they score alike.
  const mapped = kafka ? attempt(() => kafkaStreamsStreamConfig(job.config)) : null;
  const cfg = mapped === null ? (job.config as StreamConfig) : mapped.ok ? mapped.value : null;
  const complexity = complexityOf('stream', cfg === null ? {} : { stream: cfg });
  const accumulation = cfg?.accumulation ?? 'accumulating';
  if (!outcome.ok) return [outcome, failed(complexity, outcome.error)];
  return [
    outcome,
    {
      ...latencies(events, streamLatencies(events, outcome.value)),
      complexity,
      ...withCorrectness(streamEmissions(outcome.value, accumulation), truth),
    },
  ];
}

function microBatchLaneOf(
  events: OrderEvent[],
  truth: Row[],
  cfg: MicroBatchConfig,
): readonly [Outcome<MicroBatch[]>, LaneSummary] {
  const outcome = attempt(() => runMicroBatch(events, cfg).batches);
  const complexity = complexityOf('microbatch', { microBatch: cfg });
  if (!outcome.ok) return [outcome, failed(complexity, outcome.error)];
  return [
    outcome,
    {
      ...latencies(events, microBatchLatencies(events, outcome.value, cfg)),
      complexity,
      ...withCorrectness(microBatchEmissions(outcome.value), truth),
    },
  ];
}

function batchLaneOf(
  events: OrderEvent[],
  truth: Row[],
  cfg: BatchConfig,
): readonly [Outcome<{ runs: BatchRun[]; reruns: BatchRun[] }>, LaneSummary] {
  const outcome = attempt(() => {
    const { runs } = runBatch(events, cfg);
    // The next scheduled job re-runs the period when orders arrived after it read its input.
    const reruns = runs
      .filter((r) => r.missed.length > 0)
      .map((r) => rerunBatch(events, cfg, r.period, r.startedAt + cfg.period));
    return { runs, reruns };
  });
  const complexity = complexityOf('batch');
  if (!outcome.ok) return [outcome, failed(complexity, outcome.error)];
  return [
    outcome,
    {
      ...latencies(events, batchLatencies(events, outcome.value.runs)),
      complexity,
      ...withCorrectness(batchEmissions([...outcome.value.runs, ...outcome.value.reruns]), truth),
    },
  ];
}

function timelineOf(
  settings: LabSettings,
  events: OrderEvent[],
  stream: Outcome<StreamRun>,
  microBatch: Outcome<MicroBatch[]>,
  batch: Outcome<{ runs: BatchRun[]; reruns: BatchRun[] }>,
  imported = false,
): LabRun['timeline'] {
  // Arrivals are already in order (the orders are sorted by arrival); only the emission instants
  // need sorting, then one merge gives every instant in order. They go straight into one typed
  // array (a week of early panes is 35,000 of them): no growing list, no filtered copy.
  let room = 0;
  if (stream.ok) room += stream.value.panes.length;
  if (microBatch.ok) room += 2 * microBatch.value.length;
  if (batch.ok) room += 2 * (batch.value.runs.length + batch.value.reruns.length);
  const others = new Float64Array(room);
  let k = 0;
  const put = (t: number) => {
    if (Number.isFinite(t)) others[k++] = t;
  };
  if (stream.ok) for (const p of stream.value.panes) put(p.emittedAt);
  if (microBatch.ok) {
    for (const b of microBatch.value) {
      put(b.end);
      put(b.emittedAt);
    }
  }
  if (batch.ok) {
    for (const runs of [batch.value.runs, batch.value.reruns]) {
      for (const r of runs) {
        put(r.startedAt);
        put(r.emittedAt);
      }
    }
  }
  const extra = others.subarray(0, k).sort();
  const instants = new Float64Array(events.length + extra.length);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < events.length || j < extra.length) {
    const a = i < events.length ? events[i]!.arrivalTime : Infinity;
    const b = j < extra.length ? extra[j]! : Infinity;
    if (a <= b) {
      instants[n++] = a;
      i++;
    } else {
      instants[n++] = b;
      j++;
    }
  }
  // Imported orders need not fall in the scenario's hours: start at the minute of the first
  // event or arrival, and end with the last instant.
  const from = imported ? importedStart(events) : settings.scenario.start;
  let to = imported ? from : from + settings.scenario.duration;
  if (n > 0) to = Math.max(to, instants[n - 1]!);
  return { from, to: to + MINUTE, instants };
}

function importedStart(events: readonly OrderEvent[]): number {
  let first = Infinity;
  for (const e of events) first = Math.min(first, e.eventTime, e.arrivalTime);
  return Number.isFinite(first) ? Math.floor(first / MINUTE) * MINUTE : 0;
}

function eventSpanOf(events: readonly OrderEvent[]): { from: number; to: number } {
  let from = Infinity;
  let to = -Infinity;
  for (const e of events) {
    from = Math.min(from, e.eventTime);
    to = Math.max(to, e.eventTime);
  }
  if (!Number.isFinite(from)) return { from: 0, to: MINUTE };
  return { from: Math.floor(from / MINUTE) * MINUTE, to: (Math.floor(to / MINUTE) + 1) * MINUTE };
}
