import { describe, expect, it } from 'vitest';
import { createRunner } from './runner';
import { manualScheduler } from './testing/manualScheduler';

function setup(minInterval?: () => number) {
  const clock = manualScheduler();
  const ticks: number[] = [];
  const runner = createRunner({
    scheduler: clock,
    onTick: (ms) => ticks.push(ms),
    ...(minInterval ? { minInterval } : {}),
  });
  return { clock, ticks, runner };
}

describe('createRunner', () => {
  it('ticks with the real time elapsed between frames', () => {
    const { clock, ticks, runner } = setup();
    runner.start();
    clock.nextFrame(16);
    clock.nextFrame(17);
    expect(ticks).toEqual([16, 17]);
    expect(runner.running).toBe(true);
  });

  it('stops requesting frames when stopped, and restarts without a backlog', () => {
    const { clock, ticks, runner } = setup();
    runner.start();
    clock.nextFrame(16);
    runner.stop();
    expect(clock.pendingFrames).toBe(0);
    clock.nextFrame(5000); // paused: nothing happens
    runner.start();
    clock.nextFrame(16);
    expect(ticks).toEqual([16, 16]);
  });

  it('caps a long gap (a hidden tab) at 250 ms', () => {
    const { clock, ticks, runner } = setup();
    runner.start();
    clock.nextFrame(10_000);
    expect(ticks).toEqual([250]);
  });

  it('ticks at most once per minInterval under reduced motion', () => {
    const { clock, ticks, runner } = setup(() => 1000);
    runner.start();
    clock.frames(120, 16);
    // 1920 ms of frames: one tick, at the first frame past 1 s, carrying the whole second.
    expect(ticks).toEqual([1008]);
  });

  it('requests no further frame when a tick stops it', () => {
    const clock = manualScheduler();
    const runner = createRunner({ scheduler: clock, onTick: () => runner.stop() });
    runner.start();
    clock.nextFrame(16);
    expect(runner.running).toBe(false);
    expect(clock.pendingFrames).toBe(0);
  });
});
