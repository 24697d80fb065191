// A live leaderboard in bounded memory: Space-Saving (Metwally, Agrawal & El Abbadi 2005) keeps
// `capacity` counters; a new key takes over the smallest one. Used for "top products by revenue",
// where the lab sets its estimate and memory against the exact ranking of every product.
import { EngineInputError, describeValue, integerAtLeast } from '../core/validate';

/** One held counter as `top` reports it. */
export interface SpaceSavingEntry<K> {
  key: K;
  /** Upper bound on the key's true total. */
  count: number;
  /** Overestimation bound: count - error <= true total <= count. */
  error: number;
  /**
   * True when this entry and every one ranked above it are certainly the true top items: the
   * smallest guaranteed count (count - error) among them is >= any other key's possible total.
   */
  guaranteed: boolean;
}

/** A Space-Saving summary of a weighted stream of keys. */
export interface SpaceSaving<K> {
  /** Adds `weight` (default 1; a finite number > 0, e.g. revenue in cents) to `key`. */
  add(key: K, weight?: number): void;
  /** The `n` (default: all) largest counters, by count descending, ties by key. */
  top(n?: number): SpaceSavingEntry<K>[];
  /** Counters held (<= capacity). */
  memory(): number;
  /** Total weight added so far (n in the n/m error bound). */
  total(): number;
}

/** Numbers numerically, anything else by its string's code units: a total, stable order. */
function compareKeys(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const sa = String(a);
  const sb = String(b);
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}

/**
 * Space-Saving with `capacity` counters (an integer >= 1, else EngineInputError). A held key's
 * count grows by its weight; an unheld key replaces the minimum counter, taking count = min +
 * weight and error = min. Guarantees (Metwally et al. 2005, Lemma 3.4, Theorem 3.5): each count
 * overestimates by at most its error, every error <= n / capacity, and every key whose true
 * total exceeds the minimum count (<= n / capacity) is held. The counters sit in a min-heap
 * with a key -> slot map, so `add` is O(log capacity).
 */
export function createSpaceSaving<K>(capacity: number): SpaceSaving<K> {
  integerAtLeast(capacity, 1, 'Space-Saving capacity');
  const keys: K[] = [];
  const counts: number[] = [];
  const errors: number[] = [];
  const slot = new Map<K, number>();
  let total = 0;

  function swap(i: number, j: number) {
    const ki = keys[i]!;
    const kj = keys[j]!;
    keys[i] = kj;
    keys[j] = ki;
    const c = counts[i]!;
    counts[i] = counts[j]!;
    counts[j] = c;
    const e = errors[i]!;
    errors[i] = errors[j]!;
    errors[j] = e;
    slot.set(kj, i);
    slot.set(ki, j);
  }

  function siftDown(i: number) {
    const size = keys.length;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= size) return;
      const r = l + 1;
      const child = r < size && counts[r]! < counts[l]! ? r : l;
      if (counts[child]! >= counts[i]!) return;
      swap(i, child);
      i = child;
    }
  }

  function siftUp(i: number) {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (counts[parent]! <= counts[i]!) return;
      swap(i, parent);
      i = parent;
    }
  }

  return {
    add(key, weight = 1) {
      // Inline check: the message is built only on failure, never per add.
      if (typeof weight !== 'number' || !(weight > 0) || weight === Infinity) {
        const why = Number.isFinite(weight) ? 'must be > 0' : 'must be a finite number';
        throw new EngineInputError(`invalid weight: ${describeValue(weight)} (${why})`);
      }
      total += weight;
      const at = slot.get(key);
      if (at !== undefined) {
        counts[at] = counts[at]! + weight;
        siftDown(at);
      } else if (keys.length < capacity) {
        keys.push(key);
        counts.push(weight);
        errors.push(0);
        slot.set(key, keys.length - 1);
        siftUp(keys.length - 1);
      } else {
        // Metwally et al.: the new key takes over the minimum counter and inherits its count as error.
        const min = counts[0]!;
        slot.delete(keys[0]!);
        keys[0] = key;
        counts[0] = min + weight;
        errors[0] = min;
        slot.set(key, 0);
        siftDown(0);
      }
    },
    top(n) {
      const limit = n === undefined ? keys.length : integerAtLeast(n, 0, 'top count');
      const order = keys.map((_, i) => i);
      order.sort((a, b) => counts[b]! - counts[a]! || compareKeys(keys[a], keys[b]));
      // Unheld keys can total at most the minimum count once anything was evicted (the summary
      // was full); before that they total 0.
      const outside = keys.length === capacity ? counts[0]! : 0;
      const out: SpaceSavingEntry<K>[] = [];
      let lowestSure = Infinity;
      for (let r = 0; r < Math.min(limit, order.length); r++) {
        const i = order[r]!;
        lowestSure = Math.min(lowestSure, counts[i]! - errors[i]!);
        const next = order[r + 1];
        const rival = next === undefined ? outside : counts[next]!;
        out.push({
          key: keys[i]!,
          count: counts[i]!,
          error: errors[i]!,
          guaranteed: lowestSure >= rival,
        });
      }
      return out;
    },
    memory: () => keys.length,
    total: () => total,
  };
}
