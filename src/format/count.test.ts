import { describe, expect, it } from 'vitest';
import { countOf, formatCount } from './count';

describe('formatCount / countOf', () => {
  it('formatCount(1174) reads "1,174": en-US grouping for every count', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(999)).toBe('999');
    expect(formatCount(1174)).toBe('1,174');
    expect(formatCount(1_000_000)).toBe('1,000,000');
  });
  it('countOf(n, noun) groups the number and picks the plural', () => {
    expect(countOf(1, 'order')).toBe('1 order');
    expect(countOf(1174, 'order')).toBe('1,174 orders');
    expect(countOf(2, 'batch', 'batches')).toBe('2 batches');
  });
});
