// The k-th smallest value without sorting everything (Hoare's quickselect): the lab recomputes
// latency percentiles over 100,000 orders on every slider move, and a full sort per lane was a
// large share of that time.

/**
 * Rearranges `a` in place so that a[k] holds the value a full ascending sort would put there,
 * with smaller-or-equal values before it and greater-or-equal after. Returns a[k].
 * Expected O(n); the pivot is the median of three, so sorted input stays fast.
 */
export function selectInPlace(a: Float64Array, k: number): number {
  let lo = 0;
  let hi = a.length - 1;
  while (hi > lo) {
    const mid = (lo + hi) >>> 1;
    // Median of three as the pivot value.
    const x = a[lo]!;
    const y = a[mid]!;
    const z = a[hi]!;
    const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i] = a[j]!;
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return a[k]!;
  }
  return a[k]!;
}
