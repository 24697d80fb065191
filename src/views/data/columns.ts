// Orders as typed-array columns, so the import worker can hand a million of them to the page by
// transfer (no copy, no long structured clone) and the page can rebuild them in slices.
import type { OrderEvent } from '../../engine';

export interface OrderColumns {
  ids: Float64Array;
  amounts: Float64Array;
  eventTimes: Float64Array;
  arrivalTimes: Float64Array;
  /** NaN where the order has no customer. */
  customers: Float64Array;
  keyIndex: Uint16Array;
  keys: string[];
}

/** Packs orders into columns (in the worker). */
export function toColumns(events: readonly OrderEvent[], keys: readonly string[]): OrderColumns {
  const n = events.length;
  const index = new Map(keys.map((k, i) => [k, i]));
  const c: OrderColumns = {
    ids: new Float64Array(n),
    amounts: new Float64Array(n),
    eventTimes: new Float64Array(n),
    arrivalTimes: new Float64Array(n),
    customers: new Float64Array(n),
    keyIndex: new Uint16Array(n),
    keys: [...keys],
  };
  events.forEach((e, i) => {
    c.ids[i] = e.id;
    c.amounts[i] = e.amount;
    c.eventTimes[i] = e.eventTime;
    c.arrivalTimes[i] = e.arrivalTime;
    c.customers[i] = e.customer ?? NaN;
    c.keyIndex[i] = index.get(e.key)!;
  });
  return c;
}

/** The buffers to transfer with postMessage. */
export function buffersOf(c: OrderColumns): ArrayBuffer[] {
  return [c.ids, c.amounts, c.eventTimes, c.arrivalTimes, c.customers, c.keyIndex].map(
    (a) => a.buffer as ArrayBuffer,
  );
}

/** Rebuilds orders `from..to` of the columns into `out` (called in slices on the page). */
export function fromColumns(c: OrderColumns, from: number, to: number, out: OrderEvent[]): void {
  for (let i = from; i < to; i++) {
    const e: OrderEvent = {
      id: c.ids[i]!,
      key: c.keys[c.keyIndex[i]!]!,
      amount: c.amounts[i]!,
      eventTime: c.eventTimes[i]!,
      arrivalTime: c.arrivalTimes[i]!,
    };
    const customer = c.customers[i]!;
    if (!Number.isNaN(customer)) e.customer = customer;
    out.push(e);
  }
}
