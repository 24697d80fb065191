// Random variates as pure transforms of uniform draws in [0, 1). Taking the uniforms as arguments
// (instead of an rng) lets the generator spend a fixed number of draws per order, so changing one
// setting (say lateShare) leaves every other draw, and thus every other order, as it was.
import { countAtOrBefore } from '../core/sorted';

/** Exponential with the given mean, by inversion: -mean * ln(1 - u) (log1p: exact near 0). */
export function exponential(u: number, mean: number): number {
  return -Math.log1p(-u) * mean;
}

/** Uniform on [lo, hi). */
export function uniform(u: number, lo: number, hi: number): number {
  return lo + (hi - lo) * u;
}

/**
 * Standard normal by Box-Muller (one of the pair). ln(1 - u1) stays finite, since u1 can be 0
 * but never 1.
 */
export function standardNormal(u1: number, u2: number): number {
  return Math.sqrt(-2 * Math.log1p(-u1)) * Math.cos(2 * Math.PI * u2);
}

/**
 * Lognormal with the given mean and shape sigma: exp(mu + sigma * Z) with
 * mu = ln(mean) - sigma^2 / 2, since E[exp(mu + sigma Z)] = exp(mu + sigma^2 / 2).
 */
export function lognormal(u1: number, u2: number, mean: number, sigma: number): number {
  const mu = Math.log(mean) - (sigma * sigma) / 2;
  return Math.exp(mu + sigma * standardNormal(u1, u2));
}

/**
 * Cumulative Zipf table over ranks 1..n: weight of rank r is 1 / r^s (s = 0 is uniform).
 * Entry i holds P(rank <= i + 1); the last entry is exactly 1.
 */
export function zipfTable(n: number, s: number): Float64Array {
  const cdf = new Float64Array(n);
  let total = 0;
  for (let r = 1; r <= n; r++) {
    total += s === 0 ? 1 : Math.pow(r, -s);
    cdf[r - 1] = total;
  }
  for (let i = 0; i < n; i++) cdf[i] = (cdf[i] ?? 0) / total;
  cdf[n - 1] = 1;
  return cdf;
}

/** The index (0-based rank) of the first table entry above `u`: binary search, O(log n). */
export function sampleTable(cdf: Float64Array, u: number): number {
  // Entries at or below u, before the last one (which takes whatever is left).
  return countAtOrBefore(cdf, u, 0, cdf.length - 1);
}

/**
 * A deterministic hash of three integers to [0, 1): for choices that must not consume rng draws
 * (which sources an outage takes offline), so they stay put when other settings change.
 */
export function hash01(a: number, b: number, c: number): number {
  let h =
    Math.imul(a | 0, 0x9e3779b1) ^ Math.imul(b | 0, 0x85ebca77) ^ Math.imul(c | 0, 0xc2b2ae3d);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0) / 4294967296;
}
