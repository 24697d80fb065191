// The only source of randomness in the engine: pure-rand's xoroshiro128+ behind a tiny interface,
// so a scenario's seed fixes every draw and the same seed always gives the same events.
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import type { Rng } from './types';
import { check, finiteNumber } from './validate';

/** A seeded generator: `nextInt(min, max)` is inclusive, `nextFloat()` is in [0, 1). */
export function createRng(seed: number): Rng {
  finiteNumber(seed, 'seed');
  check(Number.isInteger(seed), `invalid seed: ${seed} (must be an integer)`);
  // pure-rand folds the seed to 32 bits; do it here so large seeds stay distinct where possible.
  const gen = xoroshiro128plus((seed ^ Math.floor(seed / 2 ** 32)) | 0);
  return {
    nextInt(min, max) {
      check(Number.isInteger(min) && Number.isInteger(max), `invalid range: [${min}, ${max}] (bounds must be integers)`);
      check(min <= max, `invalid range: [${min}, ${max}] (min must be <= max)`);
      return uniformInt(gen, min, max);
    },
    nextFloat() {
      return uniformFloat64(gen);
    },
  };
}
