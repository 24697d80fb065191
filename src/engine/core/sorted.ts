// Counting and stepping on ascending arrays of times: how many orders have arrived by the playhead,
// the watermark in force, the next moment something happens. Every lane, panel and step control
// asks these at a playhead, so they share one bisector from d3-array instead of a binary search
// written out in each file.
import { bisector } from 'd3-array';

/**
 * Orders two times for bisecting. Unlike d3's `ascending` it lets a NaN query through (d3's own
 * `bisectRight` answers the array's length for NaN): a NaN never compares, so nothing counts as
 * at or before it, as the searches this replaces answered.
 */
export function compareTimes(a: number, b: number): number {
  return a < b ? -1 : a > b ? 1 : a === b ? 0 : NaN;
}

const byTime = bisector<number, number>(compareTimes);

/**
 * How many of `sorted[lo..hi)` are at or before `t`, counted from `lo`: the index of the first
 * time after `t`. `sorted` is ascending.
 */
export function countAtOrBefore(sorted: ArrayLike<number>, t: number, lo = 0, hi = sorted.length) {
  return byTime.right(sorted, t, lo, hi);
}

/** How many of `sorted` (ascending) are strictly before `t`: the index of the first time >= t. */
export function countBefore(sorted: ArrayLike<number>, t: number): number {
  return byTime.left(sorted, t);
}

/** The first time strictly after `t` in `sorted` (ascending), or null. */
export function nextAfter(sorted: ArrayLike<number>, t: number): number | null {
  const i = byTime.right(sorted, t);
  return i < sorted.length ? sorted[i]! : null;
}

/** The last time strictly before `t` in `sorted` (ascending), or null. */
export function lastBefore(sorted: ArrayLike<number>, t: number): number | null {
  const i = byTime.left(sorted, t);
  return i > 0 ? sorted[i - 1]! : null;
}

/** The last time at or before `t` in `sorted` (ascending), or -Infinity before the first. */
export function lastAtOrBefore(sorted: ArrayLike<number>, t: number): number {
  const i = byTime.right(sorted, t);
  return i > 0 ? sorted[i - 1]! : -Infinity;
}
