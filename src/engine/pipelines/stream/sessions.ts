// Session windows per key (Flink EventTimeSessionWindows + MergingWindowSet): an element opens
// [t, t + gap), which merges with every live session of its key that it overlaps or touches
// (TimeWindow.intersects). Merging sums the states and carries timers and owed retractions.
import type { WindowState, Owed } from './state';
import { compareNumbers, newState } from './state';
import { DeadlineHeap } from './timers';
import { bisector } from 'd3-array';
import { compareTimes } from '../../core/sorted';

// A key's sessions by where they end (they are disjoint and in order).
const byEnd = bisector<WindowState, number>((s, t) => compareTimes(s.win.end, t));

export class SessionWindows {
  /** Each key's live sessions: disjoint and apart, so starts and ends both ascend. */
  private readonly byKey = new Map<string, WindowState[]>();
  private readonly deadlines = new DeadlineHeap<WindowState>();

  constructor(
    private readonly gap: number,
    private readonly lateness: number,
    private readonly retracting: boolean,
    /** The engine's pending-event links, to splice merged states' lists together. */
    private readonly next: Int32Array,
    private readonly onLive: (delta: number) => void,
  ) {}

  /**
   * The session state an element at `t` joins, or null when it is late. Only a window that
   * merged with nothing can be late (Flink checks isWindowLate on the merged window): a live
   * session's cleanup time is still ahead of the watermark.
   */
  stateFor(key: string, t: number, wm: number): WindowState | null {
    const end = t + this.gap;
    const list = this.byKey.get(key) ?? [];
    const lo = byEnd.left(list, t);
    let j = lo;
    while (j < list.length && list[j]!.win.start <= end) j++;
    if (j > lo) {
      const only = list[lo]!;
      if (j - lo === 1 && only.win.start <= t && only.win.end >= end) return only;
      return this.merge(list, lo, j, t, end, wm);
    }
    if (end - 1 + this.lateness <= wm) return null;
    const st = newState(key, { start: t, end }, end - 1 <= wm, false);
    if (list.length === 0) this.byKey.set(key, list);
    list.splice(lo, 0, st);
    this.onLive(1);
    this.deadlines.push(st.onTimeDone ? end - 1 + this.lateness : end - 1, st);
    return st;
  }

  /**
   * Merges list[lo..hi) with [t, end). The survivor keeps the earliest pending timer of the kind
   * the merged window needs (Beam merges AfterProcessingTime delays by taking the earliest); the
   * merged window counts as fired on time only if the watermark already passed its end - 1.
   */
  private merge(
    list: WindowState[],
    lo: number,
    hi: number,
    t: number,
    end: number,
    wm: number,
  ): WindowState {
    const parts = list.slice(lo, hi);
    const start = Math.min(t, parts[0]!.win.start);
    const stop = Math.max(end, parts[parts.length - 1]!.win.end);
    const onTimeDone = stop - 1 <= wm;
    let survivor = parts[0]!;
    let best = Infinity;
    for (const p of parts) {
      if (p.timerToken !== 0 && p.timerLate === onTimeDone && p.timerAt < best) {
        best = p.timerAt;
        survivor = p;
      }
    }
    let owed: Owed[] | null = null;
    if (this.retracting) {
      // Decision: each merged-away window that emitted is retracted right before the merged
      // window's next pane (Streaming Systems Figure 4-7, accumulating and retracting sessions).
      for (const p of parts) {
        if (p.owed !== null) (owed ??= []).push(...p.owed);
        if (p.emitted)
          (owed ??= []).push({ window: p.win, value: p.lastValue, count: p.lastCount });
      }
      owed?.sort(
        (a, b) =>
          compareNumbers(a.window.start, b.window.start) ||
          compareNumbers(a.window.end, b.window.end),
      );
    }
    for (const p of parts) {
      if (p === survivor) continue;
      survivor.total += p.total;
      survivor.count += p.count;
      survivor.pendValue += p.pendValue;
      if (p.pendCount > 0) {
        if (survivor.pendCount === 0) survivor.head = p.head;
        else this.next[survivor.tail] = p.head;
        survivor.tail = p.tail;
        survivor.pendCount += p.pendCount;
      }
      p.alive = false;
    }
    survivor.win = { start, end: stop };
    survivor.emitted = false;
    survivor.owed = owed;
    if (survivor.timerToken !== 0 && survivor.timerLate !== onTimeDone) survivor.timerToken = 0;
    survivor.onTimeDone = onTimeDone;
    survivor.ver++; // older deadlines of the survivor are stale now
    this.deadlines.push(onTimeDone ? stop - 1 + this.lateness : stop - 1, survivor);
    list.splice(lo, hi - lo, survivor);
    this.onLive(1 - parts.length);
    return survivor;
  }

  /** The next session whose deadline (end - 1, then its cleanup time) the watermark reached. */
  popDue(wm: number): WindowState | null {
    return this.deadlines.popDue(wm);
  }

  reschedule(st: WindowState, time: number): void {
    this.deadlines.push(time, st);
  }

  remove(st: WindowState): void {
    st.alive = false;
    const list = this.byKey.get(st.key)!;
    list.splice(list.indexOf(st), 1);
    if (list.length === 0) this.byKey.delete(st.key);
    this.onLive(-1);
  }

  *states(): Generator<WindowState> {
    for (const list of this.byKey.values()) yield* list;
  }
}
