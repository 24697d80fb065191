import { describe, expect, it } from 'vitest';
import { createRunner, type FrameScheduler } from './runner';

/** A hand-cranked scheduler: `frame(ms)` advances the clock and runs the pending callback. */
function fakeScheduler() {
  let now = 0;
  let pending: (() => void) | null = null;
  let nextId = 1;
  const scheduler: FrameScheduler = {
    now: () => now,
    request: (cb) => {
      pending = cb;
      return nextId++;
    },
    cancel: () => {
      pending = null;
    },
  };
  return {
    scheduler,
    frame(ms: number) {
      now += ms;
      const cb = pending;
      pending = null;
      cb?.();
    },
    get hasPending() {
      return pending !== null;
    },
  };
}

describe('createRunner', () => {
  it('ticks with the real time elapsed between frames', () => {
    const clock = fakeScheduler();
    const ticks: number[] = [];
    const runner = createRunner({ scheduler: clock.scheduler, onTick: (ms) => ticks.push(ms) });
    runner.start();
    clock.frame(16);
    clock.frame(17);
    expect(ticks).toEqual([16, 17]);
    expect(runner.running).toBe(true);
  });

  it('stops requesting frames when stopped, and restarts without a backlog', () => {
    const clock = fakeScheduler();
    const ticks: number[] = [];
    const runner = createRunner({ scheduler: clock.scheduler, onTick: (ms) => ticks.push(ms) });
    runner.start();
    clock.frame(16);
    runner.stop();
    expect(clock.hasPending).toBe(false);
    clock.frame(5000); // paused: nothing happens
    runner.start();
    clock.frame(16);
    expect(ticks).toEqual([16, 16]);
  });

  it('caps a long gap (a hidden tab) at 250 ms', () => {
    const clock = fakeScheduler();
    const ticks: number[] = [];
    const runner = createRunner({ scheduler: clock.scheduler, onTick: (ms) => ticks.push(ms) });
    runner.start();
    clock.frame(10_000);
    expect(ticks).toEqual([250]);
  });

  it('ticks at most once per minInterval under reduced motion', () => {
    const clock = fakeScheduler();
    const ticks: number[] = [];
    const runner = createRunner({
      scheduler: clock.scheduler,
      onTick: (ms) => ticks.push(ms),
      minInterval: () => 1000,
    });
    runner.start();
    for (let i = 0; i < 120; i++) clock.frame(16);
    // 1920 ms of frames: one tick, at the first frame past 1 s, carrying the whole second.
    expect(ticks).toEqual([1008]);
  });
});
