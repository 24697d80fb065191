// The only source of randomness in the engine: pure-rand's xoroshiro128+ behind a tiny interface,
// so a scenario's seed fixes every draw and the same seed always gives the same events.
// The seed is scrambled into the full 128-bit state first: xoroshiro seeded directly from a small
// integer emits a first value that is nearly the seed itself (seed 1 would start with 0.99999...).
import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import type { Rng } from './types';
import { EngineInputError, finiteNumber } from './validate';

/** murmur3's fmix32: a bijection on 32-bit words that spreads every input bit over the output. */
function mix32(x: number): number {
  let h = x | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

/**
 * Four well-mixed state words from a safe integer. Every word depends on the low 32 bits (which
 * is where small seeds differ), and (w0, w1) is a bijection of (low, high), so distinct seeds
 * give distinct states; w0 and w2 are never both zero, so the state is never all-zero.
 */
function seedState(seed: number): number[] {
  const lo = seed >>> 0; // two's complement low word, so -1 and 0 stay apart
  const hi = Math.floor(seed / 2 ** 32) | 0;
  const w0 = mix32(lo ^ 0xa341316c);
  const w1 = mix32(mix32(hi ^ 0xc8013ea4) ^ w0);
  const w2 = mix32((w0 + 0xad90777d) | 0);
  const w3 = mix32((w1 + 0x7e95761e) | 0);
  return [w0, w1, w2, w3];
}

/**
 * A seeded generator: `nextInt(min, max)` is inclusive, `nextFloat()` is in [0, 1).
 * `seed` must be a safe integer (negative allowed); bounds of `nextInt` must be safe integers
 * with min <= max.
 */
export function createRng(seed: number): Rng {
  finiteNumber(seed, 'seed');
  if (!Number.isSafeInteger(seed)) {
    throw new EngineInputError(`invalid seed: ${seed} (must be a safe integer)`);
  }
  const gen = xoroshiro128plusFromState(seedState(seed));
  return {
    nextInt(min, max) {
      // Checked inline rather than via check(): the message must not be built on every draw.
      if (!Number.isSafeInteger(min) || !Number.isSafeInteger(max)) {
        throw new EngineInputError(
          `invalid range: [${min}, ${max}] (bounds must be safe integers)`,
        );
      }
      if (min > max) {
        throw new EngineInputError(`invalid range: [${min}, ${max}] (min must be <= max)`);
      }
      return uniformInt(gen, min, max);
    },
    nextFloat() {
      return uniformFloat64(gen);
    },
  };
}
