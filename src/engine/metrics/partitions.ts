// Which source partition a stream window waited for: from a run's per-partition watermarks, when
// every other partition had passed the window (or gone idle) and when the job's watermark, their
// minimum, finally did. Views use it to say "waiting for region 3: no orders since 12:10", the
// results' "Why?" to name the cause, and presets to count the windows held and for how long.
import type { OrderEvent, StreamRun, WindowRef } from '../core/types';
import { bisector } from 'd3-array';
import { compareTimes, countAtOrBefore } from '../core/sorted';

const byValue = bisector<{ value: number }, number>((m, v) => compareTimes(m.value, v));
const byArrival = bisector<OrderEvent, number>((e, t) => compareTimes(e.arrivalTime, t));

/** One window's wait for its slowest partition. */
export interface WindowHold {
  window: WindowRef;
  /** The partition that passed the window's end - 1 last (or never), not being idle. */
  holder: number;
  /** When every other partition had passed the window's end - 1 or was idle. */
  readyAt: number;
  /** When the job's watermark passed end - 1 (its on-time firing); Infinity = never. */
  firedAt: number;
  /**
   * The longest stretch between readyAt and firedAt in which the holder's watermark stood still
   * (no order from it moved it): minutes for a region gone offline, a few seconds at most for a
   * region that keeps sending. Infinity for a window that never fired.
   */
  held: number;
  /** When that stretch began. */
  stuckSince: number;
}

const cache = new WeakMap<StreamRun, WindowHold[]>();

/** The distinct windows of a run's panes and open windows, by end then start. */
function windowsOf(run: StreamRun): WindowRef[] {
  const seen = new Map<string, WindowRef>();
  for (const r of [...run.panes, ...(run.open ?? [])])
    seen.set(`${r.window.start}|${r.window.end}`, r.window);
  return [...seen.values()].sort((a, b) => a.end - b.end || a.start - b.start);
}

/** First processing time at which the job's watermark reached `value`; Infinity if never. */
function reachedAt(marks: readonly { at: number; value: number }[], value: number): number {
  const i = byValue.left(marks, value);
  return i < marks.length ? marks[i]!.at : Infinity;
}

/** The longest gap between `from`, the ascending `moves` strictly inside (from, to), and `to`. */
function longestStill(
  moves: readonly number[],
  from: number,
  to: number,
): { held: number; since: number } {
  const lo = countAtOrBefore(moves, from);
  let held = 0;
  let since = from;
  let prev = from;
  for (let i = lo; i < moves.length && moves[i]! < to; i++) {
    if (moves[i]! - prev > held) {
      held = moves[i]! - prev;
      since = prev;
    }
    prev = moves[i]!;
  }
  if (to - prev > held) {
    held = to - prev;
    since = prev;
  }
  return { held, since };
}

/**
 * Every window of a run with several partitions and the partition it waited for last; [] for a
 * one-partition run. A partition releases a window once its watermark reaches end - 1, or when it
 * goes idle for good; the window's readiness is the second-latest release, and its holder the
 * latest. Computed once per run.
 */
export function windowHolds(run: StreamRun): WindowHold[] {
  const cached = cache.get(run);
  if (cached) return cached;
  const samples = run.partitionWatermarks ?? [];
  let n = 0;
  for (const s of samples) if (s.partition + 1 > n) n = s.partition + 1;
  const windows = windowsOf(run);
  const out: WindowHold[] = [];
  if (n > 1) {
    // released[w * n + p]: from when on partition p no longer held window w back. Thresholds
    // rise with w and each partition's watermark only rises, so one pass fills p's column: a
    // window is released when p's watermark reaches its end - 1, or, if it never does, when p
    // went idle for good (an idle partition that sends again holds windows again).
    const released = new Float64Array(windows.length * n).fill(Infinity);
    const next = new Int32Array(n);
    const idleSince = new Float64Array(n).fill(NaN);
    const moves: number[][] = Array.from({ length: n }, () => []);
    const lastValue = new Float64Array(n).fill(NaN);
    for (const s of samples) {
      const p = s.partition;
      if (s.value !== lastValue[p]) {
        lastValue[p] = s.value;
        moves[p]!.push(s.at);
      }
      idleSince[p] = s.idle ? (idleSince[p] === idleSince[p] ? idleSince[p]! : s.at) : NaN;
      let w = next[p]!;
      while (w < windows.length && s.value >= windows[w]!.end - 1) {
        released[w * n + p] = s.at;
        w++;
      }
      next[p] = w;
    }
    for (let p = 0; p < n; p++) {
      const since = idleSince[p]!;
      if (since === since)
        for (let w = next[p]!; w < windows.length; w++) released[w * n + p] = since;
    }
    windows.forEach((window, w) => {
      let holder = 0;
      let last = -Infinity;
      let second = -Infinity;
      for (let p = 0; p < n; p++) {
        const t = released[w * n + p]!;
        if (t > last) {
          second = last;
          last = t;
          holder = p;
        } else if (t > second) second = t;
      }
      if (second === Infinity) return; // two or more partitions never passed it: no single cause
      const firedAt = reachedAt(run.watermarks, window.end - 1);
      const { held, since } = longestStill(moves[holder]!, second, firedAt);
      out.push({ window, holder, readyAt: second, firedAt, held, stuckSince: since });
    });
  }
  cache.set(run, out);
  return out;
}

/**
 * The hold on `window` at processing time `at`: every other partition has passed it and it has
 * not fired yet, so it waits for the holder alone; or null.
 */
export function holdAt(run: StreamRun, window: WindowRef, at: number): WindowHold | null {
  for (const h of windowHolds(run)) {
    if (h.window.start === window.start && h.window.end === window.end)
      return h.readyAt <= at && at < h.firedAt ? h : null;
  }
  return null;
}

/**
 * Arrival of partition `partition`'s last order at or before `at` (orders sorted by arrival, as
 * the lab holds them; absent partition = 0); NaN if it has sent none by then.
 */
export function lastOrderBefore(
  events: readonly OrderEvent[],
  partition: number,
  at: number,
): number {
  for (let i = byArrival.right(events, at) - 1; i >= 0; i--) {
    const e = events[i]!;
    if ((e.partition ?? 0) === partition) return e.arrivalTime;
  }
  return NaN;
}
