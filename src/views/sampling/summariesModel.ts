// The two other one-pass summaries, fed the same arrived orders: HyperLogLog counting distinct
// customers (estimate, exact count and the ±σ bands as orders flow, and the register each order
// touched) and Space-Saving keeping a top-products-by-revenue leaderboard in a few counters.
import {
  type HyperLogLog,
  type OrderEvent,
  type SpaceSaving,
  type SpaceSavingEntry,
} from '../../engine';
import { sampling } from '../../engine/summaries';
import type { Summary } from './feed';

const createHyperLogLog = sampling.createHyperLogLog;
const createSpaceSaving = sampling.createSpaceSaving;

/** Bytes an exact set spends per id at the very least: one 8-byte number (no hashing overhead). */
export const EXACT_BYTES_PER_ID = 8;

export interface HllTouch {
  customer: number;
  register: number;
  rank: number;
  changed: boolean;
}

export interface HllView {
  precision: number;
  m: number;
  /** Relative standard error 1.04 / sqrt(m). */
  se: number;
  estimate: number;
  exact: number;
  registers: Uint8Array;
  last: HllTouch | null;
  /** After each order fed (index = orders fed - 1): the exact count and the estimate. */
  exactSeries: readonly number[];
  estimateSeries: readonly number[];
  memory: { sketch: number; exactSet: number };
}

/** HyperLogLog of the orders' customer ids at `precision`, beside an exact set of them. */
export function hllSummary(precision: number): Summary<HllView> {
  let hll: HyperLogLog;
  let seen: Set<number>;
  let last: HllTouch | null;
  let exactSeries: number[];
  let estimateSeries: number[];
  const reset = () => {
    hll = createHyperLogLog(precision);
    seen = new Set();
    last = null;
    exactSeries = [];
    estimateSeries = [];
  };
  reset();
  return {
    reset,
    offer(order: OrderEvent) {
      if (order.customer !== undefined) {
        const touch = hll.add(order.customer);
        seen.add(order.customer);
        last = { customer: order.customer, ...touch };
      }
      exactSeries.push(seen.size);
      estimateSeries.push(hll.estimate());
    },
    view() {
      return {
        precision,
        m: hll.size,
        se: hll.standardError(),
        estimate: hll.estimate(),
        exact: seen.size,
        registers: hll.registers(),
        last,
        exactSeries,
        estimateSeries,
        memory: { sketch: hll.memoryBytes(), exactSet: seen.size * EXACT_BYTES_PER_ID },
      };
    },
  };
}

/** Distinct customers among all the run's orders: where the chart's y axis has to reach. */
export function distinctCustomers(events: readonly OrderEvent[]): number {
  const s = new Set<number>();
  for (const e of events) if (e.customer !== undefined) s.add(e.customer);
  return s.size;
}

/** Whether `estimate` lies within exact × (1 ± sigmas · se). */
export function withinBand(estimate: number, exact: number, se: number, sigmas = 3): boolean {
  return Math.abs(estimate - exact) <= sigmas * se * exact + 1e-9;
}

export interface LeaderRow {
  rank: number;
  /** The true r-th product by revenue, and its revenue in cents. */
  exactKey: string;
  exactRevenue: number;
  /** Space-Saving's r-th counter, or null when it holds fewer counters than r. */
  estimate: SpaceSavingEntry<string> | null;
  /** Space-Saving puts the same product at this rank. */
  sameKey: boolean;
}

export interface LeaderboardView {
  capacity: number;
  rows: LeaderRow[];
  /** Exact revenue per product, for the estimate's interval to be drawn against. */
  exact: Map<string, number>;
  held: Map<string, SpaceSavingEntry<string>>;
  memory: { counters: number; exactKeys: number };
  total: number;
}

/** Space-Saving of revenue per product with `capacity` counters, beside an exact map. */
export function leaderboardSummary(capacity: number): Summary<LeaderboardView> {
  let ss: SpaceSaving<string>;
  let exact: Map<string, number>;
  const reset = () => {
    ss = createSpaceSaving<string>(capacity);
    exact = new Map();
  };
  reset();
  return {
    reset,
    offer(order: OrderEvent) {
      // Space-Saving needs a weight > 0; a free order changes no revenue ranking.
      if (order.amount > 0) ss.add(order.key, order.amount);
      exact.set(order.key, (exact.get(order.key) ?? 0) + order.amount);
    },
    view() {
      const top = ss.top();
      const ranking = [...exact].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
      const rows = ranking.map(([key, revenue], i): LeaderRow => {
        const estimate = top[i] ?? null;
        return {
          rank: i + 1,
          exactKey: key,
          exactRevenue: revenue,
          estimate,
          sameKey: estimate?.key === key,
        };
      });
      return {
        capacity,
        rows,
        exact: new Map(exact),
        held: new Map(top.map((e) => [e.key, e])),
        memory: { counters: ss.memory(), exactKeys: exact.size },
        total: ss.total(),
      };
    },
  };
}

/** "256 B", "3.9 KB", "7.6 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Number((bytes / 1024).toPrecision(2))} KB`;
  return `${Number((bytes / 1024 / 1024).toPrecision(2))} MB`;
}
