// An Rng that counts its draws, so the lab can put "random numbers used" beside each sampler:
// Algorithm R spends one draw per item after the first k, Algorithm L only O(k log(n/k)).
// Counting wraps the rng instead of touching the samplers, so Algorithm R stays as it is.
import type { Rng } from '../core/types';
import type { Reservoir } from './reservoir';
import { createReservoir } from './reservoir';
import { EngineInputError } from '../core/validate';

/** An Rng that also reports how many values it has produced. */
export interface CountingRng extends Rng {
  /** nextInt plus nextFloat calls made so far. */
  draws(): number;
}

/** A reservoir that reports how many random values it has drawn. */
export interface CountedReservoir<T> extends Reservoir<T> {
  /** Random values drawn so far (nextInt and nextFloat calls). */
  draws(): number;
}

/** Throws EngineInputError unless `rng` looks like an Rng from createRng. */
export function checkRng(rng: unknown): asserts rng is Rng {
  if (
    rng === null ||
    typeof rng !== 'object' ||
    typeof (rng as Rng).nextInt !== 'function' ||
    typeof (rng as Rng).nextFloat !== 'function'
  ) {
    throw new EngineInputError(`invalid rng: ${String(rng)} (must be an Rng from createRng)`);
  }
}

/**
 * Wraps `rng` so every nextInt and nextFloat call is counted; the values are the wrapped rng's,
 * unchanged. Throws EngineInputError unless `rng` is an Rng.
 */
export function countingRng(rng: Rng): CountingRng {
  checkRng(rng);
  let draws = 0;
  return {
    nextInt(min, max) {
      draws++;
      return rng.nextInt(min, max);
    },
    nextFloat() {
      draws++;
      return rng.nextFloat();
    },
    draws: () => draws,
  };
}

/**
 * Algorithm R (createReservoir, unchanged) with its draws counted: one per item offered after
 * the first k. Throws EngineInputError unless k is an integer >= 1 and rng is an Rng.
 */
export function createCountedReservoir<T>(k: number, rng: Rng): CountedReservoir<T> {
  const counter = countingRng(rng);
  const r = createReservoir<T>(k, counter);
  return {
    offer: (item) => r.offer(item),
    items: () => r.items(),
    seen: () => r.seen(),
    draws: counter.draws,
  };
}
