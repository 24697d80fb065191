// Savepoints and upgrades (Flink: a savepoint is a manually triggered, portable checkpoint; state
// is matched to operators by uid, and only state no operator claims makes the job refuse to start
// unless told to skip it with --allowNonRestoredState). Window state is keyed by (key, window), so
// a new window size restores it and the old windows fire with their old bounds (WindowOperator).
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

  it('a new window size: the old window restores and fires with its old bounds; later orders fill the new windows', () => {
    const run = resumeFromSavepoint(events, stream, 50, { kind: 'window-size', size: 50 });
    expect(run.restored).toBe(1);
    expect(run.discarded).toBe(0);
    // [0, 100) holds the two orders before the stop (10, 30) and keeps its bounds.
    expect(run.oldBounds).toEqual([
      { key: 'a', window: { start: 0, end: 100 }, value: 200, count: 2 },
    ]);
    // Orders at 60 and 90 go to the new [50, 100), 130 to [100, 150); the new [0, 50) stays empty:
    // its orders are in the old-size row. Every order counts once.
    expect(run.totals.map((r) => [r.window.start, r.window.end, r.value])).toEqual([
      [0, 100, 200],
      [50, 100, 200],
      [100, 150, 100],
    ]);
    expect(run.totals.reduce((n, r) => n + r.count, 0)).toBe(events.length);
    expect(run.notes.join(' ')).toContain('keep their old bounds');
  });

  it('no open window at the stop: nothing to restore, and the note says so', () => {
    const run = resumeFromSavepoint(events, stream, 5, { kind: 'window-size', size: 50 });
    expect(run.saved).toEqual([]);
    expect(run.oldBounds).toEqual([]);
    expect(run.notes[0]).toContain('no window was open at the stop');
  });

  it('keeps oldBounds empty for the other changes', () => {
    expect(resumeFromSavepoint(events, stream, 50, { kind: 'none' }).oldBounds).toEqual([]);
    expect(
      resumeFromSavepoint(events, stream, 50, { kind: 'formula', formula: 'tax-twice' }).oldBounds,
    ).toEqual([]);
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
