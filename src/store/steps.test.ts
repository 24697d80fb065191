import { describe, expect, it } from 'vitest';
import { lowerBound, nextInstant, previousInstant, upperBound } from './steps';

const times = [10, 20, 20, 30];

describe('steps over sorted times', () => {
  it('upperBound counts times <= t, lowerBound counts times < t', () => {
    expect(upperBound(times, 20)).toBe(3);
    expect(lowerBound(times, 20)).toBe(1);
    expect(upperBound(times, 5)).toBe(0);
    expect(lowerBound(times, 99)).toBe(4);
  });
  it('nextInstant skips times equal to the playhead', () => {
    expect(nextInstant(times, 10)).toBe(20);
    expect(nextInstant(times, 20)).toBe(30);
    expect(nextInstant(times, 30)).toBeNull();
  });
  it('previousInstant skips times equal to the playhead', () => {
    expect(previousInstant(times, 30)).toBe(20);
    expect(previousInstant(times, 10)).toBeNull();
  });
});
