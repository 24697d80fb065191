// The per-request query and the ground truth, both built on the one reference aggregation
// (aggregate.ts), which these tests also pin: sort order, every window kind, validation.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { OrderEvent } from '../core/types';
import { mergeSessions } from '../windows/assign';
import { aggregate, inArrivalOrder, validateEvents } from './aggregate';
import { groundTruth, queryAt } from './query';
import { order as ev } from '../testing/orders';

const events: OrderEvent[] = [
  ev(1, 'p2', 3, 4, 100),
  ev(2, 'p1', 7, 8, 200),
  ev(3, 'p1', 12, 30, 50), // arrives late
  ev(4, 'p2', 9, 10, 25),
  ev(5, 'p1', 1, 10, 10),
];

describe('aggregate(events, window)', () => {
  it('sums amount into value and counts events per key and tumbling window, sorted by start, end, key', () => {
    expect(aggregate(events, { kind: 'tumbling', size: 10 })).toEqual([
      { key: 'p1', window: { start: 0, end: 10 }, value: 210, count: 2 },
      { key: 'p2', window: { start: 0, end: 10 }, value: 125, count: 2 },
      { key: 'p1', window: { start: 10, end: 20 }, value: 50, count: 1 },
    ]);
  });

  it('puts an event at a window end into the next window (half-open)', () => {
    expect(aggregate([ev(1, 'a', 10, 10)], { kind: 'tumbling', size: 10 })).toEqual([
      { key: 'a', window: { start: 10, end: 20 }, value: 100, count: 1 },
    ]);
  });

  it('honours a tumbling offset', () => {
    expect(aggregate([ev(1, 'a', 4, 4)], { kind: 'tumbling', size: 10, offset: 5 })).toEqual([
      { key: 'a', window: { start: -5, end: 5 }, value: 100, count: 1 },
    ]);
  });

  it('counts an event in every sliding window that covers it', () => {
    expect(aggregate([ev(1, 'a', 12, 12, 5)], { kind: 'sliding', size: 10, slide: 5 })).toEqual([
      { key: 'a', window: { start: 5, end: 15 }, value: 5, count: 1 },
      { key: 'a', window: { start: 10, end: 20 }, value: 5, count: 1 },
    ]);
  });

  it('gives one row per key for the global window', () => {
    expect(aggregate(events, { kind: 'global' })).toEqual([
      { key: 'p1', window: { start: -Infinity, end: Infinity }, value: 260, count: 3 },
      { key: 'p2', window: { start: -Infinity, end: Infinity }, value: 125, count: 2 },
    ]);
  });

  it('merges sessions per key: touching proto-sessions merge, a gap splits (Flink TimeWindow.mergeWindows)', () => {
    const s = [
      ev(1, 'a', 0, 0),
      ev(2, 'a', 5, 5),
      ev(3, 'a', 11, 11),
      ev(4, 'b', 2, 2),
      ev(5, 'a', 30, 30),
    ];
    // a: [0,5) + [5,10) touch -> [0,10); [11,16) starts after 10 -> apart; [30,35) apart.
    expect(aggregate(s, { kind: 'session', gap: 5 })).toEqual([
      { key: 'a', window: { start: 0, end: 10 }, value: 200, count: 2 },
      { key: 'b', window: { start: 2, end: 7 }, value: 100, count: 1 },
      { key: 'a', window: { start: 11, end: 16 }, value: 100, count: 1 },
      { key: 'a', window: { start: 30, end: 35 }, value: 100, count: 1 },
    ]);
  });

  it('gives the same sessions as mergeSessions over the proto-session windows', () => {
    const times = [17, 3, 9, 40, 22, 23, 58, 44];
    const rows = aggregate(
      times.map((t, i) => ev(i, 'k', t, t)),
      { kind: 'session', gap: 6 },
    );
    expect(rows.map((r) => r.window)).toEqual(
      mergeSessions(times.map((t) => ({ start: t, end: t + 6 }))),
    );
    expect(rows.reduce((n, r) => n + r.count, 0)).toBe(times.length);
  });

  it('always gives, per key, the windows mergeSessions gives, each holding its own events', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ key: fc.constantFrom('a', 'b'), t: fc.integer({ min: -50, max: 200 }) }),
          {
            maxLength: 40,
          },
        ),
        fc.integer({ min: 1, max: 30 }),
        (list, gap) => {
          const input = list.map((e, i) => ev(i, e.key, e.t, i, i + 1));
          const rows = aggregate(input, { kind: 'session', gap });
          for (const key of ['a', 'b']) {
            const own = input.filter((e) => e.key === key);
            const windows = mergeSessions(
              own.map((e) => ({ start: e.eventTime, end: e.eventTime + gap })),
            );
            const mine = rows.filter((r) => r.key === key);
            expect(mine.map((r) => r.window)).toEqual(windows);
            for (const r of mine) {
              const inside = own.filter(
                (e) => e.eventTime >= r.window.start && e.eventTime < r.window.end,
              );
              expect([r.count, r.value]).toEqual([
                inside.length,
                inside.reduce((v, e) => v + e.amount, 0),
              ]);
            }
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('sorts keys by code unit order within a window, not insertion order', () => {
    const rows = aggregate([ev(1, 'p10', 1, 1), ev(2, 'p9', 1, 1), ev(3, 'P1', 1, 1)], {
      kind: 'tumbling',
      size: 10,
    });
    expect(rows.map((r) => r.key)).toEqual(['P1', 'p10', 'p9']);
  });

  it('returns no rows for no events', () => {
    expect(aggregate([], { kind: 'session', gap: 5 })).toEqual([]);
  });

  it('does not mutate its input', () => {
    const copy = structuredClone(events);
    aggregate(events, { kind: 'session', gap: 3 });
    expect(events).toEqual(copy);
  });
});

describe('queryAt(events, at, window)', () => {
  it('sees events with arrivalTime <= at: an event arriving exactly at `at` is included', () => {
    expect(queryAt(events, 10, { kind: 'tumbling', size: 10 })).toEqual([
      { key: 'p1', window: { start: 0, end: 10 }, value: 210, count: 2 },
      { key: 'p2', window: { start: 0, end: 10 }, value: 125, count: 2 },
    ]);
    expect(queryAt(events, 9, { kind: 'tumbling', size: 10 })).toEqual([
      { key: 'p1', window: { start: 0, end: 10 }, value: 200, count: 1 },
      { key: 'p2', window: { start: 0, end: 10 }, value: 100, count: 1 },
    ]);
  });

  it('returns nothing before the first arrival', () => {
    expect(queryAt(events, 3, { kind: 'global' })).toEqual([]);
  });

  it('equals groundTruth once every event has arrived', () => {
    for (const w of [
      { kind: 'tumbling', size: 5 },
      { kind: 'sliding', size: 10, slide: 5 },
      { kind: 'session', gap: 4 },
      { kind: 'global' },
    ] as const) {
      expect(queryAt(events, 30, w)).toEqual(groundTruth(events, w));
    }
  });

  it('merges sessions only from what has arrived: a late event can bridge two sessions', () => {
    const s = [ev(1, 'a', 0, 0), ev(2, 'a', 10, 10), ev(3, 'a', 5, 50)];
    expect(queryAt(s, 20, { kind: 'session', gap: 5 }).map((r) => r.window)).toEqual([
      { start: 0, end: 5 },
      { start: 10, end: 15 },
    ]);
    expect(queryAt(s, 50, { kind: 'session', gap: 5 }).map((r) => r.window)).toEqual([
      { start: 0, end: 15 },
    ]);
  });

  it('rejects a non-finite query time', () => {
    expect(() => queryAt(events, NaN, { kind: 'global' })).toThrow(
      'invalid query time: NaN (must be a finite number)',
    );
  });
});

describe('groundTruth(events, window)', () => {
  it('counts every event, however late it arrived', () => {
    expect(groundTruth(events, { kind: 'tumbling', size: 10 })).toContainEqual({
      key: 'p1',
      window: { start: 10, end: 20 },
      value: 50,
      count: 1,
    });
  });
});

describe('bad input', () => {
  it.each([
    [
      [{ ...ev(1, 'a', 1, 1), eventTime: NaN }],
      'invalid event 0: eventTime NaN (must be a finite number)',
    ],
    [
      [ev(1, 'a', 1, 1), { ...ev(2, 'a', 1, 1), arrivalTime: Infinity }],
      'invalid event 1: arrivalTime Infinity (must be a finite number)',
    ],
    [
      [{ ...ev(1, 'a', 1, 1), amount: Number.NaN }],
      'invalid event 0: amount NaN (must be a finite number)',
    ],
    [[{ ...ev(1, 'a', 1, 1), key: 3 }], 'invalid event 0: key 3 (must be a string)'],
    [[{ ...ev(1, 'a', 1, 1), id: 'x' }], 'invalid event 0: id "x" (must be a finite number)'],
    [[null], 'invalid event 0: null (must be an object)'],
  ])('groundTruth rejects %j', (bad, message) => {
    expect(() => groundTruth(bad as never, { kind: 'global' })).toThrow(message);
  });

  it('rejects a non-array events argument', () => {
    expect(() => validateEvents('nope' as never)).toThrow(
      'invalid events: "nope" (must be an array)',
    );
  });

  it('rejects a bad window spec with the normaliser message', () => {
    expect(() => groundTruth(events, { kind: 'tumbling', size: 0 })).toThrow(
      'invalid window size: 0 (must be > 0)',
    );
    expect(() => queryAt(events, 5, { kind: 'session', gap: -1 })).toThrow(
      'invalid session gap: -1 (must be > 0)',
    );
  });
});

describe('inArrivalOrder(events)', () => {
  it('returns the input itself when already in arrival order', () => {
    const sorted = [ev(1, 'a', 0, 1), ev(2, 'a', 0, 1), ev(0, 'a', 0, 2)];
    expect(inArrivalOrder(sorted)).toBe(sorted);
  });

  it('sorts a copy by arrivalTime, ties by lower id, without mutating the input', () => {
    const unsorted = [ev(3, 'a', 0, 5), ev(2, 'a', 0, 1), ev(1, 'a', 0, 5)];
    const before = [...unsorted];
    expect(inArrivalOrder(unsorted).map((e) => e.id)).toEqual([2, 1, 3]);
    expect(unsorted).toEqual(before);
  });
});
