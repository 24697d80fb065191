import { describe, expect, it } from 'vitest';
import { time } from '../engine';
import { formatDuration, formatDurationRounded } from './duration';

const D = time.DAY;
const H = time.HOUR;
const M = time.MINUTE;
const S = time.SECOND;

describe('formatDuration', () => {
  it('formatDuration short drops zero parts', () => {
    expect(formatDuration(2 * M)).toBe('2 min');
    expect(formatDuration(90 * S)).toBe('1 min 30 s');
    expect(formatDuration(H + 5 * M)).toBe('1 h 5 min');
    expect(formatDuration(0)).toBe('0 s');
    expect(formatDuration(0, 'long')).toBe('0 seconds');
    expect(formatDuration(200)).toBe('200 ms');
    expect(formatDuration(1500)).toBe('1.5 s');
  });
  it('formatDuration long writes words with singular and plural', () => {
    expect(formatDuration(2 * M, 'long')).toBe('2 minutes');
    expect(formatDuration(61 * S, 'long')).toBe('1 minute 1 second');
    expect(formatDuration(D, 'long')).toBe('1 day');
    expect(formatDuration(1, 'long')).toBe('1 millisecond');
  });
  it('formatDuration handles infinity and negatives', () => {
    expect(formatDuration(Infinity)).toBe('∞');
    expect(formatDuration(-30 * S)).toBe('−30 s');
  });
});

describe('formatDurationRounded', () => {
  it('formatDurationRounded(ms) reads one unit a person would say', () => {
    expect(formatDurationRounded(3)).toBe('3 ms');
    expect(formatDurationRounded(1500)).toBe('1.5 s');
    expect(formatDurationRounded(4 * M)).toBe('4 min');
    expect(formatDurationRounded(13 * H)).toBe('13 h');
    expect(formatDurationRounded(2 * D)).toBe('2 days');
    expect(formatDurationRounded(Infinity)).toBe('never');
  });
});
