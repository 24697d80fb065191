// Variates as transforms of uniforms: exact values at the edges of [0, 1), means by quadrature
// over an even grid of u (no randomness needed), and the Zipf table's search boundaries.
import { describe, expect, it } from 'vitest';
import {
  exponential,
  hash01,
  lognormal,
  sampleTable,
  standardNormal,
  uniform,
  zipfTable,
} from './distributions';

/** Mean of f(u) over the midpoints of n equal slices of [0, 1). */
function gridMean(f: (u: number) => number, n = 100_000): number {
  let s = 0;
  for (let i = 0; i < n; i++) s += f((i + 0.5) / n);
  return s / n;
}

describe('exponential(u, mean)', () => {
  it('is 0 at u = 0 and has the given mean', () => {
    expect(exponential(0, 5)).toBe(0);
    expect(exponential(1 - 1 / Math.E, 5)).toBeCloseTo(5, 12); // the e^-1 quantile is the mean
    expect(gridMean((u) => exponential(u, 5))).toBeCloseTo(5, 2);
  });
});

describe('uniform(u, lo, hi)', () => {
  it('maps [0, 1) onto [lo, hi)', () => {
    expect(uniform(0, 2, 6)).toBe(2);
    expect(uniform(0.5, 2, 6)).toBe(4);
  });
});

describe('standardNormal(u1, u2) and lognormal(u1, u2, mean, sigma)', () => {
  it('gives a finite normal even for u1 = 0 (Box-Muller on 1 - u1)', () => {
    expect(standardNormal(0, 0)).toBe(0);
    expect(Number.isFinite(standardNormal(0.999999, 0.3))).toBe(true);
  });

  it('gives the lognormal the requested mean', () => {
    // Average over a grid in u1 at a fixed u2 is not the full 2-D mean; use a 2-D grid instead.
    let s = 0;
    const n = 400;
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) s += lognormal((i + 0.5) / n, (j + 0.5) / n, 60, 0.5);
    }
    expect(s / (n * n) / 60).toBeCloseTo(1, 2);
  });
});

describe('zipfTable(n, s) and sampleTable(cdf, u)', () => {
  it('is uniform for s = 0 and ends at exactly 1', () => {
    expect([...zipfTable(4, 0)]).toEqual([0.25, 0.5, 0.75, 1]);
    expect(zipfTable(7, 1.3)[6]).toBe(1);
  });

  it('weighs rank r by 1 / r^s', () => {
    const cdf = zipfTable(3, 1); // weights 1, 1/2, 1/3 of 11/6
    expect(cdf[0]).toBeCloseTo(6 / 11, 12);
    expect(cdf[1]).toBeCloseTo(9 / 11, 12);
  });

  it('returns the first index whose cumulative share is above u (boundaries exact)', () => {
    const cdf = zipfTable(4, 0);
    expect(sampleTable(cdf, 0)).toBe(0);
    expect(sampleTable(cdf, 0.2499)).toBe(0);
    expect(sampleTable(cdf, 0.25)).toBe(1);
    expect(sampleTable(cdf, 0.75)).toBe(3);
    expect(sampleTable(cdf, 0.9999999)).toBe(3);
    expect(sampleTable(zipfTable(1, 2), 0.5)).toBe(0);
  });
});

describe('hash01(a, b, c)', () => {
  it('is deterministic, in [0, 1), and spreads neighbouring inputs', () => {
    expect(hash01(1, 2, 3)).toBe(hash01(1, 2, 3));
    let below = 0;
    for (let a = 0; a < 10_000; a++) {
      const h = hash01(a, 7, 42);
      expect(h >= 0 && h < 1).toBe(true);
      if (h < 0.3) below++;
    }
    expect(Math.abs(below / 10_000 - 0.3)).toBeLessThan(0.02);
  });
});
