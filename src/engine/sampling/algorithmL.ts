// Algorithm L (Li 1994): the same fair k-sample as Algorithm R, but instead of drawing once per
// item it draws how many items to skip before the next replacement, so a stream of n items costs
// about 3k ln(n/k) random values instead of n - k. The lab shows both counts side by side.
import type { Rng } from '../core/types';
import { integerAtLeast } from '../core/validate';
import { checkRng, type CountedReservoir } from './countingRng';

const DROPPED: { kept: boolean } = Object.freeze({ kept: false });

/**
 * Algorithm L, as in Li, "Reservoir-sampling algorithms of time complexity O(n(1 + log(N/n)))",
 * ACM TOMS 20(4), 1994. Items 0..k-1 fill slots 0..k-1. Then, with u uniform in (0, 1]:
 * W = u^(1/k); the next kept index is last + floor(log(u) / log(1 - W)) + 1 (a geometric skip
 * with success probability W); the kept item replaces a uniform slot in [0, k) and W *= u^(1/k).
 * After n offers every item is in the sample with probability min(1, k / n), as with Algorithm R,
 * but the draws are not the same, so the samples differ for one seed.
 *
 * The first W and skip are drawn lazily, at the first offer beyond k, so a stream of at most k
 * items uses no draws. `draws()` counts nextInt and nextFloat calls: 3 per replacement + 2.
 * Throws EngineInputError unless k is an integer >= 1 and rng is an Rng.
 */
export function createReservoirL<T>(k: number, rng: Rng): CountedReservoir<T> {
  integerAtLeast(k, 1, 'reservoir size');
  checkRng(rng);
  const slots: T[] = [];
  let seen = 0;
  let draws = 0;
  let w = 1;
  let next = -1; // index of the next item to keep; -1 until the first skip is drawn

  // nextFloat is in [0, 1): 1 - u is in (0, 1], so log never sees 0.
  const uniformOpen = () => {
    draws++;
    return 1 - rng.nextFloat();
  };
  /** Sets `next` from the last kept (or filled) index with a geometric skip of parameter W. */
  const drawNext = (last: number) => {
    // log1p keeps log(1 - W) accurate and non-zero for tiny W (very long streams). When W is
    // 1 (u = 1 for every factor so far) log(1 - W) = -Infinity and the skip is 0: keep the next.
    const skip = Math.floor(Math.log(uniformOpen()) / Math.log1p(-w));
    // W underflowing to 0 gives an infinite skip: nothing more is ever kept, the right limit.
    next = Number.isFinite(skip) ? last + skip + 1 : Infinity;
  };

  return {
    offer(item) {
      const i = seen++;
      if (i < k) {
        slots.push(item);
        return { kept: true, slot: i };
      }
      if (next < 0) {
        w = Math.exp(Math.log(uniformOpen()) / k);
        drawNext(k - 1);
      }
      if (i !== next) return DROPPED;
      draws++;
      const j = rng.nextInt(0, k - 1);
      slots[j] = item;
      w *= Math.exp(Math.log(uniformOpen()) / k);
      drawNext(i);
      return { kept: true, replaced: j, slot: j };
    },
    items: () => slots.slice(),
    seen: () => seen,
    draws: () => draws,
  };
}
