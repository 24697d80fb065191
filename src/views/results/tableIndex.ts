// Everything the results panel looks up in a run, built once per run: each lane's emissions laid
// out per truth cell, and each truth cell's orders. Cells are numbered (their place in the table),
// so the hot loops index typed arrays instead of building a "start:end|key" string per emission
// and per order and looking it up in a Map: for a week of orders (30,000 orders, 65,000 emissions,
// 8,875 cells) the strings and Maps were most of the table's cost on a preset switch.
// The run's times (arrivals, instants) are the run's own index, lab.indexRun; views select
// `indexRun(run).instantAt(playhead)`, a number that moves only when something happens.
import {
  time,
  windows,
  type Emission,
  type LabRun,
  type OrderEvent,
  type Row,
  type WindowRef,
  type WindowSpec,
} from '../../engine';
import { memoOn } from '../memo';
import { orderTimes } from '../../geometry/lanes';
import { orderAmounts } from '../orderAmounts';
import type { ResultLane } from './model';

const assignNormalized = windows.assignNormalized;
const normalizeWindow = windows.normalizeWindow;
const windowStart = windows.windowStart;
const countAtOrBefore = time.countAtOrBefore;

export type PipelineLane = Exclude<ResultLane, 'request'>;

/**
 * One lane's emissions per truth cell: cell i's are `offsets[i]` to `offsets[i + 1]` of `times`
 * and `values`, by emission time (among equal times, in the lane's order: the later one wins).
 * Emissions for a (key, window) the truth does not have (a session closed early under other
 * bounds) have no row, so they are left out.
 */
export interface LaneTracks {
  offsets: Int32Array;
  times: Float64Array;
  values: Float64Array;
}

/** The truth's side of the table, shared by every run over the same truth. */
export interface TruthCells {
  /**
   * The truth's rows, one per cell (key, window), sorted by window, then product: the table's
   * rows follow the truth, so a session a lane closed early under other bounds has no row of its
   * own. A cell's id ("start:end|key", see cellId) is spelled only for rows the table shows.
   */
  rows: Row[];
  /** The distinct windows in table order; window w holds cells `windowFirst[w]` to `windowFirst[w + 1]`. */
  windows: WindowRef[];
  windowFirst: Int32Array;
  /**
   * Each cell's orders in arrival order: cell i's are `orderOffsets[i]` to `orderOffsets[i + 1]`
   * of `orderIndex` (positions in run.events), with their arrival times and the running sum of
   * their amounts (what a query at a moment returns).
   */
  orderOffsets: Int32Array;
  orderIndex: Int32Array;
  orderArrival: Float64Array;
  orderSums: Float64Array;
  /** The last arrival among each cell's orders (-Infinity for none). */
  lastArrival: Float64Array;
  /** The cell of (key, window), or -1. */
  find(key: string, window: WindowRef): number;
}

/** The results table's index of a run: the truth's cells and each lane's emissions per cell. */
export interface TableIndex extends TruthCells {
  lanes: Record<PipelineLane, LaneTracks | { error: string }>;
}

/** "start:end|key", the one spelling of a cell's identity. */
export function cellId(key: string, w: WindowRef): string {
  return `${w.start}:${w.end}|${key}`;
}

// One collator for every comparison: localeCompare with options builds one per call, which for a
// week of windows (tens of thousands of comparisons) cost about 90 ms of a preset switch.
const naturalKey = new Intl.Collator('en', { numeric: true }).compare;

const cache = new WeakMap<LabRun, TableIndex>();

/** Indexes a run for the table once (cached per run object). */
export function tableIndex(run: LabRun): TableIndex {
  let ix = cache.get(run);
  if (ix === undefined) {
    ix = buildIndex(run);
    cache.set(run, ix);
  }
  return ix;
}

// Parts keyed on what they read, so a settings change rebuilds only what it changed: the truth
// side per truth array (the truth changes exactly when the orders or the window do), each lane's
// tracks per its emissions array (runLab hands back the same arrays for lanes whose settings did
// not change).
const truthParts = memoOn<readonly Row[], TruthCells>();
const laneParts = memoOn<readonly Emission[], { truth: TruthCells; tracks: LaneTracks }>();

/**
 * The table index of `run` as steps, each caching one part (the truth's cells, then each lane's
 * tracks), so a big run's index can be built over several tasks (../prepared) before the panel
 * shows it; tableIndex(run) then only puts the parts together.
 */
export function tableSteps(run: LabRun): (() => unknown)[] {
  const truth = () => truthParts(run.truth, () => truthCells(run));
  return [
    () => orderTimes(run.events),
    () => orderAmounts(run.events),
    () => rowsOf(run),
    () => pairsOf(run),
    truth,
    ...(['batch', 'microbatch', 'stream'] as const).map((lane) => () => {
      const outcome =
        lane === 'stream' ? run.stream : lane === 'microbatch' ? run.microBatch : run.batch;
      if (!outcome.ok) return;
      const emissions = run.lanes[lane].emissions;
      laneParts(emissions, () => ({ truth: truth(), tracks: laneTracks(emissions, truth()) }));
    }),
    () => tableIndex(run),
  ];
}

function buildIndex(run: LabRun): TableIndex {
  const truth = truthParts(run.truth, () => truthCells(run));
  const lanes = {} as TableIndex['lanes'];
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
    let part = laneParts(emissions, () => ({ truth, tracks: laneTracks(emissions, truth) }));
    // The same emissions against another truth (never from runLab, but cheap to honour).
    if (part.truth !== truth) part = { truth, tracks: laneTracks(emissions, truth) };
    lanes[lane] = part.tracks;
  }
  return { ...truth, lanes };
}

type TruthRows = Pick<TruthCells, 'rows' | 'windows' | 'windowFirst' | 'find'>;

// The truth's rows and windows, then each order's cells, per truth array: separate steps, so a
// big run's index is built over several tasks (tableSteps).
const truthRows = memoOn<readonly Row[], TruthRows>();
const truthPairs = memoOn<readonly Row[], CellPairs>();

function rowsOf(run: LabRun): TruthRows {
  return truthRows(run.truth, () => {
    const rows = sortedTruth(run.truth);
    const windows: WindowRef[] = [];
    const firsts: number[] = [];
    rows.forEach((r, i) => {
      const last = windows.at(-1);
      if (last === undefined || last.start !== r.window.start || last.end !== r.window.end) {
        windows.push(r.window);
        firsts.push(i);
      }
    });
    firsts.push(rows.length);
    return { rows, windows, windowFirst: Int32Array.from(firsts), find: cellFinder(rows) };
  });
}

function pairsOf(run: LabRun): CellPairs {
  return truthPairs(run.truth, () => {
    const { rows, find } = rowsOf(run);
    return cellPairs(run, rows, find);
  });
}

function truthCells(run: LabRun): TruthCells {
  const { rows, windows, windowFirst, find } = rowsOf(run);
  return { rows, windows, windowFirst, ...ordersByCell(run, rows, pairsOf(run)), find };
}

/** The truth's rows by window start, end, then product in natural order ("p2" before "p10"). */
function sortedTruth(truth: readonly Row[]): Row[] {
  // Products compared once each, not once per comparison of rows: a rank per distinct product,
  // equal for products the collator finds equal, so the order is the collator's.
  const names = [...new Set(truth.map((r) => r.key))].sort(naturalKey);
  const rank = new Map<string, number>();
  names.forEach((k, i) => {
    const prev = names[i - 1];
    rank.set(k, prev !== undefined && naturalKey(prev, k) === 0 ? rank.get(prev)! : i);
  });
  const byTable = (a: Row, b: Row) =>
    a.window.start - b.window.start ||
    a.window.end - b.window.end ||
    rank.get(a.key)! - rank.get(b.key)!;
  // The truth usually comes in this order already: then one pass says so.
  let sorted = true;
  for (let i = 1; i < truth.length && sorted; i++) sorted = byTable(truth[i - 1]!, truth[i]!) <= 0;
  return sorted ? [...truth] : [...truth].sort(byTable);
}

const sameNumber = (a: number, b: number) => a === b || (a !== a && b !== b);

/** Looks cells up by product, then window start (then checks the end), without building ids. */
function cellFinder(cells: readonly Row[]): TruthCells['find'] {
  const byKey = new Map<string, Map<number, number>>();
  let clash = false;
  cells.forEach((c, i) => {
    let starts = byKey.get(c.key);
    if (starts === undefined) byKey.set(c.key, (starts = new Map()));
    if (starts.has(c.window.start)) clash = true;
    else starts.set(c.window.start, i);
  });
  if (clash) {
    // Two cells of one product starting together (not a truth groundTruth makes): look up by id.
    const byId = new Map(cells.map((c, i) => [cellId(c.key, c.window), i]));
    return (key, w) => byId.get(cellId(key, w)) ?? -1;
  }
  return (key, w) => {
    const i = byKey.get(key)?.get(w.start);
    return i !== undefined && sameNumber(cells[i]!.window.end, w.end) ? i : -1;
  };
}

/** (order, cell) pairs in the orders' order: positions in run.events and truth cell indices. */
interface CellPairs {
  order: ArrayLike<number>;
  cell: ArrayLike<number>;
}

/** Assigns every order to the truth cells it belongs to (sessions: the merged truth session). */
function cellPairs(run: LabRun, cells: readonly Row[], find: TruthCells['find']): CellPairs {
  const events = run.events;
  const spec = run.settings.window;
  // (order, cell) pairs in order of the orders.
  let pairs: { order: ArrayLike<number>; cell: ArrayLike<number> } | null =
    spec.kind === 'tumbling' ? tumblingPairs(events, cells, find, spec) : null;
  if (pairs === null) {
    const pairOrder: number[] = [];
    const pairCell: number[] = [];
    if (spec.kind === 'tumbling') {
      // One window per order, found by arithmetic: no list of windows per order.
      const { size, offset = 0 } = normalizeWindow(spec) as typeof spec;
      events.forEach((e, i) => {
        const start = windowStart(e.eventTime, offset, size);
        const c = find(e.key, { start, end: start + size });
        if (c >= 0) {
          pairOrder.push(i);
          pairCell.push(c);
        }
      });
    } else if (spec.kind !== 'session') {
      // Checked once here, so the per-order loop skips validating the same spec 100,000 times.
      const checked = normalizeWindow(spec);
      events.forEach((e, i) => {
        for (const w of assignNormalized(e.eventTime, checked)) {
          const c = find(e.key, w);
          if (c >= 0) {
            pairOrder.push(i);
            pairCell.push(c);
          }
        }
      });
    } else {
      // Sessions: each key's truth sessions are disjoint and sorted; find the one holding the
      // order.
      const byKey = new Map<string, { starts: number[]; cells: number[] }>();
      cells.forEach((c, i) => {
        let list = byKey.get(c.key);
        if (list === undefined) byKey.set(c.key, (list = { starts: [], cells: [] }));
        list.starts.push(c.window.start);
        list.cells.push(i);
      });
      for (const list of byKey.values()) {
        const order = list.starts
          .map((_, j) => j)
          .sort((a, b) => list.starts[a]! - list.starts[b]!);
        list.starts = order.map((j) => list.starts[j]!);
        list.cells = order.map((j) => list.cells[j]!);
      }
      events.forEach((e, i) => {
        const list = byKey.get(e.key);
        if (list === undefined) return;
        const c = list.cells[countAtOrBefore(list.starts, e.eventTime) - 1];
        if (c !== undefined && e.eventTime < cells[c]!.window.end) {
          pairOrder.push(i);
          pairCell.push(c);
        }
      });
    }
    pairs = { order: pairOrder, cell: pairCell };
  }
  return pairs;
}

/** Lays each cell's orders out in arrival order with the running sums of their amounts. */
function ordersByCell(
  run: LabRun,
  cells: readonly Row[],
  pairs: CellPairs,
): Pick<TruthCells, 'orderOffsets' | 'orderIndex' | 'orderArrival' | 'orderSums' | 'lastArrival'> {
  const events = run.events;
  const { order: pairOrder, cell: pairCell } = pairs;
  const n = cells.length;
  const orderOffsets = new Int32Array(n + 1);
  for (let k = 0; k < pairCell.length; k++) orderOffsets[pairCell[k]! + 1]!++;
  for (let c = 0; c < n; c++) orderOffsets[c + 1]! += orderOffsets[c]!;
  const fill = orderOffsets.slice(0, n);
  const orderIndex = new Int32Array(pairCell.length);
  for (let k = 0; k < pairCell.length; k++) orderIndex[fill[pairCell[k]!]!++] = pairOrder[k]!;
  // The orders' times (shared with the lanes) and amounts read once, in their own order.
  const arrivalOf = orderTimes(events).arrivalTime;
  const amountOf = orderAmounts(events);
  const orderArrival = new Float64Array(orderIndex.length);
  const orderSums = new Float64Array(orderIndex.length);
  const lastArrival = new Float64Array(n).fill(-Infinity);
  for (let c = 0; c < n; c++) {
    let sum = 0;
    let last = -Infinity;
    for (let k = orderOffsets[c]!; k < orderOffsets[c + 1]!; k++) {
      const i = orderIndex[k]!;
      const at = arrivalOf[i]!;
      orderArrival[k] = at;
      orderSums[k] = sum += amountOf[i]!;
      if (at > last) last = at;
    }
    lastArrival[c] = last;
  }
  return { orderOffsets, orderIndex, orderArrival, orderSums, lastArrival };
}

/**
 * Tumbling windows: each order's cell from a table indexed by product and window step, the cells
 * `find` answers for every window on the truth's grid. Null (use `find` per order) when a cell
 * lies off that grid or the table would be much larger than the truth.
 */
function tumblingPairs(
  events: readonly OrderEvent[],
  cells: readonly Row[],
  find: TruthCells['find'],
  spec: WindowSpec,
): { order: Int32Array; cell: Int32Array } | null {
  const { size, offset = 0 } = normalizeWindow(spec) as Extract<WindowSpec, { kind: 'tumbling' }>;
  if (cells.length === 0) return null;
  let first = Infinity;
  let last = -Infinity;
  const keys = new Map<string, number>();
  for (const c of cells) {
    const { start, end } = c.window;
    if (end !== start + size) return null;
    if (start < first) first = start;
    if (start > last) last = start;
    if (!keys.has(c.key)) keys.set(c.key, keys.size);
  }
  const steps = (last - first) / size + 1;
  if (!Number.isInteger(steps) || steps * keys.size > 4 * cells.length + 4096) return null;
  const table = new Int32Array(steps * keys.size).fill(-1);
  for (const c of cells) {
    const step = (c.window.start - first) / size;
    if (!Number.isInteger(step)) return null;
    table[keys.get(c.key)! * steps + step] = find(c.key, c.window);
  }
  const order = new Int32Array(events.length);
  const cell = new Int32Array(events.length);
  const eventTime = orderTimes(events).eventTime;
  let n = 0;
  for (let i = 0; i < events.length; i++) {
    const k = keys.get(events[i]!.key);
    if (k === undefined) continue;
    const step = (windowStart(eventTime[i]!, offset, size) - first) / size;
    if (!(step >= 0 && step < steps && Number.isInteger(step))) continue;
    const c = table[k * steps + step]!;
    if (c < 0) continue;
    order[n] = i;
    cell[n++] = c;
  }
  return { order: order.subarray(0, n), cell: cell.subarray(0, n) };
}

/** A lane's emissions per truth cell, by emission time (ties keep the lane's order). */
function laneTracks(emissions: readonly Emission[], truth: TruthCells): LaneTracks {
  let inOrder = true;
  for (let i = 0; i < emissions.length; i++) {
    const t = emissions[i]!.emittedAt;
    if (Number.isNaN(t)) throw new Error(`invalid emission ${i}: emittedAt NaN (must be a number)`);
    if (i > 0 && t < emissions[i - 1]!.emittedAt) inOrder = false;
  }
  const sorted = inOrder
    ? emissions
    : emissions
        .map((e, i) => ({ e, i }))
        .sort((a, b) => a.e.emittedAt - b.e.emittedAt || a.i - b.i)
        .map(({ e }) => e);
  const n = truth.rows.length;
  const cellOf = new Int32Array(sorted.length);
  const offsets = new Int32Array(n + 1);
  sorted.forEach((e, k) => {
    const c = truth.find(e.key, e.window);
    cellOf[k] = c;
    if (c >= 0) offsets[c + 1]!++;
  });
  for (let c = 0; c < n; c++) offsets[c + 1]! += offsets[c]!;
  const fill = offsets.slice(0, n);
  const times = new Float64Array(offsets[n]!);
  const values = new Float64Array(offsets[n]!);
  sorted.forEach((e, k) => {
    const c = cellOf[k]!;
    if (c < 0) return;
    const at = fill[c]!++;
    times[at] = e.emittedAt;
    values[at] = e.value;
  });
  return { offsets, times, values };
}

/** How many of cell i's entries in `times` (from `offsets[i]`, sorted) are at or before t. */
export function countBy(offsets: Int32Array, times: Float64Array, i: number, t: number): number {
  const from = offsets[i]!;
  return countAtOrBefore(times, t, from, offsets[i + 1]!) - from;
}

/** The orders of the truth cell with this id, in arrival order (none for an unknown id). */
export function cellOrders(run: LabRun, id: string): OrderEvent[] {
  const ix = tableIndex(run);
  const i = cellIndexOf(ix).get(id);
  if (i === undefined) return [];
  const out: OrderEvent[] = [];
  for (let k = ix.orderOffsets[i]!; k < ix.orderOffsets[i + 1]!; k++)
    out.push(run.events[ix.orderIndex[k]!]!);
  return out;
}

const idParts = memoOn<readonly Row[], Map<string, number>>();

function cellIndexOf(ix: TruthCells): Map<string, number> {
  return idParts(ix.rows, () => new Map(ix.rows.map((r, i) => [cellId(r.key, r.window), i])));
}
