// The order stream every pipeline in the lab reads: a Poisson process of orders (rate following
// the daily curve), each with a product, an amount and a customer, and an arrival time from the
// lateness model. Two independent seeded streams (what happened / when it arrived) keep the
// orders themselves identical when only the lateness settings change.
import { createRng } from '../core/rng';
import type { OrderEvent } from '../core/types';
import { curveLevel, pieceEnd, pieceEnvelope } from './curve';
import { exponential, sampleTable, zipfTable } from './distributions';
import { deliveryDelay, holdForOutages, regionPartition } from './lateness';
import { stableOrder } from './order';
import { normalizeScenario, PRODUCT_PRICES, RATE_PER, type ScenarioInput } from './scenario';

/** "p1".."pN": shared strings, so a million orders do not make a million keys. */
function productKeys(n: number): string[] {
  return Array.from({ length: n }, (_, i) => `p${i + 1}`);
}

/** Room for the expected count plus ten standard deviations, so growing is rare. */
function initialCapacity(expected: number): number {
  return Math.ceil(expected + 10 * Math.sqrt(expected) + 16);
}

type Column = Float64Array | Uint32Array | Uint8Array;
function grow<T extends Column>(column: T, capacity: number): T {
  const bigger = new (column.constructor as new (n: number) => T)(capacity);
  bigger.set(column);
  return bigger;
}

/**
 * Generates the orders of a scenario (validated by `normalizeScenario`, so missing fields take
 * the defaults), deterministically for `scenario.seed`.
 *
 * - Event times: a Poisson process on [start, start + duration) whose rate is
 *   `rate × curve(t)` orders per minute, sampled by thinning (Lewis and Shedler) against the
 *   curve's peak; event times are whole ms. Ids 0, 1, 2... follow event time.
 * - Product pK with Zipf(productSkew) popularity (p1 most popular); amount = base price of pK
 *   × (1 ± priceNoise), integer cents >= 1; customer 1..customers, Zipf(customerSkew).
 * - Arrival = event time + delivery delay (see `deliveryDelay`), then held by outages (see
 *   `holdForOutages`; the source of an order is its customer). Arrival >= event time always.
 * - With regions > 1, `partition` = the customer's region - 1 (see `regionPartition`); an outage
 *   naming a region holds only that region's orders.
 *
 * Returns a new array sorted by arrivalTime, then id: the order every pipeline reads.
 */
export function generateOrders(scenario: ScenarioInput): OrderEvent[] {
  const s = normalizeScenario(scenario);
  const orderRng = createRng(s.seed);
  // The delivery stream is seeded from the order stream's first draw: independent of it, yet
  // fixed by the one seed.
  const deliveryRng = createRng(orderRng.nextInt(-0x80000000, 0x7fffffff));
  const salt = (s.seed ^ Math.floor(s.seed / 2 ** 32)) | 0;

  const keys = productKeys(s.products);
  const prices = PRODUCT_PRICES.slice(0, s.products);
  const productCdf = zipfTable(s.products, s.productSkew);
  const customerCdf = s.customerSkew === 0 ? null : zipfTable(s.customers, s.customerSkew);
  const outages = [...s.outages].sort((a, b) => a.start - b.start);
  const hasOutages = outages.length > 0;
  const regions = s.regions;

  const thinning = s.curve !== 'flat';
  const end = s.start + s.duration;
  const noise = s.priceNoise;

  // Columns first, objects last: the objects are then allocated once, already in arrival order.
  // Sized for the average rate; a window over the daily peaks grows them once or twice.
  let capacity = initialCapacity((s.rate * s.duration) / RATE_PER);
  let eventTimes = new Float64Array(capacity);
  let arrivals = new Float64Array(capacity);
  let amounts = new Uint32Array(capacity);
  let productOf = new Uint8Array(capacity);
  let customers = new Uint32Array(capacity);
  let partitions = new Uint8Array(regions > 1 ? capacity : 0);

  let t = s.start;
  let n = 0;
  // Thinning (Lewis and Shedler) piece by piece: candidates at the piece's envelope rate, each
  // kept with probability curve(t) / envelope. A candidate past the piece's end is dropped and
  // the process restarts at the end, which the exponential's lack of memory makes exact.
  let limit = -Infinity;
  let envelope = 1;
  let meanGap = 0;
  for (;;) {
    if (t >= limit) {
      limit = Math.min(end, pieceEnd(s.curve, t));
      envelope = pieceEnvelope(s.curve, t);
      meanGap = RATE_PER / (s.rate * envelope); // ms between candidates
    }
    const next = t + exponential(orderRng.nextFloat(), meanGap);
    if (next >= limit) {
      if (limit >= end) break;
      t = limit;
      continue;
    }
    t = next;
    if (thinning && orderRng.nextFloat() * envelope >= curveLevel(s.curve, t)) continue;

    const eventTime = Math.floor(t);
    const product = sampleTable(productCdf, orderRng.nextFloat());
    const base = prices[product] ?? 1;
    const uPrice = orderRng.nextFloat();
    const amount =
      noise === 0 ? base : Math.max(1, Math.round(base * (1 + noise * (2 * uPrice - 1))));
    const uCustomer = orderRng.nextFloat();
    const customer =
      1 +
      (customerCdf === null
        ? Math.floor(uCustomer * s.customers)
        : sampleTable(customerCdf, uCustomer));

    const delay = deliveryDelay(
      s,
      deliveryRng.nextFloat(),
      deliveryRng.nextFloat(),
      deliveryRng.nextFloat(),
      deliveryRng.nextFloat(),
    );
    const partition = regions > 1 ? regionPartition(customer, regions, salt) : 0;
    let arrivalTime = eventTime + delay;
    if (hasOutages) {
      arrivalTime = holdForOutages(
        arrivalTime,
        customer,
        n,
        outages,
        salt,
        s.jitter,
        partition + 1,
      );
    }

    if (n === capacity) {
      capacity *= 2;
      eventTimes = grow(eventTimes, capacity);
      arrivals = grow(arrivals, capacity);
      amounts = grow(amounts, capacity);
      productOf = grow(productOf, capacity);
      customers = grow(customers, capacity);
      if (regions > 1) partitions = grow(partitions, capacity);
    }
    eventTimes[n] = eventTime;
    arrivals[n] = arrivalTime;
    amounts[n] = amount;
    productOf[n] = product;
    customers[n] = customer;
    if (regions > 1) partitions[n] = partition;
    n++;
  }

  const order = stableOrder(arrivals, n);
  const events: OrderEvent[] = new Array<OrderEvent>(n);
  for (let k = 0; k < n; k++) {
    const id = order[k] ?? 0;
    events[k] = {
      id,
      key: keys[productOf[id] ?? 0] ?? 'p1',
      amount: amounts[id] ?? 0,
      eventTime: eventTimes[id] ?? 0,
      arrivalTime: arrivals[id] ?? 0,
      customer: customers[id] ?? 0,
    };
  }
  // One region adds no field, so every one-region scenario keeps its orders exactly.
  if (regions > 1) for (const e of events) e.partition = partitions[e.id] ?? 0;
  return events;
}
