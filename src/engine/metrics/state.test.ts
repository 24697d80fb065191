import { describe, expect, it } from 'vitest';
import type { BatchRun, MicroBatch, Row } from '../core/types';
import { MINUTE, SECOND } from '../core/time';
import { runStream } from '../pipelines/stream';
import { runMicroBatch } from '../pipelines/microbatch';
import { batchState, microBatchState, peak, streamState } from './state';
import { order as ev } from '../testing/orders';

const s = (x: number) => x * SECOND;

describe('streamState', () => {
  it('streamState(run) is the run stateSize series: live (key, window) states over processing time', () => {
    const events = [ev(0, 'a', s(1)), ev(1, 'b', s(2)), ev(2, 'a', s(61))];
    const run = runStream(events, {
      window: { kind: 'tumbling', size: MINUTE },
      watermark: { kind: 'bounded', maxOutOfOrderness: 0, interval: 0 },
    });
    // a and b open [0, 60 s); at 61 s a opens [60 s, 120 s) and the watermark clears both.
    expect(streamState(run)).toEqual([
      { at: s(1), value: 1 },
      { at: s(2), value: 2 },
      { at: s(61), value: 1 },
    ]);
    expect(streamState(run)).not.toBe(run.stateSize);
  });

  it('streamState rejects a run without stateSize', () => {
    expect(() => streamState({ panes: [], dropped: [], watermarks: [] })).toThrow(
      'invalid stream run: stateSize undefined (must be the series runStream returns)',
    );
  });
});

describe('microBatchState', () => {
  it('microBatchState(batches) samples each batch stateSize at its emittedAt', () => {
    const events = [ev(0, 'a', s(10)), ev(1, 'b', s(20)), ev(2, 'a', s(70)), ev(3, 'a', s(200))];
    const { batches } = runMicroBatch(events, {
      triggerInterval: MINUTE,
      window: { kind: 'tumbling', size: MINUTE },
      watermarkDelay: 0,
      outputMode: 'update',
      batchDuration: s(5),
    });
    expect(microBatchState(batches)).toEqual(
      batches.map((b) => ({ at: b.end + s(5), value: b.stateSize })),
    );
    expect(microBatchState(batches)[0]).toEqual({ at: s(65), value: 2 });
  });

  it('microBatchState rejects a batch without stateSize', () => {
    const b: MicroBatch = {
      id: 0,
      start: 0,
      end: 1,
      emittedAt: 1,
      watermark: 0,
      inputIds: [],
      rows: [],
      dropped: [],
    };
    expect(() => microBatchState([b])).toThrow(
      'invalid micro-batch 0: stateSize undefined (must be a number; use runMicroBatch output)',
    );
  });
});

describe('batchState', () => {
  const row = (count: number): Row => ({
    key: 'a',
    window: { start: 0, end: 10 },
    value: 1,
    count,
  });
  const run = (startedAt: number, emittedAt: number, rows: Row[]): BatchRun => ({
    period: { start: 0, end: 10 },
    startedAt,
    emittedAt,
    rows,
    missed: [],
  });

  it('batchState(runs) holds every row the job read from its start until it emits', () => {
    expect(batchState([run(100, 130, [row(3), row(4)]), run(200, 210, [row(5)])])).toEqual([
      { at: 100, value: 7 },
      { at: 130, value: 0 },
      { at: 200, value: 5 },
      { at: 210, value: 0 },
    ]);
  });

  it('batchState adds up jobs that overlap', () => {
    expect(batchState([run(100, 300, [row(3)]), run(200, 250, [row(5)])])).toEqual([
      { at: 100, value: 3 },
      { at: 200, value: 8 },
      { at: 250, value: 3 },
      { at: 300, value: 0 },
    ]);
  });

  it('batchState shows a zero-duration job as a spike: two samples at the same time', () => {
    expect(batchState([run(100, 100, [row(3)])])).toEqual([
      { at: 100, value: 3 },
      { at: 100, value: 0 },
    ]);
  });
});

describe('peak', () => {
  it('peak(series) is the largest value, 0 for an empty series', () => {
    expect(
      peak([
        { at: 1, value: 3 },
        { at: 2, value: 9 },
        { at: 3, value: 0 },
      ]),
    ).toBe(9);
    expect(peak([])).toBe(0);
  });
});
