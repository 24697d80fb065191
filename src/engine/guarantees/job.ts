// The stream job the guarantees lab crashes, upgrades and backfills: the lab's stream pipeline
// (runStream decides which orders its watermark accepts) reading a log of orders in arrival order,
// and writing each accepted order's revenue to its window's row as it processes it.
import type { OrderEvent, Row, StreamConfig, WindowRef, WindowSpec } from '../core/types';
import { bisector } from 'd3-array';
import { compareTimes } from '../core/sorted';
import { check, EngineInputError, oneOf } from '../core/validate';
import { runStream } from '../pipelines/stream';
import { assignNormalized, normalizeWindow } from '../windows/assign';

const byArrival = bisector<OrderEvent, number>((e, t) => compareTimes(e.arrivalTime, t));
const byValue = bisector<{ value: number }, number>((m, v) => compareTimes(m.value, v));

/** How the job turns an order into revenue: right, or with the tax counted twice (the bug). */
export type RevenueFormula = 'correct' | 'tax-twice';
export const REVENUE_FORMULAS: readonly RevenueFormula[] = ['correct', 'tax-twice'];

/** The tax already inside every amount; the buggy formula adds it a second time. */
export const TAX_RATE = 0.2;

/** Revenue of one order, in whole cents. */
export function revenueOf(amount: number, formula: RevenueFormula): number {
  return formula === 'correct' ? amount : amount + Math.round(amount * TAX_RATE);
}

/** One log entry as the job sees it. */
export interface JobRecord {
  /** Position in the log (orders sorted by arrival, ties by id). */
  offset: number;
  order: OrderEvent;
  /** Index of its (key, window) state in `GuaranteeJob.states`. */
  state: number;
  /** False when the watermark had passed its window (the late side output). */
  accepted: boolean;
  revenue: number;
}

/** A (key, window) state: alive from its first accepted order until the watermark clears it. */
export interface KeyedState {
  key: string;
  window: WindowRef;
  bornAt: number;
  /** Processing time of the watermark that cleared it (end - 1 + allowed lateness); Infinity = never. */
  clearedAt: number;
}

export interface GuaranteeJob {
  /** The log: orders by arrival, ties by id; offset = index. */
  log: OrderEvent[];
  records: JobRecord[];
  states: KeyedState[];
  watermarks: { at: number; value: number }[];
  /** The job's windows: the lab's, with sliding and session windows replaced (see jobWindow). */
  window: WindowSpec;
  allowedLateness: number;
  formula: RevenueFormula;
}

/**
 * The windows the guarantees job keeps: tumbling and global windows as they are; a sliding window
 * becomes a tumbling one of its size, a session one of its gap. Every order then belongs to exactly
 * one window, so "which orders were lost or counted twice" has one answer per order.
 */
export function jobWindow(spec: WindowSpec): WindowSpec {
  switch (spec.kind) {
    case 'tumbling':
    case 'global':
      return spec;
    case 'sliding':
      return spec.offset === undefined
        ? { kind: 'tumbling', size: spec.size }
        : { kind: 'tumbling', size: spec.size, offset: spec.offset };
    case 'session':
      return { kind: 'tumbling', size: spec.gap };
  }
}

/** Orders in arrival order, ties by lower id: the log a Kafka topic would hold. */
export function logOf(events: readonly OrderEvent[]): OrderEvent[] {
  return [...events].sort((a, b) => a.arrivalTime - b.arrivalTime || a.id - b.id);
}

/** Number of log entries that arrived strictly before `t` (the offset a barrier or crash at t sees). */
export function offsetAt(log: readonly OrderEvent[], t: number): number {
  return byArrival.left(log, t);
}

/** Processing time at which the watermark first reached `value`; Infinity if it never did. */
export function watermarkReached(marks: readonly { at: number; value: number }[], value: number) {
  const i = byValue.left(marks, value);
  return i < marks.length ? marks[i]!.at : Infinity;
}

/**
 * Builds the job over `events` with the lab's stream settings. runStream decides which orders
 * are accepted (the same decisions in every replay: the lab replays each order with the arrival
 * time the log recorded, so the watermark moves the same way). Throws EngineInputError for a bad
 * config or formula.
 */
export function buildJob(
  events: readonly OrderEvent[],
  stream: StreamConfig,
  formula: RevenueFormula = 'correct',
): GuaranteeJob {
  oneOf(formula, REVENUE_FORMULAS, 'revenue formula');
  if (!Array.isArray(events)) throw new EngineInputError('invalid events: must be an array');
  const window = normalizeWindow(jobWindow(stream.window));
  const log = logOf(events);
  const run = runStream(log, { ...stream, window, accumulation: 'discarding' });
  const dropped = new Set(run.dropped);
  const allowedLateness = stream.allowedLateness ?? 0;
  const states: KeyedState[] = [];
  const index = new Map<string, number>();
  const records = log.map((order, offset): JobRecord => {
    const w = assignNormalized(order.eventTime, window)[0];
    check(w !== undefined, `order ${order.id} has no window`);
    const id = `${order.key}|${w.start}`;
    let state = index.get(id);
    const accepted = !dropped.has(order);
    if (state === undefined) {
      state = states.length;
      index.set(id, state);
      states.push({ key: order.key, window: w, bornAt: Infinity, clearedAt: Infinity });
    }
    const st = states[state]!;
    if (accepted && st.bornAt === Infinity) st.bornAt = order.arrivalTime;
    return { offset, order, state, accepted, revenue: revenueOf(order.amount, formula) };
  });
  for (const st of states) {
    st.clearedAt = watermarkReached(run.watermarks, st.window.end - 1 + allowedLateness);
  }
  return { log, records, states, watermarks: run.watermarks, window, allowedLateness, formula };
}

/** Rows per (key, window) from per-record multiplicities, sorted by window start then key. */
export function totalsOf(job: GuaranteeJob, times: (r: JobRecord) => number): Row[] {
  const sums = new Map<number, Row>();
  for (const r of job.records) {
    const k = r.accepted ? times(r) : 0;
    if (k === 0) continue;
    const st = job.states[r.state]!;
    let row = sums.get(r.state);
    if (row === undefined) {
      row = { key: st.key, window: st.window, value: 0, count: 0 };
      sums.set(r.state, row);
    }
    row.value += k * r.revenue;
    row.count += k;
  }
  return sortRows([...sums.values()]);
}

export function sortRows(rows: Row[]): Row[] {
  const cmp = (x: number | string, y: number | string) => (x < y ? -1 : x > y ? 1 : 0);
  return rows.sort((a, b) => cmp(a.window.start, b.window.start) || cmp(a.key, b.key));
}
