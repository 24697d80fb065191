// The micro-batch model, as Spark Structured Streaming runs a windowed aggregation with a
// watermark: batches on a processing-time trigger, a watermark that lags one batch, late rows
// filtered per window, state evicted once the watermark passes a window's end.
import type { MicroBatch, MicroBatchConfig, OrderEvent, Row, WindowSpec } from '../core/types';
import { EngineInputError, nonNegative, oneOf, positive } from '../core/validate';
import { normalizeWindow, windowStart } from '../windows/assign';
import { describeValue, toColumns } from './aggregate';
import { countBefore } from '../core/sorted';

interface Plan {
  interval: number;
  window: Exclude<WindowSpec, { kind: 'session' }>;
  delay: number;
  mode: MicroBatchConfig['outputMode'];
  previous: boolean;
  duration: number;
}

function normalizeMicroBatchConfig(config: MicroBatchConfig): Plan {
  if (config === null || typeof config !== 'object') {
    throw new EngineInputError(
      `invalid micro-batch config: ${describeValue(config)} (must be an object)`,
    );
  }
  const interval = positive(config.triggerInterval, 'trigger interval');
  const window = normalizeWindow(config.window);
  const delay = nonNegative(config.watermarkDelay, 'watermark delay');
  const mode = oneOf(config.outputMode, ['append', 'update', 'complete'] as const, 'output mode');
  const filter = oneOf(
    config.lateRowFilter ?? 'current',
    ['current', 'previous'] as const,
    'late row filter',
  );
  const duration = nonNegative(config.batchDuration ?? 0, 'batch duration');
  if (window.kind === 'session') {
    throw new EngineInputError(
      'micro-batch pipeline supports tumbling, sliding and global windows, not session',
    );
  }
  if (window.kind === 'global' && mode === 'append') {
    // Spark's UnsupportedOperationChecker: append needs a watermark on a grouping column.
    throw new EngineInputError(
      'invalid output mode: "append" with a global window (Spark rejects append for an aggregation without an event-time window: the watermark could never close it)',
    );
  }
  return { interval, window, delay, mode, previous: filter === 'previous', duration };
}

/** Size of the recently-used bucket cache (a power of two). */
const RECENT = 64;

/** One window's state: per key rank, the running sum and count (count 0 = key absent). */
interface Bucket {
  index: number;
  start: number;
  end: number;
  value: Float64Array;
  count: Float64Array;
  keys: number[];
  /** Update mode: key ranks changed in the batch stamped `touched`. */
  changed: number[];
  stamp: Int32Array;
  touched: number;
}

/**
 * Runs a windowed aggregation as Spark Structured Streaming's micro-batch engine does
 * (ProcessingTime trigger). Input is read in arrival order (ties: lower id); an unsorted input
 * is sorted as a copy.
 *
 * - A batch runs at each multiple t of triggerInterval that has new input and reads arrivals in
 *   [previous trigger, t); it emits at t + batchDuration. A batch that overruns its interval
 *   delays the next to its completion (Spark's ProcessingTimeExecutor). A trigger without input
 *   runs a no-data batch only when the watermark moved since the last batch, in append and update
 *   modes (StateStoreSaveExec.shouldRunAnotherBatch); idle triggers are skipped.
 * - The watermark starts at 0; after a batch with input it becomes max(previous, max event time
 *   of the batch - watermarkDelay), and the next batch uses it.
 * - A row is too late for a window when window.end <= watermark (WatermarkSupport); with
 *   lateRowFilter 'previous' (Spark >= 3.4, SPARK-40925) the late filter uses the previous batch's
 *   watermark while eviction uses the current one. `dropped`: events too late for all their windows.
 * - After the batch, windows with end <= watermark are evicted. Append writes evicted windows once
 *   (final values); update writes the windows changed in the batch with their full values;
 *   complete writes every window in state and, as in Spark, neither filters late rows nor evicts.
 */
export function runMicroBatch(
  events: readonly OrderEvent[],
  config: MicroBatchConfig,
): { batches: MicroBatch[] } {
  const plan = normalizeMicroBatchConfig(config);
  const c = toColumns(events);
  const n = c.id.length;
  if (n === 0) return { batches: [] };

  const names = c.names;
  const K = names.length;
  const { arrivalTime, eventTime, amount, key: keyOf } = c;
  const { interval, window, delay, mode } = plan;
  const complete = mode === 'complete';
  const update = mode === 'update';
  const step =
    window.kind === 'tumbling' ? window.size : window.kind === 'sliding' ? window.slide : 1;
  const size = window.kind === 'global' ? Infinity : window.size;
  const offset = window.kind === 'global' ? 0 : (window.offset ?? 0);

  const buckets = new Map<number, Bucket>();
  const order: number[] = []; // window indices in state, ascending (= by start and end)
  let stateSize = 0;
  // Recently used buckets by window index: consecutive arrivals mostly hit the same few windows,
  // so most lookups skip the map. Evicted buckets are cleared from it.
  const recent: (Bucket | undefined)[] = new Array<Bucket | undefined>(RECENT).fill(undefined);

  const bucketFor = (idx: number, start: number): Bucket => {
    const slot = idx & (RECENT - 1);
    const hit = recent[slot];
    if (hit !== undefined && hit.index === idx) return hit;
    let b = buckets.get(idx);
    if (b === undefined) {
      b = {
        index: idx,
        start: window.kind === 'global' ? -Infinity : start,
        end: window.kind === 'global' ? Infinity : start + size,
        value: new Float64Array(K),
        count: new Float64Array(K),
        keys: [],
        changed: [],
        stamp: new Int32Array(K),
        touched: 0,
      };
      buckets.set(idx, b);
      insertSorted(order, idx);
    }
    recent[slot] = b;
    return b;
  };

  const nextTrigger = (t: number) => windowStart(t, 0, interval) + interval; // first multiple > t
  const batches: MicroBatch[] = [];
  let watermark = 0; // computed from the batches so far: the next batch uses it
  let usedBefore = 0; // the eviction watermark of the previous batch (0 before the first)
  let i = 0;
  let cursor = nextTrigger(arrivalTime[0]!);
  let lastCheck = cursor - interval;

  for (;;) {
    const t = cursor;
    let j = i;
    while (j < n && arrivalTime[j]! < t) j++;
    const hasData = j > i;
    const noDataBatch = !hasData && batches.length > 0 && !complete && watermark > usedBefore;
    if (!hasData && !noDataBatch) {
      if (i >= n) break;
      // Jump over idle triggers to the one that will see the next arrival.
      const next = nextTrigger(arrivalTime[i]!);
      lastCheck = Math.max(t, next - interval);
      cursor = next;
      continue;
    }

    const stamp = batches.length + 1;
    const evictAt = watermark;
    const lateAt = plan.previous ? usedBefore : watermark;
    const cutoff = complete ? -Infinity : lateAt;
    const inputIds = new Array<number>(j - i);
    const dropped: OrderEvent[] = [];
    const touched: Bucket[] = [];
    let maxEventTime = -Infinity;

    const add = (idx: number, start: number, k: number, amount: number) => {
      const b = bucketFor(idx, start);
      if (b.count[k] === 0) {
        b.keys.push(k);
        stateSize++;
      }
      b.count[k]! += 1;
      b.value[k]! += amount;
      if (update) {
        if (b.touched !== stamp) {
          b.touched = stamp;
          b.changed.length = 0;
          touched.push(b);
        }
        if (b.stamp[k] !== stamp) {
          b.stamp[k] = stamp;
          b.changed.push(k);
        }
      }
    };

    for (let e = i; e < j; e++) {
      const t0 = eventTime[e]!;
      const k = keyOf[e]!;
      inputIds[e - i] = c.id[e]!;
      if (t0 > maxEventTime) maxEventTime = t0;
      let accepted = false;
      if (window.kind === 'global') {
        add(0, 0, k, amount[e]!);
        accepted = true;
      } else {
        // Flink's SlidingEventTimeWindows order, from the last start back while the window covers
        // the event (Spark assigns the same windows); a tumbling window is the one-window case.
        let start = windowStart(t0, offset, step);
        let idx = Math.round((start - offset) / step);
        for (; start > t0 - size; start -= step, idx--) {
          if (start + size > cutoff) {
            add(idx, start, k, amount[e]!);
            accepted = true;
          }
        }
      }
      if (!accepted) dropped.push(c.events[e]!);
    }

    const rows: Row[] = [];
    if (update) {
      touched.sort((a, b) => a.index - b.index);
      for (const b of touched) pushRows(rows, b, b.changed, names);
    } else if (complete) {
      for (const idx of order) {
        const b = buckets.get(idx)!;
        pushRows(rows, b, b.keys, names);
      }
    }
    if (!complete) {
      let evicted = 0;
      while (evicted < order.length && buckets.get(order[evicted]!)!.end <= evictAt) {
        const b = buckets.get(order[evicted]!)!;
        if (mode === 'append') pushRows(rows, b, b.keys, names);
        stateSize -= b.keys.length;
        buckets.delete(b.index);
        if (recent[b.index & (RECENT - 1)] === b) recent[b.index & (RECENT - 1)] = undefined;
        evicted++;
      }
      if (evicted > 0) order.splice(0, evicted);
    }

    batches.push({
      id: batches.length,
      start: lastCheck,
      end: t,
      emittedAt: t + plan.duration,
      watermark: evictAt,
      lateWatermark: lateAt,
      inputIds,
      rows,
      dropped,
      stateSize,
    });
    if (hasData) watermark = Math.max(watermark, maxEventTime - delay);
    usedBefore = evictAt;
    lastCheck = t;
    cursor = Math.max(nextTrigger(t), t + plan.duration);
    i = j;
  }
  return { batches };
}

/** Appends one row per listed key rank of a bucket, in key order. */
function pushRows(rows: Row[], b: Bucket, keys: readonly number[], names: readonly string[]): void {
  const sorted = keys.length > 1 ? [...keys].sort((x, y) => x - y) : keys;
  for (const k of sorted) {
    rows.push({
      key: names[k]!,
      window: { start: b.start, end: b.end },
      value: b.value[k]!,
      count: b.count[k]!,
    });
  }
}

/** Inserts into an ascending array; new windows mostly come last, so this is usually a push. */
function insertSorted(list: number[], value: number): void {
  const n = list.length;
  if (n === 0 || list[n - 1]! < value) {
    list.push(value);
    return;
  }
  list.splice(countBefore(list, value), 0, value);
}
