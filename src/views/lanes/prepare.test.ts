import { describe, expect, it } from 'vitest';
import { lab } from '../../engine';
import { manualScheduler } from '../../store/testing/manualScheduler';
import { ordersByEventTime } from '../../geometry/lanes';
import { allOrdersTally } from './model';
import { prepareLanes } from './prepare';

const runLab = lab.runLab;

describe('prepareLanes', () => {
  it('prepareLanes(run) caches the lanes’ shared derivations over the scheduler’s tasks', async () => {
    const run = runLab({ scenario: { rate: 200 } });
    const scheduler = manualScheduler();
    let settled: boolean | null = null;
    void prepareLanes(run, scheduler, () => true).then((done) => (settled = done));
    // Nothing runs in the task that asked: the first step waits for the page's next turn.
    await Promise.resolve();
    expect(settled).toBeNull();
    for (let i = 0; i < 20 && settled === null; i++) {
      scheduler.advance(10);
      await new Promise((r) => setImmediate(r));
    }
    expect(settled).toBe(true);
    // The lanes now find the same objects the preparation built.
    const sorted = ordersByEventTime(run.events);
    expect(ordersByEventTime(run.events)).toBe(sorted);
    expect(allOrdersTally(run)).toBe(allOrdersTally(run));
  });

  it('prepareLanes stops, resolving false, once the run is no longer wanted', async () => {
    const run = runLab({ scenario: { rate: 150 } });
    const scheduler = manualScheduler();
    let live = true;
    let settled: boolean | null = null;
    void prepareLanes(run, scheduler, () => live).then((done) => (settled = done));
    live = false;
    for (let i = 0; i < 5 && settled === null; i++) {
      scheduler.advance(10);
      await new Promise((r) => setImmediate(r));
    }
    expect(settled).toBe(false);
  });
});
