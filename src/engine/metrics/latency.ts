// Per-event latency for each lane: how long after an order happened (its eventTime) the first
// result that includes it was emitted. One Float64Array per lane, indexed like the caller's
// events (NaN = never emitted), so the lab can summarise, histogram or look up any order.
import { selectInPlace } from './select';
import type { BatchRun, MicroBatch, MicroBatchConfig, OrderEvent, StreamRun } from '../core/types';
import { EngineInputError, nonNegative, oneOf } from '../core/validate';
import { validateEvents } from '../pipelines/aggregate';
import { normalizeWindow, windowStart } from '../windows/assign';
import { indexById, requireArray, requireIndex } from './lookup';
import { countAtOrBefore, countBefore } from '../core/sorted';

export interface LatencyStats {
  /** How many values were summarised (NaN, "never emitted", is left out). */
  count: number;
  p50: number;
  p95: number;
  max: number;
  mean: number;
}

/**
 * Nearest-rank percentile of an ascending array: the value of rank ceil(p * n) (1-based), so the
 * answer is always one of the data and needs no interpolation rule. NaN when empty.
 */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const rank = Math.min(n, Math.max(1, Math.ceil(p * n)));
  return sorted[rank - 1]!;
}

// Selection reorders its input, so the stats work on a copy; one scratch buffer, grown when
// needed, serves every call (a settings change on 100k orders asked for four 800 KB copies).
let scratch = new Float64Array(0);

/**
 * Count, median, 95th percentile, max and mean of the values that are not NaN. Percentiles are
 * nearest-rank (see `percentile`): p50 of 1..10 is 5 and p95 is 10. No values: count 0, the
 * rest NaN. Does not reorder its input.
 */
export function latencyStats(values: ArrayLike<number>): LatencyStats {
  if (scratch.length < values.length) scratch = new Float64Array(values.length);
  const kept = scratch;
  let n = 0;
  let sum = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (Number.isNaN(v)) continue;
    kept[n++] = v;
    sum += v;
  }
  if (n === 0) return { count: 0, p50: NaN, p95: NaN, max: NaN, mean: NaN };
  // Nearest-rank positions (as `percentile`), found by selection rather than a full sort.
  const sample = kept.subarray(0, n);
  const rank = (p: number) => Math.min(n, Math.max(1, Math.ceil(p * n))) - 1;
  const p95 = selectInPlace(sample, rank(0.95));
  // After selecting p95, everything at or below its rank sits in front of it.
  const p50 = selectInPlace(sample.subarray(0, rank(0.95) + 1), rank(0.5));
  let max = -Infinity;
  for (let i = 0; i < n; i++) if (sample[i]! > max) max = sample[i]!;
  return { count: n, p50, p95, max, mean: sum / n };
}

/**
 * Stream latencies: `run.firstEmittedAt[i] - events[i].eventTime`, where firstEmittedAt is the
 * first pane (not a retraction) that included event i. NaN for dropped events and for events
 * whose windows never fired. `events` must be the array given to runStream (same order).
 */
export function streamLatencies(events: readonly OrderEvent[], run: StreamRun): Float64Array {
  validateEvents(events);
  const first = run?.firstEmittedAt;
  if (!(first instanceof Float64Array)) {
    throw new EngineInputError(
      `invalid stream run: firstEmittedAt ${String(first)} (must be the Float64Array runStream returns)`,
    );
  }
  if (first.length !== events.length) {
    throw new EngineInputError(
      `invalid stream run: firstEmittedAt has ${first.length} entries (must have one per event: ${events.length})`,
    );
  }
  const out = new Float64Array(events.length);
  for (let i = 0; i < events.length; i++) out[i] = first[i]! - events[i]!.eventTime;
  return out;
}

/**
 * Micro-batch latencies, from the batches runMicroBatch returned for these events and config.
 * - update and complete modes: the batch that read the event writes the rows of every window it
 *   changed, so latency = that batch's emittedAt - eventTime (the guide's "Output Modes": update
 *   writes the rows updated since the last trigger, complete all rows). NaN when the batch
 *   dropped the event (too late for all its windows).
 * - append mode: a window's row is written once, by the batch that evicts it (watermark >= end).
 *   Latency = the first batch, at or after the reading batch, that wrote a row of the event's key
 *   for one of the windows that accepted it (end > the batch's late-row watermark); NaN when none
 *   did (dropped, or the watermark never passed its windows).
 * O(n × windows per event) plus a hash look-up each; events may be in any order.
 */
export function microBatchLatencies(
  events: readonly OrderEvent[],
  batches: readonly MicroBatch[],
  config: MicroBatchConfig,
): Float64Array {
  const ids = indexById(events);
  const mode = oneOf(config?.outputMode, ['append', 'update', 'complete'] as const, 'output mode');
  const window = normalizeWindow(config.window);
  if (window.kind === 'session') {
    throw new EngineInputError(
      'micro-batch pipeline supports tumbling, sliding and global windows, not session',
    );
  }
  requireArray(batches, 'micro-batches');
  const n = events.length;
  // Which batch read each event (-1: none), and whether that batch dropped it.
  const readBy = new Int32Array(n).fill(-1);
  const dropped = new Uint8Array(n);
  batches.forEach((b, bi) => {
    for (const id of b.inputIds) readBy[requireIndex(ids, id, `micro-batch ${bi} inputIds`)] = bi;
    for (const e of b.dropped) dropped[requireIndex(ids, e.id, `micro-batch ${bi} dropped`)] = 1;
  });

  const out = new Float64Array(n).fill(NaN);
  if (mode !== 'append') {
    for (let i = 0; i < n; i++) {
      const b = readBy[i]!;
      if (b >= 0 && dropped[i] === 0) out[i] = batches[b]!.emittedAt - events[i]!.eventTime;
    }
    return out;
  }

  // Append: index the batches that wrote each (window, key) cell. Cell number = window index ×
  // keys + key rank: numeric Map keys, no string per event.
  const rank = new Map<string, number>();
  for (const e of events) if (!rank.has(e.key)) rank.set(e.key, rank.size);
  const K = rank.size;
  const global = window.kind === 'global';
  const step =
    window.kind === 'tumbling' ? window.size : window.kind === 'sliding' ? window.slide : 1;
  const size = global ? Infinity : window.size;
  const offset = global ? 0 : (window.offset ?? 0);
  const cellOf = (start: number, k: number) =>
    (global ? 0 : Math.round((start - offset) / step)) * K + k;
  const written = new Map<number, number[]>(); // cell -> batch indices, ascending
  batches.forEach((b, bi) => {
    for (const row of b.rows) {
      const k = rank.get(row.key);
      if (k === undefined) continue; // a key no given event has: no event to stamp
      const cell = cellOf(row.window.start, k);
      const list = written.get(cell);
      if (list === undefined) written.set(cell, [bi]);
      else if (list[list.length - 1] !== bi) list.push(bi);
    }
  });
  // Plain loops below: this runs per event on a million of them, so no closures per event.
  let lastKey: string | undefined;
  let k = 0;
  for (let i = 0; i < n; i++) {
    const b = readBy[i]!;
    if (b < 0 || dropped[i] === 1) continue;
    const batch = batches[b]!;
    const cutoff = batch.lateWatermark ?? batch.watermark; // windows with end <= it skipped the event
    const e = events[i]!;
    if (e.key !== lastKey) {
      lastKey = e.key;
      k = rank.get(e.key)!;
    }
    const t = e.eventTime;
    let best = Infinity;
    // Flink's SlidingEventTimeWindows order, from the last start back; global is one window.
    let start = global ? -Infinity : windowStart(t, offset, step);
    let idx = global ? 0 : Math.round((start - offset) / step);
    for (;;) {
      if (global || start + size > cutoff) {
        const list = written.get(idx * K + k);
        if (list !== undefined) {
          const w = firstAtOrAfter(list, b);
          if (w >= 0 && batches[w]!.emittedAt < best) best = batches[w]!.emittedAt;
        }
      }
      if (global) break;
      start -= step;
      idx--;
      if (!(start > t - size)) break;
    }
    if (best < Infinity) out[i] = best - e.eventTime;
  }
  return out;
}

/** The first element >= from of an ascending list, or -1. */
function firstAtOrAfter(list: readonly number[], from: number): number {
  const i = countBefore(list, from);
  return i < list.length ? list[i]! : -1;
}

/**
 * Batch latencies: emittedAt of the earliest-emitting run that read the event (its period holds
 * the eventTime and the event is not in its `missed`) minus eventTime; NaN when every run of its
 * period missed it or no run covers it. Re-runs (rerunBatch) may be passed along with the runs.
 */
export function batchLatencies(
  events: readonly OrderEvent[],
  runs: readonly BatchRun[],
): Float64Array {
  const { at } = batchReads(events, runs);
  for (let i = 0; i < events.length; i++) at[i] = at[i]! - events[i]!.eventTime;
  return at;
}

/**
 * Per event: `at` = emittedAt of the earliest-emitting run that read it (NaN if none), and
 * `covered` = 1 when some run's period holds its eventTime. Shared by latency and accounting.
 */
export function batchReads(
  events: readonly OrderEvent[],
  runs: readonly BatchRun[],
): { at: Float64Array; covered: Uint8Array } {
  validateEvents(events);
  requireArray(runs, 'batch runs');
  interface Period {
    end: number;
    runs: { at: number; missed: Set<number> | null }[];
  }
  // Periods ascending by start, each with its runs by emission and their missed ids.
  const starts: number[] = [];
  const periods = new Map<number, Period>();
  for (const r of [...runs].sort((a, b) => a.emittedAt - b.emittedAt)) {
    let p = periods.get(r.period.start);
    if (p === undefined) {
      periods.set(r.period.start, (p = { end: r.period.end, runs: [] }));
      starts.push(r.period.start);
    }
    p.runs.push({
      at: r.emittedAt,
      missed: r.missed.length > 0 ? new Set(r.missed.map((e) => e.id)) : null,
    });
  }
  starts.sort((a, b) => a - b);
  const at = new Float64Array(events.length).fill(NaN);
  const covered = new Uint8Array(events.length);
  let lastStart = NaN;
  let last: Period | undefined;
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    const t = e.eventTime;
    // The last period starting at or before t (a job's periods do not overlap).
    const lo = countAtOrBefore(starts, t);
    if (lo === 0) continue;
    const start = starts[lo - 1]!;
    if (start !== lastStart) {
      last = periods.get(start);
      lastStart = start;
    }
    if (last === undefined || t >= last.end) continue;
    covered[i] = 1;
    for (const r of last.runs) {
      if (r.missed === null || !r.missed.has(e.id)) {
        at[i] = r.at;
        break;
      }
    }
  }
  return { at, covered };
}

/**
 * Per-request latencies: an order is queryable as soon as it arrives, and the query itself takes
 * `costMs`, so latency = arrivalTime - eventTime + costMs.
 */
export function requestLatencies(events: readonly OrderEvent[], costMs: number): Float64Array {
  nonNegative(costMs, 'query cost');
  validateEvents(events);
  const out = new Float64Array(events.length);
  for (let i = 0; i < events.length; i++) {
    out[i] = events[i]!.arrivalTime - events[i]!.eventTime + costMs;
  }
  return out;
}

/** Fixed cost of one query (ms): a round trip to the database, parsing and planning. */
export const QUERY_FIXED_MS = 2;
/** Scan-and-aggregate cost per row (ms): 0.5 µs, about 2 million rows per second. */
export const QUERY_MS_PER_ROW = 0.0005;

/**
 * The lab's cost model of one per-request query, in ms: 2 ms fixed + 0.5 µs per row scanned.
 * Why these figures: a query to a database on the same network costs a millisecond or two before
 * it reads anything (round trip, parse, plan), and a single-threaded row-store GROUP BY with hash
 * aggregation handles in the order of a few million rows per second. They are assumptions for
 * teaching, not measurements: what matters is that the cost grows with the data scanned, which is
 * why per-request aggregation stops scaling.
 */
export function requestCost(rowsScanned: number): number {
  nonNegative(rowsScanned, 'rows scanned');
  return QUERY_FIXED_MS + rowsScanned * QUERY_MS_PER_ROW;
}
