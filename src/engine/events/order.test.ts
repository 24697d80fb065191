// stableOrder must agree exactly with "sort by key, then by index", the arrival-then-id rule
// every pipeline relies on, whichever path (radix or comparator) it takes.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { stableOrder } from './order';

function reference(keys: readonly number[]): number[] {
  return keys.map((_, i) => i).sort((a, b) => (keys[a] ?? 0) - (keys[b] ?? 0) || a - b);
}

describe('stableOrder(keys, n)', () => {
  it('sorts by key and breaks ties by index', () => {
    const keys = Float64Array.from([5, 3, 5, 0, 3]);
    expect([...stableOrder(keys, 5)]).toEqual([3, 1, 4, 0, 2]);
  });

  it('handles 0, 1 and equal keys', () => {
    expect([...stableOrder(new Float64Array(0), 0)]).toEqual([]);
    expect([...stableOrder(Float64Array.from([9]), 1)]).toEqual([0]);
    expect([...stableOrder(Float64Array.from([4, 4, 4]), 3)]).toEqual([0, 1, 2]);
  });

  it('only orders the first n keys', () => {
    expect([...stableOrder(Float64Array.from([2, 1, 0, 0]), 2)]).toEqual([1, 0]);
  });

  it('agrees with a comparator sort for integer keys across every digit width', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 2 ** 32 - 1 }), { maxLength: 300 }),
        fc.integer({ min: -1e12, max: 1e12 }),
        (raw, base) => {
          const keys = raw.map((k) => k + base);
          expect([...stableOrder(Float64Array.from(keys), keys.length)]).toEqual(reference(keys));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('falls back to a comparator sort for fractional keys and spans of 2^32 or more', () => {
    const frac = [0.5, 0.25, 0.5, -1];
    expect([...stableOrder(Float64Array.from(frac), 4)]).toEqual(reference(frac));
    const wide = [2 ** 40, 0, 2 ** 40, 1];
    expect([...stableOrder(Float64Array.from(wide), 4)]).toEqual(reference(wide));
  });
});
