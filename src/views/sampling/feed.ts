// Which orders have reached the pipeline at the playhead, and a small cache that feeds them to a
// one-pass summary incrementally: playing forward offers only the new orders, while scrubbing
// back or changing a setting starts the summary again from the first order.
import { lab, type LabRun, type OrderEvent } from '../../engine';

const indexRun = lab.indexRun;

/** How many of the run's orders have arrived by `playhead` (arrival <= playhead). */
export function arrivedCount(run: LabRun, playhead: number): number {
  return indexRun(run).arrivedBy(playhead);
}

/** Orders a newcomer would plan a sample for: rate × duration of a flat day (or all, imported). */
export function plannedOrders(run: LabRun): number {
  if (run.imported) return Math.max(1, run.events.length);
  const { rate, duration } = run.settings.scenario;
  return Math.max(1, Math.round((rate * duration) / 60_000));
}

/** Something fed the orders one by one; `reset` starts it over empty. */
export interface Summary<V> {
  reset(): void;
  offer(order: OrderEvent, index: number): void;
  view(fed: number): V;
}

/**
 * Feeds `orders[0..count)` to `summary`, remembering how far it got: a larger count offers only
 * the new orders, a smaller one resets and replays. Returns the summary's view at `count`.
 */
export function createFeed<V>(orders: readonly OrderEvent[], summary: Summary<V>) {
  let fed = 0;
  return {
    advanceTo(count: number): V {
      const to = Math.max(0, Math.min(count, orders.length));
      if (to < fed) {
        summary.reset();
        fed = 0;
      }
      for (; fed < to; fed++) summary.offer(orders[fed]!, fed);
      return summary.view(fed);
    },
  };
}

/** Orders arrived by the store's playhead, as a selector (stable, so paced hooks keep it). */
export const arrivedNow = (s: { run: LabRun; playhead: number }): number =>
  arrivedCount(s.run, s.playhead);
