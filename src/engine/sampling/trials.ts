// "Run N trials": sample the same stream of positions 0..n-1 many times and count how often each
// position ends in the sample. A fair sampler gives a flat histogram at trials * k / n; the
// chi-square p-value says whether the bumps are more than chance.
import { createRng } from '../core/rng';
import type { Rng } from '../core/types';
import { EngineInputError, integerAtLeast } from '../core/validate';
import { chiSquare, type ChiSquareResult } from './chiSquare';

/** Anything that takes offers of stream positions and returns the positions it kept. */
export interface PositionSampler {
  offer(item: number): unknown;
  items(): readonly number[];
}

/** Builds a fresh sampler of (target) size k for one trial, drawing only from `rng`. */
export type SamplerFactory = (k: number, rng: Rng) => PositionSampler;

/** What inclusionTrials found. */
export interface InclusionTrials {
  /** counts[i]: in how many trials position i was in the final sample. */
  counts: number[];
  /** trials * k / n for every position: what a fair k-sampler gives on average. */
  expected: number[];
  /** Pearson's test of counts against expected (df = n - 1). */
  chi: ChiSquareResult;
  /** Mean final sample size over the trials (k for a reservoir; varies for the naive samplers). */
  meanSize: number;
}

/**
 * Runs `trials` independent samplings of the stream 0..n-1: trial t builds
 * makeSampler(k, createRng(seed + t)), offers 0..n-1 in order and counts the kept positions.
 * Deterministic for a seed.
 *
 * The test is Pearson's with df = n - 1. For a fixed-size sampler the k positions of one trial
 * are drawn without replacement, so each count has variance trials·p(1 - p) (p = k/n), not
 * trials·p: the statistic runs about (1 - k/n) times a chi-square variable and the test is a
 * little conservative for fair samplers; biased ones still fail by orders of magnitude.
 * Throws EngineInputError unless n >= 2, 1 <= k <= n, trials >= 1 are integers, seed and
 * seed + trials - 1 are safe integers, and every kept item is a position in [0, n).
 */
export function inclusionTrials(
  makeSampler: SamplerFactory,
  n: number,
  k: number,
  trials: number,
  seed: number,
): InclusionTrials {
  if (typeof makeSampler !== 'function') {
    throw new EngineInputError(
      `invalid sampler factory: ${String(makeSampler)} (must be a function (k, rng) => sampler)`,
    );
  }
  integerAtLeast(n, 2, 'stream length');
  integerAtLeast(k, 1, 'sample size');
  if (k > n)
    throw new EngineInputError(`invalid sample size: ${k} (must be <= stream length ${n})`);
  integerAtLeast(trials, 1, 'trials');
  if (!Number.isSafeInteger(seed) || !Number.isSafeInteger(seed + trials - 1)) {
    throw new EngineInputError(`invalid seed: ${seed} (seed + trials - 1 must be a safe integer)`);
  }
  const counts = new Array<number>(n).fill(0);
  let totalSize = 0;
  for (let t = 0; t < trials; t++) {
    const sampler = makeSampler(k, createRng(seed + t));
    for (let i = 0; i < n; i++) sampler.offer(i);
    const kept = sampler.items();
    totalSize += kept.length;
    for (const x of kept) {
      if (!(Number.isInteger(x) && x >= 0 && x < n)) {
        throw new EngineInputError(
          `invalid sampled item in trial ${t}: ${x} (must be a position in [0, ${n}))`,
        );
      }
      counts[x]!++;
    }
  }
  const expected = new Array<number>(n).fill((trials * k) / n);
  return { counts, expected, chi: chiSquare(counts, expected), meanSize: totalSize / trials };
}
