// The orders' amounts as one typed array per orders array, shared by the lanes' window buckets and
// the results table's running sums: each read a million order objects for them on their own.
import type { OrderEvent } from '../engine';

const amounts = new WeakMap<readonly OrderEvent[], Float64Array>();

/** Each order's amount (integer cents), in the orders' own order; read-only. */
export function orderAmounts(events: readonly OrderEvent[]): Float64Array {
  let out = amounts.get(events);
  if (out === undefined) {
    out = new Float64Array(events.length);
    for (let i = 0; i < events.length; i++) out[i] = events[i]!.amount;
    amounts.set(events, out);
  }
  return out;
}
