// Test support, not part of the engine's public surface: one way to write an order by hand and
// one generator of random order lists, shared by the pipeline and metric tests.
import fc from 'fast-check';
import type { OrderEvent } from '../core/types';

/** An order in one line: `order(0, 'a', 10)` arrives on time with 100 cents. */
export function order(
  id: number,
  key: string,
  eventTime: number,
  arrivalTime = eventTime,
  amount = 100,
): OrderEvent {
  return { id, key, amount, eventTime, arrivalTime };
}

/**
 * Random orders over keys a, b, c: event times in [minTime, maxTime], each arriving up to
 * `maxLateness` after it happened (or up to 5 before it, clock skew, when lateness is allowed);
 * ids follow generation order.
 */
export function arbOrders(options: {
  minTime: number;
  maxTime: number;
  maxLateness: number;
  maxLength: number;
}): fc.Arbitrary<OrderEvent[]> {
  const { minTime, maxTime, maxLateness, maxLength } = options;
  return fc
    .array(
      fc.record({
        key: fc.constantFrom('a', 'b', 'c'),
        eventTime: fc.integer({ min: minTime, max: maxTime }),
        lateness: fc.integer({ min: maxLateness === 0 ? 0 : -5, max: maxLateness }),
        amount: fc.integer({ min: 1, max: 1000 }),
      }),
      { maxLength },
    )
    .map((list) =>
      list.map((e, id) => order(id, e.key, e.eventTime, e.eventTime + e.lateness, e.amount)),
    );
}
