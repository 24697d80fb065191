import { describe, expect, it } from 'vitest';
import { countAtOrBefore, countBefore, lastAtOrBefore, lastBefore, nextAfter } from './sorted';

const times = [10, 20, 20, 30];

describe('sorted-time lookups', () => {
  it('countAtOrBefore counts times <= t, countBefore counts times < t', () => {
    expect(countAtOrBefore(times, 20)).toBe(3);
    expect(countBefore(times, 20)).toBe(1);
    expect(countAtOrBefore(times, 5)).toBe(0);
    expect(countBefore(times, 99)).toBe(4);
  });

  it('countAtOrBefore(times, NaN) counts nothing, unlike d3 bisectRight (the length)', () => {
    expect(countAtOrBefore(times, NaN)).toBe(0);
    expect(lastAtOrBefore(times, NaN)).toBe(-Infinity);
  });

  it('nextAfter skips times equal to t', () => {
    expect(nextAfter(times, 10)).toBe(20);
    expect(nextAfter(times, 20)).toBe(30);
    expect(nextAfter(times, 30)).toBeNull();
  });

  it('lastBefore skips times equal to t; lastAtOrBefore keeps them', () => {
    expect(lastBefore(times, 30)).toBe(20);
    expect(lastBefore(times, 10)).toBeNull();
    expect(lastAtOrBefore(times, 30)).toBe(30);
    expect(lastAtOrBefore(times, 9)).toBe(-Infinity);
  });
});
