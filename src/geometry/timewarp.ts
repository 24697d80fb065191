// Time warp: one processing-time axis that holds a stream's seconds and a nightly job's hours.
// Stretches where nothing happens (no order arrives, no result is emitted) longer than `maxGap`
// are squeezed to a fixed `gapSize`, and marked as breaks so the picture never hides the squeeze.
// The mapping is piecewise linear, strictly increasing and invertible, so scrubbing and playing
// reach the same simulated time for the same position.
import { bisector } from 'd3-array';
import { time } from '../engine';

const compareTimes = time.compareTimes;

export interface TimeBreak {
  /** Simulated time where the squeezed stretch begins and ends. */
  start: number;
  end: number;
  /** Where it begins and ends on the warped axis. */
  warpStart: number;
  warpEnd: number;
}

export interface TimeWarp {
  /** Simulated time domain covered: [from, to]. */
  from: number;
  to: number;
  /** Length of the warped axis: 0..total. */
  total: number;
  breaks: TimeBreak[];
  /** Simulated time -> warped position (clamped to the domain). */
  toWarp(t: number): number;
  /** Warped position -> simulated time (clamped to 0..total). */
  fromWarp(w: number): number;
}

export interface TimeWarpOptions {
  from: number;
  to: number;
  /** A quiet stretch longer than this is squeezed. */
  maxGap: number;
  /** Warped length given to each squeezed stretch (< maxGap). */
  gapSize: number;
}

interface Piece {
  t0: number;
  t1: number;
  w0: number;
  w1: number;
}

// Pieces by their upper end on the warped axis, compared as the sorted-time lookups compare.
const byW1 = bisector<Piece, number>((p, x) => compareTimes(p.w1, x));

/** [from, ...instants within [from, to]..., to] ascending; skips the sort when already sorted. */
function sortedWithin(instants: Iterable<number>, from: number, to: number): Float64Array {
  const src = instants instanceof Float64Array ? instants : Float64Array.from(instants);
  const out = new Float64Array(src.length + 2);
  let n = 0;
  out[n++] = from;
  let ordered = true;
  for (let i = 0; i < src.length; i++) {
    const t = src[i]!;
    if (!(t >= from && t <= to)) continue;
    if (t < out[n - 1]!) ordered = false;
    out[n++] = t;
  }
  out[n++] = to;
  const kept = out.subarray(0, n);
  return ordered ? kept : kept.sort();
}

/**
 * Builds the warp from the instants where something happens. Instants outside [from, to] are
 * ignored; `from` and `to` always count as busy, so the ends of the axis are never squeezed.
 */
export function createTimeWarp(instants: Iterable<number>, options: TimeWarpOptions): TimeWarp {
  const { from, to, maxGap, gapSize } = options;
  if (!(Number.isFinite(from) && Number.isFinite(to) && to > from)) {
    throw new Error(`invalid time warp domain: [${from}, ${to}] (need finite from < to)`);
  }
  if (!(maxGap > 0 && gapSize > 0 && gapSize < maxGap)) {
    throw new Error(
      `invalid time warp gaps: maxGap ${maxGap}, gapSize ${gapSize} (need 0 < gapSize < maxGap)`,
    );
  }
  const sorted = sortedWithin(instants, from, to);

  const pieces: Piece[] = [];
  const breaks: TimeBreak[] = [];
  let w = 0;
  let runStart = sorted[0]!;
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1]!;
    const t = sorted[i]!;
    if (t - prev > maxGap) {
      // Keep a margin of gapSize/2 of real time on each side so marks near the break stay legible.
      const keep = gapSize / 4;
      const busyEnd = prev + keep;
      pieces.push({ t0: runStart, t1: busyEnd, w0: w, w1: w + (busyEnd - runStart) });
      w += busyEnd - runStart;
      const quietEnd = t - keep;
      const squeezed = gapSize / 2;
      pieces.push({ t0: busyEnd, t1: quietEnd, w0: w, w1: w + squeezed });
      breaks.push({ start: busyEnd, end: quietEnd, warpStart: w, warpEnd: w + squeezed });
      w += squeezed;
      runStart = quietEnd;
    }
  }
  pieces.push({ t0: runStart, t1: to, w0: w, w1: w + (to - runStart) });
  const total = w + (to - runStart);

  // The first piece whose upper end reaches x (pieces are in order on both axes); the last piece
  // takes whatever lies beyond. toWarp places every order of a run (a million after a big import),
  // so it searches a typed array of the pieces' upper ends inline: d3's bisector with an accessor
  // was two thirds of placing them. The same answer as a d3 bisector on t1 with compareTimes.
  const t1s = Float64Array.from(pieces, (p) => p.t1);
  const lastPiece = pieces.length - 1;
  // The piece found last: times asked one after another (a track's arrivals in event-time order)
  // mostly fall in it, and it is the answer exactly when x is above the piece before it and not
  // above its own upper end.
  let hint = 0;
  const byTime = (x: number) => {
    const h = hint;
    if ((h === lastPiece || !(t1s[h]! < x)) && (h === 0 || t1s[h - 1]! < x)) return pieces[h]!;
    let lo = 0;
    let hi = lastPiece;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (t1s[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    hint = lo;
    return pieces[lo]!;
  };
  const byWarp = (x: number) => pieces[byW1.left(pieces, x, 0, pieces.length - 1)]!;

  return {
    from,
    to,
    total,
    breaks,
    toWarp(t) {
      const c = Math.min(to, Math.max(from, t));
      const p = byTime(c);
      return p.t1 === p.t0 ? p.w0 : p.w0 + ((c - p.t0) / (p.t1 - p.t0)) * (p.w1 - p.w0);
    },
    fromWarp(x) {
      const c = Math.min(total, Math.max(0, x));
      const p = byWarp(c);
      return p.w1 === p.w0 ? p.t0 : p.t0 + ((c - p.w0) / (p.w1 - p.w0)) * (p.t1 - p.t0);
    },
  };
}
