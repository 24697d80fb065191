// chiSquare and gammaQ against closed forms (df 2 and 4) and table critical values (NIST/SEMATECH
// e-Handbook 1.3.6.7.4, upper-tail critical values of the chi-square distribution).
import { describe, expect, it } from 'vitest';
import { EngineInputError } from '../core/validate';
import { chiSquare, gammaQ, logGamma } from './chiSquare';

/** The chi-square upper-tail probability of x with df degrees of freedom. */
const pOf = (df: number, x: number) => gammaQ(df / 2, x / 2);

describe('logGamma(x)', () => {
  it('matches ln((n-1)!) and ln Γ(1/2) = ln √π', () => {
    expect(logGamma(1)).toBeCloseTo(0, 13);
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 13);
    expect(logGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 13);
    expect(logGamma(101)).toBeCloseTo(363.73937555556347, 9); // ln(100!)
  });
});

describe('gammaQ(a, x)', () => {
  it('equals exp(-x) for a = 1 (chi-square with 2 df), on both sides of a + 1', () => {
    for (const x of [0.1, 1, 1.9, 2, 5, 30, 300]) {
      expect(gammaQ(1, x) / Math.exp(-x)).toBeCloseTo(1, 12);
    }
  });

  it('equals exp(-x)(1 + x) for a = 2 (chi-square with 4 df), keeping tiny tails relatively exact', () => {
    for (const x of [0.5, 2.9, 3, 10, 100, 600]) {
      expect(gammaQ(2, x) / (Math.exp(-x) * (1 + x))).toBeCloseTo(1, 12);
    }
  });

  it('is 1 at x = 0 and 0 at x = Infinity', () => {
    expect(gammaQ(3, 0)).toBe(1);
    expect(gammaQ(3, Infinity)).toBe(0);
  });

  it('rejects a <= 0 and x < 0', () => {
    expect(() => gammaQ(0, 1)).toThrow('invalid gamma shape: 0 (must be a finite number > 0)');
    expect(() => gammaQ(1, -1)).toThrow('invalid gamma argument: -1 (must be >= 0)');
  });
});

describe('chi-square p-values at table critical values', () => {
  it('gives p = 0.05 at 3.841 (1 df), 18.307 (10 df) and p = 0.001 at 43.820 (19 df)', () => {
    expect(pOf(1, 3.841459)).toBeCloseTo(0.05, 6);
    expect(pOf(10, 18.307038)).toBeCloseTo(0.05, 6);
    expect(pOf(19, 43.820196)).toBeCloseTo(0.001, 7);
    // Three-decimal table values land within rounding of the level.
    expect(pOf(1, 3.841)).toBeCloseTo(0.05, 4);
    expect(pOf(10, 18.307)).toBeCloseTo(0.05, 5);
    expect(pOf(19, 43.82)).toBeCloseTo(0.001, 5);
  });

  it('gives p = 0.5 near the median (99 df: 98.334) and p = 0.999 at the lower tail (5 df: 0.210)', () => {
    expect(pOf(99, 98.33413)).toBeCloseTo(0.5, 5);
    expect(pOf(5, 0.210213)).toBeCloseTo(0.999, 5);
  });
});

describe('chiSquare(observed, expected)', () => {
  it('sums (o - e)^2 / e with df = cells - 1', () => {
    const r = chiSquare([10, 20, 30], [20, 20, 20]);
    expect(r.statistic).toBeCloseTo(10, 12);
    expect(r.df).toBe(2);
    expect(r.pValue).toBeCloseTo(Math.exp(-5), 12);
  });

  it('gives statistic 0 and p-value 1 for a perfect fit', () => {
    expect(chiSquare([5, 5, 5, 5], [5, 5, 5, 5])).toEqual({ statistic: 0, df: 3, pValue: 1 });
  });

  it('gives a p-value near 0, never negative, for a gross misfit', () => {
    const r = chiSquare([1000, 0, 0, 0], [250, 250, 250, 250]);
    expect(r.statistic).toBe(3000);
    expect(r.pValue).toBeGreaterThanOrEqual(0);
    expect(r.pValue).toBeLessThan(1e-300);
  });

  it('rejects mismatched lengths, fewer than 2 cells, negative observed and non-positive expected counts', () => {
    expect(() => chiSquare([1, 2], [1])).toThrow(EngineInputError);
    expect(() => chiSquare([1, 2], [1])).toThrow(
      'invalid chi-square input: 2 observed vs 1 expected cells (must be equal)',
    );
    expect(() => chiSquare([1], [1])).toThrow('invalid chi-square cells: 1 (must be >= 2)');
    expect(() => chiSquare([1, -1], [1, 1])).toThrow('invalid observed count 1: -1 (must be >= 0)');
    expect(() => chiSquare([1, 1], [1, 0])).toThrow('invalid expected count 1: 0 (must be > 0)');
    expect(() => chiSquare([1, NaN], [1, 1])).toThrow(
      'invalid observed count 1: NaN (must be a finite number)',
    );
  });
});
