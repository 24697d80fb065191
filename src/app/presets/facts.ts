// The numbers a preset's answer quotes, read from the run: what each lane dropped or missed, and
// how long each took to answer. Kept apart from the texts so tests can check the same figures.
import { metrics, type LabRun, type LaneId, type MicroBatch } from '../../engine';
import { countOf } from '../../format/count';

export interface LessonFacts {
  orders: number;
  streamDropped: number;
  microDropped: number;
  batchMissed: number;
  /** Median time from an order's arrival to the first result with it, per lane (ms; NaN = none). */
  addedP50: Record<LaneId, number>;
  /**
   * Mean orders a micro-batch read while orders were being placed (0 without such batches): the
   * batches whose arrivals overlap the orders' event-time span. After it only late stragglers
   * trickle in, a few per batch, and averaging those too would halve a flash sale's 1,000 a
   * minute; batches with no input (Spark's no-data batches) are never averaged.
   */
  ordersPerMicroBatch: number;
  requestCostMs: number;
}

/** The facts of `run`. */
export function lessonFacts(run: LabRun): LessonFacts {
  const acc = metrics.accounting(run.events, {
    ...(run.stream.ok ? { stream: run.stream.value } : {}),
    ...(run.microBatch.ok ? { microBatch: run.microBatch.value } : {}),
    ...(run.batch.ok ? { batch: [...run.batch.value.runs, ...run.batch.value.reruns] } : {}),
  });
  const batches = run.microBatch.ok ? run.microBatch.value : [];
  const reading = duringOrders(run, batches);
  const read = reading.reduce((n, b) => n + b.inputIds.length, 0);
  return {
    orders: run.events.length,
    streamDropped: acc.stream?.lost.events ?? 0,
    microDropped: acc.microBatch?.lost.events ?? 0,
    batchMissed: acc.batch?.lost.events ?? 0,
    addedP50: {
      stream: run.lanes.stream.addedLatency.p50,
      microbatch: run.lanes.microbatch.addedLatency.p50,
      batch: run.lanes.batch.addedLatency.p50,
      request: run.lanes.request.addedLatency.p50,
    },
    ordersPerMicroBatch: reading.length > 0 ? read / reading.length : 0,
    requestCostMs: run.requestCostMs,
  };
}

/** The batches that read input while orders were being placed (arrivals overlap event times). */
function duringOrders(run: LabRun, batches: readonly MicroBatch[]): MicroBatch[] {
  let first = Infinity;
  let last = -Infinity;
  for (const e of run.events) {
    if (e.eventTime < first) first = e.eventTime;
    if (e.eventTime > last) last = e.eventTime;
  }
  return batches.filter((b) => b.inputIds.length > 0 && b.end > first && b.start <= last);
}

/** "1 order" / "1,174 orders", as every panel writes a count. */
export function orders(n: number): string {
  return countOf(n, 'order');
}

/** A latency in words: "7 s", "3.5 min", "13 h". */
export function wait(ms: number): string {
  if (!Number.isFinite(ms)) return 'never';
  if (ms < 60_000) return `${Math.round(ms / 1000)} s`;
  if (ms < 3_600_000) return `${Math.round(ms / 6_000) / 10} min`;
  return `${Math.round(ms / 360_000) / 10} h`;
}
