// Results against the truth: every lane's output as one shape (an Emission says "from this
// processing time on, the lane reports this full value for this key and window"), and a
// precomputed index that answers "what does each lane show at time t, and how wrong is it?".
import type { BatchRun, MicroBatch, Row, StreamRun, WindowRef } from '../core/types';
import { EngineInputError, oneOf } from '../core/validate';
import { compareKeys } from '../pipelines/aggregate';
import { requireArray } from './lookup';
import { countAtOrBefore } from '../core/sorted';

export { accounting, type Accounting, type LaneAccount, type Tally } from './accounting';

/** From `emittedAt` on, a lane reports `value` / `count` for (key, window): the full value, not a delta. */
export interface Emission {
  key: string;
  window: WindowRef;
  value: number;
  count: number;
  emittedAt: number;
  /** The lane withdrew this row (a retracted session window that merged away): value and count are 0. */
  withdrawn?: true;
}

/** One (key, window) at a moment: the lane's value beside the truth. */
export interface ResultCell {
  key: string;
  window: WindowRef;
  /** The true sum (0 when the truth has no such key and window). */
  truth: number;
  truthCount: number;
  /** The latest emission with emittedAt <= at; null before the first. */
  value: number | null;
  count: number | null;
  /** The first emission's time, once it is <= at; else null. */
  firstEmittedAt: number | null;
  /** value - truth; null while value is null. */
  error: number | null;
  /** Emissions so far (1 = the first result, more = revisions). */
  updates: number;
}

const ACCUMULATIONS = ['accumulating', 'discarding', 'retracting'] as const;

const byEmission = (a: Emission, b: Emission) => a.emittedAt - b.emittedAt;
const sameCell = (a: Row, b: Row) =>
  a.key === b.key && a.window.start === b.window.start && a.window.end === b.window.end;
const cellId = (key: string, w: WindowRef) => `${w.start}:${w.end}|${key}`;

/**
 * The stream lane's emissions, by emittedAt (pane order kept within a time).
 * - accumulating (and retracting): each pane already holds everything so far.
 * - discarding: a pane holds only what came since the previous pane, so the reported value is
 *   the running sum of the panes of that exact key and window (what a sink adding each pane to
 *   its row holds). A session that merged keeps its parts' sums in their old rows.
 * - retracting: a retraction followed at once by the pane that replaces it (same key, window and
 *   time) is skipped, as the replacement carries the new full value. A retraction of a session
 *   window that merged away becomes a `withdrawn` emission with value 0: the sink deletes the row
 *   (Streaming Systems ch. 2 and Figure 4-7, accumulating and retracting sessions).
 */
export function streamEmissions(
  run: StreamRun,
  accumulation: StreamAccumulation = 'accumulating',
): Emission[] {
  const mode = oneOf(accumulation, ACCUMULATIONS, 'accumulation');
  const panes = run?.panes;
  requireArray(panes, 'stream run panes');
  const out: Emission[] = [];
  const sums = mode === 'discarding' ? new Map<string, { value: number; count: number }>() : null;
  // For each pane, the next pane that is not a retraction (its index), computed backwards.
  let replacing = -1;
  const next = new Int32Array(panes.length);
  for (let i = panes.length - 1; i >= 0; i--) {
    next[i] = replacing;
    if (!panes[i]!.retraction) replacing = i;
  }
  for (let i = 0; i < panes.length; i++) {
    const p = panes[i]!;
    if (p.retraction) {
      const r = next[i]! >= 0 ? panes[next[i]!]! : undefined;
      if (r !== undefined && r.emittedAt === p.emittedAt && sameCell(p, r)) continue;
      out.push({
        key: p.key,
        window: p.window,
        value: 0,
        count: 0,
        emittedAt: p.emittedAt,
        withdrawn: true,
      });
      continue;
    }
    let value = p.value;
    let count = p.count;
    if (sums !== null) {
      const id = cellId(p.key, p.window);
      const acc = sums.get(id);
      if (acc === undefined) sums.set(id, { value, count });
      else {
        value = acc.value += value;
        count = acc.count += count;
      }
    }
    out.push({ key: p.key, window: p.window, value, count, emittedAt: p.emittedAt });
  }
  return out.sort(byEmission); // already in order from runStream; the sort is stable and cheap
}

export type StreamAccumulation = (typeof ACCUMULATIONS)[number];

/**
 * The micro-batch lane's emissions: every row of every batch at the batch's emittedAt. In every
 * output mode a row carries the window's full aggregate (update writes changed windows, complete
 * all, append evicted ones), so the latest row per key and window is what the sink holds.
 */
export function microBatchEmissions(batches: readonly MicroBatch[]): Emission[] {
  requireArray(batches, 'micro-batches');
  const out: Emission[] = [];
  for (const b of batches) {
    for (const r of b.rows) {
      out.push({
        key: r.key,
        window: r.window,
        value: r.value,
        count: r.count,
        emittedAt: b.emittedAt,
      });
    }
  }
  return out.sort(byEmission);
}

/**
 * The batch lane's emissions: each run's rows at its emittedAt, runs in emission order (so a
 * re-run from rerunBatch, passed along, overrides the rows of the run it repairs).
 */
export function batchEmissions(runs: readonly BatchRun[]): Emission[] {
  requireArray(runs, 'batch runs');
  const out: Emission[] = [];
  for (const run of [...runs].sort((a, b) => a.emittedAt - b.emittedAt)) {
    for (const r of run.rows) {
      out.push({
        key: r.key,
        window: r.window,
        value: r.value,
        count: r.count,
        emittedAt: run.emittedAt,
      });
    }
  }
  return out;
}

/** A lane's results, indexed once, to compare with the truth at any processing time. */
export interface ResultIndex {
  /** Number of (key, window) cells: those of the truth and of the emissions. */
  readonly cells: number;
  /** Every emission time, ascending (with repeats): the instants where `at` changes its answer. */
  readonly times: Float64Array;
  /**
   * The cells at processing time `t`, sorted by window start, end, key. O(cells × log emissions
   * per cell); between two emission times it returns the same (frozen-by-convention) array.
   */
  at(t: number): readonly ResultCell[];
}

interface Track {
  key: string;
  window: WindowRef;
  truth: number;
  truthCount: number;
  times: number[];
  values: number[];
  counts: number[];
}

/**
 * Indexes `emissions` (any order; among equal emittedAt the later in the array wins) against
 * `truth` (groundTruth's rows): one track per (key, window) with its emission times, values and
 * counts. Build once per run, then call `at(t)` as the playhead moves.
 */
export function indexResults(emissions: readonly Emission[], truth: readonly Row[]): ResultIndex {
  requireArray(emissions, 'emissions');
  requireArray(truth, 'truth');
  const tracks = new Map<string, Track>();
  const trackOf = (key: string, w: WindowRef): Track => {
    const id = cellId(key, w);
    let t = tracks.get(id);
    if (t === undefined) {
      t = {
        key,
        window: { start: w.start, end: w.end },
        truth: 0,
        truthCount: 0,
        times: [],
        values: [],
        counts: [],
      };
      tracks.set(id, t);
    }
    return t;
  };
  for (const r of truth) {
    const t = trackOf(r.key, r.window);
    t.truth += r.value;
    t.truthCount += r.count;
  }
  const sorted = [...emissions].sort(byEmission); // stable: ties keep the input order
  const times = new Float64Array(sorted.length);
  sorted.forEach((e, i) => {
    if (Number.isNaN(e.emittedAt)) {
      throw new EngineInputError(`invalid emission ${i}: emittedAt NaN (must be a number)`);
    }
    times[i] = e.emittedAt;
    const t = trackOf(e.key, e.window);
    t.times.push(e.emittedAt);
    t.values.push(e.value);
    t.counts.push(e.count);
  });
  // Global windows make start - start NaN, which is falsy: two of them fall through to the key.
  const list = [...tracks.values()].sort(
    (a, b) =>
      a.window.start - b.window.start || a.window.end - b.window.end || compareKeys(a.key, b.key),
  );

  let cachedVersion = -1;
  let cached: readonly ResultCell[] = [];
  return {
    cells: list.length,
    times,
    at(t: number) {
      if (typeof t !== 'number' || Number.isNaN(t)) {
        throw new EngineInputError(
          `invalid comparison time: ${String(t)} (must be a number, Infinity allowed)`,
        );
      }
      const version = countAtOrBefore(times, t);
      if (version === cachedVersion) return cached;
      cached = list.map((tr): ResultCell => {
        const n = countAtOrBefore(tr.times, t);
        const value = n > 0 ? tr.values[n - 1]! : null;
        return {
          key: tr.key,
          window: tr.window,
          truth: tr.truth,
          truthCount: tr.truthCount,
          value,
          count: n > 0 ? tr.counts[n - 1]! : null,
          firstEmittedAt: n > 0 ? tr.times[0]! : null,
          error: value === null ? null : value - tr.truth,
          updates: n,
        };
      });
      cachedVersion = version;
      return cached;
    },
  };
}

/**
 * The cells of a lane at processing time `at` (default: after everything): see `indexResults`,
 * which a caller asking at many times should build once instead.
 */
export function compareToTruth(
  emissions: readonly Emission[],
  truth: readonly Row[],
  at = Infinity,
): ResultCell[] {
  return [...indexResults(emissions, truth).at(at)];
}
