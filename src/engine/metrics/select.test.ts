import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { selectInPlace } from './select';
import { latencyStats, percentile } from './latency';

describe('selectInPlace', () => {
  it('returns what a full sort puts at index k, for any values and k (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ noNaN: true, min: -1e9, max: 1e9 }), { minLength: 1, maxLength: 300 }),
        fc.nat(),
        (xs, k0) => {
          const k = k0 % xs.length;
          const sorted = Float64Array.from(xs).sort();
          const a = Float64Array.from(xs);
          expect(selectInPlace(a, k)).toBe(sorted[k]);
          for (let i = 0; i < k; i++) expect(a[i]!).toBeLessThanOrEqual(a[k]!);
          for (let i = k + 1; i < a.length; i++) expect(a[i]!).toBeGreaterThanOrEqual(a[k]!);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('handles many equal values and already sorted input', () => {
    expect(selectInPlace(new Float64Array(1000).fill(7), 500)).toBe(7);
    expect(
      selectInPlace(
        Float64Array.from({ length: 1000 }, (_, i) => i),
        950,
      ),
    ).toBe(950);
  });
});

describe('latencyStats agrees with nearest-rank percentiles of a sorted copy (property)', () => {
  it('p50, p95, max and mean', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: 0, max: 1e7 }), fc.constant(NaN)), { maxLength: 400 }),
        (xs) => {
          const kept = Float64Array.from(xs.filter((x) => !Number.isNaN(x))).sort();
          const s = latencyStats(xs);
          expect(s.count).toBe(kept.length);
          if (kept.length === 0) return;
          expect(s.p50).toBe(percentile(kept, 0.5));
          expect(s.p95).toBe(percentile(kept, 0.95));
          expect(s.max).toBe(kept[kept.length - 1]);
        },
      ),
      { numRuns: 300 },
    );
  });
});
