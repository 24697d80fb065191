// Finding the next and previous moment of interest on a sorted list of times: what "step to the
// next order" and "step to the next firing" jump to.

/** Index of the first time > t in a sorted array (binary search). */
export function upperBound(times: ArrayLike<number>, t: number): number {
  let lo = 0;
  let hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (times[mid]! <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first time >= t in a sorted array. */
export function lowerBound(times: ArrayLike<number>, t: number): number {
  let lo = 0;
  let hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (times[mid]! < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first time strictly after t, or null. */
export function nextInstant(times: ArrayLike<number>, t: number): number | null {
  const i = upperBound(times, t);
  return i < times.length ? times[i]! : null;
}

/** The last time strictly before t, or null. */
export function previousInstant(times: ArrayLike<number>, t: number): number | null {
  const i = lowerBound(times, t);
  return i > 0 ? times[i - 1]! : null;
}
