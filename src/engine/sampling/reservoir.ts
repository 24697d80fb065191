// A uniform sample of k items from a stream of unknown length in one pass and O(k) memory:
// the lab's answer to "how do I show a fair sample of a million orders?". Vitter's Algorithm R,
// drawn exactly as Spark's SamplingUtils.reservoirSampleAndCount draws it.
import type { Rng } from '../core/types';
import { EngineInputError, integerAtLeast } from '../core/validate';

/** A fixed-size uniform sample of everything offered so far. */
export interface Reservoir<T> {
  /**
   * Offers the next item. `replaced`: the slot whose item it evicted (only once the reservoir is
   * full); `slot`: the slot it now occupies (whenever kept, also while filling).
   */
  offer(item: T): { kept: boolean; replaced?: number; slot?: number };
  /** The current sample (a copy), in slot order. */
  items(): readonly T[];
  /** How many items were offered. */
  seen(): number;
}

// Shared and frozen: most offers of a long stream are dropped, and this keeps them allocation-free.
const DROPPED: { kept: boolean } = Object.freeze({ kept: false });

/**
 * Algorithm R: the first k items fill slots 0..k-1; the i-th item (0-based, i >= k) draws
 * j = rng.nextInt(0, i) and replaces slot j when j < k, so it is kept with probability
 * k / (i + 1) and, at every moment, each item seen so far is in the sample with probability
 * k / seen. Throws EngineInputError unless k is an integer >= 1.
 */
export function createReservoir<T>(k: number, rng: Rng): Reservoir<T> {
  integerAtLeast(k, 1, 'reservoir size');
  if (rng === null || typeof rng !== 'object' || typeof rng.nextInt !== 'function') {
    throw new EngineInputError(`invalid rng: ${String(rng)} (must be an Rng from createRng)`);
  }
  const slots: T[] = [];
  let seen = 0;
  return {
    offer(item) {
      const i = seen++;
      if (i < k) {
        slots.push(item);
        return { kept: true, slot: i };
      }
      // Spark draws (nextDouble * count) after counting the item: a uniform index in [0, i].
      const j = rng.nextInt(0, i);
      if (j >= k) return DROPPED;
      slots[j] = item;
      return { kept: true, replaced: j, slot: j };
    },
    items: () => slots.slice(),
    seen: () => seen,
  };
}
