// The positions of a list of times in ascending order, ties in list order: the order in which
// orders appear (by event time) or land on a lane. A comparator sort of a million indices was half
// a second of main-thread work after a big import; times are whole milliseconds over a few hours,
// so a stable radix sort on their 16-bit digits does it in two or three linear passes.

const DIGIT = 0x10000;
/** Radix sort only when the spread fits three 16-bit digits (about 8,900 years of milliseconds). */
const MAX_SPREAD = DIGIT * DIGIT * DIGIT;

/**
 * Indices of `keys` sorted by key, equal keys in index order (a stable sort), as a comparator
 * sort `(a, b) => keys[a] - keys[b] || a - b` orders them. Already ascending keys cost one pass;
 * whole numbers within MAX_SPREAD of each other a radix sort; anything else (fractions, NaN,
 * infinities) the comparator sort itself, so every input gets the same answer as before.
 */
export function stableOrder(keys: ArrayLike<number>): Int32Array {
  const n = keys.length;
  let ascending = true;
  let whole = true;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const k = keys[i]!;
    if (i > 0 && !(k >= keys[i - 1]!)) ascending = false;
    if (!Number.isInteger(k)) {
      whole = false;
      break;
    }
    if (k < min) min = k;
    if (k > max) max = k;
  }
  if (ascending && whole) {
    const out = new Int32Array(n);
    for (let i = 0; i < n; i++) out[i] = i;
    return out;
  }
  if (!whole || max - min >= MAX_SPREAD) return comparatorOrder(keys);
  return radixOrder(keys, min, max - min);
}

/** The comparator sort: an array's TimeSort uses the runs already in order. */
function comparatorOrder(keys: ArrayLike<number>): Int32Array {
  const n = keys.length;
  const idx: number[] = new Array<number>(n);
  for (let i = 0; i < n; i++) idx[i] = i;
  idx.sort((a, b) => keys[a]! - keys[b]! || a - b);
  return Int32Array.from(idx);
}

/** LSD radix sort of the indices on (key - min), 16 bits a pass; stable: ties keep index order. */
function radixOrder(keys: ArrayLike<number>, min: number, spread: number): Int32Array {
  const n = keys.length;
  let order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  let spare = new Int32Array(n);
  const digit = new Uint16Array(n);
  const counts = new Int32Array(DIGIT);
  for (let scale = 1; scale <= spread; scale *= DIGIT) {
    counts.fill(0);
    for (let i = 0; i < n; i++) {
      const d = Math.floor((keys[i]! - min) / scale) % DIGIT;
      digit[i] = d;
      counts[d]!++;
    }
    // A digit every key shares moves nothing.
    if (counts[digit[0]!] === n) continue;
    let at = 0;
    for (let d = 0; d < DIGIT; d++) {
      const c = counts[d]!;
      counts[d] = at;
      at += c;
    }
    for (let j = 0; j < n; j++) {
      const i = order[j]!;
      spare[counts[digit[i]!]!++] = i;
    }
    [order, spare] = [spare, order];
  }
  return order;
}
