// The nightly-job model: one run per period of event time, starting after the period ends,
// reading only what has arrived by then. Boundaries follow the engine's simultaneity rule
// (a job starting at S reads arrivals < S; an event arriving exactly at S is missed).
import { describe, expect, it } from 'vitest';
import type { OrderEvent } from '../core/types';
import { groundTruth } from './query';
import { rerunBatch, runBatch } from './batch';
import { order as ev } from '../testing/orders';

// period 100, job starts 10 after the period ends, takes 5.
const config = { period: 100, runDelay: 10, duration: 5 };
const events: OrderEvent[] = [
  ev(1, 'a', 5, 6),
  ev(2, 'a', 99, 109), // just in time: arrives 1 before the job starts at 110
  ev(3, 'a', 50, 110), // arrives exactly when the job starts: missed
  ev(4, 'b', 150, 151),
  ev(6, 'b', 120, 300), // long after its run at 210
  ev(7, 'a', 420, 421),
];

describe('runBatch(events, { period, runDelay, duration })', () => {
  it('runs one job per period that has an event, starting at periodEnd + runDelay and emitting at start + duration', () => {
    const { runs } = runBatch(events, config);
    expect(runs.map((r) => [r.period, r.startedAt, r.emittedAt])).toEqual([
      [{ start: 0, end: 100 }, 110, 115],
      [{ start: 100, end: 200 }, 210, 215],
      // periods 200-300 and 300-400 have no events: no runs
      [{ start: 400, end: 500 }, 510, 515],
    ]);
  });

  it('reads arrivals before its start; an event arriving exactly at the start is missed', () => {
    const [first] = runBatch(events, config).runs;
    expect(first?.rows).toEqual([
      { key: 'a', window: { start: 0, end: 100 }, value: 200, count: 2 },
    ]);
    expect(first?.missed.map((e) => e.id)).toEqual([3]);
  });

  it('lists a period event that arrives after the run in missed, not in rows', () => {
    const second = runBatch(events, config).runs[1];
    expect(second?.rows).toEqual([
      { key: 'b', window: { start: 100, end: 200 }, value: 100, count: 1 },
    ]);
    expect(second?.missed.map((e) => e.id)).toEqual([6]);
  });

  it('defaults duration to 0 and aligns periods to the epoch, negative times included', () => {
    const { runs } = runBatch([ev(1, 'a', -1, 0)], { period: 100, runDelay: 0 });
    expect(runs).toEqual([
      {
        period: { start: -100, end: 0 },
        startedAt: 0,
        emittedAt: 0,
        rows: [],
        missed: [ev(1, 'a', -1, 0)], // arrives at 0 = the start: missed
      },
    ]);
  });

  it('still runs for a period whose every event was missed, with no rows', () => {
    const { runs } = runBatch([ev(1, 'a', 10, 500)], { period: 100, runDelay: 0 });
    expect(runs).toHaveLength(1);
    expect(runs[0]?.rows).toEqual([]);
    expect(runs[0]?.missed).toHaveLength(1);
  });

  it('includes an event that arrived before its own event time (clock skew) if it arrived before the start', () => {
    const { runs } = runBatch([ev(1, 'a', 90, 2)], { period: 100, runDelay: 0 });
    expect(runs[0]?.rows[0]?.count).toBe(1);
  });

  it('computes finer tumbling windows inside the period', () => {
    const { runs } = runBatch([ev(1, 'a', 5, 5), ev(2, 'a', 30, 30), ev(3, 'b', 31, 31)], {
      period: 100,
      runDelay: 0,
      window: { kind: 'tumbling', size: 25 },
    });
    expect(runs[0]?.rows).toEqual([
      { key: 'a', window: { start: 0, end: 25 }, value: 100, count: 1 },
      { key: 'a', window: { start: 25, end: 50 }, value: 100, count: 1 },
      { key: 'b', window: { start: 25, end: 50 }, value: 100, count: 1 },
    ]);
  });

  it('cuts sessions at the period boundary, as a job over one period partition does', () => {
    const s = [ev(1, 'a', 95, 95), ev(2, 'a', 105, 105)];
    const window = { kind: 'session', gap: 20 } as const;
    // The truth is one session [95, 125); each run only sees its own period's events.
    expect(groundTruth(s, window).map((r) => r.window)).toEqual([{ start: 95, end: 125 }]);
    const { runs } = runBatch(s, { period: 100, runDelay: 0, window });
    expect(runs.map((r) => r.rows.map((row) => [row.window, row.count]))).toEqual([
      [[{ start: 95, end: 115 }, 1]],
      [[{ start: 105, end: 125 }, 1]],
    ]);
  });

  it('lists missed events in arrival order and reads unsorted input in arrival order', () => {
    const late = [ev(3, 'a', 1, 900), ev(1, 'a', 2, 800), ev(2, 'a', 3, 800)];
    const { runs } = runBatch(late, { period: 100, runDelay: 0 });
    expect(runs[0]?.missed.map((e) => e.id)).toEqual([1, 2, 3]);
    expect(runBatch([...events].reverse(), config)).toEqual(runBatch(events, config));
  });

  it('returns no runs for no events', () => {
    expect(runBatch([], config)).toEqual({ runs: [] });
  });
});

describe('rerunBatch(events, config, period, at) (a backfill)', () => {
  it('re-runs one period later and includes the late arrivals that the nightly run missed', () => {
    const run = rerunBatch(events, config, { start: 0, end: 100 }, 111);
    expect(run).toEqual({
      period: { start: 0, end: 100 },
      startedAt: 111,
      emittedAt: 116,
      rows: [{ key: 'a', window: { start: 0, end: 100 }, value: 300, count: 3 }],
      missed: [],
    });
  });

  it('still misses an event arriving exactly at `at`', () => {
    const run = rerunBatch(events, config, { start: 100, end: 200 }, 300);
    expect(run.missed.map((e) => e.id)).toEqual([6]);
    expect(rerunBatch(events, config, { start: 100, end: 200 }, 301).missed).toEqual([]);
  });

  it('returns an empty run for a period without events', () => {
    expect(rerunBatch(events, config, { start: 200, end: 300 }, 1000)).toEqual({
      period: { start: 200, end: 300 },
      startedAt: 1000,
      emittedAt: 1005,
      rows: [],
      missed: [],
    });
  });

  it('rejects a period that is not one of the job periods', () => {
    expect(() => rerunBatch(events, config, { start: 50, end: 150 }, 1000)).toThrow(
      'invalid period: {"start":50,"end":150} (must be [k * 100, (k + 1) * 100) for an integer k)',
    );
    expect(() => rerunBatch(events, config, { start: 0, end: 200 }, 1000)).toThrow(
      'invalid period',
    );
  });

  it('rejects a non-finite re-run time', () => {
    expect(() => rerunBatch(events, config, { start: 0, end: 100 }, NaN)).toThrow(
      'invalid re-run time: NaN (must be a finite number)',
    );
  });
});

describe('bad batch config', () => {
  it.each([
    [{ period: 0, runDelay: 0 }, 'invalid batch period: 0 (must be > 0)'],
    [{ period: 10, runDelay: -1 }, 'invalid run delay: -1 (must be >= 0)'],
    [{ period: 10, runDelay: 0, duration: -2 }, 'invalid batch duration: -2 (must be >= 0)'],
    [{ period: 10, runDelay: NaN }, 'invalid run delay: NaN (must be a finite number)'],
    [
      { period: 100, runDelay: 0, window: { kind: 'tumbling', size: 0 } },
      'invalid window size: 0 (must be > 0)',
    ],
    [
      { period: 100, runDelay: 0, window: { kind: 'tumbling', size: 30 } },
      'invalid batch window size: 30 (must divide the period 100, so no window straddles two runs)',
    ],
    [
      { period: 100, runDelay: 0, window: { kind: 'tumbling', size: 200 } },
      'invalid batch window size: 200 (must divide the period 100',
    ],
    [
      { period: 100, runDelay: 0, window: { kind: 'tumbling', size: 25, offset: 5 } },
      'invalid batch window offset: 5 (must be 0: windows must start on period boundaries)',
    ],
    [
      { period: 100, runDelay: 0, window: { kind: 'sliding', size: 50, slide: 25 } },
      'batch pipeline supports tumbling and session windows, not sliding',
    ],
    [
      { period: 100, runDelay: 0, window: { kind: 'global' } },
      'batch pipeline supports tumbling and session windows, not global',
    ],
    [null, 'invalid batch config: null (must be an object)'],
  ])('runBatch rejects %j', (bad, message) => {
    expect(() => runBatch(events, bad as never)).toThrow(message);
  });

  it('rejects bad events with the shared event message', () => {
    expect(() => runBatch([{ ...ev(1, 'a', 1, 1), eventTime: NaN }], config)).toThrow(
      'invalid event 0: eventTime NaN (must be a finite number)',
    );
  });
});
