// The results table's data, apart from React: per (product, window), the final truth beside what
// each lane shows at a moment, and a tally per lane. The table is a pure function of (run,
// instant), where the instant is the last moment something happened at or before the playhead
// (lab.indexRun's instantAt), so the view re-renders only when a cell can actually change.
import { lab, time, type LabRun, type WindowRef } from '../../engine';
import { lostAt as lostSoFar } from '../lost';
import {
  cellId,
  countBy,
  tableIndex,
  type LaneTracks,
  type PipelineLane,
  type TableIndex,
} from './tableIndex';

const indexRun = lab.indexRun;
const countAtOrBefore = time.countAtOrBefore;

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

type TallyState = Exclude<CellState, 'unavailable'>;

function stateOf(value: number | null, truth: number): TallyState {
  if (value === null) return 'pending';
  return value === truth ? 'match' : 'differs';
}

const PIPELINE_LANES = ['batch', 'microbatch', 'stream'] as const;

/**
 * The state of lane `lane` for cell i at instant `at`, with the number of its emissions by then
 * (so the value is the n-th). A lane that shows nothing is "pending" while it may still emit the
 * cell, and "differs" (a final absence) once all the cell's orders have arrived and it never
 * will. Allocates nothing: the tally asks this for every cell.
 */
function laneState(ix: TableIndex, l: LaneTracks, i: number, n: number, at: number): TallyState {
  if (n === 0) {
    const updatesLater = l.offsets[i + 1]! > l.offsets[i]!;
    return !updatesLater && at >= ix.lastArrival[i]! ? 'differs' : 'pending';
  }
  return stateOf(l.values[l.offsets[i]! + n - 1]!, ix.rows[i]!.value);
}

/** What lane `lane` shows for cell i at instant `at`: the latest value it emitted by then. */
function laneCell(ix: TableIndex, lane: PipelineLane, i: number, at: number): LaneCell {
  const l = ix.lanes[lane];
  if (!('offsets' in l)) return { state: 'unavailable', value: null, diff: null };
  const truth = ix.rows[i]!.value;
  const n = countBy(l.offsets, l.times, i, at);
  const state = laneState(ix, l, i, n, at);
  if (n === 0) return { state, value: null, diff: state === 'differs' ? -truth : null };
  const value = l.values[l.offsets[i]! + n - 1]!;
  return { state, value, diff: value === truth ? null : value - truth };
}

/**
 * What a query at `at` returns for cell i (cents; null = no order yet): the sum of the cell's
 * orders arrived by `at`, which is exactly the engine's queryAt for tumbling and sliding windows
 * (a test pins that). Sessions over a partial input have other bounds than the truth's, so for
 * them it is the range query "this product between the truth session's start and end". Prefix
 * sums per cell, built once per truth, make it O(log orders) instead of a scan of every order.
 */
function requestValue(ix: TableIndex, i: number, at: number): number | null {
  const n = Number.isFinite(at) ? countBy(ix.orderOffsets, ix.orderArrival, i, at) : 0;
  return n > 0 ? ix.orderSums[ix.orderOffsets[i]! + n - 1]! : null;
}

function requestCell(ix: TableIndex, i: number, at: number): LaneCell {
  const truth = ix.rows[i]!.value;
  const asks = requestValue(ix, i, at);
  return {
    state: stateOf(asks, truth),
    value: asks,
    diff: asks === null || asks === truth ? null : asks - truth,
  };
}

function rowAt(ix: TableIndex, i: number, at: number): ResultRow {
  const t = ix.rows[i]!;
  const cells = {} as Record<ResultLane, LaneCell>;
  for (const lane of PIPELINE_LANES) cells[lane] = laneCell(ix, lane, i, at);
  cells.request = requestCell(ix, i, at);
  return {
    id: cellId(t.key, t.window),
    key: t.key,
    window: t.window,
    truth: t.value,
    truthCount: t.count,
    cells,
  };
}

function emptyTally(): Record<ResultLane, LaneTally> {
  const tally = {} as Record<ResultLane, LaneTally>;
  for (const lane of RESULT_LANES) tally[lane] = { match: 0, differs: 0, pending: 0, total: 0 };
  return tally;
}

function count(tally: Record<ResultLane, LaneTally>, row: ResultRow) {
  for (const lane of RESULT_LANES) {
    const s = row.cells[lane].state;
    if (s === 'unavailable') continue;
    tally[lane][s]++;
    tally[lane].total++;
  }
}

/** Every row of the table at instant `at`, the tally over them and the orders lost so far. */
export function resultsAt(run: LabRun, at: number): ResultsTable {
  const ix = tableIndex(run);
  const tally = emptyTally();
  const rows = ix.rows.map((_, i) => {
    const row = rowAt(ix, i, at);
    count(tally, row);
    return row;
  });
  return { rows, tally, lost: lostAt(run, at) };
}

export interface ResultsView extends ResultsTable, VisibleRows {
  /** Windows in the whole table. */
  totalWindows: number;
}

/**
 * What the panel shows at `at`: the tally over every row (as resultsAt counts it) and the orders
 * lost, but rows only for the windows around the playhead that visibleRows picks (all with
 * `all`). A week of five-minute windows is 8,875 rows, of which the panel shows 30.
 */
export function resultsView(
  run: LabRun,
  at: number,
  { all = false }: { all?: boolean } = {},
): ResultsView {
  const ix = tableIndex(run);
  const tally = emptyTally();
  for (const lane of PIPELINE_LANES) {
    const l = ix.lanes[lane];
    if (!('offsets' in l)) continue; // unavailable: not counted
    const t = tally[lane];
    for (let i = 0; i < ix.rows.length; i++) {
      t[laneState(ix, l, i, countBy(l.offsets, l.times, i, at), at)]++;
    }
    t.total = ix.rows.length;
  }
  for (let i = 0; i < ix.rows.length; i++) {
    tally.request[stateOf(requestValue(ix, i, at), ix.rows[i]!.value)]++;
  }
  tally.request.total = ix.rows.length;
  const range = visibleWindows(ix.windows, at, { all });
  const rows: ResultRow[] = [];
  for (let i = ix.windowFirst[range.from]!; i < ix.windowFirst[range.to]!; i++)
    rows.push(rowAt(ix, i, at));
  return {
    rows,
    tally,
    lost: lostAt(run, at),
    hiddenBefore: range.from,
    hiddenAfter: ix.windows.length - range.to,
    totalWindows: ix.windows.length,
  };
}

/** Orders each lane has visibly lost by instant `at` (counted as every panel counts them). */
export function lostAt(run: LabRun, at: number): LostOrders {
  return {
    ...lostSoFar(run, at),
    arrived: indexRun(run).arrivedBy(at),
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
 * The windows around the playhead, as indices `from` to `to` (exclusive) into `windows`: the
 * window in progress at `at` (the last one started by then), `before` windows before it and
 * `after` after it. Keeps a long run's table short; `all` shows every window.
 */
function visibleWindows(
  windows: readonly WindowRef[],
  at: number,
  { all = false, before = 4, after = 1 }: { all?: boolean; before?: number; after?: number },
): { from: number; to: number } {
  if (all || windows.length <= before + after + 1) return { from: 0, to: windows.length };
  const starts = windows.map((w) => w.start);
  const focus = Math.max(0, countAtOrBefore(starts, at) - 1);
  let from = Math.max(0, focus - before);
  const to = Math.min(windows.length, from + before + after + 1);
  from = Math.max(0, to - (before + after + 1));
  return { from, to };
}

/**
 * The rows around the playhead: the window in progress at `at` (the last one started by then),
 * `before` windows before it and `after` after it. Keeps a long run's table short; `all` shows
 * every row.
 */
export function visibleRows(
  rows: readonly ResultRow[],
  at: number,
  opts: { all?: boolean; before?: number; after?: number } = {},
): VisibleRows {
  const windows = windowsOf(rows);
  const { from, to } = visibleWindows(windows, at, opts);
  if (from === 0 && to === windows.length) {
    return { rows: [...rows], hiddenBefore: 0, hiddenAfter: 0 };
  }
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
