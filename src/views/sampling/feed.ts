// Which orders have reached the pipeline at the playhead, and a small cache that feeds them to a
// one-pass summary incrementally: playing forward offers only the new orders, while scrubbing
// back or changing a setting starts the summary again from the first order.
import type { LabRun, OrderEvent } from '../../engine';
import { arrivalTimes } from '../memo';

/** Arrival times of `events` (sorted by arrival, as every run's are), cached per array. */
export function arrivalTimesOf(events: readonly OrderEvent[]): Float64Array {
  return arrivalTimes(events);
}

/** How many orders have arrived by `playhead` (arrival <= playhead): a binary search. */
export function arrivedCount(events: readonly OrderEvent[], playhead: number): number {
  const times = arrivalTimesOf(events);
  let lo = 0;
  let hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (times[mid]! <= playhead) lo = mid + 1;
    else hi = mid;
  }
  return lo;
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
export const arrivedNow = (s: {
  run: { events: readonly OrderEvent[] };
  playhead: number;
}): number => arrivedCount(s.run.events, s.playhead);
