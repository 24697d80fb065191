// The daily rate curve: its average must be exactly 1, or `rate` would not mean "orders per
// minute on average"; its shape must show the quiet night and the two peaks.
import { describe, expect, it } from 'vitest';
import { DAY, HOUR, MINUTE } from '../core/time';
import { curveLevel, curvePeak, DAILY_LEVELS, dailyLevel, pieceEnd, pieceEnvelope } from './curve';

describe('dailyLevel(t)', () => {
  it('averages exactly 1 over a day', () => {
    let sum = 0;
    const steps = 24 * 60;
    for (let i = 0; i < steps; i++) sum += dailyLevel(i * MINUTE);
    expect(sum / steps).toBeCloseTo(1, 9);
  });

  it('hits the hourly levels on the hour and interpolates linearly between them', () => {
    expect(dailyLevel(12 * HOUR)).toBeCloseTo(DAILY_LEVELS[12] ?? NaN, 12);
    const half = ((DAILY_LEVELS[12] ?? 0) + (DAILY_LEVELS[13] ?? 0)) / 2;
    expect(dailyLevel(12.5 * HOUR)).toBeCloseTo(half, 12);
  });

  it('wraps at midnight, on any day and for negative times', () => {
    const half = ((DAILY_LEVELS[23] ?? 0) + (DAILY_LEVELS[0] ?? 0)) / 2;
    expect(dailyLevel(23.5 * HOUR)).toBeCloseTo(half, 12);
    expect(dailyLevel(3 * DAY + 12 * HOUR)).toBeCloseTo(dailyLevel(12 * HOUR), 12);
    expect(dailyLevel(-12 * HOUR)).toBeCloseTo(dailyLevel(12 * HOUR), 12);
  });

  it('is quiet at night and peaks at lunch and in the evening', () => {
    expect(dailyLevel(3 * HOUR)).toBeLessThan(0.1);
    expect(dailyLevel(12 * HOUR)).toBeGreaterThan(1.5);
    expect(dailyLevel(19 * HOUR)).toBeGreaterThan(dailyLevel(12 * HOUR));
    expect(dailyLevel(16 * HOUR)).toBeLessThan(dailyLevel(12 * HOUR));
  });
});

describe('curveLevel(curve, t) and curvePeak(curve)', () => {
  it('is 1 everywhere for flat', () => {
    expect(curveLevel('flat', 3 * HOUR)).toBe(1);
    expect(curvePeak('flat')).toBe(1);
  });

  it('bounds the daily curve by its peak, reached at a full hour', () => {
    const peak = curvePeak('daily');
    expect(peak).toBe(Math.max(...DAILY_LEVELS));
    for (let m = 0; m < 24 * 60; m += 7)
      expect(curveLevel('daily', m * MINUTE)).toBeLessThanOrEqual(peak);
  });
});

describe('pieceEnvelope(curve, t) and pieceEnd(curve, t)', () => {
  it('bounds the daily curve within each hour, and the hour ends at the next full hour', () => {
    for (let m = 0; m < 2 * 24 * 60; m += 3) {
      const t = m * MINUTE + 17;
      expect(curveLevel('daily', t)).toBeLessThanOrEqual(pieceEnvelope('daily', t) + 1e-12);
      expect(pieceEnd('daily', t)).toBe((Math.floor(t / HOUR) + 1) * HOUR);
    }
  });

  it('starts a new piece exactly at a full hour', () => {
    expect(pieceEnd('daily', 5 * HOUR)).toBe(6 * HOUR);
    expect(pieceEnd('daily', 5 * HOUR - 1)).toBe(5 * HOUR);
    expect(pieceEnvelope('daily', 23 * HOUR)).toBe(
      Math.max(DAILY_LEVELS[23] ?? NaN, DAILY_LEVELS[0] ?? NaN),
    );
  });

  it('is one endless piece at level 1 for flat', () => {
    expect(pieceEnvelope('flat', 5 * HOUR)).toBe(1);
    expect(pieceEnd('flat', 5 * HOUR)).toBe(Infinity);
  });
});
