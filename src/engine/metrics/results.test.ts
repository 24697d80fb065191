import { describe, expect, it } from 'vitest';
import type { BatchRun, MicroBatch, OrderEvent, Pane, Row, StreamRun } from '../core/types';
import { MINUTE, SECOND } from '../core/time';
import { runStream } from '../pipelines/stream';
import { groundTruth } from '../pipelines/query';
import {
  batchEmissions,
  compareToTruth,
  indexResults,
  microBatchEmissions,
  streamEmissions,
  type Emission,
} from './results';

const W = { start: 0, end: 60 };
const W2 = { start: 60, end: 120 };
function pane(
  key: string,
  window: { start: number; end: number },
  value: number,
  emittedAt: number,
  extra: Partial<Pane> = {},
): Pane {
  return {
    key,
    window,
    value,
    count: value / 100,
    timing: 'on-time',
    emittedAt,
    watermark: 0,
    ...extra,
  };
}
const run = (panes: Pane[]): StreamRun => ({ panes, dropped: [], watermarks: [] });
const brief = (es: Emission[]) =>
  es.map((e) => [e.key, e.window.start, e.window.end, e.value, e.count, e.emittedAt]);

describe('streamEmissions', () => {
  it('streamEmissions(run, accumulating) reports each pane as the full value from its emittedAt', () => {
    const r = run([pane('a', W, 100, 10, { timing: 'early' }), pane('a', W, 300, 61)]);
    expect(brief(streamEmissions(r, 'accumulating'))).toEqual([
      ['a', 0, 60, 100, 1, 10],
      ['a', 0, 60, 300, 3, 61],
    ]);
  });

  it('streamEmissions(run, discarding) adds up the panes of each key and window', () => {
    const r = run([
      pane('a', W, 100, 10, { timing: 'early' }),
      pane('b', W, 500, 20, { timing: 'early' }),
      pane('a', W, 200, 61),
      pane('a', W, 0, 61.5, { count: 0 }), // an empty on-time pane (Beam FIRE_ALWAYS)
      pane('a', W, 50, 70, { timing: 'late' }),
    ]);
    expect(brief(streamEmissions(r, 'discarding'))).toEqual([
      ['a', 0, 60, 100, 1, 10],
      ['b', 0, 60, 500, 5, 20],
      ['a', 0, 60, 300, 3, 61],
      ['a', 0, 60, 300, 3, 61.5],
      ['a', 0, 60, 350, 3.5, 70],
    ]);
  });

  it('streamEmissions(run, retracting) skips a retraction that the next pane replaces', () => {
    const r = run([
      pane('a', W, 100, 61),
      pane('a', W, 100, 70, { retraction: true, timing: 'late' }),
      pane('a', W, 300, 70, { timing: 'late' }),
    ]);
    expect(brief(streamEmissions(r, 'retracting'))).toEqual([
      ['a', 0, 60, 100, 1, 61],
      ['a', 0, 60, 300, 3, 70],
    ]);
  });

  it('streamEmissions(run, retracting) withdraws merged-away session windows (value 0, count 0)', () => {
    // Streaming Systems, Figure 4-7: the merged session retracts both parts, then reports itself.
    const r = run([
      pane('a', { start: 0, end: 10 }, 100, 11),
      pane('a', { start: 12, end: 22 }, 200, 23),
      pane('a', { start: 0, end: 10 }, 100, 30, { retraction: true, timing: 'late' }),
      pane('a', { start: 12, end: 22 }, 200, 30, { retraction: true, timing: 'late' }),
      pane('a', { start: 0, end: 22 }, 400, 30, { timing: 'late' }),
    ]);
    const out = streamEmissions(r, 'retracting');
    expect(brief(out)).toEqual([
      ['a', 0, 10, 100, 1, 11],
      ['a', 12, 22, 200, 2, 23],
      ['a', 0, 10, 0, 0, 30],
      ['a', 12, 22, 0, 0, 30],
      ['a', 0, 22, 400, 4, 30],
    ]);
    expect(out.map((e) => e.withdrawn ?? false)).toEqual([false, false, true, true, false]);
  });

  it('streamEmissions rejects an unknown accumulation mode', () => {
    expect(() => streamEmissions(run([]), 'summing' as 'discarding')).toThrow(
      'invalid accumulation: "summing" (must be one of accumulating, discarding, retracting)',
    );
  });

  it('streamEmissions of a real discarding run with early panes ends on the truth per window', () => {
    const events: OrderEvent[] = [];
    for (let i = 0; i < 40; i++) {
      const t = i * 7 * SECOND;
      events.push({
        id: i,
        key: `p${i % 3}`,
        amount: 100 + i,
        eventTime: t,
        arrivalTime: t + (i % 5) * SECOND,
      });
    }
    const window = { kind: 'tumbling', size: MINUTE } as const;
    const r = runStream(events, {
      window,
      watermark: { kind: 'perfect' },
      trigger: { early: { count: 2 } },
      accumulation: 'discarding',
      flushAtEnd: true,
    });
    const cells = compareToTruth(streamEmissions(r, 'discarding'), groundTruth(events, window));
    expect(cells.length).toBeGreaterThan(0);
    for (const c of cells) expect([c.value, c.count, c.error]).toEqual([c.truth, c.truthCount, 0]);
  });
});

describe('microBatchEmissions and batchEmissions', () => {
  const row = (key: string, value: number, window = W): Row => ({ key, window, value, count: 1 });
  it('microBatchEmissions reports every row of every batch at the batch emittedAt', () => {
    const batch = (id: number, emittedAt: number, rows: Row[]): MicroBatch => ({
      id,
      start: emittedAt - 10,
      end: emittedAt,
      emittedAt,
      watermark: 0,
      inputIds: [],
      rows,
      dropped: [],
    });
    const out = microBatchEmissions([
      batch(0, 10, [row('a', 5), row('b', 7)]),
      batch(1, 20, [row('a', 9)]),
    ]);
    expect(brief(out)).toEqual([
      ['a', 0, 60, 5, 1, 10],
      ['b', 0, 60, 7, 1, 10],
      ['a', 0, 60, 9, 1, 20],
    ]);
  });

  it('batchEmissions reports each run rows at its emittedAt, in emission order (re-runs last)', () => {
    const r = (emittedAt: number, rows: Row[]): BatchRun => ({
      period: { start: 0, end: 120 },
      startedAt: emittedAt - 1,
      emittedAt,
      rows,
      missed: [],
    });
    const out = batchEmissions([r(500, [row('a', 9)]), r(200, [row('a', 5), row('a', 3, W2)])]);
    expect(brief(out)).toEqual([
      ['a', 0, 60, 5, 1, 200],
      ['a', 60, 120, 3, 1, 200],
      ['a', 0, 60, 9, 1, 500],
    ]);
  });
});

describe('compareToTruth and indexResults', () => {
  const truth: Row[] = [
    { key: 'a', window: W, value: 300, count: 3 },
    { key: 'b', window: W, value: 100, count: 1 },
    { key: 'a', window: W2, value: 50, count: 1 },
  ];
  const e = (key: string, window: typeof W, value: number, emittedAt: number): Emission => ({
    key,
    window,
    value,
    count: value / 100,
    emittedAt,
  });
  const emissions = [e('a', W, 100, 10), e('c', W, 70, 15), e('a', W, 300, 20)];
  const show = (at: number) =>
    compareToTruth(emissions, truth, at).map((c) => [
      c.key,
      c.window.start,
      c.truth,
      c.value,
      c.error,
      c.firstEmittedAt,
      c.updates,
    ]);

  it('compareToTruth has one cell per (key, window) of truth or emissions, by window start, end, key', () => {
    expect(show(5)).toEqual([
      ['a', 0, 300, null, null, null, 0],
      ['b', 0, 100, null, null, null, 0],
      ['c', 0, 0, null, null, null, 0],
      ['a', 60, 50, null, null, null, 0],
    ]);
  });

  it('compareToTruth(…, at) takes the latest emission with emittedAt <= at, boundary included', () => {
    expect(show(19.9)).toEqual([
      ['a', 0, 300, 100, -200, 10, 1],
      ['b', 0, 100, null, null, null, 0],
      ['c', 0, 0, 70, 70, 15, 1],
      ['a', 60, 50, null, null, null, 0],
    ]);
    expect(show(20)[0]).toEqual(['a', 0, 300, 300, 0, 10, 2]);
    expect(show(Infinity)).toEqual(show(20));
  });

  it('compareToTruth defaults to the end of time and fills counts', () => {
    const cells = compareToTruth(emissions, truth);
    expect(cells[0]).toMatchObject({ truthCount: 3, count: 3, value: 300 });
    expect(cells[2]).toMatchObject({ truth: 0, truthCount: 0, count: 0.7 });
  });

  it('compareToTruth lets the later of two emissions at the same time win (input order)', () => {
    const cells = compareToTruth([e('a', W, 100, 10), e('a', W, 200, 10)], truth, 10);
    expect(cells[0]!.value).toBe(200);
  });

  it('indexResults(…).at(t) answers like compareToTruth and reuses its answer until an emission is crossed', () => {
    const index = indexResults(emissions, truth);
    expect(index.cells).toBe(4);
    expect(Array.from(index.times)).toEqual([10, 15, 20]);
    const a = index.at(12);
    expect(index.at(14.9)).toBe(a);
    expect(index.at(15)).not.toBe(a);
    expect(index.at(15)).toEqual(compareToTruth(emissions, truth, 15));
  });

  it('compareToTruth rejects a NaN time', () => {
    expect(() => compareToTruth(emissions, truth, NaN)).toThrow(
      'invalid comparison time: NaN (must be a number, Infinity allowed)',
    );
  });
});
