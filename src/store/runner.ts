// The frame loop of one lab store (matter-js's Runner habit): it turns the real time elapsed
// between animation frames into ticks. It takes its frames from the store's scheduler, so each
// store has its own loop and a test cranks it by hand. Views never start timers.
// With reduced motion the runner ticks at most once a second, so marks jump instead of gliding.
import type { Cancel, Scheduler } from './scheduler';

export interface RunnerOptions {
  scheduler: Pick<Scheduler, 'now' | 'frame'>;
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
  let cancel: Cancel | null = null;
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
    // onTick may have stopped the loop (the end of the timeline).
    if (cancel !== null) cancel = scheduler.frame(loop);
  };

  return {
    start() {
      if (cancel !== null) return;
      last = scheduler.now();
      cancel = scheduler.frame(loop);
    },
    stop() {
      if (cancel === null) return;
      cancel();
      cancel = null;
    },
    get running() {
      return cancel !== null;
    },
  };
}

/** True when the user asked the system for less motion. */
export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}
