// Orders as typed-array columns, both ways: the worker sends newly generated orders to the page
// and the page sends imported ones to the worker, each by transfer. The page rebuilds them in
// slices (`ordersFromColumns(c, from, to, out)`), so 240,000 orders are never one long task.
// The import worker hands a file's orders to the page in the same columns.
import type { OrderEvent } from '../../engine';

export interface OrdersColumns {
  ids: Float64Array;
  amounts: Float64Array;
  eventTimes: Float64Array;
  arrivalTimes: Float64Array;
  /** NaN where the order has no customer. */
  customers: Float64Array;
  /** -1 where the order names no partition. */
  partitions: Int32Array;
  keyIndex: Uint32Array;
  keys: string[];
}

/** Packs orders into fresh columns (safe to transfer: nothing else holds their buffers). */
export function ordersToColumns(events: readonly OrderEvent[]): OrdersColumns {
  const n = events.length;
  const index = new Map<string, number>();
  const c: OrdersColumns = {
    ids: new Float64Array(n),
    amounts: new Float64Array(n),
    eventTimes: new Float64Array(n),
    arrivalTimes: new Float64Array(n),
    customers: new Float64Array(n),
    partitions: new Int32Array(n),
    keyIndex: new Uint32Array(n),
    keys: [],
  };
  for (let i = 0; i < n; i++) {
    const e = events[i]!;
    let k = index.get(e.key);
    if (k === undefined) {
      k = c.keys.length;
      c.keys.push(e.key);
      index.set(e.key, k);
    }
    c.ids[i] = e.id;
    c.amounts[i] = e.amount;
    c.eventTimes[i] = e.eventTime;
    c.arrivalTimes[i] = e.arrivalTime;
    c.customers[i] = e.customer ?? NaN;
    c.partitions[i] = e.partition ?? -1;
    c.keyIndex[i] = k;
  }
  return c;
}

// Columns the page received with an orders array (an imported file): sending that file on to the
// run worker then transfers them instead of packing a million orders again on the page.
const received = new WeakMap<readonly OrderEvent[], OrdersColumns>();

/** Remembers that `columns` hold exactly `orders` (the page must not touch the columns after). */
export function rememberColumns(orders: readonly OrderEvent[], columns: OrdersColumns): void {
  received.set(orders, columns);
}

/**
 * Columns of `orders` that may be transferred: the remembered ones, handed over once (a transfer
 * empties them), or fresh ones.
 */
export function takeColumns(orders: readonly OrderEvent[]): OrdersColumns {
  const c = received.get(orders);
  received.delete(orders);
  return c ?? ordersToColumns(orders);
}

export const ordersBuffers = (c: OrdersColumns): ArrayBuffer[] =>
  [c.ids, c.amounts, c.eventTimes, c.arrivalTimes, c.customers, c.partitions, c.keyIndex].map(
    (a) => a.buffer as ArrayBuffer,
  );

/** Rebuilds orders `from..to` of the columns onto the end of `out`. */
export function ordersFromColumns(
  c: OrdersColumns,
  from: number,
  to: number,
  out: OrderEvent[],
): void {
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
    const partition = c.partitions[i]!;
    if (partition >= 0) e.partition = partition;
    out.push(e);
  }
}

/** Every order of the columns at once (the worker's side, where a long task blocks no one). */
export function allOrders(c: OrdersColumns): OrderEvent[] {
  const out: OrderEvent[] = [];
  ordersFromColumns(c, 0, c.ids.length, out);
  return out;
}
