// When an order reaches the pipeline: a little network jitter for most, a long delay for the
// late share, and held back until the end of an outage when its source is offline. This is the
// "processing time vs event time" skew every pipeline in the lab has to cope with.
import { exponential, hash01, lognormal } from './distributions';

/** Tags the region hash, so a customer's region is independent of its outage draws. */
const REGION_TAG = 0x2545f491;

/**
 * The partition (0..regions-1) of a customer's region: a hash of the customer, so a customer
 * always orders from one region and no random draw is spent (the orders stay the same).
 */
export function regionPartition(customer: number, regions: number, salt: number): number {
  return Math.floor(hash01(customer, REGION_TAG, salt) * regions);
}
import type { LateDelay, Outage, Scenario } from './scenario';

/** The delay of a late order in ms: drawn from `d`, rounded, at least 1 ms, clamped at `d.max`. */
export function lateDelay(d: LateDelay, u1: number, u2: number): number {
  let x: number;
  switch (d.kind) {
    case 'exponential':
      x = exponential(u1, d.mean);
      break;
    case 'uniform':
      x = 2 * d.mean * u1;
      break;
    case 'lognormal':
      x = lognormal(u1, u2, d.mean, d.sigma ?? 1);
      break;
  }
  // At least 1 ms so that "late" always means "arrived after it happened".
  return Math.min(d.max, Math.max(1, Math.round(x)));
}

/**
 * The delivery delay (ms, integer >= 0) of one order from four uniforms: `uLate` decides late
 * or on time; a late order takes `lateDelay(u1, u2)`; an on-time one `floor(uJitter * (jitter + 1))`,
 * uniform over 0..jitter. Always four draws, so raising lateShare only turns more orders late.
 */
export function deliveryDelay(
  s: Pick<Scenario, 'lateShare' | 'lateDelay' | 'jitter'>,
  uLate: number,
  u1: number,
  u2: number,
  uJitter: number,
): number {
  if (uLate < s.lateShare) return lateDelay(s.lateDelay, u1, u2);
  return Math.floor(uJitter * (s.jitter + 1));
}

/** Whether `source` is among the `outage.share` of sources offline in that outage (for this salt). */
export function isOffline(source: number, outage: Outage, salt: number): boolean {
  return hash01(source, outage.start, salt) < outage.share;
}

/**
 * Applies the outages (sorted by start) to one order: if its source is offline in an outage (one
 * without a region, or naming the order's region) and its arrival falls inside it, it arrives at
 * the outage's end plus up to `jitter` ms. Later outages see the postponed arrival. `region` is
 * 1-based, as outages name it.
 *
 * The spread: in an outage without a region, a hash of the order id (devices reconnect in any
 * order, fixed per order). A region's orders are one partition of the `orders` topic, a log its
 * link writes in order: they come back in the order they were sent, spread over the jitter.
 */
export function holdForOutages(
  arrival: number,
  source: number,
  id: number,
  outages: readonly Outage[],
  salt: number,
  jitter: number,
  region = 1,
): number {
  let at = arrival;
  for (const o of outages) {
    const end = o.start + o.duration;
    if (
      at >= o.start &&
      at < end &&
      (o.region === undefined || o.region === region) &&
      isOffline(source, o, salt)
    ) {
      const u =
        o.region === undefined ? hash01(id, end, salt ^ 0x5bd1e995) : (at - o.start) / o.duration;
      at = end + Math.floor(u * (jitter + 1));
    }
  }
  return at;
}
