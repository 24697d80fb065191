import { describe, expect, it } from 'vitest';
import type { OrderEvent } from '../core/types';
import { runStream } from '../pipelines/stream';
import { holdAt, lastOrderBefore, windowHolds } from './partitions';

const E = (id: number, eventTime: number, arrivalTime: number, partition: number): OrderEvent => ({
  id,
  key: 'k',
  amount: 1,
  eventTime,
  arrivalTime,
  partition,
});

// Partition 0 sends every 100 ms (event time = arrival); partition 1 sends at 50, then nothing
// until 1000, when it sends an order of 1500. Windows of 500, bound 0, emissions every 100.
const p0 = Array.from({ length: 15 }, (_, i) => E(i, 100 * i + 10, 100 * i + 10, 0));
const p1 = [E(100, 50, 50, 1), E(101, 1500, 1000, 1)];
const events = [...p0, ...p1].sort((a, b) => a.arrivalTime - b.arrivalTime || a.id - b.id);
const window = { kind: 'tumbling', size: 500 } as const;
const config = (idleTimeout?: number) => ({
  window,
  watermark: {
    kind: 'bounded' as const,
    maxOutOfOrderness: 0,
    interval: 100,
    ...(idleTimeout === undefined ? {} : { idleTimeout }),
  },
});

describe('windowHolds(run)', () => {
  it('names the silent partition a window waited for, and for how long', () => {
    const run = runStream(events, config());
    const first = windowHolds(run).find((h) => h.window.start === 0)!;
    // Partition 0 passed 499 at the emission at 600 (its order of 510 arrived at 510); partition 1
    // only at 1100, with its order of 1500: the window waited 500 ms for it alone.
    expect(first).toEqual({
      window: { start: 0, end: 500 },
      holder: 1,
      readyAt: 600,
      firedAt: 1100,
      held: 500,
      stuckSince: 600,
    });
    expect(holdAt(run, first.window, 800)).toBe(first);
    expect(holdAt(run, first.window, 1100)).toBeNull(); // fired
    expect(holdAt(run, first.window, 599)).toBeNull(); // partition 0 not there yet either
  });

  it('sees no real hold once the silent partition is idle for good: the window fires without it', () => {
    const run = runStream(
      events.filter((e) => e.id !== 101),
      config(200),
    );
    const first = windowHolds(run).find((h) => h.window.start === 0)!;
    // Partition 1 is idle from 300 (last order at 50): it released every window then. The window
    // then waits for partition 0, which keeps sending: its watermark stands still one emission at
    // most (it moves at 400 and 500).
    expect(first).toMatchObject({ holder: 0, readyAt: 300, firedAt: 600 });
    expect(first.held).toBe(100);
  });

  it('is empty for a run with one partition', () => {
    const run = runStream(
      p0.map((e) => ({ ...e, partition: 0 })),
      config(),
    );
    expect(windowHolds(run)).toEqual([]);
  });
});

describe('lastOrderBefore(events, partition, at)', () => {
  it('finds the arrival of the partition’s last order by then, NaN before its first', () => {
    expect(lastOrderBefore(events, 1, 999)).toBe(50);
    expect(lastOrderBefore(events, 1, 1000)).toBe(1000);
    expect(lastOrderBefore(events, 1, 49)).toBeNaN();
    expect(lastOrderBefore(events, 0, 215)).toBe(210);
  });
});
