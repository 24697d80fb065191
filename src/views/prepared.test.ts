import { describe, expect, it } from 'vitest';
import type { Scheduler } from '../store/scheduler';
import { runSteps } from './prepared';

/** A scheduler whose clock the steps move, and whose delays run when the test says. */
function steppedScheduler() {
  let clock = 0;
  const queue: (() => void)[] = [];
  const scheduler: Scheduler = {
    now: () => clock,
    frame: () => () => {},
    after: (_ms, cb) => {
      queue.push(cb);
      return () => {};
    },
  };
  const settle = () => new Promise((r) => setImmediate(r));
  return {
    scheduler,
    spend: (ms: number) => (clock += ms),
    /** Runs the next waiting task; false when none waits. */
    async task() {
      await settle();
      const cb = queue.shift();
      cb?.();
      await settle();
      return cb !== undefined;
    },
  };
}

describe('runSteps', () => {
  it('runSteps runs nothing in the task that asks, then the steps in order, a new task after each 8 ms', async () => {
    const s = steppedScheduler();
    const ran: number[] = [];
    const steps = [3, 6, 1, 9, 2].map((ms, i) => () => {
      ran.push(i);
      s.spend(ms);
    });
    let done: boolean | null = null;
    void runSteps(steps, s.scheduler, () => true).then((d) => (done = d));
    await Promise.resolve();
    expect(ran).toEqual([]);
    const perTask: number[][] = [];
    while (await s.task()) perTask.push(ran.splice(0));
    // 3 + 6 passes 8 ms: yield; 1 + 9 passes it: yield; 2 ends the work.
    expect(perTask).toEqual([[0, 1], [2, 3], [4]]);
    expect(done).toBe(true);
  });

  it('runSteps stops before the next step, resolving false, once live() is false', async () => {
    const s = steppedScheduler();
    const ran: number[] = [];
    let live = true;
    const steps = [0, 1, 2].map((i) => () => {
      ran.push(i);
      s.spend(10);
      live = false;
    });
    let done: boolean | null = null;
    void runSteps(steps, s.scheduler, () => live).then((d) => (done = d));
    while (await s.task());
    expect(ran).toEqual([0]);
    expect(done).toBe(false);
  });
});
