import { describe, expect, it } from 'vitest';
import { formatIds, formatInstant, joinAnd, orders } from './format';
import { time } from '../../engine';

const HOUR = time.HOUR;

describe('results formatting', () => {
  it('formatInstant shows milliseconds only when an instant has them', () => {
    expect(formatInstant(12 * HOUR + 5 * 60_000 - 1)).toBe('12:04:59.999');
    expect(formatInstant(12 * HOUR + 5 * 60_000)).toBe('12:05');
    expect(formatInstant(25 * HOUR)).toBe('+1d 01:00');
    expect(formatInstant(Infinity)).toBe('∞');
  });

  it('formatIds names at most five ids and counts the rest', () => {
    expect(formatIds([7])).toBe('id 7');
    expect(formatIds([7, 9, 12])).toBe('ids 7, 9 and 12');
    expect(formatIds([1, 2, 3, 4, 5, 6, 7, 8])).toBe('ids 1, 2, 3, 4, 5 and 3 more');
  });

  it('orders and joinAnd read as English', () => {
    expect(orders(1)).toBe('1 order');
    expect(orders(1817)).toBe('1,817 orders');
    expect(joinAnd(['a'])).toBe('a');
    expect(joinAnd(['a', 'b', 'c'])).toBe('a, b and c');
  });
});
