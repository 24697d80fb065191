// The lateness model: delays clamp at max and are at least 1 ms when late; on-time orders take
// uniform jitter; outages hold offline sources' deliveries until they end.
import { describe, expect, it } from 'vitest';
import { MINUTE } from '../core/time';
import { deliveryDelay, holdForOutages, isOffline, lateDelay } from './lateness';
import type { LateDelay } from './scenario';

const expo: LateDelay = { kind: 'exponential', mean: MINUTE, max: 5 * MINUTE };

describe('lateDelay(d, u1, u2)', () => {
  it('is at least 1 ms, so a late order never arrives at its event time', () => {
    expect(lateDelay(expo, 0, 0)).toBe(1);
    expect(lateDelay({ kind: 'uniform', mean: 100, max: 200 }, 0, 0)).toBe(1);
  });

  it('clamps at max', () => {
    expect(lateDelay(expo, 0.9999999, 0)).toBe(5 * MINUTE);
    expect(lateDelay({ kind: 'uniform', mean: 100, max: 150 }, 0.99, 0)).toBe(150);
  });

  it('spreads uniform delays over [0, 2 * mean]', () => {
    expect(lateDelay({ kind: 'uniform', mean: 100, max: 1000 }, 0.5, 0)).toBe(100);
    expect(lateDelay({ kind: 'uniform', mean: 100, max: 1000 }, 0.75, 0)).toBe(150);
  });

  it('puts the lognormal median at mean * exp(-sigma^2 / 2)', () => {
    // u2 = 0.25 makes cos(2 pi u2) = 0, so Z = 0 whatever u1 is: the median exp(mu).
    const d: LateDelay = { kind: 'lognormal', mean: 60_000, max: 10 * MINUTE, sigma: 1 };
    expect(lateDelay(d, 0.3, 0.25)).toBe(Math.round(60_000 * Math.exp(-0.5)));
  });
});

describe('deliveryDelay(s, uLate, u1, u2, uJitter)', () => {
  const s = { lateShare: 0.2, lateDelay: expo, jitter: 100 };
  it('is late exactly when uLate < lateShare', () => {
    expect(deliveryDelay(s, 0.1999, 0.5, 0, 0)).toBe(lateDelay(expo, 0.5, 0));
    expect(deliveryDelay(s, 0.2, 0.5, 0, 0)).toBe(0);
  });

  it('spreads on-time orders uniformly over 0..jitter, both ends included', () => {
    expect(deliveryDelay(s, 0.5, 0, 0, 0)).toBe(0);
    expect(deliveryDelay(s, 0.5, 0, 0, 0.9999999)).toBe(100);
    expect(deliveryDelay({ ...s, jitter: 0 }, 0.5, 0, 0, 0.9999999)).toBe(0);
  });
});

describe('holdForOutages(arrival, source, id, outages, salt, jitter)', () => {
  const all = { start: 1000, duration: 500, share: 1 };
  it('holds an arrival inside [start, end) until end; start included, end excluded', () => {
    expect(holdForOutages(999, 1, 0, [all], 0, 0)).toBe(999);
    expect(holdForOutages(1000, 1, 0, [all], 0, 0)).toBe(1500);
    expect(holdForOutages(1499, 1, 0, [all], 0, 0)).toBe(1500);
    expect(holdForOutages(1500, 1, 0, [all], 0, 0)).toBe(1500);
  });

  it('releases within [end, end + jitter]', () => {
    for (let id = 0; id < 200; id++) {
      const at = holdForOutages(1200, 1, id, [all], 0, 50);
      expect(at >= 1500 && at <= 1550).toBe(true);
    }
  });

  it('chains outages: a release inside the next outage waits for that one too', () => {
    const next = { start: 1500, duration: 100, share: 1 };
    expect(holdForOutages(1200, 1, 0, [all, next], 0, 0)).toBe(1600);
  });

  it('never holds anyone when share is 0', () => {
    expect(holdForOutages(1200, 1, 0, [{ ...all, share: 0 }], 0, 0)).toBe(1200);
  });
});

describe('isOffline(source, outage, salt)', () => {
  it('takes about share of the sources offline, and more sources as share grows', () => {
    const o = { start: 0, duration: 1, share: 0.3 };
    let off = 0;
    for (let src = 1; src <= 10_000; src++) {
      const a = isOffline(src, o, 5);
      if (a) {
        off++;
        expect(isOffline(src, { ...o, share: 0.6 }, 5)).toBe(true);
      }
    }
    expect(Math.abs(off / 10_000 - 0.3)).toBeLessThan(0.02);
  });
});
