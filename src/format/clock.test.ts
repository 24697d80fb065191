import { describe, expect, it } from 'vitest';
import { time } from '../engine';
import { formatClock, formatSpan, formatWatermark, hasWatermark } from './clock';

const D = time.DAY;
const H = time.HOUR;
const M = time.MINUTE;
const S = time.SECOND;

describe('formatClock', () => {
  it('formatClock(12h 5m) reads "12:05" and shows seconds only when there are some', () => {
    expect(formatClock(12 * H + 5 * M)).toBe('12:05');
    expect(formatClock(12 * H + 5 * M + 30 * S)).toBe('12:05:30');
  });
  it("formatClock(t, 'always') and 'never' force or hide the seconds", () => {
    expect(formatClock(12 * H + 7 * M + 31 * S, 'always')).toBe('12:07:31');
    expect(formatClock(12 * H, 'always')).toBe('12:00:00');
    expect(formatClock(12 * H + 7 * M + 31 * S, 'never')).toBe('12:07');
  });
  it('formatClock floors milliseconds, so 12:00:59.999 is still 12:00:59', () => {
    expect(formatClock(12 * H + 59_999)).toBe('12:00:59');
  });
  it('formatClock marks later days with +Nd', () => {
    expect(formatClock(D + H)).toBe('+1d 01:00');
    expect(formatClock(2 * D + H, 'always')).toBe('+2d 01:00:00');
  });
  it('formatClock spells infinite watermarks and negative times', () => {
    expect(formatClock(Infinity)).toBe('∞');
    expect(formatClock(-Infinity)).toBe('−∞');
    expect(formatClock(-M)).toBe('−00:01');
    expect(formatClock(NaN)).toBe('–');
  });
  it('formatSpan joins two clock times with an en dash', () => {
    expect(formatSpan(12 * H, 12 * H + 5 * M)).toBe('12:00–12:05');
  });
});

describe('formatWatermark', () => {
  it('formatWatermark(wm) reads "none yet" before a watermark exists: null, −∞, or Spark\'s starting 0', () => {
    for (const wm of [null, -Infinity, 0, -5_001, NaN]) {
      expect(formatWatermark(wm)).toBe('none yet');
      expect(hasWatermark(wm)).toBe(false);
    }
  });
  it('formatWatermark(wm) reads a clock time once there is one, and ∞ when the source ended', () => {
    expect(formatWatermark(12 * H + 4 * M + 10 * S)).toBe('12:04:10');
    expect(formatWatermark(12 * H, { seconds: 'always' })).toBe('12:00:00');
    expect(formatWatermark(12 * H + 4 * M + 17 * S, { step: 10 * S })).toBe('12:04:10');
    expect(formatWatermark(Infinity)).toBe('∞ (the source ended)');
  });
});
