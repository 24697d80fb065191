// Backfill after a bug: the revenue formula counted the tax twice until `foundAt`. A batch shop
// re-runs the nightly jobs that ran with the bug; a Kappa shop replays the log from offset 0 into
// a fixed job version while the old one keeps serving, then switches, if the log still holds it.
import type { OrderEvent, Row, WindowRef } from '../core/types';
import { check, finiteNumber, nonNegative, positive } from '../core/validate';
import { windowStart } from '../windows/assign';
import { logOf, offsetAt, revenueOf, sortRows } from './job';

export interface BackfillConfig {
  /** The nightly job's period (a day); results are revenue per product per period. */
  period: number;
  /** When the bug is found and the fixed version deployed (processing time). */
  foundAt: number;
  /** When the buggy version went live; default: it always was. */
  bugFrom?: number;
  /** How long the log keeps an order after it arrived (Kafka's retention.ms); Infinity = forever. */
  retention: number;
  /** Log time the replay reads per unit of processing time (100 = a day of orders in ~15 minutes). */
  replaySpeed: number;
  /** A nightly job starts this long after its period ends... */
  batchRunDelay: number;
  /** ...and runs this long. Re-runs go one after another. */
  batchDuration: number;
}

/** One nightly job to re-run. */
export interface Rerun {
  period: WindowRef;
  /** When it first ran, with the bug. */
  ranAt: number;
  /** Orders it reads again. */
  orders: number;
  /** When its fixed result is written. */
  doneAt: number;
}

/** The part of the log a replay needed but retention had already deleted. */
export interface Uncovered {
  /** Arrival times [from, to) of the deleted orders. */
  from: number;
  to: number;
  orders: number;
  /** Their revenue with the fixed formula: what the rebuilt results miss. */
  revenue: number;
  periods: WindowRef[];
}

export interface BackfillRun {
  /** Orders that arrived before the fix: the history a backfill must redo (offsets [0, historyEnd)). */
  historyEnd: number;
  /** The fixed job's truth over that history, per product and period. */
  truth: Row[];
  /** What the buggy version serves for it at `foundAt`. */
  buggy: Row[];
  batch: { reruns: Rerun[]; work: number; rightAt: number; result: Row[] };
  /**
   * Lambda with the fix in its batch code: the next nightly run recomputes all history from the
   * master data set (every order ever, no retention limit), and the serving layer switches to it.
   */
  lambda: { recomputeAt: number; rightAt: number; work: number };
  kappa: {
    /** The replay must start at offset 0 (the first order's arrival)... */
    needFrom: number;
    /** ...the log keeps orders that arrived at or after this when the replay starts. */
    keptFrom: number;
    /** First offset still in the log. */
    replayFrom: number;
    uncovered: Uncovered | null;
    /** Orders the replay reads. */
    work: number;
    /** When the new version has caught up and takes over from the old one. */
    switchAt: number;
    /** What it serves after the switch. */
    result: Row[];
    /** Right again when it switches, unless retention cut the replay short. */
    rightAt: number;
  };
}

/**
 * Plans both backfills for the orders in `events` (see BackfillConfig). The batch re-runs read
 * the data lake, which keeps every day's orders, so they always reach the truth; the Kappa replay
 * reads only what retention left in the log, and reports the range it could not cover plainly.
 * Results cover the history (orders that arrived before `foundAt`); later orders go through the
 * fixed version in both worlds. Throws EngineInputError for a bad setting.
 */
export function planBackfill(events: readonly OrderEvent[], config: BackfillConfig): BackfillRun {
  const period = positive(config.period, 'backfill period');
  const foundAt = finiteNumber(config.foundAt, 'bug found at');
  const bugFrom = config.bugFrom === undefined ? -Infinity : config.bugFrom;
  check(
    !Number.isNaN(bugFrom) && bugFrom <= foundAt,
    `invalid bug start: ${bugFrom} (must be <= bug found at ${foundAt})`,
  );
  const retention = nonNegative(config.retention === Infinity ? 0 : config.retention, 'retention');
  const keepsAll = config.retention === Infinity;
  const speed = positive(config.replaySpeed, 'replay speed');
  const runDelay = nonNegative(config.batchRunDelay, 'batch run delay');
  const duration = nonNegative(config.batchDuration, 'batch duration');
  const log = logOf(events);
  const historyEnd = offsetAt(log, foundAt);
  const history = log.slice(0, historyEnd);
  const periodOf = (o: OrderEvent): WindowRef => {
    const start = windowStart(o.eventTime, 0, period);
    return { start, end: start + period };
  };
  const rows = (orders: readonly OrderEvent[], buggy: (o: OrderEvent) => boolean) =>
    sumRows(orders, periodOf, (o) => revenueOf(o.amount, buggy(o) ? 'tax-twice' : 'correct'));
  const isBuggy = (o: OrderEvent) => o.arrivalTime >= bugFrom;
  const truth = rows(history, () => false);
  const buggy = rows(history, isBuggy);

  // Batch: every nightly job that ran with the bug before it was found runs again.
  const periods = new Map<number, { period: WindowRef; orders: number }>();
  for (const o of history) {
    const p = periodOf(o);
    const entry = periods.get(p.start) ?? { period: p, orders: 0 };
    entry.orders += 1;
    periods.set(p.start, entry);
  }
  const reruns: Rerun[] = [];
  let clock = foundAt;
  for (const { period: p, orders } of [...periods.values()].sort(
    (a, b) => a.period.start - b.period.start,
  )) {
    const ranAt = p.end + runDelay;
    if (ranAt < bugFrom || ranAt + duration > foundAt) continue;
    clock += duration;
    reruns.push({ period: p, ranAt, orders, doneAt: clock });
  }
  const batchWork = reruns.reduce((s, r) => s + r.orders, 0);

  // Kappa: a new version replays the log from offset 0 while the old one serves.
  const needFrom = log[0]?.arrivalTime ?? foundAt;
  const keptFrom = keepsAll ? -Infinity : foundAt - retention;
  const replayFrom = keepsAll ? 0 : offsetAt(log, keptFrom);
  let uncovered: Uncovered | null = null;
  if (replayFrom > 0) {
    const lost = log.slice(0, Math.min(replayFrom, historyEnd));
    const touched = new Map<number, WindowRef>();
    for (const o of lost) touched.set(periodOf(o).start, periodOf(o));
    uncovered = {
      from: needFrom,
      to: keptFrom,
      orders: lost.length,
      revenue: lost.reduce((s, o) => s + o.amount, 0),
      periods: [...touched.values()].sort((a, b) => a.start - b.start),
    };
  }
  const replayStart = log[replayFrom]?.arrivalTime ?? foundAt;
  const switchAt = foundAt + Math.max(0, foundAt - Math.min(replayStart, foundAt)) / speed;
  const result = rows(history.slice(Math.min(replayFrom, historyEnd)), () => false);
  // Lambda: the first nightly run that starts after the fix recomputes everything.
  const dayStart = Math.floor(foundAt / period) * period;
  const recomputeAt =
    dayStart + runDelay > foundAt ? dayStart + runDelay : dayStart + period + runDelay;
  return {
    historyEnd,
    truth,
    buggy,
    lambda: { recomputeAt, rightAt: recomputeAt + duration, work: historyEnd },
    batch: { reruns, work: batchWork, rightAt: clock, result: truth },
    kappa: {
      needFrom,
      keptFrom,
      replayFrom,
      uncovered,
      work: Math.max(0, historyEnd - replayFrom),
      switchAt,
      result,
      rightAt: uncovered === null ? switchAt : Infinity,
    },
  };
}

/** Sums per (key, window) of any revenue function; rows by window start, then key. */
export function sumRows(
  orders: readonly OrderEvent[],
  windowOf: (o: OrderEvent) => WindowRef,
  revenue: (o: OrderEvent) => number,
): Row[] {
  const byId = new Map<string, Row>();
  for (const o of orders) {
    const w = windowOf(o);
    const id = `${o.key}|${w.start}`;
    const row = byId.get(id) ?? { key: o.key, window: w, value: 0, count: 0 };
    row.value += revenue(o);
    row.count += 1;
    byId.set(id, row);
  }
  return sortRows([...byId.values()]);
}
