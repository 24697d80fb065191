// The samplers a newcomer writes before meeting reservoir sampling, kept beside it so the lab can
// run them on the same orders and let the inclusion histogram show what goes wrong: "first k"
// sees only the morning, "every n-th" is deterministic and grows, "fixed probability" grows too.
import type { Rng } from '../core/types';
import { fraction, integerAtLeast } from '../core/validate';
import { checkRng } from './countingRng';
import type { Reservoir } from './reservoir';

const DROPPED: { kept: boolean } = Object.freeze({ kept: false });

/**
 * Keeps the first k items offered and drops every later one: item i is in the sample with
 * probability 1 for i < k and 0 afterwards, so under the daily traffic curve the sample holds
 * only the first orders of the day. Throws EngineInputError unless k is an integer >= 1.
 */
export function firstK<T>(k: number): Reservoir<T> {
  integerAtLeast(k, 1, 'sample size');
  const slots: T[] = [];
  let seen = 0;
  return {
    offer(item) {
      const i = seen++;
      if (i >= k) return DROPPED;
      slots.push(item);
      return { kept: true, slot: i };
    },
    items: () => slots.slice(),
    seen: () => seen,
  };
}

/**
 * Keeps every n-th item: positions n - 1, 2n - 1, 3n - 1, ... (0-based), each appended to the
 * sample, so `slot` is the kept item's rank. Not a fixed-size sample: after s offers it holds
 * floor(s / n) items, unbounded on an endless stream, and it uses no randomness, so every run
 * keeps the same positions (and any period in the stream that divides n aliases into it).
 * Throws EngineInputError unless n is an integer >= 1.
 */
export function everyNth<T>(n: number): Reservoir<T> {
  integerAtLeast(n, 1, 'sampling step');
  const kept: T[] = [];
  let seen = 0;
  let countdown = n;
  return {
    offer(item) {
      seen++;
      if (--countdown > 0) return DROPPED;
      countdown = n;
      kept.push(item);
      return { kept: true, slot: kept.length - 1 };
    },
    items: () => kept.slice(),
    seen: () => seen,
  };
}

/**
 * Keeps each item independently when rng.nextFloat() < p (one draw per item), appending it. Each
 * position is kept with the same probability p, so inclusion is uniform; the flaw is the size:
 * Binomial(s, p) after s offers, unbounded on an endless stream, so p must be guessed from a
 * stream length not known in advance (a busy day overflows, a quiet one under-fills).
 * Throws EngineInputError unless p is in [0, 1] and rng is an Rng.
 */
export function fixedProbability<T>(p: number, rng: Rng): Reservoir<T> {
  fraction(p, 'keep probability');
  checkRng(rng);
  const kept: T[] = [];
  let seen = 0;
  return {
    offer(item) {
      seen++;
      if (rng.nextFloat() >= p) return DROPPED;
      kept.push(item);
      return { kept: true, slot: kept.length - 1 };
    },
    items: () => kept.slice(),
    seen: () => seen,
  };
}
