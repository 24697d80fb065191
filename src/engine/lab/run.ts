// One call computes everything the lab shows for a settings object: the orders, the four lanes,
// the truth, latencies and complexity. Views only look things up in this result (by playhead),
// so playing, stepping and scrubbing to the same time always show the same picture.
import type { BatchRun, MicroBatch, OrderEvent, Row, StreamRun } from '../core/types';
import { MINUTE } from '../core/time';
import { EngineInputError } from '../core/validate';
import { generateOrders } from '../events/generate';
import { runStream } from '../pipelines/stream';
import { runMicroBatch } from '../pipelines/microbatch';
import { rerunBatch, runBatch } from '../pipelines/batch';
import { groundTruth } from '../pipelines/query';
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
import { batchConfigOf, microBatchConfigOf, streamConfigOf } from './configs';
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

/**
 * Runs the whole lab for `input` (validated and defaulted first; throws EngineInputError on bad
 * settings). A lane that cannot run the settings, such as a micro-batch over session windows,
 * reports why in `error` instead of failing the others.
 */
export function runLab(input: LabSettingsInput | LabSettings = {}): LabRun {
  const settings = normalizeLabSettings(input);
  const events = generateOrders(settings.scenario);
  const truth = groundTruth(events, settings.window);

  const streamCfg = streamConfigOf(settings);
  const stream = attempt(() => runStream(events, streamCfg));
  const microCfg = microBatchConfigOf(settings);
  const microBatch = attempt(() => runMicroBatch(events, microCfg).batches);
  const batchCfg = batchConfigOf(settings);
  const batch = attempt(() => {
    const { runs } = runBatch(events, batchCfg);
    // The next scheduled job re-runs the period when orders arrived after it read its input.
    const reruns = runs
      .filter((r) => r.missed.length > 0)
      .map((r) => rerunBatch(events, batchCfg, r.period, r.startedAt + batchCfg.period));
    return { runs, reruns };
  });
  const requestCostMs = requestCost(events.length);

  const lanes: Record<LaneId, LaneSummary> = {
    stream: stream.ok
      ? {
          ...latencies(events, streamLatencies(events, stream.value)),
          complexity: complexityOf('stream', { stream: streamCfg }),
          emissions: streamEmissions(stream.value, settings.stream.accumulation),
        }
      : {
          latency: NO_LATENCY,
          addedLatency: NO_LATENCY,
          complexity: complexityOf('stream', { stream: streamCfg }),
          emissions: [],
          error: stream.error,
        },
    microbatch: microBatch.ok
      ? {
          ...latencies(events, microBatchLatencies(events, microBatch.value, microCfg)),
          complexity: complexityOf('microbatch', { microBatch: microCfg }),
          emissions: microBatchEmissions(microBatch.value),
        }
      : {
          latency: NO_LATENCY,
          addedLatency: NO_LATENCY,
          complexity: complexityOf('microbatch', { microBatch: microCfg }),
          emissions: [],
          error: microBatch.error,
        },
    batch: batch.ok
      ? {
          ...latencies(events, batchLatencies(events, batch.value.runs)),
          complexity: complexityOf('batch'),
          emissions: batchEmissions([...batch.value.runs, ...batch.value.reruns]),
        }
      : {
          latency: NO_LATENCY,
          addedLatency: NO_LATENCY,
          complexity: complexityOf('batch'),
          emissions: [],
          error: batch.error,
        },
    request: {
      ...latencies(events, requestLatencies(events, requestCostMs)),
      complexity: complexityOf('request'),
      emissions: [],
    },
  };

  return {
    settings,
    events,
    truth,
    stream,
    microBatch,
    batch,
    requestCostMs,
    lanes,
    timeline: timelineOf(settings, events, stream, microBatch, batch),
  };
}

function timelineOf(
  settings: LabSettings,
  events: OrderEvent[],
  stream: Outcome<StreamRun>,
  microBatch: Outcome<MicroBatch[]>,
  batch: Outcome<{ runs: BatchRun[]; reruns: BatchRun[] }>,
): LabRun['timeline'] {
  const instants: number[] = [];
  for (const e of events) instants.push(e.arrivalTime);
  if (stream.ok) for (const p of stream.value.panes) instants.push(p.emittedAt);
  if (microBatch.ok) for (const b of microBatch.value) instants.push(b.end, b.emittedAt);
  if (batch.ok) {
    for (const r of [...batch.value.runs, ...batch.value.reruns])
      instants.push(r.startedAt, r.emittedAt);
  }
  const from = settings.scenario.start;
  let to = from + settings.scenario.duration;
  for (const t of instants) if (Number.isFinite(t) && t > to) to = t;
  return { from, to: to + MINUTE, instants: Float64Array.from(instants.filter(Number.isFinite)) };
}
