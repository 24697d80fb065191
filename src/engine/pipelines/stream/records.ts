// What a streaming run records besides panes, for the lab's charts and latency metrics: live
// state over time, the first emission of every event, and the windows that never closed.
import type { Row } from '../../core/types';
import { compareNumbers, type WindowState } from './state';

/** Live (key, window) states: one sample per processing time, kept only when it changes. */
export class StateSizes {
  readonly samples: { at: number; value: number }[] = [];
  live = 0;
  peak = 0;

  change(at: number, delta: number): void {
    const value = (this.live += delta);
    if (value > this.peak) this.peak = value;
    const samples = this.samples;
    const last = samples[samples.length - 1];
    if (last !== undefined && last.at === at) {
      last.value = value;
      if ((samples[samples.length - 2]?.value ?? 0) === value) samples.pop(); // no change after all
    } else if ((last?.value ?? 0) !== value) {
      samples.push({ at, value });
    }
  }
}

/**
 * Per input event, the time of the first pane that included it. Pending events of a state are
 * sorted-input positions, in a linked list through `next` or in the state's own `members`.
 * One Float64Array (NaN = never) is the cheapest form a latency metric can index by event.
 */
export class FirstEmissions {
  readonly times: Float64Array;
  /** Links each pending event to the next one of the same state (by sorted position). */
  readonly next: Int32Array;

  constructor(
    n: number,
    linked: boolean,
    /** sorted[i] = events[order[i]]: stamps go to the caller's indices. */
    private readonly order: Int32Array | null,
  ) {
    this.times = new Float64Array(n).fill(NaN);
    this.next = new Int32Array(linked ? n : 0);
  }

  /** Appends an event to a state's pending list; call after counting it in pendCount. */
  append(st: WindowState, pos: number): void {
    if (st.members !== null) st.members.push(pos);
    else {
      if (st.pendCount === 1) st.head = pos;
      else this.next[st.tail] = pos;
      st.tail = pos;
    }
  }

  /** Stamps a state's pending events (pendCount > 0) with `at` where not stamped yet. */
  stamp(st: WindowState, at: number): void {
    const { times, order } = this;
    if (st.members !== null) {
      for (const p of st.members) {
        const i = order === null ? p : order[p]!;
        if (Number.isNaN(times[i])) times[i] = at;
      }
      st.members.length = 0;
      return;
    }
    const next = this.next;
    for (let p = st.head; ; p = next[p]!) {
      const i = order === null ? p : order[p]!;
      if (Number.isNaN(times[i])) times[i] = at;
      if (p === st.tail) break;
    }
  }
}

/** Live windows whose on-time pane never fired ("never closed"), by window end, start, key. */
export function openRows(states: Iterable<WindowState>): Row[] {
  const rows: Row[] = [];
  for (const st of states) {
    if (st.alive && !st.onTimeDone) {
      rows.push({ key: st.key, window: st.win, value: st.total, count: st.count });
    }
  }
  return rows.sort(
    (a, b) =>
      compareNumbers(a.window.end, b.window.end) ||
      compareNumbers(a.window.start, b.window.start) ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
}
