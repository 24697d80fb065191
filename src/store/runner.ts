// The one owner of time in the lab (matter-js's Runner habit): it alone calls
// requestAnimationFrame and turns real elapsed time into ticks. Views never start timers.
// With reduced motion the runner ticks at most once a second, so marks jump instead of gliding.

export interface FrameScheduler {
  now(): number;
  request(cb: () => void): number;
  cancel(id: number): void;
}

export interface RunnerOptions {
  scheduler: FrameScheduler;
  /** Called with the real milliseconds elapsed since the previous tick. */
  onTick: (elapsedMs: number) => void;
  /** Least real time between ticks (0 = every frame; 1000 under reduced motion). */
  minInterval?: () => number;
}

export interface Runner {
  start(): void;
  stop(): void;
  readonly running: boolean;
}

/** A frame loop that can be started and stopped any number of times. */
export function createRunner({ scheduler, onTick, minInterval = () => 0 }: RunnerOptions): Runner {
  let frame: number | null = null;
  let last = 0;

  const loop = () => {
    const now = scheduler.now();
    const elapsed = now - last;
    const interval = minInterval();
    if (elapsed >= interval) {
      last = now;
      // A tab that was hidden for minutes must not jump the playhead by minutes.
      onTick(Math.min(elapsed, Math.max(250, interval * 1.5)));
    }
    if (frame !== null) frame = scheduler.request(loop);
  };

  return {
    start() {
      if (frame !== null) return;
      last = scheduler.now();
      frame = scheduler.request(loop);
    },
    stop() {
      if (frame === null) return;
      scheduler.cancel(frame);
      frame = null;
    },
    get running() {
      return frame !== null;
    },
  };
}

/** The browser's scheduler; only this file touches requestAnimationFrame. */
export const browserScheduler: FrameScheduler = {
  now: () => performance.now(),
  request: (cb) => requestAnimationFrame(cb),
  cancel: (id) => cancelAnimationFrame(id),
};

/** True when the user asked the system for less motion. */
export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}
