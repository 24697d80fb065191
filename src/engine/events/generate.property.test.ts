// Invariants of generateOrders over random valid scenarios (short ones, to stay fast): the
// stream is sorted, ids follow event time, every field is in range, and the lateness model's
// bounds hold whatever the settings.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { HOUR, MINUTE, SECOND } from '../core/time';
import type { OrderEvent } from '../core/types';
import { generateOrders } from './generate';
import type { Scenario } from './scenario';

const anyScenarioArb: fc.Arbitrary<Scenario> = fc.record({
  seed: fc.integer({ min: -(2 ** 40), max: 2 ** 40 }),
  start: fc.integer({ min: 0, max: 48 * HOUR }),
  duration: fc.integer({ min: 1, max: 10 * MINUTE }),
  rate: fc.double({ min: 0.5, max: 200, noNaN: true }),
  curve: fc.constantFrom('flat' as const, 'daily' as const),
  products: fc.integer({ min: 1, max: 26 }),
  productSkew: fc.double({ min: 0, max: 3, noNaN: true }),
  priceNoise: fc.double({ min: 0, max: 1, noNaN: true }),
  customers: fc.integer({ min: 1, max: 2000 }),
  customerSkew: fc.double({ min: 0, max: 2, noNaN: true }),
  lateShare: fc.double({ min: 0, max: 1, noNaN: true }),
  lateDelay: fc
    .record({
      kind: fc.constantFrom('exponential' as const, 'uniform' as const, 'lognormal' as const),
      mean: fc.integer({ min: 1, max: 5 * MINUTE }),
      extra: fc.integer({ min: 0, max: 10 * MINUTE }),
    })
    .map(({ kind, mean, extra }) => ({ kind, mean, max: mean + extra })),
  jitter: fc.integer({ min: 0, max: 5 * SECOND }),
  outages: fc.array(
    fc.record({
      start: fc.integer({ min: 0, max: 48 * HOUR }),
      duration: fc.integer({ min: 1, max: 5 * MINUTE }),
      share: fc.double({ min: 0, max: 1, noNaN: true }),
    }),
    { maxLength: 3 },
  ),
  regions: fc.integer({ min: 1, max: 8 }),
});

/**
 * Outages moved to overlap the scenario (from a minute before it), so they actually bite; with
 * several regions, every other outage takes one region offline.
 */
const scenarioArb: fc.Arbitrary<Scenario> = anyScenarioArb.map((s) => ({
  ...s,
  outages: s.outages.map((o, i) => ({
    ...o,
    start: Math.max(0, s.start - MINUTE + (o.start % (s.duration + MINUTE))),
    ...(s.regions > 1 && i % 2 === 1 ? { region: 1 + (o.start % s.regions) } : {}),
  })),
}));

/** The first broken invariant, or null; plain checks, since a million expect() calls are slow. */
function firstProblem(s: Scenario, events: readonly OrderEvent[]): string | null {
  const n = events.length;
  const seenIds = new Uint8Array(n);
  const eventTimeById = new Float64Array(n);
  const maxDelay = Math.max(s.lateDelay.max, s.jitter);
  const releasedByOutage = (at: number) =>
    s.outages.some((o) => at >= o.start + o.duration && at <= o.start + o.duration + s.jitter);
  for (let i = 0; i < n; i++) {
    const e = events[i] as OrderEvent;
    const p = events[i - 1];
    const c = e.customer ?? 0;
    const k = Number(e.key.slice(1));
    const delay = e.arrivalTime - e.eventTime;
    if (p && !(p.arrivalTime < e.arrivalTime || (p.arrivalTime === e.arrivalTime && p.id < e.id))) {
      return `not sorted at ${i}`;
    }
    if (!Number.isInteger(e.id) || e.id < 0 || e.id >= n || seenIds[e.id]) return `bad id ${e.id}`;
    seenIds[e.id] = 1;
    eventTimeById[e.id] = e.eventTime;
    if (
      !Number.isInteger(e.eventTime) ||
      e.eventTime < s.start ||
      e.eventTime >= s.start + s.duration
    ) {
      return `eventTime ${e.eventTime} out of range`;
    }
    if (!Number.isInteger(e.arrivalTime) || delay < 0) return `arrival ${e.arrivalTime} of ${e.id}`;
    if (e.key !== `p${k}` || k < 1 || k > s.products) return `bad key ${e.key}`;
    if (!Number.isInteger(e.amount) || e.amount < 1) return `bad amount ${e.amount}`;
    if (!Number.isInteger(c) || c < 1 || c > s.customers) return `bad customer ${c}`;
    if (s.regions === 1 ? 'partition' in e : !(e.partition! >= 0 && e.partition! < s.regions))
      return `bad partition ${e.partition} of ${e.id} with ${s.regions} regions`;
    // Delays are bounded by max and jitter, except for orders released at an outage's end.
    if (delay > maxDelay && !releasedByOutage(e.arrivalTime)) return `delay ${delay} too long`;
    if (s.lateShare === 0 && s.outages.length === 0 && delay > s.jitter) return `jitter ${delay}`;
  }
  for (let id = 1; id < n; id++) {
    if ((eventTimeById[id] ?? 0) < (eventTimeById[id - 1] ?? 0))
      return `ids not in event time at ${id}`;
  }
  return null;
}

describe('generateOrders (properties)', () => {
  it('returns a sorted, well-formed, in-range stream for any valid scenario', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        expect(firstProblem(s, generateOrders(s))).toBeNull();
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic: the same scenario twice gives equal streams', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        expect(generateOrders(s)).toEqual(generateOrders(s));
      }),
      { numRuns: 50 },
    );
  });

  it('delivers orders of offline sources that would arrive during an outage at or after its end', () => {
    // Long and busy enough that outages usually catch some orders; counted below to be sure.
    const busy = fc
      .tuple(
        scenarioArb,
        fc.integer({ min: 0, max: 10 * MINUTE }),
        fc.integer({ min: 10 * SECOND, max: 3 * MINUTE }),
        fc.double({ min: 0.05, max: 1, noNaN: true }),
      )
      .map(([s, at, duration, share]) => ({
        ...s,
        duration: Math.max(s.duration, 2 * MINUTE),
        rate: Math.max(s.rate, 30),
        outages: [...s.outages, { start: s.start + at - MINUTE, duration, share }].map((o) => ({
          ...o,
          start: Math.max(0, o.start),
        })),
      }));
    let runsWithHeldOrders = 0;
    fc.assert(
      fc.property(busy, (s) => {
        const free = new Map(generateOrders({ ...s, outages: [] }).map((e) => [e.id, e]));
        const bad = generateOrders(s).filter((e) => {
          const normal = free.get(e.id) as OrderEvent;
          const same =
            e.key === normal.key &&
            e.amount === normal.amount &&
            e.eventTime === normal.eventTime &&
            e.customer === normal.customer;
          // Outages only ever postpone, and only the arrival: a held order lands at the end of
          // an outage it would have arrived in, plus at most jitter.
          const held = e.arrivalTime !== normal.arrivalTime;
          const heldRight = s.outages.some((o) => {
            const end = o.start + o.duration;
            return e.arrivalTime >= end && e.arrivalTime <= end + s.jitter;
          });
          return !same || e.arrivalTime < normal.arrivalTime || (held && !heldRight);
        });
        expect(bad).toEqual([]);
        if (generateOrders(s).some((e) => e.arrivalTime !== free.get(e.id)?.arrivalTime)) {
          runsWithHeldOrders++;
        }
      }),
      { numRuns: 200 },
    );
    expect(runsWithHeldOrders).toBeGreaterThan(50);
  });
});
