// The lab's one source of real time: animation frames, one-off delays and a monotonic clock. Each
// lab store owns a scheduler (the browser's in the app, a hand-cranked one in tests), and views
// and the app reach time only through their store, as tldraw routes every timer through its
// editor: a test can crank a whole page of timers, and two stores never share a clock.

/** Cancels what was scheduled; calling it again, or after the callback ran, does nothing. */
export type Cancel = () => void;

export interface Scheduler {
  /** Real milliseconds on a monotonic clock (for elapsed times, never for dates). */
  now(): number;
  /** Runs `cb` before the next paint. */
  frame(cb: () => void): Cancel;
  /** Runs `cb` once, `ms` milliseconds of real time from now. */
  after(ms: number, cb: () => void): Cancel;
}

/**
 * The browser's scheduler; with the runner's loop, the only code that touches
 * requestAnimationFrame and setTimeout. The globals are read at call time, so a page whose clock
 * a test has replaced (Playwright's `page.clock`) runs on that clock.
 */
export const browserScheduler: Scheduler = {
  now: () => performance.now(),
  frame(cb) {
    const id = requestAnimationFrame(() => cb());
    return () => cancelAnimationFrame(id);
  },
  after(ms, cb) {
    const id = setTimeout(cb, ms);
    return () => clearTimeout(id);
  },
};

/** A promise that settles `ms` from now on `scheduler` (0: after the page has had a turn). */
export function later(scheduler: Scheduler, ms: number): Promise<void> {
  return new Promise((resolve) => scheduler.after(ms, resolve));
}
