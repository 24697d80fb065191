// Lambda vs Kappa: Lambda's batch layer recomputes the truth nightly, its speed layer covers what
// arrived since, and the serving layer merges them; two codebases, so a fix made in one and not the
// other makes them disagree. Kappa runs one pipeline and rebuilds by replay.
import type { OrderEvent, WindowRef } from '../core/types';
import { finiteNumber, nonNegative, oneOf, positive } from '../core/validate';
import { windowStart } from '../windows/assign';
import { REVENUE_FORMULAS, revenueOf, type RevenueFormula } from './job';
import { countAtOrBefore } from '../core/sorted';

export interface LambdaConfig {
  period: number;
  /** The nightly batch job starts this long after its period ends and runs `batchDuration`. */
  batchRunDelay: number;
  batchDuration: number;
  /** The formula each codebase uses: patch one and not the other to see them disagree. */
  batchFormula: RevenueFormula;
  speedFormula: RevenueFormula;
}

/** One period's revenue (all products) as each layer sees it at a moment. */
export interface LambdaPeriod {
  period: WindowRef;
  /** The batch layer's result, once that night's job has finished (null before). */
  batch: number | null;
  /** The speed layer's running total over the orders arrived so far. */
  speed: number;
  /** What the serving layer answers: the batch view where it exists, the speed view otherwise. */
  served: number;
  source: 'batch' | 'speed';
  /** Both layers have a number and they differ. */
  disagree: boolean;
}

/**
 * What Lambda serves at processing time `at`, per period. The batch layer reads every order of
 * the period that had arrived when its job started; the speed layer every order arrived by `at`.
 * With the same formula, a period's served number only grows by late orders when it moves from
 * the speed view to the batch view; with different formulas it jumps, and `disagree` says so.
 */
export function lambdaAt(
  events: readonly OrderEvent[],
  config: LambdaConfig,
  at: number,
): LambdaPeriod[] {
  return lambdaTimeline(events, config)(finiteNumber(at, 'time'));
}

/**
 * lambdaAt for many moments: indexes the orders once (per period: arrivals in order with running
 * sums), then answers each moment in O(periods × log n), as a playhead needs.
 */
export function lambdaTimeline(
  events: readonly OrderEvent[],
  config: LambdaConfig,
): (at: number) => LambdaPeriod[] {
  const period = positive(config.period, 'period');
  const runDelay = nonNegative(config.batchRunDelay, 'batch run delay');
  const duration = nonNegative(config.batchDuration, 'batch duration');
  const bf = oneOf(config.batchFormula, REVENUE_FORMULAS, 'batch formula');
  const sf = oneOf(config.speedFormula, REVENUE_FORMULAS, 'speed formula');
  const byPeriod = new Map<number, { period: WindowRef; orders: OrderEvent[] }>();
  for (const o of events) {
    const start = windowStart(o.eventTime, 0, period);
    const entry = byPeriod.get(start) ?? { period: { start, end: start + period }, orders: [] };
    entry.orders.push(o);
    byPeriod.set(start, entry);
  }
  const periods = [...byPeriod.values()]
    .sort((a, b) => a.period.start - b.period.start)
    .map(({ period: p, orders }) => {
      orders.sort((a, b) => a.arrivalTime - b.arrivalTime);
      const arrivals = Float64Array.from(orders, (o) => o.arrivalTime);
      const speedSums = new Float64Array(orders.length);
      let speed = 0;
      let batch = 0;
      let speedOfBatch = 0; // the speed layer over the same orders the batch job read
      orders.forEach((o, k) => {
        speedSums[k] = speed += revenueOf(o.amount, sf);
        if (o.arrivalTime < p.end + runDelay) {
          batch += revenueOf(o.amount, bf);
          speedOfBatch += revenueOf(o.amount, sf);
        }
      });
      return { period: p, arrivals, speedSums, batch, speedOfBatch };
    });
  return (at) => {
    const out: LambdaPeriod[] = [];
    for (const p of periods) {
      const n = countAtOrBefore(p.arrivals, at);
      if (n === 0) continue;
      const done = p.period.end + runDelay + duration <= at;
      const speed = p.speedSums[n - 1]!;
      out.push({
        period: p.period,
        batch: done ? p.batch : null,
        speed,
        served: done ? p.batch : speed,
        source: done ? 'batch' : 'speed',
        disagree: done && p.batch !== p.speedOfBatch,
      });
    }
    return out;
  };
}
