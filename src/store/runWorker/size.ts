// Which runs go to the worker: those over enough orders that computing them on the page would
// be a long task. Measured (headless Chromium, production build, 2 shared cores, watermark steps
// over 4 hours): on the page, 12,000 orders take 64 ms a step (median; longest task 82 ms),
// 24,000 take 130 ms (longest task 185 ms); through the worker 138 and 206 ms, with no task over
// 65 ms. So from 20,000 orders up the worker wins; below, the page is faster and short enough.
import {
  scenarios,
  type LabRun,
  type LabSettings,
  type OrderEvent,
  type Scenario,
} from '../../engine';

const RATE_PER = scenarios.RATE_PER;

/** Orders at which a run moves off the page (tests pass their own). */
export const WORKER_THRESHOLD = 20_000;

/**
 * How many orders a run of `settings` covers: the imported file's, the current run's when the
 * scenario is unchanged, else the scenario's expected count (rate x duration).
 */
export function ordersOf(
  settings: LabSettings,
  imported: readonly OrderEvent[] | null,
  run: LabRun,
): { orders: number; estimated: boolean } {
  if (imported !== null) return { orders: imported.length, estimated: false };
  if (
    run.imported !== true &&
    JSON.stringify(run.settings.scenario) === JSON.stringify(settings.scenario)
  )
    return { orders: run.events.length, estimated: false };
  return { orders: expectedOrders(settings.scenario), estimated: true };
}

/** A scenario's expected order count: its rate (orders per RATE_PER) times its duration. */
export const expectedOrders = (s: Scenario): number => Math.round((s.rate * s.duration) / RATE_PER);
