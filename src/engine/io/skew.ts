// Orders that arrive before they happen. The contract allows it (a device whose clock runs ahead
// stamps its orders in the future), so an import keeps them; but a file full of them is more
// often a swapped pair of columns or a time zone lost on the way, so the lab counts them for a
// notice rather than staying silent.
import type { OrderEvent } from '../core/types';

/** Orders whose arrival precedes their event time, and by how much at most (ms; 0 when none). */
export interface ClockSkew {
  count: number;
  maxAhead: number;
}

/** Counts the orders of `events` that arrive before their event time. */
export function clockSkew(events: readonly OrderEvent[]): ClockSkew {
  let count = 0;
  let maxAhead = 0;
  for (const e of events) {
    const ahead = e.eventTime - e.arrivalTime;
    if (ahead > 0) {
      count++;
      if (ahead > maxAhead) maxAhead = ahead;
    }
  }
  return { count, maxAhead };
}
