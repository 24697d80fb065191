// Regions: each order belongs to the region of its customer, and each region's orders go to their
// own partition of the `orders` topic (engine-api.md, "Sources and partitions"). An outage may
// name the region it takes offline; that region's orders in the outage arrive together when it
// ends. One region (the default) leaves every order exactly as before (generate.golden.test.ts).
import { describe, expect, it } from 'vitest';
import { HOUR, MINUTE } from '../core/time';
import type { OrderEvent } from '../core/types';
import { EngineInputError } from '../core/validate';
import { generateOrders } from './generate';
import { normalizeScenario, type ScenarioInput } from './scenario';

const byId = (events: OrderEvent[]) => [...events].sort((a, b) => a.id - b.id);
const withoutPartition = ({ partition: _p, ...rest }: OrderEvent) => rest;

describe('generateOrders(scenario with regions)', () => {
  const base: ScenarioInput = { rate: 200, customers: 2000, jitter: 1000 };

  it('puts no partition field on the orders of a one-region scenario', () => {
    const events = generateOrders({ ...base, regions: 1 });
    expect(events.length).toBeGreaterThan(1000);
    expect(events.some((e) => 'partition' in e)).toBe(false);
    expect(generateOrders({ ...base, regions: 1 })).toEqual(generateOrders(base));
  });

  it('gives every order a partition 0..regions-1 and only labels them: the orders stay the same', () => {
    const three = generateOrders({ ...base, regions: 3 });
    expect(three.every((e) => e.partition === 0 || e.partition === 1 || e.partition === 2)).toBe(
      true,
    );
    expect(three.map(withoutPartition)).toEqual(generateOrders(base));
  });

  it('spreads orders over every region, and keeps each customer in one region', () => {
    const events = generateOrders({ ...base, regions: 8 });
    const counts = Array<number>(8).fill(0);
    for (const e of events) counts[e.partition!]!++;
    for (const c of counts) expect(c).toBeGreaterThan(events.length / 8 / 2);
    const regionOf = new Map<number, number>();
    for (const e of events) {
      const c = e.customer!;
      if (regionOf.has(c)) expect(regionOf.get(c)).toBe(e.partition);
      regionOf.set(c, e.partition!);
    }
  });

  describe('with an outage of one region', () => {
    const outage = { start: 12 * HOUR + 10 * MINUTE, duration: 10 * MINUTE, share: 1, region: 2 };
    const end = outage.start + outage.duration;
    const scenario = { ...base, jitter: 0, lateShare: 0, regions: 3 };

    it('holds that region’s orders of the outage until it ends, and no other order', () => {
      const normal = byId(generateOrders(scenario));
      const held = byId(generateOrders({ ...scenario, outages: [outage] }));
      let moved = 0;
      held.forEach((e, i) => {
        const n = normal[i]!;
        const inside = n.arrivalTime >= outage.start && n.arrivalTime < end;
        if (e.partition === 1 && inside) {
          moved++;
          expect(e.arrivalTime).toBe(end);
        } else expect(e).toEqual(n);
      });
      expect(moved).toBeGreaterThan(100);
    });

    it('releases the region’s backlog in the order it was sent, spread over the jitter (a partition is a log)', () => {
      const jittered = { ...scenario, jitter: 2000 };
      const normal = byId(generateOrders(jittered));
      const events = generateOrders({ ...jittered, outages: [outage] });
      const backlog = events.filter((e) => e.arrivalTime !== normal[e.id]!.arrivalTime);
      expect(backlog.every((e) => e.partition === 1)).toBe(true);
      expect(backlog.length).toBeGreaterThan(100);
      // Sorted by when each order was sent, the backlog arrives in that order.
      const bySent = [...backlog].sort(
        (a, b) => normal[a.id]!.arrivalTime - normal[b.id]!.arrivalTime,
      );
      const arrivals = bySent.map((e) => e.arrivalTime);
      expect(arrivals).toEqual([...arrivals].sort((a, b) => a - b));
      expect(backlog.every((e) => e.arrivalTime <= end + 2000)).toBe(true);
      expect(new Set(backlog.map((e) => e.arrivalTime)).size).toBeGreaterThan(100);
    });

    it('leaves the region silent for the whole outage', () => {
      const events = generateOrders({ ...scenario, outages: [outage] });
      const silent = events.filter(
        (e) => e.partition === 1 && e.arrivalTime >= outage.start && e.arrivalTime < end,
      );
      expect(silent).toEqual([]);
      expect(events.some((e) => e.partition === 0 && e.arrivalTime >= outage.start)).toBe(true);
    });

    it('still takes only `share` of the region’s customers offline', () => {
      const half = generateOrders({ ...scenario, outages: [{ ...outage, share: 0.5 }] });
      const inside = half.filter(
        (e) => e.partition === 1 && e.eventTime >= outage.start && e.eventTime < end,
      );
      const late = inside.filter((e) => e.arrivalTime >= end).length;
      expect(late / inside.length).toBeGreaterThan(0.25);
      expect(late / inside.length).toBeLessThan(0.75);
    });
  });

  describe('normalizeScenario(regions, outages[].region)', () => {
    it('defaults to one region, and an outage without a region hits every region', () => {
      expect(normalizeScenario({}).regions).toBe(1);
      const s = normalizeScenario({ outages: [{ start: 0, duration: 1, share: 1 }] });
      expect(s.outages[0]).toEqual({ start: 0, duration: 1, share: 1 });
    });

    it.each([
      [{ regions: 0 }, 'invalid regions: 0 (must be an integer from 1 to 8)'],
      [{ regions: 9 }, 'invalid regions: 9 (must be an integer from 1 to 8)'],
      [{ regions: 1.5 }, 'invalid regions: 1.5 (must be an integer from 1 to 8)'],
      [
        { regions: 3, outages: [{ start: 0, duration: 1, share: 1, region: 4 }] },
        'invalid outages[0].region: 4 (must be an integer from 1 to 3: the scenario has 3 regions)',
      ],
      [
        { outages: [{ start: 0, duration: 1, share: 1, region: 0 }] },
        'invalid outages[0].region: 0 (must be an integer from 1 to 1: the scenario has 1 region)',
      ],
    ])('rejects %j', (input, message) => {
      expect(() => normalizeScenario(input as ScenarioInput)).toThrow(EngineInputError);
      expect(() => normalizeScenario(input as ScenarioInput)).toThrow(message);
    });
  });
});
