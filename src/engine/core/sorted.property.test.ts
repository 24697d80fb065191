// The bisector lookups against the linear scans they stand for, on random ascending times with
// repeats, infinities and queries on, between and beyond the times.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { countAtOrBefore, countBefore, lastAtOrBefore, lastBefore, nextAfter } from './sorted';

// Small integers repeat often, so ties (many orders in one pane) come up in most runs.
const timeArb = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: -20, max: 20 }) },
  { weight: 1, arbitrary: fc.constantFrom(-Infinity, Infinity) },
);
const sortedArb = fc.array(timeArb, { maxLength: 60 }).map((xs) => Float64Array.from(xs).sort());
const queryArb = fc.oneof(
  { weight: 8, arbitrary: fc.double({ min: -25, max: 25, noNaN: true }) },
  { weight: 1, arbitrary: fc.constantFrom(-Infinity, Infinity, NaN) },
);

// Next and last follow the counts, so a NaN query (nothing counts as at or before it) steps to
// the first time, as the binary searches these lookups replaced did.
const atOrBefore = (xs: Float64Array, t: number) => xs.filter((x) => x <= t).length;
const before = (xs: Float64Array, t: number) => xs.filter((x) => x < t).length;
const linear = {
  atOrBefore,
  before,
  next: (xs: Float64Array, t: number) => xs[atOrBefore(xs, t)] ?? null,
  last: (xs: Float64Array, t: number) => xs[before(xs, t) - 1] ?? null,
  lastAtOrBefore: (xs: Float64Array, t: number) => xs[atOrBefore(xs, t) - 1] ?? -Infinity,
};

describe('the sorted-time lookups on random ascending times', () => {
  it('countAtOrBefore and countBefore equal counting by a linear scan', () => {
    fc.assert(
      fc.property(sortedArb, queryArb, (xs, t) => {
        expect(countAtOrBefore(xs, t)).toBe(linear.atOrBefore(xs, t));
        expect(countBefore(xs, t)).toBe(linear.before(xs, t));
      }),
      { numRuns: 500 },
    );
  });

  it('nextAfter, lastBefore and lastAtOrBefore equal the first or last match of a linear scan', () => {
    fc.assert(
      fc.property(sortedArb, queryArb, (xs, t) => {
        expect(nextAfter(xs, t)).toBe(linear.next(xs, t));
        expect(lastBefore(xs, t)).toBe(linear.last(xs, t));
        expect(lastAtOrBefore(xs, t)).toBe(linear.lastAtOrBefore(xs, t));
      }),
      { numRuns: 500 },
    );
  });

  it('countAtOrBefore(xs, t, lo, hi) counts within [lo, hi) only, from lo', () => {
    fc.assert(
      fc.property(sortedArb, queryArb, fc.nat(), fc.nat(), (xs, t, a, b) => {
        const lo = Math.min(a, b) % (xs.length + 1);
        const hi = Math.max(lo, Math.max(a, b) % (xs.length + 1));
        expect(countAtOrBefore(xs, t, lo, hi)).toBe(lo + linear.atOrBefore(xs.subarray(lo, hi), t));
      }),
      { numRuns: 300 },
    );
  });
});
