// The one reference aggregation (sum of amount, count of events, per key and window) plus the
// input helpers every pipeline shares: event validation, arrival ordering, typed columns.
// groundTruth, queryAt and the batch pipeline all aggregate here, so "the truth" has one definition.
import type { OrderEvent, Row, WindowSpec } from '../core/types';
import { describeValue, EngineInputError } from '../core/validate';
import { GLOBAL_WINDOW, normalizeWindow, windowStart } from '../windows/assign';
import { countAtOrBefore } from '../core/sorted';

// One spelling of a value in error messages, shared by every pipeline.
export { describeValue };

function badEvent(i: number, field: string, value: unknown, rule: string): never {
  throw new EngineInputError(`invalid event ${i}: ${field} ${describeValue(value)} (${rule})`);
}

/**
 * Checks every event's fields and throws `invalid event 3: eventTime NaN (must be a finite number)`
 * (the number is the index in the array) for the first bad one.
 */
export function validateEvents(events: readonly OrderEvent[]): void {
  if (!Array.isArray(events)) {
    throw new EngineInputError(`invalid events: ${describeValue(events)} (must be an array)`);
  }
  for (let i = 0; i < events.length; i++) {
    const e = events[i] as OrderEvent | null | undefined;
    if (e === null || typeof e !== 'object') {
      throw new EngineInputError(`invalid event ${i}: ${describeValue(e)} (must be an object)`);
    }
    if (!Number.isFinite(e.id)) badEvent(i, 'id', e.id, 'must be a finite number');
    if (typeof e.key !== 'string') badEvent(i, 'key', e.key, 'must be a string');
    if (!Number.isFinite(e.amount)) badEvent(i, 'amount', e.amount, 'must be a finite number');
    if (!Number.isFinite(e.eventTime))
      badEvent(i, 'eventTime', e.eventTime, 'must be a finite number');
    if (!Number.isFinite(e.arrivalTime)) {
      badEvent(i, 'arrivalTime', e.arrivalTime, 'must be a finite number');
    }
  }
}

const byArrival = (a: OrderEvent, b: OrderEvent) => a.arrivalTime - b.arrivalTime || a.id - b.id;

/**
 * The events in the order every pipeline reads them: arrivalTime, ties by lower id. Returns the
 * input itself when it is already in that order (the generator's output is), else a sorted copy;
 * never mutates the input.
 */
export function inArrivalOrder(events: readonly OrderEvent[]): readonly OrderEvent[] {
  for (let i = 1; i < events.length; i++) {
    if (byArrival(events[i - 1]!, events[i]!) > 0) return [...events].sort(byArrival);
  }
  return events;
}

/** Code-unit order for keys: deterministic, unlike localeCompare. */
export function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Sorts rows by window start, then end, then key: the order of every pipeline's output. */
export function compareRows(a: Row, b: Row): number {
  return (
    a.window.start - b.window.start || a.window.end - b.window.end || compareKeys(a.key, b.key)
  );
}

/**
 * Validated events in arrival order, as typed columns for hot loops (a million scattered
 * objects cost a cache miss per field read; typed arrays do not). `key[i]` is event i's rank in
 * `names`, the distinct keys sorted by `compareKeys`, so sorting by rank sorts by key.
 */
export interface Columns {
  /** The events in arrival order (ties: lower id): the input itself when already so. */
  events: readonly OrderEvent[];
  names: string[];
  key: Int32Array;
  id: Float64Array;
  amount: Float64Array;
  eventTime: Float64Array;
  arrivalTime: Float64Array;
}

/**
 * Builds `Columns` in one pass over the events, validating them on the way (same messages as
 * `validateEvents`). An input not in arrival order is sorted as a copy first.
 */
export function toColumns(input: readonly OrderEvent[]): Columns {
  if (!Array.isArray(input)) validateEvents(input);
  const n = input.length;
  const id = new Float64Array(n);
  const amount = new Float64Array(n);
  const eventTime = new Float64Array(n);
  const arrivalTime = new Float64Array(n);
  const key = new Int32Array(n);
  const firstSeen = new Map<string, number>();
  const seen: string[] = [];
  let sorted = true;
  let lastKey: string | undefined;
  let lastRank = -1;
  for (let i = 0; i < n; i++) {
    const e = input[i]!;
    // One cheap guard per event; the slow validator then names the exact problem.
    if (typeof e !== 'object' || e === null || typeof e.key !== 'string') validateEvents(input);
    const a = e.arrivalTime;
    const ident = e.id;
    if (!(Number.isFinite(a) && Number.isFinite(ident) && Number.isFinite(e.eventTime))) {
      validateEvents(input);
    }
    if (!Number.isFinite(e.amount)) validateEvents(input);
    id[i] = ident;
    amount[i] = e.amount;
    eventTime[i] = e.eventTime;
    arrivalTime[i] = a;
    if (i > 0 && (a < arrivalTime[i - 1]! || (a === arrivalTime[i - 1]! && ident < id[i - 1]!))) {
      sorted = false;
    }
    const k = e.key;
    if (k !== lastKey) {
      let rank = firstSeen.get(k);
      if (rank === undefined) {
        rank = seen.length;
        firstSeen.set(k, rank);
        seen.push(k);
      }
      lastKey = k;
      lastRank = rank;
    }
    key[i] = lastRank;
  }
  if (!sorted) return toColumns([...input].sort(byArrival));
  const order = seen.map((_, i) => i).sort((a, b) => compareKeys(seen[a]!, seen[b]!));
  const rank = new Int32Array(seen.length);
  order.forEach((first, r) => (rank[first] = r));
  for (let i = 0; i < n; i++) key[i] = rank[key[i]!]!;
  return {
    events: input,
    names: order.map((first) => seen[first]!),
    key,
    id,
    amount,
    eventTime,
    arrivalTime,
  };
}

/**
 * The reference aggregation: value = sum(amount) and count per key and window, rows sorted by
 * window start, end and key. Supports every window kind; sessions are merged per key by Flink's
 * rule (TimeWindow.mergeWindows, our `mergeSessions`). Validates its arguments.
 */
export function aggregate(events: readonly OrderEvent[], window: WindowSpec): Row[] {
  const w = normalizeWindow(window);
  return aggregateColumns(toColumns(events), w);
}

/**
 * `aggregate` over columns and a normalised window spec, for the events `select` lists (indices
 * into the columns, ascending) or, without it, the first `limit` events (default all).
 */
export function aggregateColumns(
  c: Columns,
  w: WindowSpec,
  select?: Int32Array,
  limit: number = c.id.length,
): Row[] {
  const count = select ? select.length : limit;
  if (count === 0) return [];
  if (w.kind === 'session') return aggregateSessions(c, w.gap, select, count);
  return aggregateAssigned(c, w, select, count);
}

/** Tumbling, sliding and global windows: one cell per (window index, key rank). */
function aggregateAssigned(
  c: Columns,
  w: Exclude<WindowSpec, { kind: 'session' }>,
  select: Int32Array | undefined,
  count: number,
): Row[] {
  const K = c.names.length;
  const global = w.kind === 'global';
  const step = w.kind === 'tumbling' ? w.size : w.kind === 'sliding' ? w.slide : 1;
  const size = global ? Infinity : w.size;
  const offset = global ? 0 : (w.offset ?? 0);
  const indexOf = (start: number) => Math.round((start - offset) / step);
  let minTime = Infinity;
  let maxTime = -Infinity;
  for (let s = 0; s < count; s++) {
    const t = c.eventTime[select ? select[s]! : s]!;
    if (t < minTime) minTime = t;
    if (t > maxTime) maxTime = t;
  }
  // Window indices run from the first window of the earliest event to the last of the latest.
  const lo = global ? 0 : indexOf(windowStart(minTime, offset, step)) - Math.ceil(size / step);
  const hi = global ? 0 : indexOf(windowStart(maxTime, offset, step));
  const cells = (hi - lo + 1) * K;
  // Dense arrays when they stay proportional to the input; a map of cells otherwise.
  const dense = cells <= 4 * count + 65_536;
  const values = dense ? new Float64Array(cells) : undefined;
  const counts = dense ? new Float64Array(cells) : undefined;
  const sparse = dense ? undefined : new Map<number, { value: number; count: number }>();
  for (let s = 0; s < count; s++) {
    const i = select ? select[s]! : s;
    const t = c.eventTime[i]!;
    const k = c.key[i]!;
    const amount = c.amount[i]!;
    let first: number;
    let last: number;
    if (global) {
      first = last = 0;
    } else {
      // Flink's SlidingEventTimeWindows: from the last start back while the window covers t.
      const lastStart = windowStart(t, offset, step);
      last = indexOf(lastStart);
      first = last;
      for (let start = lastStart - step; start > t - size; start -= step) first--;
    }
    for (let idx = first; idx <= last; idx++) {
      const cell = (idx - lo) * K + k;
      if (values && counts) {
        values[cell]! += amount;
        counts[cell]! += 1;
      } else {
        const acc = sparse!.get(cell);
        if (acc) {
          acc.value += amount;
          acc.count += 1;
        } else {
          sparse!.set(cell, { value: amount, count: 1 });
        }
      }
    }
  }
  const rows: Row[] = [];
  const emit = (cell: number, value: number, n: number) => {
    const idx = Math.floor(cell / K);
    const start = offset + (idx + lo) * step;
    const window = global ? { ...GLOBAL_WINDOW } : { start, end: start + size };
    rows.push({ key: c.names[cell - idx * K]!, window, value, count: n });
  };
  if (values && counts) {
    for (let cell = 0; cell < cells; cell++)
      if (counts[cell]! > 0) emit(cell, values[cell]!, counts[cell]!);
  } else {
    // Cell numbers sort exactly like (window start, key), and all windows share one size.
    for (const cell of Float64Array.from(sparse!.keys()).sort()) {
      const acc = sparse!.get(cell)!;
      emit(cell, acc.value, acc.count);
    }
  }
  return rows;
}

/**
 * Sessions per key: proto-windows [t, t + gap) sorted by start, each joining the current session
 * while it overlaps or touches it (t <= end): the sweep form of Flink's TimeWindow.mergeWindows
 * (our `mergeSessions`). Times are sorted natively per key, then each event is binned into its
 * session by binary search, so no comparator sort runs over a million indices.
 */
function aggregateSessions(
  c: Columns,
  gap: number,
  select: Int32Array | undefined,
  count: number,
): Row[] {
  const { key, eventTime, amount } = c;
  const K = c.names.length;
  const perKey = new Int32Array(K + 1);
  for (let s = 0; s < count; s++) perKey[key[select ? select[s]! : s]! + 1]! += 1;
  for (let k = 0; k < K; k++) perKey[k + 1]! += perKey[k]!;
  const times = new Float64Array(count);
  const fill = perKey.slice(0, K);
  for (let s = 0; s < count; s++) {
    const i = select ? select[s]! : s;
    times[fill[key[i]!]!++] = eventTime[i]!;
  }
  // Sessions of key k are sessions[first[k] .. first[k + 1]).
  const starts: number[] = [];
  const ends: number[] = [];
  const first = new Int32Array(K + 1);
  for (let k = 0; k < K; k++) {
    first[k] = starts.length;
    const own = times.subarray(perKey[k]!, perKey[k + 1]!).sort();
    for (const t of own) {
      const last = ends.length - 1;
      if (ends.length > first[k]! && t <= ends[last]!) {
        if (t + gap > ends[last]!) ends[last] = t + gap;
      } else {
        starts.push(t);
        ends.push(t + gap);
      }
    }
  }
  first[K] = starts.length;
  const values = new Float64Array(starts.length);
  const counts = new Float64Array(starts.length);
  for (let s = 0; s < count; s++) {
    const i = select ? select[s]! : s;
    const t = eventTime[i]!;
    const k = key[i]!;
    // The last session of the key starting at or before t holds t (the key's first when none does).
    const lo = Math.max(first[k]!, countAtOrBefore(starts, t, first[k]!, first[k + 1]!) - 1);
    values[lo]! += amount[i]!;
    counts[lo]! += 1;
  }
  const rows: Row[] = [];
  for (let k = 0; k < K; k++) {
    for (let x = first[k]!; x < first[k + 1]!; x++) {
      const window = { start: starts[x]!, end: ends[x]! };
      rows.push({ key: c.names[k]!, window, value: values[x]!, count: counts[x]! });
    }
  }
  return rows.sort(compareRows);
}
