// What all four lanes share, derived once per run: the event-time axis, which orders count as
// late, arrival times for "how many by now" counts, the window grid, and the lanes' reported
// totals per window over time (from the engine's emissions, so every accumulation mode agrees).
import { memoOn, memoPer } from '../memo';
import {
  windows,
  lab,
  time,
  type Emission,
  type LabRun,
  type OrderEvent,
  type Row,
  type WindowRef,
  type WindowSpec,
} from '../../engine';
import { orderTimes } from '../../geometry/lanes';
import { orderAmounts } from '../orderAmounts';

const MINUTE = time.MINUTE;
const countAtOrBefore = time.countAtOrBefore;
const indexRun = lab.indexRun;
const assignNormalized = windows.assignNormalized;
const normalizeWindow = windows.normalizeWindow;
const windowStart = windows.windowStart;

/**
 * `f` of each item, as a Float64Array. A loop: TypedArray.from with a mapping function walks the
 * list through its iterator, which for a week's 35,000 badges or 10,000 batches costs ten times
 * as much.
 */
export function floatsOf<T>(items: readonly T[], f: (item: T) => number): Float64Array {
  const out = new Float64Array(items.length);
  for (let i = 0; i < items.length; i++) out[i] = f(items[i]!);
  return out;
}

/** Stable id of a window, for maps. */
export const windowKey = (w: WindowRef) => `${w.start}:${w.end}`;

export interface SharedModel {
  /** Event-time axis: the scenario's span. */
  domain: [number, number];
  /** Window grid step and offset for the faint bands (sessions: 5-minute guides). */
  grid: { step: number; offset: number };
  /** run.events' arrival times, ascending: the run's index (lab.indexRun). */
  arrivals: Float64Array;
  /** Per run.events index: 1 when it arrived later than the scenario's jitter allows. */
  late: Uint8Array;
}

function gridOf(spec: WindowSpec): { step: number; offset: number } {
  if (spec.kind === 'tumbling') return { step: spec.size, offset: spec.offset ?? 0 };
  if (spec.kind === 'sliding') return { step: spec.slide, offset: spec.offset ?? 0 };
  return { step: 5 * MINUTE, offset: 0 };
}

/** An order is late when it arrives more than the scenario's network jitter after it happened. */
export function isLate(eventTime: number, arrivalTime: number, jitter: number): boolean {
  return arrivalTime - eventTime > jitter;
}

/** What the four lanes share of `run`, once per truth (and orders). */
export function sharedModel(run: LabRun): SharedModel {
  return sharedModelPerRun(run);
}

const sharedModelPerRun = memoPer(
  (run: LabRun) => run.truth,
  buildSharedModel,
  (run) => [run.events],
);

// The model itself; `sharedModel` caches it on run.truth (a big run's lanes prepare it ahead).
function buildSharedModel(run: LabRun): SharedModel {
  const { start, duration, jitter } = run.settings.scenario;
  // Imported orders keep their own hours: the axis spans them, not the scenario.
  const domain: [number, number] = run.eventSpan
    ? [run.eventSpan.from, run.eventSpan.to]
    : [start, start + duration];
  const arrivals = indexRun(run).arrivals;
  const { eventTime, arrivalTime } = orderTimes(run.events);
  const late = new Uint8Array(run.events.length);
  for (let i = 0; i < late.length; i++) {
    if (isLate(eventTime[i]!, arrivalTime[i]!, jitter)) late[i] = 1;
  }
  return { domain, grid: gridOf(run.settings.window), arrivals, late };
}

/** How many orders have arrived by the playhead. */
export function arrivedBy(shared: SharedModel, playhead: number): number {
  return countAtOrBefore(shared.arrivals, playhead);
}

export interface ReportedSeries {
  times: number[];
  values: number[];
  counts: number[];
}

/**
 * A map from windows, nested by start and end: the lane models look a window up for every pane,
 * row and emission (tens of thousands for a week of orders), and a "start:end" string for each
 * cost more than the rest of the model.
 */
export class WindowMap<T> {
  private readonly byStart = new Map<number, Map<number, T>>();
  // The last start looked up: rows, panes and emissions come window by window.
  private lastStart = NaN;
  private lastByEnd: Map<number, T> | undefined;

  private ends(start: number): Map<number, T> | undefined {
    if (start === this.lastStart) return this.lastByEnd;
    const byEnd = this.byStart.get(start);
    // A NaN start never equals itself, so it is simply looked up each time.
    if (byEnd !== undefined) {
      this.lastStart = start;
      this.lastByEnd = byEnd;
    }
    return byEnd;
  }

  get(w: WindowRef): T | undefined {
    return this.ends(w.start)?.get(w.end);
  }

  set(w: WindowRef, value: T): void {
    let byEnd = this.ends(w.start);
    if (byEnd === undefined) this.byStart.set(w.start, (byEnd = new Map()));
    byEnd.set(w.end, value);
  }
}

/** Emissions by emission time (a stable sort; most lanes hand them over in that order already). */
function byEmissionTime(emissions: readonly Emission[]): readonly Emission[] {
  for (let i = 1; i < emissions.length; i++) {
    if (emissions[i]!.emittedAt < emissions[i - 1]!.emittedAt)
      return [...emissions].sort((a, b) => a.emittedAt - b.emittedAt);
  }
  return emissions;
}

/**
 * Per window, the total a lane reports over time (see reportedTotals), with the windows in the
 * order of their first emission.
 */
export function reportedSeries(emissions: readonly Emission[]): {
  series: WindowMap<ReportedSeries>;
  windows: WindowRef[];
} {
  return reportedOf(emissions, () => buildReportedSeries(emissions));
}

// Per emissions array (read-only): a big run's lanes prepare the stream's series ahead, in a task
// of its own, and the micro-batch lane's too.
const reportedOf = memoOn<
  readonly Emission[],
  { series: WindowMap<ReportedSeries>; windows: WindowRef[] }
>();

function buildReportedSeries(emissions: readonly Emission[]): {
  series: WindowMap<ReportedSeries>;
  windows: WindowRef[];
} {
  const perWindow = new WindowMap<{
    keys: Map<string, Emission>;
    value: number;
    n: number;
    s: ReportedSeries;
  }>();
  const windows: WindowRef[] = [];
  const series = new WindowMap<ReportedSeries>();
  for (const e of byEmissionTime(emissions)) {
    let w = perWindow.get(e.window);
    if (!w) {
      const s = { times: [], values: [], counts: [] };
      perWindow.set(e.window, (w = { keys: new Map(), value: 0, n: 0, s }));
      series.set(e.window, s);
      windows.push(e.window);
    }
    const prev = w.keys.get(e.key);
    w.value += e.value - (prev?.value ?? 0);
    w.n += e.count - (prev?.count ?? 0);
    w.keys.set(e.key, e);
    const s = w.s;
    if (s.times[s.times.length - 1] === e.emittedAt) {
      s.values[s.values.length - 1] = w.value;
      s.counts[s.counts.length - 1] = w.n;
    } else {
      s.times.push(e.emittedAt);
      s.values.push(w.value);
      s.counts.push(w.n);
    }
  }
  return { series, windows };
}

/**
 * Per window, the total a lane reports over time: the sum over keys of each key's latest emission.
 * That is what a dashboard fed by the lane would show for the window.
 */
export function reportedTotals(emissions: readonly Emission[]): Map<string, ReportedSeries> {
  const { series, windows } = reportedSeries(emissions);
  return new Map(windows.map((w) => [windowKey(w), series.get(w)!]));
}

/** A series' value at processing time t, or null before its first result. */
export function seriesAt(
  s: ReportedSeries | undefined,
  t: number,
): { value: number; count: number } | null {
  if (!s) return null;
  const i = countAtOrBefore(s.times, t) - 1;
  return i >= 0 ? { value: s.values[i]!, count: s.counts[i]! } : null;
}

/** The window's reported total at processing time t, or null before its first result. */
export function reportedAt(
  series: ReadonlyMap<string, ReportedSeries>,
  window: WindowRef,
  t: number,
): { value: number; count: number } | null {
  return seriesAt(series.get(windowKey(window)), t);
}

/** A result badge: one window's reported total at one emission time. */
export interface Badge {
  window: WindowRef;
  emittedAt: number;
  value: number;
  count: number;
}

/** For the visible badges (sorted by time), the index of each window's latest one. */
export function latestPerWindow(badges: readonly Badge[], visible: number): Set<number> {
  const last = new Map<string, number>();
  for (let i = 0; i < visible && i < badges.length; i++) last.set(windowKey(badges[i]!.window), i);
  return new Set(last.values());
}

/** A window with the orders it took, by arrival: "how much does it hold at time t" is a search. */
export interface WindowTally {
  window: WindowRef;
  /** Arrival times of the orders it took, ascending, and the running sum (cents) after each. */
  arrivals: Float64Array;
  sums: Float64Array;
}

/**
 * Every window the truth knows (plus `extra` rows, such as panes), each with the orders `accept`
 * lets in. Tumbling and sliding windows take orders by event time across all products; session
 * windows are per product, so they take only their own product's orders.
 */
export function tallyWindows(
  run: LabRun,
  extra: readonly Pick<Row, 'key' | 'window'>[],
  accept: (e: OrderEvent, w: WindowRef) => boolean,
): WindowTally[] {
  const spec = run.settings.window;
  // Checked once here, so the per-order loop skips validating the same spec 100,000 times.
  const checked = normalizeWindow(spec);
  const byId = new Map<string, WindowRef>();
  const sessions = new Map<string, WindowRef[]>();
  const seen = new Set<string>();
  for (const r of [...run.truth, ...extra]) {
    if (!Number.isFinite(r.window.start) || !Number.isFinite(r.window.end)) continue;
    const id = windowKey(r.window);
    byId.set(id, r.window);
    if (spec.kind !== 'session' || seen.has(`${r.key}|${id}`)) continue;
    seen.add(`${r.key}|${id}`);
    const list = sessions.get(r.key) ?? [];
    list.push(r.window);
    sessions.set(r.key, list);
  }
  // Tumbling and sliding windows of one size are told apart by their start alone (a number, not a
  // string per order); orders come in arrival order, so each window's list is already sorted.
  const numeric = spec.kind !== 'session';
  const members = new Map<string | number, { at: number[]; amount: number[] }>();
  const add = (id: string | number, e: OrderEvent) => {
    let m = members.get(id);
    if (m === undefined) members.set(id, (m = { at: [], amount: [] }));
    m.at.push(e.arrivalTime);
    m.amount.push(e.amount);
  };
  for (const e of run.events) {
    const ws =
      spec.kind === 'session'
        ? (sessions.get(e.key) ?? []).filter((w) => e.eventTime >= w.start && e.eventTime < w.end)
        : assignNormalized(e.eventTime, checked);
    for (const w of ws) {
      if (accept(e, w)) add(numeric ? w.start : windowKey(w), e);
    }
  }
  return [...byId.values()]
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .map((window) => {
      const m = members.get(numeric ? window.start : windowKey(window));
      const arrivals = Float64Array.from(m?.at ?? []);
      const amounts = Float64Array.from(m?.amount ?? []);
      let ordered = true;
      for (let i = 1; i < arrivals.length && ordered; i++)
        ordered = arrivals[i - 1]! <= arrivals[i]!;
      if (!ordered) {
        // Input not in arrival order: sort the pairs by arrival (stable).
        const idx = Array.from(arrivals, (_, i) => i).sort(
          (a, b) => arrivals[a]! - arrivals[b]! || a - b,
        );
        const at = Float64Array.from(idx, (i) => arrivals[i]!);
        const amt = Float64Array.from(idx, (i) => amounts[i]!);
        arrivals.set(at);
        amounts.set(amt);
      }
      const sums = new Float64Array(arrivals.length);
      let acc = 0;
      for (let i = 0; i < amounts.length; i++) sums[i] = acc += amounts[i]!;
      return { window, arrivals, sums };
    });
}

// All orders per truth window, once per truth array (the same array while orders and window stay).
const allTallies = new WeakMap<readonly Row[], WindowTally[]>();

/** Every truth window with all its orders: what the per-request lane and the batch re-run see. */
export function allOrdersTally(run: LabRun): WindowTally[] {
  let t = allTallies.get(run.truth);
  if (t === undefined) {
    // Tumbling windows: the same buckets the stream lane's tallies use, with nothing dropped.
    t =
      run.settings.window.kind === 'tumbling'
        ? tallyBuckets(run, null)
        : tallyWindows(run, [], () => true);
    allTallies.set(run.truth, t);
  }
  return t;
}

// Tumbling windows only: each truth window's orders as indices into run.events (arrival order),
// once per truth array. The stream lane filters these with a flag array instead of re-bucketing
// every order through Maps on each settings change. The buckets are slices of three flat arrays
// (a million orders in a few hundred windows: one array each, not one per window).
interface Bucket {
  window: WindowRef;
  /** The window's orders as indices into run.events (arrival order), their arrivals and amounts. */
  idx: Int32Array;
  arrivals: Float64Array;
  amounts: Float64Array;
  /** Running sums of `amounts`: the tally when nothing is taken out. */
  sums: Float64Array;
}

const tumblingBuckets = new WeakMap<readonly Row[], Bucket[]>();

/** Each tumbling window's place among `windows` (ascending starts), looked up by its start. */
function slotFinder(windows: readonly WindowRef[], size: number): (start: number) => number {
  const first = windows[0]?.start ?? 0;
  const last = windows.at(-1)?.start ?? 0;
  const steps = (last - first) / size;
  // Starts one size apart (as a tumbling grid's are): an array indexed by step answers.
  if (Number.isInteger(steps) && steps <= 4 * windows.length + 1024) {
    const at = new Int32Array(steps + 1).fill(-1);
    let aligned = true;
    windows.forEach((w, k) => {
      const step = (w.start - first) / size;
      if (Number.isInteger(step)) at[step] = k;
      else aligned = false;
    });
    if (aligned) {
      return (start) => {
        const step = (start - first) / size;
        return step >= 0 && step <= steps && Number.isInteger(step) ? at[step]! : -1;
      };
    }
  }
  const slot = new Map(windows.map((w, i) => [w.start, i]));
  return (start) => slot.get(start) ?? -1;
}

function bucketsOf(run: LabRun): Bucket[] {
  let buckets = tumblingBuckets.get(run.truth);
  if (buckets !== undefined) return buckets;
  const spec = normalizeWindow(run.settings.window);
  if (spec.kind !== 'tumbling') throw new Error('bucketsOf is for tumbling windows');
  const windows = [...new Map(run.truth.map((r) => [r.window.start, r.window])).values()].sort(
    (a, b) => a.start - b.start,
  );
  const { size, offset = 0 } = spec;
  const slotOf = slotFinder(windows, size);
  const events = run.events;
  const n = events.length;
  const times = orderTimes(events);
  const amountOf = orderAmounts(events);
  // Counting sort by window: each order's slot, the windows' offsets, then the orders in place.
  const slots = new Int32Array(n);
  const offsets = new Int32Array(windows.length + 1);
  for (let i = 0; i < n; i++) {
    const k = slotOf(windowStart(times.eventTime[i]!, offset, size));
    slots[i] = k;
    if (k >= 0) offsets[k + 1]!++;
  }
  for (let k = 0; k < windows.length; k++) offsets[k + 1]! += offsets[k]!;
  const total = offsets[windows.length]!;
  const idx = new Int32Array(total);
  const arrivals = new Float64Array(total);
  const amounts = new Float64Array(total);
  const fill = offsets.slice(0, windows.length);
  for (let i = 0; i < n; i++) {
    const k = slots[i]!;
    if (k < 0) continue;
    const at = fill[k]!++;
    idx[at] = i;
    arrivals[at] = times.arrivalTime[i]!;
    amounts[at] = amountOf[i]!;
  }
  const sums = new Float64Array(total);
  buckets = windows.map((window, k) => {
    const from = offsets[k]!;
    const to = offsets[k + 1]!;
    let acc = 0;
    for (let j = from; j < to; j++) sums[j] = acc += amounts[j]!;
    return {
      window,
      idx: idx.subarray(from, to),
      arrivals: arrivals.subarray(from, to),
      amounts: amounts.subarray(from, to),
      sums: sums.subarray(from, to),
    };
  });
  tumblingBuckets.set(run.truth, buckets);
  return buckets;
}

const indexById = new WeakMap<readonly OrderEvent[], (id: number) => number | undefined>();

/**
 * Each order's position by its id. Generated orders are numbered 0, 1, 2... (and imported ones
 * usually are too): then a typed array answers, instead of a Map of 30,000 entries.
 */
function positionsById(events: readonly OrderEvent[]): (id: number) => number | undefined {
  // One pass, into room for ids up to the orders' count (as numbered ids are); a larger id grows
  // it up to the bound, a fraction or a negative one falls back to a Map.
  const bound = 4 * events.length + 16;
  let at = new Int32Array(Math.min(bound, events.length + 16) + 1).fill(-1);
  let max = -1;
  for (let i = 0; i < events.length; i++) {
    const id = events[i]!.id;
    if (!Number.isInteger(id) || id < 0 || id > bound) {
      const byId = new Map(events.map((e, i) => [e.id, i]));
      return (id) => byId.get(id);
    }
    if (id >= at.length) {
      const grown = new Int32Array(bound + 1).fill(-1);
      grown.set(at);
      at = grown;
    }
    at[id] = i;
    if (id > max) max = id;
  }
  return (id) => {
    const i = Number.isInteger(id) && id >= 0 && id <= max ? at[id]! : -1;
    return i >= 0 ? i : undefined;
  };
}
const masks = new WeakMap<readonly OrderEvent[], Uint8Array>();

/**
 * 1 at each index of `events` whose order is in `dropped`, once per dropped list (the lane's
 * tallies and its canvas both ask for it on every settings change).
 */
export function droppedMask(
  events: readonly OrderEvent[],
  dropped: readonly OrderEvent[],
): Uint8Array {
  let mask = masks.get(dropped);
  if (mask?.length === events.length) return mask;
  let position = indexById.get(events);
  if (position === undefined) {
    position = positionsById(events);
    indexById.set(events, position);
  }
  mask = new Uint8Array(events.length);
  for (const e of dropped) {
    const i = position(e.id);
    if (i !== undefined) mask[i] = 1;
  }
  masks.set(dropped, mask);
  return mask;
}

/**
 * Tumbling windows only: every truth window with the orders the stream did not drop. An order has
 * one tumbling window, so an order the stream did not drop is one its window took. Equals
 * `tallyWindows(run, [], (e) => !dropped.has(e.id))` (a test pins it), in typed-array loops.
 */
export function tallyKept(run: LabRun, dropped: readonly OrderEvent[]): WindowTally[] {
  let byTruth = keptTallies.get(dropped);
  if (byTruth === undefined) keptTallies.set(dropped, (byTruth = new WeakMap()));
  let tallies = byTruth.get(run.truth);
  if (tallies === undefined) {
    tallies = tallyBuckets(run, droppedMask(run.events, dropped));
    byTruth.set(run.truth, tallies);
  }
  return tallies;
}

// Per dropped list and truth (the truth changes with the orders and the window): a big run's
// lanes prepare the stream's tallies ahead, in a task of their own.
const keptTallies = new WeakMap<readonly OrderEvent[], WeakMap<readonly Row[], WindowTally[]>>();

/**
 * Tumbling windows: each truth window's orders, less those `gone` flags (none when null). A window
 * that loses nothing hands out its bucket's own arrays (read-only, like every tally's).
 */
function tallyBuckets(run: LabRun, gone: Uint8Array | null): WindowTally[] {
  return bucketsOf(run).map(({ window, idx, arrivals: all, amounts, sums: allSums }) => {
    let n = idx.length;
    if (gone !== null) for (let j = 0; j < idx.length; j++) n -= gone[idx[j]!]!;
    if (n === idx.length) return { window, arrivals: all, sums: allSums };
    const arrivals = new Float64Array(n);
    const sums = new Float64Array(n);
    let acc = 0;
    let k = 0;
    for (let j = 0; j < idx.length; j++) {
      if (gone![idx[j]!] === 1) continue;
      arrivals[k] = all[j]!;
      sums[k++] = acc += amounts[j]!;
    }
    return { window, arrivals, sums };
  });
}

/** What a window holds at the playhead: the sum (cents) and count of its orders arrived by then. */
export function tallyAt(w: WindowTally, playhead: number): { value: number; count: number } {
  const n = countAtOrBefore(w.arrivals, playhead);
  return { value: n > 0 ? w.sums[n - 1]! : 0, count: n };
}
