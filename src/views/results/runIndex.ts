// Everything the results panel looks up in a run, built once per run: the instants at which a
// cell can change, each lane's emissions indexed against the truth, and each truth cell's orders.
// Views select `instantAt(runIndex(run), playhead)`, a number that moves only when something happens.
import {
  assignNormalized,
  normalizeWindow,
  indexResults,
  type LabRun,
  type OrderEvent,
  type ResultCell,
  type Emission,
  type ResultIndex,
  type Row,
  type WindowRef,
} from '../../engine';
import { upperBound } from '../../store/steps';
import { memoOn } from '../memo';
import type { ResultLane } from './model';

export type PipelineLane = Exclude<ResultLane, 'request'>;

interface LaneIndex {
  index: ResultIndex;
  /** Each cell after everything: to tell "not yet" from "never". */
  final: Map<string, ResultCell>;
}

export interface RunIndex {
  /** Every instant a cell can change at: arrivals, emissions, batch starts and ends. Sorted. */
  instants: Float64Array;
  lanes: Record<PipelineLane, LaneIndex | { error: string }>;
  /**
   * Every (key, window) of the truth, sorted by window, then product. Rows follow the truth: a
   * session a lane closed early under other bounds has no row of its own.
   */
  cells: { id: string; key: string; window: WindowRef }[];
  truth: Map<string, Row>;
  /** Orders of each truth cell, in arrival order. */
  orders: Map<string, OrderEvent[]>;
  /** Arrival time of every order, ascending (the events are in arrival order). */
  arrivals: Float64Array;
}

/** "start:end|key", the one spelling of a cell's identity. */
export function cellId(key: string, w: WindowRef): string {
  return `${w.start}:${w.end}|${key}`;
}

// One collator for every comparison: localeCompare with options builds one per call, which for a
// week of windows (tens of thousands of comparisons) cost about 90 ms of a preset switch.
const naturalKey = new Intl.Collator('en', { numeric: true }).compare;

const cache = new WeakMap<LabRun, RunIndex>();

/** Indexes a run once (cached per run object). */
export function runIndex(run: LabRun): RunIndex {
  let ix = cache.get(run);
  if (ix === undefined) {
    ix = buildIndex(run);
    cache.set(run, ix);
  }
  return ix;
}

// Parts keyed on what they read, so a settings change rebuilds only what it changed: the truth
// side (cells, orders per cell) per truth array, each lane's index per its emissions array
// (runLab hands back the same arrays for lanes whose settings did not change).
const truthParts = memoOn<
  readonly Row[],
  Pick<RunIndex, 'cells' | 'truth' | 'orders' | 'arrivals'>
>();
const laneParts = memoOn<readonly Emission[], LaneIndex>();

function buildIndex(run: LabRun): RunIndex {
  const lanes = {} as RunIndex['lanes'];
  const errors: Record<PipelineLane, string | null> = {
    stream: run.stream.ok ? null : run.stream.error,
    microbatch: run.microBatch.ok ? null : run.microBatch.error,
    batch: run.batch.ok ? null : run.batch.error,
  };
  for (const lane of ['batch', 'microbatch', 'stream'] as const) {
    const error = errors[lane];
    if (error !== null) {
      lanes[lane] = { error };
      continue;
    }
    const emissions = run.lanes[lane].emissions;
    lanes[lane] = laneParts(emissions, () => {
      const index = indexResults(emissions, run.truth);
      const final = new Map<string, ResultCell>();
      for (const c of index.at(Infinity)) final.set(cellId(c.key, c.window), c);
      return { index, final };
    });
  }
  const truthSide = truthParts(run.truth, () => {
    const truth = new Map<string, Row>();
    for (const r of run.truth) truth.set(cellId(r.key, r.window), r);
    const cells = run.truth
      .map((r) => ({ id: cellId(r.key, r.window), key: r.key, window: r.window }))
      .sort(
        (a, b) =>
          a.window.start - b.window.start ||
          a.window.end - b.window.end ||
          naturalKey(a.key, b.key),
      );
    return {
      cells,
      truth,
      orders: ordersByCell(run),
      arrivals: Float64Array.from(run.events, (e) => e.arrivalTime),
    };
  });
  // Every instant a cell can change at is one the lab's timeline already holds (arrivals,
  // emissions, batch starts and ends), sorted.
  return { instants: run.timeline.instants, lanes, ...truthSide };
}

/** Assigns every order to the truth cells it belongs to (sessions: the merged truth session). */
function ordersByCell(run: LabRun): Map<string, OrderEvent[]> {
  const out = new Map<string, OrderEvent[]>();
  const push = (id: string, e: OrderEvent) => {
    const list = out.get(id);
    if (list === undefined) out.set(id, [e]);
    else list.push(e);
  };
  const spec = run.settings.window;
  // Checked once here, so the per-order loop skips validating the same spec 100,000 times.
  const checked = normalizeWindow(spec);
  if (spec.kind !== 'session') {
    for (const e of run.events)
      for (const w of assignNormalized(e.eventTime, checked)) push(cellId(e.key, w), e);
    return out;
  }
  // Sessions: each key's truth sessions are disjoint and sorted; find the one holding the order.
  const byKey = new Map<string, WindowRef[]>();
  for (const r of run.truth) {
    const list = byKey.get(r.key);
    if (list === undefined) byKey.set(r.key, [r.window]);
    else list.push(r.window);
  }
  for (const list of byKey.values()) list.sort((a, b) => a.start - b.start);
  for (const e of run.events) {
    const list = byKey.get(e.key) ?? [];
    const starts = list.map((w) => w.start);
    const w = list[upperBound(starts, e.eventTime) - 1];
    if (w !== undefined && e.eventTime < w.end) push(cellId(e.key, w), e);
  }
  return out;
}

/**
 * The last instant at or before the playhead when any cell could change (-Infinity before the
 * first). Between two instants the table is identical, so views select this number, not the
 * playhead, and re-render only when it moves.
 */
export function instantAt(ix: RunIndex, playhead: number): number {
  const i = upperBound(ix.instants, playhead);
  return i > 0 ? ix.instants[i - 1]! : -Infinity;
}
