// Lambda vs Kappa: Lambda's batch layer recomputes the truth nightly, its speed layer covers what
// arrived since, and the serving layer merges them; two codebases, so a fix made in one and not the
// other makes them disagree. Kappa runs one pipeline and rebuilds by replay.
import type { OrderEvent, WindowRef } from '../core/types';
import { finiteNumber, nonNegative, oneOf, positive } from '../core/validate';
import { assignWindows } from '../windows/assign';
import { REVENUE_FORMULAS, revenueOf, type RevenueFormula } from './job';

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
  const period = positive(config.period, 'period');
  const runDelay = nonNegative(config.batchRunDelay, 'batch run delay');
  const duration = nonNegative(config.batchDuration, 'batch duration');
  const bf = oneOf(config.batchFormula, REVENUE_FORMULAS, 'batch formula');
  const sf = oneOf(config.speedFormula, REVENUE_FORMULAS, 'speed formula');
  finiteNumber(at, 'time');
  const periods = new Map<
    number,
    { period: WindowRef; batch: number; speed: number; speedOfBatch: number }
  >();
  for (const o of events) {
    if (o.arrivalTime > at) continue;
    const p = assignWindows(o.eventTime, { kind: 'tumbling', size: period })[0]!;
    const entry = periods.get(p.start) ?? { period: p, batch: 0, speed: 0, speedOfBatch: 0 };
    entry.speed += revenueOf(o.amount, sf);
    if (o.arrivalTime < p.end + runDelay) {
      entry.batch += revenueOf(o.amount, bf);
      entry.speedOfBatch += revenueOf(o.amount, sf); // the speed layer over the same orders
    }
    periods.set(p.start, entry);
  }
  return [...periods.values()]
    .sort((a, b) => a.period.start - b.period.start)
    .map(({ period: p, batch, speed, speedOfBatch }): LambdaPeriod => {
      const done = p.end + runDelay + duration <= at;
      return {
        period: p,
        batch: done ? batch : null,
        speed,
        served: done ? batch : speed,
        source: done ? 'batch' : 'speed',
        disagree: done && batch !== speedOfBatch,
      };
    });
}
