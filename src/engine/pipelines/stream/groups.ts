// Tumbling, sliding and global windows: every key's state for one window sits in one group, found
// by the window start (sizes are fixed, so the start names the window). The watermark then fires
// a whole window at once, and the hot path needs no per-event string keys for windows.
import type { WindowState, WindowGroup } from './state';
import { newState } from './state';
import { DeadlineHeap } from './timers';

export class WindowGroups {
  private readonly byStart = new Map<number, WindowGroup>();
  private readonly deadlines = new DeadlineHeap<WindowGroup>();
  /** Consecutive events mostly share a window: skip the Map lookup then. */
  private last: WindowGroup | null = null;

  constructor(
    private readonly lateness: number,
    /** Sliding windows list their pending events per state (an event sits in several). */
    private readonly listed: boolean,
    private readonly onLive: (delta: number) => void,
  ) {}

  /**
   * The (key, window) state for an element, created when needed; null when the window is late
   * (Flink WindowOperator.isWindowLate: end - 1 + allowedLateness <= watermark). A window
   * created after the watermark passed end - 1 counts as fired on time: its elements fire late.
   */
  stateFor(start: number, end: number, key: string, wm: number): WindowState | null {
    let g = this.last;
    if (g === null || g.win.start !== start || !g.alive) {
      g = this.byStart.get(start) ?? null;
      if (g === null) {
        if (end - 1 + this.lateness <= wm) return null;
        const onTimeDone = end - 1 <= wm;
        g = { win: { start, end }, states: new Map(), onTimeDone, alive: true, ver: 0 };
        this.byStart.set(start, g);
        this.deadlines.push(onTimeDone ? end - 1 + this.lateness : end - 1, g);
      }
      this.last = g;
    }
    let st = g.states.get(key);
    if (st === undefined) {
      st = newState(key, g.win, g.onTimeDone, this.listed);
      g.states.set(key, st);
      this.onLive(1);
    }
    return st;
  }

  /** The next group whose deadline (end - 1, then its cleanup time) the watermark reached. */
  popDue(wm: number): WindowGroup | null {
    return this.deadlines.popDue(wm);
  }

  reschedule(g: WindowGroup, time: number): void {
    this.deadlines.push(time, g);
  }

  remove(g: WindowGroup): void {
    g.alive = false;
    this.byStart.delete(g.win.start);
    if (this.last === g) this.last = null;
    this.onLive(-g.states.size);
  }

  *states(): Generator<WindowState> {
    for (const g of this.byStart.values()) yield* g.states.values();
  }
}
