// The per-request model (answer a query over whatever has arrived so far) and the ground truth
// (every event, however late), which the lab compares the other pipelines against.
import type { OrderEvent, Row, WindowSpec } from '../core/types';
import { finiteNumber } from '../core/validate';
import { normalizeWindow } from '../windows/assign';
import { aggregate, aggregateColumns, toColumns } from './aggregate';
import { countAtOrBefore } from '../core/sorted';

/**
 * A per-request query at processing time `at`: aggregates the events with arrivalTime <= at
 * (an event arriving exactly at `at` is seen). Any window kind; sessions are merged from the
 * arrived events only, so a late event can still bridge two sessions later.
 */
export function queryAt(events: readonly OrderEvent[], at: number, window: WindowSpec): Row[] {
  finiteNumber(at, 'query time');
  const w = normalizeWindow(window);
  const c = toColumns(events);
  // Columns are in arrival order, so what has arrived by `at` is a prefix.
  return aggregateColumns(c, w, undefined, countAtOrBefore(c.arrivalTime, at));
}

/** The truth: every event aggregated by event time, no cut-off. Rows sorted by start, end, key. */
export function groundTruth(events: readonly OrderEvent[], window: WindowSpec): Row[] {
  return aggregate(events, window);
}
