// Window assignment, pinned to Flink's TimeWindow / TumblingEventTimeWindows /
// SlidingEventTimeWindows / EventTimeSessionWindows behaviour.
import { describe, expect, it } from 'vitest';
import { assignWindows, mergeSessions, windowStart, normalizeWindow } from './assign';

describe('windowStart (Flink TimeWindow.getWindowStartWithOffset)', () => {
  it('aligns to the epoch without an offset', () => {
    expect(windowStart(7, 0, 5)).toBe(5);
    expect(windowStart(5, 0, 5)).toBe(5);
    expect(windowStart(4, 0, 5)).toBe(0);
  });
  it('handles negative timestamps as Flink does (remainder < 0 branch)', () => {
    expect(windowStart(-1, 0, 5)).toBe(-5);
    expect(windowStart(-5, 0, 5)).toBe(-5);
    expect(windowStart(-6, 0, 5)).toBe(-10);
  });
  it('shifts starts by the offset', () => {
    expect(windowStart(7, 2, 5)).toBe(7);
    expect(windowStart(6, 2, 5)).toBe(2);
    expect(windowStart(1, 2, 5)).toBe(-3);
  });
});

describe('assignWindows(t, tumbling)', () => {
  it('puts an event at a window end into the next window (half-open windows)', () => {
    expect(assignWindows(10, { kind: 'tumbling', size: 10 })).toEqual([{ start: 10, end: 20 }]);
    expect(assignWindows(9, { kind: 'tumbling', size: 10 })).toEqual([{ start: 0, end: 10 }]);
  });
  it('supports an offset, e.g. hourly windows starting at quarter past', () => {
    expect(assignWindows(14, { kind: 'tumbling', size: 60, offset: 15 })).toEqual([
      { start: -45, end: 15 },
    ]);
    expect(assignWindows(15, { kind: 'tumbling', size: 60, offset: 15 })).toEqual([
      { start: 15, end: 75 },
    ]);
  });
});

describe('assignWindows(t, sliding)', () => {
  it('assigns size/slide windows, ascending by start (Flink SlidingEventTimeWindows)', () => {
    expect(assignWindows(12, { kind: 'sliding', size: 10, slide: 5 })).toEqual([
      { start: 5, end: 15 },
      { start: 10, end: 20 },
    ]);
    expect(assignWindows(10, { kind: 'sliding', size: 20, slide: 5 })).toEqual([
      { start: -5, end: 15 },
      { start: 0, end: 20 },
      { start: 5, end: 25 },
      { start: 10, end: 30 },
    ]);
  });
  it('gives one window when slide equals size (a tumbling window)', () => {
    expect(assignWindows(12, { kind: 'sliding', size: 5, slide: 5 })).toEqual([
      { start: 10, end: 15 },
    ]);
  });
});

describe('assignWindows(t, global)', () => {
  it('puts every event into the one global window', () => {
    expect(assignWindows(-1e12, { kind: 'global' })).toEqual([{ start: -Infinity, end: Infinity }]);
  });
});

describe('mergeSessions (Flink TimeWindow.mergeWindows)', () => {
  it('merges overlapping and touching windows, keeps gaps apart', () => {
    expect(
      mergeSessions([
        { start: 0, end: 10 },
        { start: 10, end: 20 }, // touches: merges (TimeWindow.intersects uses <=)
        { start: 5, end: 12 },
        { start: 21, end: 31 }, // a gap of 1: stays apart
      ]),
    ).toEqual([
      { start: 0, end: 20 },
      { start: 21, end: 31 },
    ]);
  });
});

describe('bad window specs', () => {
  it.each([
    [{ kind: 'tumbling', size: 0 }, 'invalid window size: 0 (must be > 0)'],
    [{ kind: 'tumbling', size: -5 }, 'invalid window size: -5 (must be > 0)'],
    [{ kind: 'tumbling', size: NaN }, 'invalid window size: NaN (must be a finite number)'],
    [{ kind: 'tumbling', size: 10, offset: 10 }, 'invalid window offset: 10'],
    [{ kind: 'sliding', size: 5, slide: 10 }, 'invalid window slide: 10 (must be <= window size 5'],
    [{ kind: 'sliding', size: 5, slide: 0 }, 'invalid window slide: 0 (must be > 0)'],
    [{ kind: 'session', gap: -1 }, 'invalid session gap: -1 (must be > 0)'],
    [{ kind: 'hopping', size: 5 }, 'invalid window kind: "hopping"'],
  ])('rejects %j', (spec, message) => {
    expect(() => normalizeWindow(spec as never)).toThrow(message);
  });
  it('rejects a non-finite event time', () => {
    expect(() => assignWindows(Infinity, { kind: 'tumbling', size: 5 })).toThrow(
      'invalid event time: Infinity',
    );
  });
  it('refuses to assign sessions without the other events', () => {
    expect(() => assignWindows(1, { kind: 'session', gap: 5 })).toThrow(
      'does not assign session windows',
    );
  });
});
