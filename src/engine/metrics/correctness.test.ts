// shareRight: the chart's correctness channel. Defined by the stage issue as
// 1 - sum(|lane - truth|) / sum(truth) over every (product, window) cell of the final results.
import { describe, expect, it } from 'vitest';
import { runLab } from '../lab/run';
import type { Row } from '../core/types';
import { finalRows, shareRight } from './correctness';
import type { Emission } from './results';

const w1 = { start: 0, end: 10 };
const w2 = { start: 10, end: 20 };
const row = (key: string, window: Row['window'], value: number): Row => ({
  key,
  window,
  value,
  count: 1,
});

describe('shareRight(final, truth)', () => {
  it('is 1 when every cell matches the truth', () => {
    const truth = [row('a', w1, 100), row('b', w2, 50)];
    expect(shareRight(truth, truth)).toBe(1);
  });

  it('subtracts each wrong, missing and extra cell from the truth, over the truth', () => {
    const truth = [row('a', w1, 100), row('b', w1, 50)];
    // a: 20 short; b: missing (50); c: not in the truth at all (10).
    const lane = [row('a', w1, 80), row('c', w1, 10)];
    expect(shareRight(lane, truth)).toBeCloseTo(1 - 80 / 150, 12);
  });

  it('never goes below 0, however wrong the lane is', () => {
    expect(shareRight([row('a', w1, 10_000)], [row('a', w1, 100)])).toBe(0);
  });

  it('is 1 for an empty truth answered with nothing, 0 for an empty truth answered with revenue', () => {
    expect(shareRight([], [])).toBe(1);
    expect(shareRight([row('a', w1, 5)], [])).toBe(0);
  });
});

describe('finalRows(emissions)', () => {
  it('keeps the latest emission per key and window; a withdrawn row reports 0', () => {
    const em: Emission[] = [
      { key: 'a', window: w1, value: 10, count: 1, emittedAt: 1 },
      { key: 'a', window: w1, value: 30, count: 3, emittedAt: 5 },
      { key: 'b', window: w2, value: 7, count: 1, emittedAt: 2 },
      { key: 'b', window: w2, value: 0, count: 0, emittedAt: 9, withdrawn: true },
    ];
    expect(finalRows(em)).toEqual([
      { key: 'a', window: w1, value: 30, count: 3 },
      { key: 'b', window: w2, value: 0, count: 0 },
    ]);
  });
});

describe('runLab: each lane carries the share of the truth it has right at the end', () => {
  it('with no late orders, all four lanes are 100 % right', () => {
    const run = runLab({ scenario: { lateShare: 0 } });
    for (const lane of ['batch', 'microbatch', 'stream', 'request'] as const)
      expect(run.lanes[lane].correctness, lane).toBe(1);
  });

  it('with 60 % late orders, the stream and micro-batch drop some; batch and per-request stay right', () => {
    const run = runLab({ scenario: { lateShare: 0.6 } });
    expect(run.lanes.stream.correctness).toBeLessThan(1);
    expect(run.lanes.microbatch.correctness).toBeLessThan(1);
    expect(run.lanes.batch.correctness).toBe(1);
    expect(run.lanes.request.correctness).toBe(1);
    // The stream's loss is exactly the revenue of the orders it dropped (tumbling windows,
    // accumulating panes, every window fired at the end).
    const stream = run.stream.ok ? run.stream.value : null;
    const dropped = stream!.dropped.reduce((s, o) => s + o.amount, 0);
    const total = run.truth.reduce((s, r) => s + r.value, 0);
    expect(run.lanes.stream.correctness).toBeCloseTo(1 - dropped / total, 12);
  });
});
