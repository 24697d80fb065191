import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { stableOrder } from './argsort';

/** The comparator sort stableOrder replaces. */
const reference = (keys: number[]) =>
  keys.map((_, i) => i).sort((a, b) => keys[a]! - keys[b]! || a - b);

describe('stableOrder', () => {
  it('stableOrder([30, 10, 20, 10]) puts ties in index order', () => {
    expect([...stableOrder([30, 10, 20, 10])]).toEqual([1, 3, 2, 0]);
  });

  it('stableOrder of ascending keys is the identity', () => {
    expect([...stableOrder(Float64Array.of(1, 1, 2, 5))]).toEqual([0, 1, 2, 3]);
    expect([...stableOrder([])]).toEqual([]);
  });

  it('stableOrder sorts millisecond times hours apart as the comparator sort does', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 12 * 3_600_000 }), { maxLength: 300 }),
        fc.integer({ min: 0, max: 2 ** 41 }),
        (offsets, base) => {
          const keys = offsets.map((o) => base + o);
          expect([...stableOrder(Float64Array.from(keys))]).toEqual(reference(keys));
        },
      ),
    );
  });

  it('stableOrder uses all three digits and keeps ties across them', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(0, 1, 65_535, 65_536, 2 ** 32 - 1, 2 ** 32, 2 ** 47, -5), {
          maxLength: 60,
        }),
        (keys) => {
          expect([...stableOrder(keys)]).toEqual(reference(keys));
        },
      ),
    );
  });

  it('stableOrder falls back to the comparator for fractions, NaN, infinities and huge spreads', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.double({ noNaN: false }),
            fc.constantFrom(NaN, Infinity, -Infinity, 2 ** 52, -(2 ** 52), 0),
          ),
          { maxLength: 60 },
        ),
        (keys) => {
          expect([...stableOrder(keys)]).toEqual(reference(keys));
        },
      ),
    );
  });

  it('stableOrder of nearly sorted arrival-order times matches the comparator (a run of orders)', () => {
    const keys: number[] = [];
    for (let i = 0; i < 5_000; i++)
      keys.push(1_777_000_000_000 + i * 30 - (i % 10 === 0 ? 90_000 : 500));
    expect([...stableOrder(keys)]).toEqual(reference(keys));
  });
});
