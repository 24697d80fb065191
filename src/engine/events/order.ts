// The permutation that puts generated orders into arrival order (ties: lower id first). A stable
// LSD radix sort on whole-ms times: a million orders sort in a few ms, where a comparator sort
// of a million objects takes a third of a second on a small laptop.

const DIGIT_BITS = 11;
const BUCKETS = 1 << DIGIT_BITS;
const DIGIT_MASK = BUCKETS - 1;

/**
 * Indices 0..n-1 ordered by `keys[i]` ascending, equal keys by index (a stable sort). Radix
 * sort when the keys are integers spanning less than 2^32; a comparator sort otherwise.
 */
export function stableOrder(keys: Float64Array, n: number): Uint32Array {
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  if (n < 2) return order;

  let min = Infinity;
  let max = -Infinity;
  let integral = true;
  for (let i = 0; i < n; i++) {
    const k = keys[i] ?? 0;
    if (k < min) min = k;
    if (k > max) max = k;
    if (!Number.isInteger(k)) integral = false;
  }
  const span = max - min;
  if (!integral || span >= 2 ** 32) {
    return order.sort((a, b) => (keys[a] ?? 0) - (keys[b] ?? 0) || a - b);
  }

  const digits = new Uint32Array(n);
  for (let i = 0; i < n; i++) digits[i] = (keys[i] ?? 0) - min;
  let src = order;
  let dst = new Uint32Array(n);
  const counts = new Uint32Array(BUCKETS);
  // Each pass is stable, so after the pass on the top digit the order is by key, then by index.
  for (let shift = 0; shift < 32 && span >= 2 ** shift; shift += DIGIT_BITS) {
    counts.fill(0);
    for (let i = 0; i < n; i++) {
      const d = ((digits[src[i] ?? 0] ?? 0) >>> shift) & DIGIT_MASK;
      counts[d] = (counts[d] ?? 0) + 1;
    }
    let sum = 0;
    for (let b = 0; b < BUCKETS; b++) {
      const c = counts[b] ?? 0;
      counts[b] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const idx = src[i] ?? 0;
      const d = ((digits[idx] ?? 0) >>> shift) & DIGIT_MASK;
      const pos = counts[d] ?? 0;
      dst[pos] = idx;
      counts[d] = pos + 1;
    }
    const tmp = src;
    src = dst;
    dst = tmp;
  }
  return src;
}
