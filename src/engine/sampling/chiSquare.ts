// Pearson's chi-square goodness-of-fit test with an exact-enough p-value, so the lab can say "this
// histogram is flat" with a number: p = Q(df/2, x/2), the regularized upper incomplete gamma
// function, by its series below a + 1 and its continued fraction above (Numerical Recipes 6.2).
import { EngineInputError, finiteNumber } from '../core/validate';

/** The result of a chi-square goodness-of-fit test. */
export interface ChiSquareResult {
  /** Sum over cells of (observed - expected)^2 / expected. */
  statistic: number;
  /** Degrees of freedom: cells - 1. */
  df: number;
  /** P(X >= statistic) for X ~ chi-square(df): small means the counts do not fit. */
  pValue: number;
}

const EPS = 1e-15;
const TINY = 1e-300;
const MAX_ITER = 10_000;

// Lanczos approximation, g = 7, n = 9 (Godfrey's coefficients): ~15 significant digits for x >= 0.5.
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
  -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
  1.5056327351493116e-7,
];

/** ln Γ(x) for x >= 0.5 (all this module needs: a = df / 2 >= 0.5). */
export function logGamma(x: number): number {
  const z = x - 1;
  let a = LANCZOS[0]!;
  for (let i = 1; i < 9; i++) a += LANCZOS[i]! / (z + i);
  const t = z + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

/** e^-x x^a / Γ(a), the factor both expansions share, in logs to survive large a and x. */
function prefactor(a: number, x: number): number {
  return Math.exp(-x + a * Math.log(x) - logGamma(a));
}

/** P(a, x) by its series, which converges fast for x < a + 1. */
function lowerSeries(a: number, x: number): number {
  let ap = a;
  let del = 1 / a;
  let sum = del;
  for (let n = 0; n < MAX_ITER; n++) {
    ap++;
    del *= x / ap;
    sum += del;
    if (Math.abs(del) < Math.abs(sum) * EPS) break;
  }
  return sum * prefactor(a, x);
}

/** Q(a, x) by its continued fraction (modified Lentz), which converges fast for x >= a + 1. */
function upperFraction(a: number, x: number): number {
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < MAX_ITER; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < EPS) break;
  }
  return h * prefactor(a, x);
}

/**
 * The regularized upper incomplete gamma function Q(a, x) = Γ(a, x) / Γ(a), for a > 0, x >= 0:
 * the series for x < a + 1 (where 1 - P loses little), the continued fraction otherwise, so tiny
 * tail probabilities keep their relative accuracy. Throws EngineInputError for a <= 0 or x < 0.
 */
export function gammaQ(a: number, x: number): number {
  if (!(a > 0) || !Number.isFinite(a)) {
    throw new EngineInputError(`invalid gamma shape: ${a} (must be a finite number > 0)`);
  }
  if (!(x >= 0)) throw new EngineInputError(`invalid gamma argument: ${x} (must be >= 0)`);
  if (x === 0) return 1;
  if (x === Infinity) return 0;
  if (x < a + 1) return Math.max(0, 1 - lowerSeries(a, x));
  return Math.min(1, upperFraction(a, x));
}

/**
 * Pearson's chi-square test of `observed` counts against `expected` counts, cell by cell:
 * statistic = Σ (o - e)² / e, df = cells - 1, pValue = Q(df / 2, statistic / 2). The totals are
 * not required to match (a sampler of unbounded size may keep more or fewer than expected).
 * Throws EngineInputError unless both arrays have the same length >= 2, every observed count is
 * a finite number >= 0 and every expected count a finite number > 0.
 */
export function chiSquare(
  observed: readonly number[],
  expected: readonly number[],
): ChiSquareResult {
  if (!Array.isArray(observed) || !Array.isArray(expected)) {
    throw new EngineInputError('invalid chi-square input: observed and expected must be arrays');
  }
  if (observed.length !== expected.length) {
    throw new EngineInputError(
      `invalid chi-square input: ${observed.length} observed vs ${expected.length} expected cells (must be equal)`,
    );
  }
  if (observed.length < 2) {
    throw new EngineInputError(`invalid chi-square cells: ${observed.length} (must be >= 2)`);
  }
  let statistic = 0;
  for (let i = 0; i < observed.length; i++) {
    const o = finiteNumber(observed[i], `observed count ${i}`);
    const e = finiteNumber(expected[i], `expected count ${i}`);
    if (o < 0) throw new EngineInputError(`invalid observed count ${i}: ${o} (must be >= 0)`);
    if (e <= 0) throw new EngineInputError(`invalid expected count ${i}: ${e} (must be > 0)`);
    statistic += ((o - e) * (o - e)) / e;
  }
  const df = observed.length - 1;
  return { statistic, df, pValue: gammaQ(df / 2, statistic / 2) };
}
