// runStream pinned rule by rule, with exact boundaries, and against the worked examples of
// Streaming Systems ch. 2 and 4 (the book version of Akidau's "Streaming 102"), whose expected
// panes come from the book's own Beam tests (github.com/takidau/streamingbook, BeamModel.java).
import { describe, expect, it } from 'vitest';
import type { OrderEvent, Pane, StreamConfig } from '../core/types';
import { runStream } from './stream';

const E = (
  id: number,
  eventTime: number,
  arrivalTime: number,
  amount = 1,
  key = 'k',
): OrderEvent => ({
  id,
  key,
  amount,
  eventTime,
  arrivalTime,
});

/** A pane as one readable line: timing, window, value/count, emission time, watermark. */
const line = (p: Pane): string =>
  `${p.retraction ? 'retract ' : ''}${p.timing} ${p.key}[${p.window.start},${p.window.end}) ${p.value}/${p.count} @${p.emittedAt} wm${p.watermark}`;
const lines = (panes: readonly Pane[]): string[] => panes.map(line);

const tumbling10 = { kind: 'tumbling', size: 10 } as const;
const marks = (...pairs: [number, number][]) => ({
  kind: 'explicit' as const,
  marks: pairs.map(([at, value]) => ({ at, value })),
});

describe('runStream(events, tumbling) on-time firing (Flink EventTimeTrigger: maxTimestamp = end - 1 <= watermark)', () => {
  it('fires when the watermark reaches end - 1 and not at end - 2', () => {
    const run = runStream([E(1, 5, 0, 3)], {
      window: tumbling10,
      watermark: marks([1, 8], [2, 9]),
    });
    expect(lines(run.panes)).toEqual(['on-time k[0,10) 3/1 @2 wm9']);
    expect(run.watermarks).toEqual([
      { at: 1, value: 8 },
      { at: 2, value: 9 },
    ]);
  });

  it('puts an event at a window end into the next window (half-open windows)', () => {
    const run = runStream([E(1, 9, 0), E(2, 10, 0)], {
      window: tumbling10,
      watermark: marks([1, 19]),
    });
    expect(lines(run.panes)).toEqual([
      'on-time k[0,10) 1/1 @1 wm19',
      'on-time k[10,20) 1/1 @1 wm19',
    ]);
  });

  it('orders panes of one firing by window end, then key (fixed windows: end, start, key)', () => {
    const events = [
      E(1, 12, 0, 1, 'b'),
      E(2, 3, 0, 1, 'b'),
      E(3, 4, 0, 1, 'a'),
      E(4, 15, 0, 1, 'a'),
    ];
    const run = runStream(events, { window: tumbling10, watermark: marks([1, 100]) });
    expect(run.panes.map((p) => `${p.key}${p.window.start}`)).toEqual(['a0', 'b0', 'a10', 'b10']);
  });
});

describe('runStream(events, { allowedLateness }) lateness (Flink WindowOperator.isWindowLate, cleanupTime)', () => {
  // Window [0, 10) with allowedLateness 5: cleanup time = end - 1 + 5 = 14.
  const config = (wm: number): StreamConfig => ({
    window: tumbling10,
    watermark: marks([1, wm]),
    allowedLateness: 5,
  });

  it('adds an element at watermark end - 2 + allowedLateness and fires a late pane at once', () => {
    const run = runStream([E(1, 1, 0, 2), E(2, 3, 2, 5)], config(13));
    expect(lines(run.panes)).toEqual(['on-time k[0,10) 2/1 @1 wm13', 'late k[0,10) 7/2 @2 wm13']);
    expect(run.dropped).toEqual([]);
  });

  it('drops an element at watermark end - 1 + allowedLateness into the late side output', () => {
    const run = runStream([E(1, 1, 0, 2), E(2, 3, 2, 5)], config(14));
    expect(lines(run.panes)).toEqual(['on-time k[0,10) 2/1 @1 wm14']);
    expect(run.dropped.map((e) => e.id)).toEqual([2]);
  });

  it('clears the state when the watermark reaches end - 1 + allowedLateness', () => {
    expect(runStream([E(1, 1, 0)], config(13)).stateSize).toEqual([{ at: 0, value: 1 }]);
    expect(runStream([E(1, 1, 0)], config(14)).stateSize).toEqual([
      { at: 0, value: 1 },
      { at: 1, value: 0 },
    ]);
  });

  it('drops late elements at once with the default allowedLateness 0 (state cleared on firing)', () => {
    const run = runStream([E(1, 1, 0), E(2, 9, 2)], {
      window: tumbling10,
      watermark: marks([1, 9]),
    });
    expect(run.dropped.map((e) => e.id)).toEqual([2]);
    expect(run.peakState).toBe(1);
  });

  it('fires a late pane for a key whose window fired before the key had any element', () => {
    const events = [E(1, 1, 0, 1, 'a'), E(2, 2, 2, 4, 'b')];
    const run = runStream(events, { ...config(9), watermark: marks([1, 9]) });
    expect(lines(run.panes)).toEqual(['on-time a[0,10) 1/1 @1 wm9', 'late b[0,10) 4/1 @2 wm9']);
  });

  it('keeps a sliding-window element in its windows that are not late yet', () => {
    // t = 7 belongs to [0, 10) and [5, 15); at watermark 9 only [0, 10) is late.
    const sliding = { kind: 'sliding', size: 10, slide: 5 } as const;
    const run = runStream([E(1, 7, 2), E(2, 3, 2)], {
      window: sliding,
      watermark: marks([1, 9]),
      flushAtEnd: true,
    });
    expect(lines(run.panes)).toEqual(['on-time k[5,15) 1/1 @2 wmInfinity']);
    expect(run.dropped.map((e) => e.id)).toEqual([2]); // [-5, 5) and [0, 10) are both late
  });
});

describe('runStream(events, bounded watermark) (Flink BoundedOutOfOrdernessWatermarks)', () => {
  it('computes max event time seen - maxOutOfOrderness - 1 and never goes backwards', () => {
    const events = [E(1, 100, 0), E(2, 90, 1), E(3, 120, 2)];
    const run = runStream(events, {
      window: tumbling10,
      watermark: { kind: 'bounded', maxOutOfOrderness: 5, interval: 0 },
    });
    expect(run.watermarks).toEqual([
      { at: 0, value: 94 },
      { at: 2, value: 114 },
    ]);
  });

  it('emits at multiples of the interval, each seeing only events that arrived before it', () => {
    // Simultaneity rule: the emission at 200 runs before the event arriving at 200.
    const events = [E(1, 1000, 150), E(2, 2000, 200), E(3, 3000, 401)];
    const run = runStream(events, {
      window: tumbling10,
      watermark: { kind: 'bounded', maxOutOfOrderness: 0, interval: 200 },
    });
    expect(run.watermarks).toEqual([
      { at: 200, value: 999 },
      { at: 400, value: 1999 },
      { at: 600, value: 2999 },
    ]);
  });

  it('defaults the interval to 200 ms (Flink autoWatermarkInterval)', () => {
    const run = runStream([E(1, 50, 10)], {
      window: tumbling10,
      watermark: { kind: 'bounded', maxOutOfOrderness: 0 },
    });
    expect(run.watermarks).toEqual([{ at: 200, value: 49 }]);
  });

  it('skips empty ticks: a gap of years costs nothing and records nothing', () => {
    const far = 1e12;
    const events = [E(1, 5, 0), E(2, far, far)];
    const run = runStream(events, {
      window: tumbling10,
      watermark: { kind: 'bounded', maxOutOfOrderness: 0, interval: 1 },
    });
    expect(run.watermarks).toEqual([
      { at: 1, value: 4 },
      { at: far + 1, value: far - 1 },
    ]);
    expect(lines(run.panes)).toEqual([`on-time k[0,10) 1/1 @${far + 1} wm${far - 1}`]);
  });

  it('fires windows at the emission that passes them', () => {
    const events = [E(1, 500, 100), E(2, 2000, 300)];
    const run = runStream(events, {
      window: { kind: 'tumbling', size: 1000 },
      watermark: { kind: 'bounded', maxOutOfOrderness: 0, interval: 200 },
    });
    expect(lines(run.panes)).toEqual(['on-time k[0,1000) 1/1 @400 wm1999']);
  });
});

describe('runStream(events, explicit / perfect watermarks)', () => {
  it('applies an explicit mark after the events that arrived at the same time', () => {
    const run = runStream([E(1, 1, 0), E(2, 2, 5)], {
      window: tumbling10,
      watermark: marks([5, 9]),
    });
    expect(lines(run.panes)).toEqual(['on-time k[0,10) 2/2 @5 wm9']);
    expect(run.dropped).toEqual([]);
  });

  it('sorts explicit marks by time and keeps the watermark monotone', () => {
    const run = runStream([E(1, 1, 0)], {
      window: tumbling10,
      watermark: marks([3, 5], [1, 7], [2, 9]),
    });
    expect(run.watermarks).toEqual([
      { at: 1, value: 7 },
      { at: 2, value: 9 },
    ]);
  });

  it('sets the perfect watermark to (min event time not yet arrived) - 1, +Infinity at the end', () => {
    const events = [E(1, 5, 0), E(2, 3, 1), E(3, 12, 2)];
    const run = runStream(events, { window: tumbling10, watermark: { kind: 'perfect' } });
    expect(run.watermarks).toEqual([
      { at: 0, value: 2 },
      { at: 1, value: 11 },
      { at: 2, value: Infinity },
    ]);
    expect(lines(run.panes)).toEqual([
      'on-time k[0,10) 2/2 @1 wm11',
      'on-time k[10,20) 1/1 @2 wmInfinity',
    ]);
  });
});

describe('runStream(events, { trigger: { early } }) (Beam AfterProcessingTime / AfterPane)', () => {
  const base: StreamConfig = {
    window: { kind: 'tumbling', size: 100 },
    watermark: marks([50, 99]),
    allowedLateness: 1000,
  };

  it('fires an early pane every `every` ms after the first element of a pane, before the event due then', () => {
    const events = [E(1, 1, 0, 1), E(2, 2, 10, 2), E(3, 3, 15, 4), E(4, 4, 60, 8)];
    const run = runStream(events, { ...base, trigger: { early: { every: 10 } } });
    expect(lines(run.panes)).toEqual([
      'early k[0,100) 1/1 @10 wm-Infinity', // the timer due at 10 fires before the event arriving at 10
      'early k[0,100) 7/3 @20 wm-Infinity',
      'on-time k[0,100) 7/3 @50 wm99', // the on-time pane always follows an early one
      'late k[0,100) 15/4 @60 wm99', // after the on-time pane no early timers, only late firings
    ]);
  });

  it('fires an early pane after every n new elements', () => {
    const events = [1, 2, 3, 4, 5].map((i) => E(i, i, i, 1));
    const run = runStream(events, { ...base, trigger: { early: { count: 2 } } });
    expect(lines(run.panes)).toEqual([
      'early k[0,100) 2/2 @2 wm-Infinity',
      'early k[0,100) 4/4 @4 wm-Infinity',
      'on-time k[0,100) 5/5 @50 wm99',
    ]);
  });

  it('emits an empty on-time pane in discarding mode after an early pane (Beam OnTimeBehavior.FIRE_ALWAYS)', () => {
    const run = runStream([E(1, 1, 0, 5)], {
      ...base,
      trigger: { early: { every: 10 } },
      accumulation: 'discarding',
    });
    expect(lines(run.panes)).toEqual([
      'early k[0,100) 5/1 @10 wm-Infinity',
      'on-time k[0,100) 0/0 @50 wm99',
    ]);
  });

  it('still fires pending processing-time timers after the last input', () => {
    const run = runStream([E(1, 1, 0, 5)], {
      window: tumbling10,
      watermark: marks(),
      trigger: { early: { every: 100 } },
    });
    expect(lines(run.panes)).toEqual(['early k[0,10) 5/1 @100 wm-Infinity']);
    expect(run.open).toEqual([{ key: 'k', window: { start: 0, end: 10 }, value: 5, count: 1 }]);
  });
});

describe('runStream(events, { trigger: { late } })', () => {
  const base: StreamConfig = { window: tumbling10, watermark: marks([1, 9]), allowedLateness: 100 };

  it('fires one late pane per late element by default (Flink EventTimeTrigger.onElement)', () => {
    const run = runStream([E(1, 1, 0), E(2, 2, 5), E(3, 3, 6)], base);
    expect(lines(run.panes)).toEqual([
      'on-time k[0,10) 1/1 @1 wm9',
      'late k[0,10) 2/2 @5 wm9',
      'late k[0,10) 3/3 @6 wm9',
    ]);
  });

  it('with { every } batches late elements into a pane `every` ms after the first of them', () => {
    const run = runStream([E(1, 1, 0), E(2, 2, 5), E(3, 3, 7), E(4, 4, 30)], {
      ...base,
      trigger: { late: { every: 10 } },
    });
    expect(lines(run.panes)).toEqual([
      'on-time k[0,10) 1/1 @1 wm9',
      'late k[0,10) 3/3 @15 wm9',
      'late k[0,10) 4/4 @40 wm9',
    ]);
  });

  it('flushes pending late elements when the state is cleared (Beam ClosingBehavior.FIRE_IF_NON_EMPTY)', () => {
    const run = runStream([E(1, 1, 0), E(2, 2, 5)], {
      ...base,
      watermark: marks([1, 9], [8, 200]),
      trigger: { late: { every: 10 } },
    });
    expect(lines(run.panes)).toEqual(['on-time k[0,10) 1/1 @1 wm9', 'late k[0,10) 2/2 @8 wm200']);
  });
});

describe('runStream(events, { accumulation })', () => {
  const config = (accumulation: StreamConfig['accumulation']): StreamConfig => ({
    window: tumbling10,
    watermark: marks([2, 9]),
    allowedLateness: 100,
    trigger: { early: { count: 1 } },
    ...(accumulation ? { accumulation } : {}),
  });
  const events = [E(1, 1, 0, 5), E(2, 2, 1, 7), E(3, 3, 3, 3)];

  it('accumulates by default: each pane holds everything so far', () => {
    expect(runStream(events, config(undefined)).panes.map((p) => p.value)).toEqual([5, 12, 12, 15]);
  });

  it('discards: each pane holds what came since the last pane', () => {
    expect(runStream(events, config('discarding')).panes.map((p) => p.value)).toEqual([5, 7, 0, 3]);
  });

  it('retracts: each later pane is preceded by a retraction of the previous one, same time and timing', () => {
    expect(lines(runStream(events, config('retracting')).panes)).toEqual([
      'early k[0,10) 5/1 @0 wm-Infinity',
      'retract early k[0,10) 5/1 @1 wm-Infinity',
      'early k[0,10) 12/2 @1 wm-Infinity',
      'retract on-time k[0,10) 12/2 @2 wm9',
      'on-time k[0,10) 12/2 @2 wm9',
      'retract late k[0,10) 12/2 @3 wm9',
      'late k[0,10) 15/3 @3 wm9',
    ]);
  });
});

describe('runStream(events, session) (Flink MergingWindowSet, TimeWindow.intersects)', () => {
  const session10 = { kind: 'session', gap: 10 } as const;

  it('merges touching sessions of a key and keeps others apart', () => {
    const events = [E(1, 0, 0, 1), E(2, 10, 1, 2), E(3, 21, 2, 4), E(4, 5, 3, 8, 'other')];
    const run = runStream(events, { window: session10, watermark: marks(), flushAtEnd: true });
    expect(lines(run.panes)).toEqual([
      'on-time other[5,15) 8/1 @3 wmInfinity',
      'on-time k[0,20) 3/2 @3 wmInfinity',
      'on-time k[21,31) 4/1 @3 wmInfinity',
    ]);
  });

  it('applies the late check to the merged window (Flink isWindowLate(actualWindow))', () => {
    // [-8, 2) alone would be late at watermark 5, but it touches the live [0, 10).
    const events = [E(1, 0, 0, 1), E(2, -8, 2, 2), E(3, -20, 3, 4)];
    const run = runStream(events, {
      window: session10,
      watermark: marks([1, 5]),
      flushAtEnd: true,
    });
    expect(lines(run.panes)).toEqual(['on-time k[-8,10) 3/2 @3 wmInfinity']);
    expect(run.dropped.map((e) => e.id)).toEqual([3]);
  });

  it('puts a merged window after the pane it retracts when both come out at one instant', () => {
    // The early pane of [175, 177) fires at 176, then the 173 merges it into [173, 177), which the
    // flush fires at 176 too: same end, so firing order decides, not the earlier start.
    const events = [E(1, 175, 173), E(2, 173, 176)];
    const config: StreamConfig = {
      window: { kind: 'session', gap: 2 },
      watermark: { kind: 'bounded', maxOutOfOrderness: 0, interval: 0 },
      trigger: { early: { every: 3 } },
      accumulation: 'retracting',
      flushAtEnd: true,
    };
    expect(lines(runStream(events, config).panes)).toEqual([
      'early k[175,177) 1/1 @176 wm174',
      'retract on-time k[175,177) 1/1 @176 wmInfinity',
      'on-time k[173,177) 2/2 @176 wmInfinity',
    ]);
  });

  it('starts a new session for an element touching one already purged (allowedLateness 0, as Flink)', () => {
    // [0, 5) fires and is cleared at watermark 4; an element at 5 would have touched it, but Flink's
    // WindowOperator retired the window (clearAllState), so batch and stream disagree here.
    const events = [E(1, 0, 0), E(2, 5, 1)];
    const run = runStream(events, {
      window: { kind: 'session', gap: 5 },
      watermark: { kind: 'perfect' },
    });
    expect(lines(run.panes)).toEqual([
      'on-time k[0,5) 1/1 @0 wm4',
      'on-time k[5,10) 1/1 @1 wmInfinity',
    ]);
    const kept = runStream(events, {
      window: { kind: 'session', gap: 5 },
      watermark: { kind: 'perfect' },
      allowedLateness: 1,
    });
    expect(lines(kept.panes)).toEqual([
      'on-time k[0,5) 1/1 @0 wm4',
      'on-time k[0,10) 2/2 @1 wmInfinity',
    ]);
  });

  it('merges through a bridging element, summing state and counting live states', () => {
    const events = [E(1, 0, 0, 1), E(2, 15, 1, 2), E(3, 8, 2, 4)];
    const run = runStream(events, { window: session10, watermark: marks() });
    expect(run.open).toEqual([{ key: 'k', window: { start: 0, end: 25 }, value: 7, count: 3 }]);
    expect(run.stateSize).toEqual([
      { at: 0, value: 1 },
      { at: 1, value: 2 },
      { at: 2, value: 1 },
    ]);
    expect(run.peakState).toBe(2);
  });
});

describe('runStream(events, { flushAtEnd })', () => {
  const events = [E(1, 5, 0, 2), E(2, 15, 1, 3)];
  const bounded = { kind: 'bounded', maxOutOfOrderness: 0, interval: 0 } as const;

  it('leaves windows the watermark never passed open when the source goes idle', () => {
    const run = runStream(events, { window: tumbling10, watermark: bounded });
    expect(lines(run.panes)).toEqual(['on-time k[0,10) 2/1 @1 wm14']);
    expect(run.open).toEqual([{ key: 'k', window: { start: 10, end: 20 }, value: 3, count: 1 }]);
    expect(Array.from(run.firstEmittedAt ?? [])).toEqual([1, NaN]);
  });

  it('with flushAtEnd jumps the watermark to +Infinity at the last arrival and fires every open window', () => {
    const run = runStream(events, { window: tumbling10, watermark: bounded, flushAtEnd: true });
    expect(lines(run.panes)).toEqual([
      'on-time k[0,10) 2/1 @1 wm14',
      'on-time k[10,20) 3/1 @1 wmInfinity',
    ]);
    expect(run.watermarks.at(-1)).toEqual({ at: 1, value: Infinity });
    expect(run.open).toEqual([]);
    expect(run.stateSize?.at(-1)).toEqual({ at: 1, value: 0 });
  });

  it('fires the global window only at the end', () => {
    const run = runStream(events, {
      window: { kind: 'global' },
      watermark: bounded,
      flushAtEnd: true,
    });
    expect(lines(run.panes)).toEqual(['on-time k[-Infinity,Infinity) 5/2 @1 wmInfinity']);
    expect(runStream(events, { window: { kind: 'global' }, watermark: bounded }).open).toEqual([
      { key: 'k', window: { start: -Infinity, end: Infinity }, value: 5, count: 2 },
    ]);
  });
});

describe('runStream(events, config) bookkeeping', () => {
  it('reads unsorted input in arrival order (ties: lower id first) without mutating it', () => {
    const sorted = [E(1, 1, 0, 1), E(2, 2, 0, 2), E(3, 12, 1, 4), E(4, 3, 5, 8)];
    const shuffled = [sorted[3]!, sorted[1]!, sorted[2]!, sorted[0]!];
    const copy = structuredClone(shuffled);
    const config: StreamConfig = {
      window: tumbling10,
      watermark: { kind: 'bounded', maxOutOfOrderness: 0, interval: 0 },
      allowedLateness: 10,
    };
    const a = runStream(sorted, config);
    const b = runStream(shuffled, config);
    expect(shuffled).toEqual(copy);
    expect(b.panes).toEqual(a.panes);
    // firstEmittedAt follows the caller's indices, not the sorted order.
    expect(Array.from(a.firstEmittedAt ?? [])).toEqual([1, 1, NaN, 5]);
    expect(Array.from(b.firstEmittedAt ?? [])).toEqual([5, 1, NaN, 1]);
  });

  it('records in firstEmittedAt the first pane that includes each event, NaN when dropped', () => {
    const events = [E(1, 1, 0), E(2, 2, 3), E(3, 4, 8), E(4, 5, 20)];
    const run = runStream(events, {
      window: tumbling10,
      watermark: marks([10, 9]),
      trigger: { early: { every: 5 } },
    });
    expect(Array.from(run.firstEmittedAt ?? [])).toEqual([5, 5, 10, NaN]);
  });
});

describe('runStream validation', () => {
  const ok: StreamConfig = { window: tumbling10, watermark: { kind: 'perfect' } };
  it.each([
    [{ ...ok, allowedLateness: -1 }, 'invalid allowed lateness: -1 (must be >= 0)'],
    [
      { ...ok, watermark: { kind: 'bounded', maxOutOfOrderness: -5 } },
      'invalid max out-of-orderness: -5 (must be >= 0)',
    ],
    [
      { ...ok, watermark: { kind: 'bounded', maxOutOfOrderness: 0, interval: -1 } },
      'invalid watermark interval: -1 (must be >= 0)',
    ],
    [
      { ...ok, watermark: { kind: 'sometimes' } },
      'invalid watermark kind: "sometimes" (must be one of bounded, perfect, explicit)',
    ],
    [
      { ...ok, watermark: { kind: 'explicit', marks: 'x' } },
      'invalid watermark marks: "x" (must be an array of { at, value })',
    ],
    [
      { ...ok, watermark: marks([1, 2], [3, NaN]) },
      'invalid watermark mark 1: value NaN (must be a number, not NaN)',
    ],
    [
      { ...ok, watermark: marks([Infinity, 2]) },
      'invalid watermark mark 0: at Infinity (must be a finite number)',
    ],
    [{ ...ok, trigger: { early: { every: 0 } } }, 'invalid early trigger every: 0 (must be > 0)'],
    [
      { ...ok, trigger: { early: { count: 1.5 } } },
      'invalid early trigger count: 1.5 (must be an integer >= 1)',
    ],
    [
      { ...ok, trigger: { early: {} } },
      'invalid early trigger: {} (must be { every } or { count })',
    ],
    [
      { ...ok, trigger: { late: 'sometimes' } },
      `invalid late trigger: "sometimes" (must be 'per-element' or { every })`,
    ],
    [{ ...ok, trigger: { late: { every: -2 } } }, 'invalid late trigger every: -2 (must be > 0)'],
    [
      { ...ok, accumulation: 'summing' },
      'invalid accumulation: "summing" (must be one of accumulating, discarding, retracting)',
    ],
    [{ ...ok, flushAtEnd: 'yes' }, 'invalid flushAtEnd: "yes" (must be true or false)'],
    [{ ...ok, window: { kind: 'tumbling', size: 0 } }, 'invalid window size: 0 (must be > 0)'],
    [null, 'invalid stream config: null (must be an object)'],
  ])('rejects the config %j', (config, message) => {
    expect(() => runStream([], config as never)).toThrow(message);
  });

  it.each([
    [{ eventTime: NaN }, 'invalid event 1: eventTime NaN (must be a finite number)'],
    [{ arrivalTime: Infinity }, 'invalid event 1: arrivalTime Infinity (must be a finite number)'],
    [{ amount: -Infinity }, 'invalid event 1: amount -Infinity (must be a finite number)'],
    [{ id: 'x' }, 'invalid event 1: id "x" (must be a finite number)'],
    [{ key: 3 }, 'invalid event 1: key 3 (must be a string)'],
  ])('rejects the event %j', (patch, message) => {
    expect(() => runStream([E(1, 1, 1), { ...E(2, 2, 2), ...patch } as never], ok)).toThrow(
      message,
    );
  });

  it('rejects a non-array input', () => {
    expect(() => runStream('x' as never, ok)).toThrow('invalid events: "x" (must be an array)');
  });
});

// ---------------------------------------------------------------------------------------------
// Streaming Systems (Akidau, Chernyak, Lax), ch. 2 and 4: the book's running example, the team
// score sum in 2-minute fixed windows. Input and expected panes come from the book's repository,
// takidau/streamingbook: BeamModelTest.createStream(watermark) (event times, processing times and
// the heuristic watermark) and BeamModel.java (getExpectedResults of each example). The values are
// 5 7 3 4 8 3 9 8 1, sum 48 (Figure 2-3); fixed windows give 14, 18, 4, 12 (Figure 2-5).
// Beam's watermark W means "nothing before W is still to come"; Flink's (ours) means "nothing at
// or before W", so Beam's W is our W - 1 ms.
// ---------------------------------------------------------------------------------------------
const hms = (s: string): number => {
  const [h, m, sec] = s.split(':').map(Number);
  return ((h ?? 0) * 3600 + (m ?? 0) * 60 + (sec ?? 0)) * 1000;
};
const clock = (ms: number): string => {
  if (!Number.isFinite(ms)) return String(ms);
  const s = Math.floor(ms / 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(s / 3600))}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}`;
};
/** A pane in the book's terms: window, value, timing, and when it was emitted. */
const book = (p: Pane): string =>
  `${p.retraction ? 'retract ' : ''}[${clock(p.window.start).slice(3)}, ${clock(p.window.end).slice(3)}) ${p.value} ${p.timing} @${clock(p.emittedAt)}`;

// [value, event time, processing (arrival) time]; the 7 and the 9 carry the book's "fudged" event
// times 12:02:24 and 12:01:25 (so that sessions connect in Figure 4-7).
const SCORES: [number, string, string][] = [
  [5, '12:00:26', '12:04:59'],
  [7, '12:02:24', '12:05:39'],
  [3, '12:03:39', '12:06:13'],
  [4, '12:04:19', '12:06:39'],
  [8, '12:03:06', '12:07:06'],
  [3, '12:06:39', '12:07:19'],
  [9, '12:01:25', '12:08:19'],
  [8, '12:07:26', '12:08:39'],
  [1, '12:07:46', '12:09:00'],
];
const scores: OrderEvent[] = SCORES.map(([v, et, pt], i) => E(i + 1, hms(et), hms(pt), v, 'TeamX'));
/** Example 2-8 adds a 6 at event time 12:00:53, arriving at 12:06:39 right after the 4. */
const withSix = [...scores, E(10, hms('12:00:53'), hms('12:06:39'), 6, 'TeamX')];
/** The heuristic watermark of createStream(HEURISTIC): Beam 12:02 at 12:06:00, 12:04 at 12:07:30, ... */
const heuristic = marks(
  [hms('12:06:00'), hms('12:02:00') - 1],
  [hms('12:07:30'), hms('12:04:00') - 1],
  [hms('12:07:40'), hms('12:06:00') - 1],
  [hms('12:09:30'), hms('12:08:00') - 1],
);
const twoMinutes = { kind: 'tumbling', size: 2 * 60_000 } as const;
const DAYS_1000 = 1000 * 86_400_000;
/** Examples 2-7..2-9: early firings one minute after the first element of a pane, late per element. */
const earlyLate: StreamConfig = {
  window: twoMinutes,
  watermark: heuristic,
  trigger: { early: { every: 60_000 } },
  allowedLateness: DAYS_1000,
  flushAtEnd: true,
};

describe('runStream on the Streaming Systems running example (takidau/streamingbook)', () => {
  it('sums 48 in the global window, like classic batch (Example 2-1, Figure 2-3)', () => {
    const run = runStream(scores, { window: { kind: 'global' }, watermark: { kind: 'perfect' } });
    expect(run.panes.map((p) => p.value)).toEqual([48]);
  });

  it('gives 14, 18, 4, 12 all on time with a perfect watermark (Example 2-6 left, Figure 2-10)', () => {
    const run = runStream(scores, { window: twoMinutes, watermark: { kind: 'perfect' } });
    // Our oracle knows the 9 (12:01:25) is still to come until it arrives at 12:08:19.
    expect(run.panes.map(book)).toEqual([
      '[00:00, 02:00) 14 on-time @12:08:19',
      '[02:00, 04:00) 18 on-time @12:08:19',
      '[04:00, 06:00) 4 on-time @12:08:19',
      '[06:00, 08:00) 12 on-time @12:09:00',
    ]);
    expect(run.dropped).toEqual([]);
  });

  it("matches the book's perfect watermark timeline too (createStream(PERFECT) marks)", () => {
    const perfect = marks(
      [hms('12:08:39'), hms('12:02:00') - 1],
      [hms('12:09:00'), hms('12:04:00') - 1],
      [hms('12:09:10'), hms('12:06:00') - 1],
      [hms('12:09:20'), hms('12:08:00') - 1],
    );
    const run = runStream(scores, { window: twoMinutes, watermark: perfect, flushAtEnd: true });
    expect(run.panes.map(book)).toEqual([
      '[00:00, 02:00) 14 on-time @12:08:39',
      '[02:00, 04:00) 18 on-time @12:09:00',
      '[04:00, 06:00) 4 on-time @12:09:10',
      '[06:00, 08:00) 12 on-time @12:09:20',
    ]);
  });

  it('misses the 9 with the heuristic watermark: 5, 18, 4, 12 and the 9 dropped (Example 2-6 right)', () => {
    const run = runStream(scores, { window: twoMinutes, watermark: heuristic, flushAtEnd: true });
    expect(run.panes.map(book)).toEqual([
      '[00:00, 02:00) 5 on-time @12:06:00',
      '[02:00, 04:00) 18 on-time @12:07:30',
      '[04:00, 06:00) 4 on-time @12:07:40',
      '[06:00, 08:00) 12 on-time @12:09:30',
    ]);
    expect(run.dropped.map((e) => e.amount)).toEqual([9]);
  });

  it('emits early, on-time and late panes (Example 2-7 right, Figure 2-11)', () => {
    const run = runStream(scores, earlyLate);
    expect(run.panes.map(book)).toEqual([
      '[00:00, 02:00) 5 early @12:05:59',
      '[00:00, 02:00) 5 on-time @12:06:00',
      '[02:00, 04:00) 10 early @12:06:39',
      '[02:00, 04:00) 18 on-time @12:07:30',
      '[04:00, 06:00) 4 early @12:07:39',
      '[04:00, 06:00) 4 on-time @12:07:40',
      '[00:00, 02:00) 14 late @12:08:19', // the 9 finally arrives
      '[06:00, 08:00) 3 early @12:08:19', // same instant: ordered by window end
      '[06:00, 08:00) 12 on-time @12:09:30',
    ]);
  });

  it('gives the same panes with a perfect watermark minus the late one (Example 2-7 left)', () => {
    const run = runStream(scores, { ...earlyLate, watermark: { kind: 'perfect' } });
    expect(run.panes.map(book)).toEqual([
      '[00:00, 02:00) 5 early @12:05:59',
      '[02:00, 04:00) 10 early @12:06:39',
      '[04:00, 06:00) 4 early @12:07:39',
      '[02:00, 04:00) 18 early @12:08:06',
      '[00:00, 02:00) 14 on-time @12:08:19',
      '[02:00, 04:00) 18 on-time @12:08:19',
      '[04:00, 06:00) 4 on-time @12:08:19',
      '[06:00, 08:00) 3 early @12:08:19',
      '[06:00, 08:00) 12 on-time @12:09:00',
    ]);
  });

  it('keeps late data only within the allowed lateness (Example 2-8, Figure 2-12)', () => {
    const run = runStream(withSix, { ...earlyLate, allowedLateness: 2 * 60_000 });
    expect(run.panes.map(book)).toEqual([
      '[00:00, 02:00) 5 early @12:05:59',
      '[00:00, 02:00) 5 on-time @12:06:00',
      '[00:00, 02:00) 11 late @12:06:39', // the 6 is late but within two minutes of lateness
      '[02:00, 04:00) 10 early @12:06:39',
      '[02:00, 04:00) 18 on-time @12:07:30',
      '[04:00, 06:00) 4 early @12:07:39',
      '[04:00, 06:00) 4 on-time @12:07:40',
      '[06:00, 08:00) 3 early @12:08:19',
      '[06:00, 08:00) 12 on-time @12:09:30',
    ]);
    expect(run.dropped.map((e) => e.amount)).toEqual([9]); // [12:00, 12:02) was collected at 12:07:30
  });

  it('discards fired panes, with empty on-time panes after early ones (Example 2-9, Figure 2-13)', () => {
    const run = runStream(scores, { ...earlyLate, accumulation: 'discarding' });
    expect(run.panes.map(book)).toEqual([
      '[00:00, 02:00) 5 early @12:05:59',
      '[00:00, 02:00) 0 on-time @12:06:00',
      '[02:00, 04:00) 10 early @12:06:39',
      '[02:00, 04:00) 8 on-time @12:07:30',
      '[04:00, 06:00) 4 early @12:07:39',
      '[04:00, 06:00) 0 on-time @12:07:40',
      '[00:00, 02:00) 9 late @12:08:19',
      '[06:00, 08:00) 3 early @12:08:19',
      '[06:00, 08:00) 9 on-time @12:09:30',
    ]);
  });

  it('merges sessions, a merged window already past the watermark firing late (Example 4-3, Figure 4-7)', () => {
    const run = runStream(scores, { ...earlyLate, window: { kind: 'session', gap: 60_000 } });
    expect(run.panes.map(book)).toEqual([
      '[00:26, 01:26) 5 early @12:05:59',
      '[00:26, 01:26) 5 on-time @12:06:00',
      '[02:24, 03:24) 7 early @12:06:39',
      '[02:24, 05:19) 22 early @12:07:13', // merged windows keep the earliest early timer (3 at 12:06:13)
      '[02:24, 05:19) 22 on-time @12:07:40',
      '[00:26, 05:19) 36 late @12:08:19', // the 9 bridges both sessions, whose end the watermark passed
      '[06:39, 07:39) 3 early @12:08:19',
      '[06:39, 08:46) 12 on-time @12:09:30',
    ]);
  });

  it('retracts merged-away sessions before the merged pane (our decision, Figure 4-7 retracting)', () => {
    const run = runStream(scores, {
      ...earlyLate,
      window: { kind: 'session', gap: 60_000 },
      accumulation: 'retracting',
    });
    expect(run.panes.map(book)).toEqual([
      '[00:26, 01:26) 5 early @12:05:59',
      'retract [00:26, 01:26) 5 on-time @12:06:00',
      '[00:26, 01:26) 5 on-time @12:06:00',
      '[02:24, 03:24) 7 early @12:06:39',
      'retract [02:24, 03:24) 7 early @12:07:13',
      '[02:24, 05:19) 22 early @12:07:13',
      'retract [02:24, 05:19) 22 on-time @12:07:40',
      '[02:24, 05:19) 22 on-time @12:07:40',
      'retract [00:26, 01:26) 5 late @12:08:19',
      'retract [02:24, 05:19) 22 late @12:08:19',
      '[00:26, 05:19) 36 late @12:08:19',
      '[06:39, 07:39) 3 early @12:08:19',
      'retract [06:39, 07:39) 3 on-time @12:09:30',
      '[06:39, 08:46) 12 on-time @12:09:30',
    ]);
    const net = run.panes.reduce((s, p) => s + (p.retraction ? -p.value : p.value), 0);
    expect(net).toBe(48);
  });
});
