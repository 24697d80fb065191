// The numbers a preset's answer quotes, read from the run: what each lane dropped or missed, and
// how long each took to answer. Kept apart from the texts so tests can check the same figures.
import { accounting, type LabRun, type LaneId } from '../../engine';

export interface LessonFacts {
  orders: number;
  streamDropped: number;
  microDropped: number;
  batchMissed: number;
  /** Median time from an order's arrival to the first result with it, per lane (ms; NaN = none). */
  addedP50: Record<LaneId, number>;
  /** Mean orders a micro-batch read (0 without micro-batches). */
  ordersPerMicroBatch: number;
  requestCostMs: number;
}

/** The facts of `run`. */
export function lessonFacts(run: LabRun): LessonFacts {
  const acc = accounting(run.events, {
    ...(run.stream.ok ? { stream: run.stream.value } : {}),
    ...(run.microBatch.ok ? { microBatch: run.microBatch.value } : {}),
    ...(run.batch.ok ? { batch: [...run.batch.value.runs, ...run.batch.value.reruns] } : {}),
  });
  const batches = run.microBatch.ok ? run.microBatch.value : [];
  const read = batches.reduce((n, b) => n + b.inputIds.length, 0);
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
    ordersPerMicroBatch: batches.length > 0 ? read / batches.length : 0,
    requestCostMs: run.requestCostMs,
  };
}

/** "1 order" / "27 orders". */
export function orders(n: number): string {
  return `${n.toLocaleString('en')} ${n === 1 ? 'order' : 'orders'}`;
}

/** A latency in words: "7 s", "3.5 min", "13 h". */
export function wait(ms: number): string {
  if (!Number.isFinite(ms)) return 'never';
  if (ms < 60_000) return `${Math.round(ms / 1000)} s`;
  if (ms < 3_600_000) return `${Math.round(ms / 6_000) / 10} min`;
  return `${Math.round(ms / 360_000) / 10} h`;
}
