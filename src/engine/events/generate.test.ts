// generateOrders: the stream every pipeline reads. Each rule of the generator (ordering, ids,
// lateness, jitter, outages, the daily curve, popularity, rate) gets a seeded, exact-boundary test.
import { describe, expect, it } from 'vitest';
import { DAY, HOUR, MINUTE, SECOND } from '../core/time';
import type { OrderEvent } from '../core/types';
import { EngineInputError } from '../core/validate';
import { generateOrders } from './generate';
import { defaultScenario, PRODUCT_PRICES, type LateDelay, type ScenarioInput } from './scenario';

const delays = (events: readonly OrderEvent[]) => events.map((e) => e.arrivalTime - e.eventTime);
const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const byId = (events: readonly OrderEvent[]) => [...events].sort((a, b) => a.id - b.id);
/** Everything about an order except when it arrived. */
const what = (e: OrderEvent) => [e.id, e.key, e.amount, e.eventTime, e.customer];

describe('generateOrders(scenario)', () => {
  it('gives the same events for the same seed', () => {
    expect(generateOrders({ seed: 7 })).toEqual(generateOrders({ seed: 7 }));
  });

  it('gives different events for a different seed', () => {
    const a = generateOrders({ seed: 7 });
    const b = generateOrders({ seed: 8 });
    expect(a.slice(0, 20).map((e) => e.eventTime)).not.toEqual(
      b.slice(0, 20).map((e) => e.eventTime),
    );
  });

  it('opens with about 60 orders a minute for 30 minutes from 12:00 (the default)', () => {
    const events = generateOrders(defaultScenario);
    expect(events.length).toBeGreaterThan(1700);
    expect(events.length).toBeLessThan(1900);
    for (const e of events) {
      expect(e.eventTime).toBeGreaterThanOrEqual(12 * HOUR);
      expect(e.eventTime).toBeLessThan(12 * HOUR + 30 * MINUTE);
    }
  });

  it('sorts by arrivalTime, then id', () => {
    // 100 orders a second at whole ms and no jitter: many arrival ties to break by id.
    const events = generateOrders({ lateShare: 0.3, jitter: 0, rate: 6000, duration: 5 * MINUTE });
    let ties = 0;
    for (let i = 1; i < events.length; i++) {
      const a = events[i - 1] as OrderEvent;
      const b = events[i] as OrderEvent;
      expect(a.arrivalTime <= b.arrivalTime).toBe(true);
      if (a.arrivalTime === b.arrivalTime) {
        ties++;
        expect(a.id).toBeLessThan(b.id);
      }
    }
    expect(ties).toBeGreaterThan(0);
  });

  it('numbers orders 0..n-1 in event-time order', () => {
    const events = byId(generateOrders({ lateShare: 0.5 }));
    events.forEach((e, i) => expect(e.id).toBe(i));
    for (let i = 1; i < events.length; i++) {
      expect((events[i] as OrderEvent).eventTime).toBeGreaterThanOrEqual(
        (events[i - 1] as OrderEvent).eventTime,
      );
    }
  });

  it('puts event times at whole ms in [start, start + duration)', () => {
    const events = generateOrders({ start: 1000, duration: 5 * MINUTE, rate: 600 });
    for (const e of events) {
      expect(Number.isInteger(e.eventTime)).toBe(true);
      expect(e.eventTime).toBeGreaterThanOrEqual(1000);
      expect(e.eventTime).toBeLessThan(1000 + 5 * MINUTE);
    }
  });

  it('delivers every order at its event time when lateShare is 0 and jitter is 0', () => {
    const events = generateOrders({ lateShare: 0, jitter: 0 });
    expect(events.every((e) => e.arrivalTime === e.eventTime)).toBe(true);
  });

  it('delivers on-time orders within [0, jitter] ms, both ends included', () => {
    const events = generateOrders({ lateShare: 0, jitter: 20, rate: 600 });
    const d = delays(events);
    expect(Math.min(...d)).toBe(0);
    expect(Math.max(...d)).toBe(20);
    expect(d.every((x) => Number.isInteger(x))).toBe(true);
  });

  it('makes lateShare of the orders late (jitter 0: late means arrival > eventTime)', () => {
    const events = generateOrders({ lateShare: 0.3, jitter: 0, rate: 600 });
    const share = events.filter((e) => e.arrivalTime > e.eventTime).length / events.length;
    // ~18,000 orders: the standard error of the share is ~0.0034.
    expect(Math.abs(share - 0.3)).toBeLessThan(0.015);
  });

  describe('with lateShare 1', () => {
    const cases: [string, LateDelay, number][] = [
      // Clamping an exponential at max takes the mean to mean * (1 - exp(-max / mean)).
      [
        'exponential',
        { kind: 'exponential', mean: 2 * MINUTE, max: 10 * MINUTE },
        2 * MINUTE * (1 - Math.exp(-5)),
      ],
      ['uniform', { kind: 'uniform', mean: MINUTE, max: 5 * MINUTE }, MINUTE],
      ['lognormal', { kind: 'lognormal', mean: MINUTE, max: 20 * MINUTE, sigma: 0.5 }, MINUTE],
    ];
    it.each(cases)(
      'delays every order by 1..max ms, %s with the configured mean',
      (_k, lateDelay, expected) => {
        const events = generateOrders({ lateShare: 1, rate: 600, lateDelay });
        const d = delays(events);
        const max = lateDelay.max;
        expect(d.every((x) => x >= 1 && x <= max)).toBe(true);
        // ~18,000 draws: standard error ~0.75% of the mean or less; allow 3%.
        expect(Math.abs(mean(d) / expected - 1)).toBeLessThan(0.03);
      },
    );

    it('clamps delays at max, so some land exactly on it', () => {
      const events = generateOrders({
        lateShare: 1,
        rate: 600,
        lateDelay: { kind: 'exponential', mean: MINUTE, max: MINUTE },
      });
      const d = delays(events);
      expect(Math.max(...d)).toBe(MINUTE);
      // P(exponential > mean) = e^-1 ~ 37% land on the clamp.
      expect(d.filter((x) => x === MINUTE).length / d.length).toBeGreaterThan(0.3);
    });
  });

  it('keeps the same orders when only lateness changes, and late orders stay late', () => {
    const low = byId(generateOrders({ lateShare: 0.1, jitter: 0 }));
    const high = byId(generateOrders({ lateShare: 0.4, jitter: 0 }));
    expect(high.map(what)).toEqual(low.map(what));
    low.forEach((e, i) => {
      if (e.arrivalTime > e.eventTime)
        expect((high[i] as OrderEvent).arrivalTime).toBe(e.arrivalTime);
    });
  });

  describe('with an outage', () => {
    const outage = { start: 12 * HOUR + 10 * MINUTE, duration: 5 * MINUTE, share: 0.4 };
    const end = outage.start + outage.duration;
    const base: ScenarioInput = {
      lateShare: 0,
      jitter: 1000,
      customers: 10_000,
      customerSkew: 0,
      rate: 300,
    };

    it('holds the offline sources’ orders until the outage ends, then releases them within jitter', () => {
      const without = byId(generateOrders(base));
      const withOutage = byId(generateOrders({ ...base, outages: [outage] }));
      expect(withOutage.map(what)).toEqual(without.map(what));
      let held = 0;
      let inside = 0;
      withOutage.forEach((e, i) => {
        const normal = without[i] as OrderEvent;
        const arrivedInside = normal.arrivalTime >= outage.start && normal.arrivalTime < end;
        if (arrivedInside) inside++;
        if (e.arrivalTime !== normal.arrivalTime) {
          held++;
          expect(arrivedInside).toBe(true);
          expect(e.arrivalTime).toBeGreaterThanOrEqual(end);
          expect(e.arrivalTime).toBeLessThanOrEqual(end + 1000);
        }
      });
      // ~1,500 orders would arrive inside; 40% of the sources are offline.
      expect(inside).toBeGreaterThan(1000);
      expect(Math.abs(held / inside - 0.4)).toBeLessThan(0.05);
    });

    it('takes the same sources offline for the whole outage: a customer is either held or not', () => {
      const events = generateOrders({ ...base, jitter: 0, outages: [outage] });
      const during = events.filter((e) => e.eventTime >= outage.start && e.eventTime < end);
      const heldBy = new Map<number, boolean>();
      for (const e of during) {
        const held = e.arrivalTime >= end;
        const c = e.customer ?? -1;
        if (heldBy.has(c)) expect(heldBy.get(c)).toBe(held);
        heldBy.set(c, held);
      }
    });

    it('holds every order of the outage when share is 1, so they all arrive at its end with jitter 0', () => {
      const events = generateOrders({ ...base, jitter: 0, outages: [{ ...outage, share: 1 }] });
      const during = events.filter((e) => e.eventTime >= outage.start && e.eventTime < end);
      expect(during.length).toBeGreaterThan(0);
      expect(during.every((e) => e.arrivalTime === end)).toBe(true);
    });
  });

  it('follows the daily curve: many more orders at lunch than at 3am over a full day', () => {
    const events = generateOrders({ start: 0, duration: DAY, rate: 20, curve: 'daily' });
    const inHour = (h: number) =>
      events.filter((e) => e.eventTime >= h * HOUR && e.eventTime < (h + 1) * HOUR).length;
    expect(inHour(12)).toBeGreaterThan(10 * inHour(3));
    expect(inHour(19)).toBeGreaterThan(inHour(16));
  });

  it('makes rate × duration orders on average: flat over 10 hours, daily over a full day', () => {
    const flat = generateOrders({ start: 0, duration: 10 * HOUR, rate: 100 });
    expect(Math.abs(flat.length / 60_000 - 1)).toBeLessThan(0.02);
    const daily = generateOrders({ start: 0, duration: DAY, rate: 50, curve: 'daily' });
    expect(Math.abs(daily.length / (50 * 24 * 60) - 1)).toBeLessThan(0.03);
  });

  it('makes Poisson counts: per-minute counts have variance about equal to their mean', () => {
    const events = generateOrders({ start: 0, duration: 10 * HOUR, rate: 60 });
    const counts = new Array<number>(600).fill(0);
    for (const e of events) {
      const m = Math.floor(e.eventTime / MINUTE);
      counts[m] = (counts[m] ?? 0) + 1;
    }
    const mu = mean(counts);
    const variance = mean(counts.map((c) => (c - mu) ** 2));
    // Index of dispersion of 600 Poisson counts: 1 with standard error ~ sqrt(2 / 599) ~ 0.06.
    expect(variance / mu).toBeGreaterThan(0.8);
    expect(variance / mu).toBeLessThan(1.2);
  });

  it('makes p1 the most popular product and skews less as productSkew falls', () => {
    const count = (skew: number) => {
      const c = new Map<string, number>();
      for (const e of generateOrders({ productSkew: skew, products: 5, rate: 600 })) {
        c.set(e.key, (c.get(e.key) ?? 0) + 1);
      }
      return c;
    };
    const skewed = count(1);
    const top = [...skewed.entries()].sort((a, b) => b[1] - a[1]);
    expect(top[0]?.[0]).toBe('p1');
    expect(skewed.get('p1') ?? 0).toBeGreaterThan(1.6 * (skewed.get('p2') ?? 0)); // 2x in theory
    const flat = count(0);
    expect(flat.get('p1') ?? 0).toBeLessThan(1.15 * (flat.get('p5') ?? 0));
    expect([...flat.keys()].sort()).toEqual(['p1', 'p2', 'p3', 'p4', 'p5']);
  });

  it('prices orders in positive integer cents around the product’s base price', () => {
    for (const e of generateOrders({ priceNoise: 0.2 })) {
      const base = PRODUCT_PRICES[Number(e.key.slice(1)) - 1] ?? 0;
      expect(Number.isInteger(e.amount) && e.amount > 0).toBe(true);
      expect(e.amount).toBeGreaterThanOrEqual(Math.round(base * 0.8) - 1);
      expect(e.amount).toBeLessThanOrEqual(Math.round(base * 1.2) + 1);
    }
    for (const e of generateOrders({ priceNoise: 0 })) {
      expect(e.amount).toBe(PRODUCT_PRICES[Number(e.key.slice(1)) - 1]);
    }
    const noisy = generateOrders({ priceNoise: 1, rate: 600 });
    expect(noisy.every((e) => Number.isInteger(e.amount) && e.amount >= 1)).toBe(true);
  });

  it('draws customers 1..customers with customer 1 the most active', () => {
    const events = generateOrders({ customers: 50, customerSkew: 1, rate: 300 });
    const c = new Map<number, number>();
    for (const e of events) {
      expect(e.customer).toBeGreaterThanOrEqual(1);
      expect(e.customer).toBeLessThanOrEqual(50);
      c.set(e.customer ?? 0, (c.get(e.customer ?? 0) ?? 0) + 1);
    }
    expect(Math.max(...c.values())).toBe(c.get(1));
  });

  it('does not change the scenario it was given', () => {
    const input = {
      outages: [{ start: 12 * HOUR + MINUTE, duration: MINUTE, share: 0.5 }],
      seed: 3,
    };
    const copy = structuredClone(input);
    generateOrders(input);
    expect(input).toEqual(copy);
  });

  it('validates the scenario first', () => {
    expect(() => generateOrders({ rate: -5 })).toThrow(EngineInputError);
    expect(() => generateOrders({ lateShare: 1.5 })).toThrow(
      'invalid lateShare: 1.5 (must be between 0 and 1)',
    );
  });

  it('makes a million orders (1,000/min for 1,000 min) in arrival order', () => {
    const events = generateOrders({ start: 0, rate: 1000, duration: 1000 * MINUTE, seed: 1 });
    expect(Math.abs(events.length / 1_000_000 - 1)).toBeLessThan(0.01);
    let sorted = true;
    for (let i = 1; i < events.length; i++) {
      const a = events[i - 1] as OrderEvent;
      const b = events[i] as OrderEvent;
      if (a.arrivalTime > b.arrivalTime || (a.arrivalTime === b.arrivalTime && a.id > b.id)) {
        sorted = false;
      }
    }
    expect(sorted).toBe(true);
  });

  it('keeps short scenarios short: one second of orders', () => {
    const events = generateOrders({ duration: SECOND, rate: 60 });
    expect(events.length).toBeLessThan(10);
  });
});
