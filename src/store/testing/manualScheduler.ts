// A scheduler that moves only when a test cranks it: `nextFrame(ms)` is one animation frame `ms`
// after the last, `advance(ms)` lets time pass with no frame. Delays that fall due run in time
// order before the frame's callbacks, as in a browser. Tests pass it to createLabStore (or to
// anything else that takes a Scheduler) instead of faking the global timers.
import type { Scheduler } from '../scheduler';

export interface ManualScheduler extends Scheduler {
  /** Advances the clock by `ms`, runs the delays now due, then the waiting frame callbacks. */
  nextFrame(ms?: number): void;
  /** `count` frames `ms` apart (60 fps by default). */
  frames(count: number, ms?: number): void;
  /** Advances the clock by `ms`, running delays as they fall due; no animation frame. */
  advance(ms: number): void;
  /** Frame callbacks waiting for the next frame. */
  readonly pendingFrames: number;
  /** Delays neither run nor cancelled yet. */
  readonly pendingDelays: number;
}

interface Delay {
  at: number;
  seq: number;
  cb: () => void;
}

const earlier = (a: Delay, b: Delay) => a.at < b.at || (a.at === b.at && a.seq < b.seq);

/** A fresh hand-cranked scheduler whose clock reads `start`. */
export function manualScheduler(start = 0): ManualScheduler {
  let now = start;
  let seq = 0;
  let waiting: { cb: () => void }[] = [];
  const delays = new Set<Delay>();

  /** Runs every delay due by `until`, including ones those delays schedule, then sets the clock. */
  const runDelaysUntil = (until: number) => {
    for (;;) {
      let next: Delay | null = null;
      for (const d of delays) if (d.at <= until && (next === null || earlier(d, next))) next = d;
      if (next === null) break;
      delays.delete(next);
      now = Math.max(now, next.at);
      next.cb();
    }
    now = until;
  };

  const nextFrame = (ms = 1000 / 60) => {
    runDelaysUntil(now + ms);
    const due = waiting;
    waiting = [];
    for (const w of due) w.cb();
  };

  return {
    now: () => now,
    frame(cb) {
      const entry = { cb };
      waiting.push(entry);
      return () => {
        waiting = waiting.filter((w) => w !== entry);
      };
    },
    after(ms, cb) {
      const d: Delay = { at: now + Math.max(0, ms), seq: seq++, cb };
      delays.add(d);
      return () => {
        delays.delete(d);
      };
    },
    nextFrame,
    frames(count, ms) {
      for (let i = 0; i < count; i++) nextFrame(ms);
    },
    advance(ms) {
      runDelaysUntil(now + ms);
    },
    get pendingFrames() {
      return waiting.length;
    },
    get pendingDelays() {
      return delays.size;
    },
  };
}
