// Savepoints and upgrades (Flink: a savepoint is a manually triggered, portable checkpoint; state
// can be restored only into operators that can read it, otherwise the job refuses to start unless
// told to skip it with allowNonRestoredState).
import { describe, expect, it } from 'vitest';
import type { StreamConfig } from '../core/types';
import { order } from '../testing/orders';
import { resumeFromSavepoint } from './savepoint';

const stream: StreamConfig = {
  window: { kind: 'tumbling', size: 100 },
  watermark: { kind: 'bounded', maxOutOfOrderness: 0, interval: 0 },
  flushAtEnd: true,
};
// Orders of 100 cents for key a at 10, 30, 60, 90 and 130: window [0, 100) spans a stop at 50.
const events = [10, 30, 60, 90, 130].map((t, i) => order(i, 'a', t));

describe('resumeFromSavepoint(events, tumbling 100, stop at 50, change)', () => {
  it('unchanged: the state and offset carry over and the totals equal the uninterrupted run', () => {
    const run = resumeFromSavepoint(events, stream, 50, { kind: 'none' });
    expect(run.offset).toBe(2);
    expect(run.saved).toEqual([{ key: 'a', window: { start: 0, end: 100 }, value: 200, count: 2 }]);
    expect(run.totals).toEqual(run.uninterrupted);
    expect(run.restored).toBe(1);
  });

  it('a new revenue formula: the window spanning the stop mixes both formulas', () => {
    const run = resumeFromSavepoint(events, stream, 50, { kind: 'formula', formula: 'tax-twice' });
    // 2 orders at 100 (old formula) + 2 orders at 120 (new) in [0, 100); 1 at 120 in [100, 200).
    expect(run.totals.map((r) => r.value)).toEqual([440, 120]);
    expect(run.mixed.map((r) => r.window)).toEqual([{ start: 0, end: 100 }]);
    expect(run.newFromStart.map((r) => r.value)).toEqual([480, 120]);
  });

  it('a new window size: no state restores, and the old rows stay in the old windows', () => {
    const run = resumeFromSavepoint(events, stream, 50, { kind: 'window-size', size: 50 });
    expect(run.restored).toBe(0);
    expect(run.discarded).toBe(1);
    expect(run.totals.map((r) => [r.window.start, r.window.end, r.value])).toEqual([
      [0, 100, 200],
      [50, 100, 200],
      [100, 150, 100],
    ]);
  });

  it('rejects an unknown change and a bad stop time', () => {
    expect(() => resumeFromSavepoint(events, stream, NaN, { kind: 'none' })).toThrow(
      'invalid savepoint time: NaN',
    );
    expect(() => resumeFromSavepoint(events, stream, 5, { kind: 'rename' } as never)).toThrow(
      'invalid job change: "rename"',
    );
  });
});
