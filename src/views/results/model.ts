// The results table's data, apart from React: per (product, window), the final truth beside what
// each lane shows at a moment, and a tally per lane. The table is a pure function of (run,
// instant), where the instant is the last moment something happened at or before the playhead
// (see runIndex.ts), so the view re-renders only when a cell can actually change.
import {
  type LabRun,
  type OrderEvent,
  type ResultCell,
  type Row,
  type WindowRef,
} from '../../engine';
import { upperBound } from '../../store/steps';
import { lostAt as lostSoFar } from '../lost';
import { cellId, runIndex, type PipelineLane, type RunIndex } from './runIndex';

export type ResultLane = 'batch' | 'microbatch' | 'stream' | 'request';
/** The table's lane columns, left to right. */
export const RESULT_LANES: readonly ResultLane[] = ['batch', 'microbatch', 'stream', 'request'];
export const RESULT_LANE_TITLES: Record<ResultLane, string> = {
  batch: 'Batch',
  microbatch: 'Micro-batch',
  stream: 'Stream',
  request: 'Per-request',
};

/** match: equals the final truth; differs: a value (or a final absence) that does not; pending: nothing yet. */
export type CellState = 'match' | 'differs' | 'pending' | 'unavailable';

export interface LaneCell {
  state: CellState;
  /** What the lane shows (cents); null when it shows nothing. */
  value: number | null;
  /** value - truth, or -truth for a final absence; null when pending or equal. */
  diff: number | null;
}

export interface ResultRow {
  /** Stable React key and selection id: "start:end|key". */
  id: string;
  key: string;
  window: WindowRef;
  /** The final truth (cents) and how many orders make it. */
  truth: number;
  truthCount: number;
  cells: Record<ResultLane, LaneCell>;
}

export interface LaneTally {
  match: number;
  differs: number;
  pending: number;
  total: number;
}

export interface LostOrders {
  /** Stream: dropped as late, among orders arrived by the instant. */
  streamDropped: number;
  /** Micro-batch: ignored as too late by batches that have run. */
  microDropped: number;
  /** Batch: orders that arrived after their job read its input (jobs started by the instant). */
  batchMissed: number;
  /** Of those, read by a re-run that has written its results. */
  batchRecovered: number;
  /** Orders arrived so far, of all. */
  arrived: number;
  total: number;
}

export interface ResultsTable {
  rows: ResultRow[];
  tally: Record<ResultLane, LaneTally>;
  lost: LostOrders;
}

function stateOf(value: number | null, truth: number): CellState {
  if (value === null) return 'pending';
  return value === truth ? 'match' : 'differs';
}

function lastArrival(orders: readonly OrderEvent[] | undefined): number {
  let last = -Infinity;
  for (const o of orders ?? []) if (o.arrivalTime > last) last = o.arrivalTime;
  return last;
}

/**
 * Every row of the table at instant `at`: the final truth, and per lane the latest value it
 * emitted by then. A lane that shows nothing is "pending" while it may still emit the cell, and
 * "differs" (a final absence) once all the cell's orders have arrived and it never will.
 */
export function resultsAt(run: LabRun, at: number): ResultsTable {
  const ix = runIndex(run);
  const now: Partial<Record<PipelineLane, Map<string, ResultCell>>> = {};
  for (const lane of ['batch', 'microbatch', 'stream'] as const) {
    const l = ix.lanes[lane];
    if ('index' in l) {
      const m = new Map<string, ResultCell>();
      for (const c of l.index.at(at)) m.set(cellId(c.key, c.window), c);
      now[lane] = m;
    }
  }
  const request = requestValues(run, ix, at);

  const tally = {} as Record<ResultLane, LaneTally>;
  for (const lane of RESULT_LANES) tally[lane] = { match: 0, differs: 0, pending: 0, total: 0 };

  const rows = ix.cells.map((c): ResultRow => {
    const t = ix.truth.get(c.id)!;
    const truth = t.value;
    const cells = {} as Record<ResultLane, LaneCell>;
    for (const lane of ['batch', 'microbatch', 'stream'] as const) {
      const l = ix.lanes[lane];
      const cur = now[lane]?.get(c.id);
      if (!('index' in l)) {
        cells[lane] = { state: 'unavailable', value: null, diff: null };
        continue;
      }
      const value = cur?.value ?? null;
      let state = stateOf(value, truth);
      let diff = value === null || value === truth ? null : value - truth;
      if (value === null) {
        const updatesLater = (l.final.get(c.id)?.updates ?? 0) > (cur?.updates ?? 0);
        if (!updatesLater && at >= lastArrival(ix.orders.get(c.id))) {
          state = 'differs';
          diff = -truth;
        }
      }
      cells[lane] = { state, value, diff };
    }
    const asks = request.get(c.id) ?? null;
    cells.request = {
      state: stateOf(asks, truth),
      value: asks,
      diff: asks === null || asks === truth ? null : asks - truth,
    };
    for (const lane of RESULT_LANES) {
      const s = cells[lane].state;
      if (s === 'unavailable') continue;
      tally[lane][s]++;
      tally[lane].total++;
    }
    return {
      id: c.id,
      key: c.key,
      window: c.window,
      truth,
      truthCount: t.count,
      cells,
    };
  });
  return { rows, tally, lost: lostAt(run, at) };
}

/**
 * What a query at `at` returns per truth cell (cents; absent = no order yet): the sum of the
 * cell's orders arrived by `at`, which is exactly the engine's queryAt for tumbling and sliding
 * windows (a test pins that). Sessions over a partial input have other bounds than the truth's,
 * so for them it is the range query "this product between the truth session's start and end".
 * Prefix sums per cell, built once per run, make each call O(cells log orders) instead of a scan
 * of every order each time one arrives.
 */
function requestValues(run: LabRun, ix: RunIndex, at: number): Map<string, number> {
  const out = new Map<string, number>();
  if (!Number.isFinite(at)) return out;
  for (const [id, cell] of requestPrefixes(run, ix)) {
    const n = upperBound(cell.arrivals, at);
    if (n > 0) out.set(id, cell.sums[n - 1]!);
  }
  return out;
}

interface PrefixCell {
  arrivals: Float64Array;
  sums: Float64Array;
}
// Per truth array: the cells' orders change only with the orders or the window.
const prefixCache = new WeakMap<readonly Row[], Map<string, PrefixCell>>();

function requestPrefixes(run: LabRun, ix: RunIndex): Map<string, PrefixCell> {
  let cells = prefixCache.get(run.truth);
  if (cells === undefined) {
    cells = new Map();
    for (const [id, list] of ix.orders) {
      const arrivals = Float64Array.from(list, (o) => o.arrivalTime);
      const sums = new Float64Array(list.length);
      let sum = 0;
      list.forEach((o, i) => (sums[i] = sum += o.amount));
      cells.set(id, { arrivals, sums });
    }
    prefixCache.set(run.truth, cells);
  }
  return cells;
}

/** Orders each lane has visibly lost by instant `at` (counted as every panel counts them). */
export function lostAt(run: LabRun, at: number): LostOrders {
  return {
    ...lostSoFar(run, at),
    arrived: upperBound(runIndex(run).arrivals, at),
    total: run.events.length,
  };
}

/** The distinct windows of the rows, in order. */
export function windowsOf(rows: readonly ResultRow[]): WindowRef[] {
  const out: WindowRef[] = [];
  for (const r of rows) {
    const last = out.at(-1);
    if (last === undefined || last.start !== r.window.start || last.end !== r.window.end)
      out.push(r.window);
  }
  return out;
}

export interface VisibleRows {
  rows: ResultRow[];
  /** Windows left out before and after the shown ones. */
  hiddenBefore: number;
  hiddenAfter: number;
}

/**
 * The rows around the playhead: the window in progress at `at` (the last one started by then),
 * `before` windows before it and `after` after it. Keeps a long run's table short; `all` shows
 * every row.
 */
export function visibleRows(
  rows: readonly ResultRow[],
  at: number,
  { all = false, before = 4, after = 1 }: { all?: boolean; before?: number; after?: number } = {},
): VisibleRows {
  const windows = windowsOf(rows);
  if (all || windows.length <= before + after + 1) {
    return { rows: [...rows], hiddenBefore: 0, hiddenAfter: 0 };
  }
  const starts = windows.map((w) => w.start);
  const focus = Math.max(0, upperBound(starts, at) - 1);
  let from = Math.max(0, focus - before);
  const to = Math.min(windows.length, from + before + after + 1);
  from = Math.max(0, to - (before + after + 1));
  const first = windows[from]!;
  const last = windows[to - 1]!;
  const inRange = (w: WindowRef) =>
    (w.start > first.start || (w.start === first.start && w.end >= first.end)) &&
    (w.start < last.start || (w.start === last.start && w.end <= last.end));
  return {
    rows: rows.filter((r) => inRange(r.window)),
    hiddenBefore: from,
    hiddenAfter: windows.length - to,
  };
}
