// Micro-batch semantics, pinned to Spark Structured Streaming: the programming guide's
// "Handling Late Data and Watermarking" example, and the rules in Spark's source
// (StateStoreSaveExec, WatermarkSupport, IncrementalExecution, MicroBatchExecution,
// ProcessingTimeExecutor) with exact boundaries.
import { describe, expect, it } from 'vitest';
import type { MicroBatch, MicroBatchConfig, OrderEvent } from '../core/types';
import { MINUTE } from '../core/time';
import { runMicroBatch } from './microbatch';
import { order } from '../testing/orders';

// These tests count words: an order is worth 1 unless said otherwise.
const ev = (id: number, key: string, eventTime: number, arrivalTime: number, amount = 1) =>
  order(id, key, eventTime, arrivalTime, amount);

/** Clock time on the guide's figures: 12:07 -> hh 12, mm 7, in simulated ms. */
const at = (hh: number, mm: number) => (hh * 60 + mm) * MINUTE;
const hm = (t: number) => {
  const m = Math.round(t / MINUTE);
  return `${Math.floor(m / 60)}:${String(m % 60).padStart(2, '0')}`;
};
/** A row as the guide's result tables print it: "12:05-12:15 dog 3". */
const table = (b: MicroBatch | undefined) =>
  (b?.rows ?? []).map((r) => `${hm(r.window.start)}-${hm(r.window.end)} ${r.key} ${r.count}`);

// The words of the guide's watermark figures (structured-streaming-watermark-update-mode.png and
// -append-mode.png), each (event time, word) with count = amount = 1. The figures place every
// word between two 5-minute triggers; only that interval matters, so arrival times here are any
// minute inside it. (12:21, owl) is drawn before the 12:20 trigger, so it arrives at 12:19 (the
// lab allows arrival before event time: the sender's clock runs ahead).
const words: OrderEvent[] = [
  ev(1, 'dog', at(12, 7), at(12, 7)), // 12:05-12:10
  ev(2, 'owl', at(12, 8), at(12, 8)),
  ev(3, 'cat', at(12, 9), at(12, 13)), // 12:10-12:15: out of order, late
  ev(4, 'dog', at(12, 14), at(12, 14)),
  ev(5, 'cat', at(12, 15), at(12, 16)), // 12:15-12:20
  ev(6, 'dog', at(12, 8), at(12, 17)),
  ev(7, 'owl', at(12, 13), at(12, 18)),
  ev(8, 'owl', at(12, 21), at(12, 19)),
  ev(9, 'owl', at(12, 17), at(12, 22)), // 12:20-12:25
  ev(10, 'donkey', at(12, 4), at(12, 23)),
];
// words.withWatermark("timestamp", "10 minutes").groupBy(window($"timestamp", "10 minutes",
// "5 minutes"), $"word").count(), triggered every 5 minutes.
const guide = {
  triggerInterval: 5 * MINUTE,
  window: { kind: 'sliding', size: 10 * MINUTE, slide: 5 * MINUTE },
  watermarkDelay: 10 * MINUTE,
} as const;

describe('runMicroBatch reproduces the Spark guide, "Handling Late Data and Watermarking"', () => {
  const update = runMicroBatch(words, { ...guide, outputMode: 'update' }).batches;

  it('runs at the triggers 12:10, 12:15, 12:20, 12:25 (12:05 had no data, so Spark runs no batch)', () => {
    expect(update.map((b) => [hm(b.start), hm(b.end), b.id])).toEqual([
      ['12:05', '12:10', 0],
      ['12:10', '12:15', 1],
      ['12:15', '12:20', 2],
      ['12:20', '12:25', 3],
    ]);
  });

  it('uses the watermark of the batch before: 0, 12:08-10m, 12:14-10m = 12:04, 12:21-10m = 12:11', () => {
    // Guide: "when the engine observes the data (12:14, dog), it sets the watermark for the next
    // trigger as 12:04"; after (12:21, owl) it is 12:11. The 12:25 batch's own max (12:17) - 10m
    // = 12:07 < 12:11, so the watermark stays and no no-data batch follows.
    expect(update.map((b) => b.watermark)).toEqual([0, at(11, 58), at(12, 4), at(12, 11)]);
  });

  it('update mode writes the changed rows with their full counts after each trigger (the purple rows)', () => {
    expect(table(update[0])).toEqual([
      '12:00-12:10 dog 1',
      '12:00-12:10 owl 1',
      '12:05-12:15 dog 1',
      '12:05-12:15 owl 1',
    ]);
    // (12:09, cat) is late but ahead of the watermark, so it updates 12:00-12:10 and 12:05-12:15.
    expect(table(update[1])).toEqual([
      '12:00-12:10 cat 1',
      '12:05-12:15 cat 1',
      '12:05-12:15 dog 2',
      '12:10-12:20 dog 1',
    ]);
    // Watermark 12:04: (12:08, dog) and (12:13, owl) still count.
    expect(table(update[2])).toEqual([
      '12:00-12:10 dog 2',
      '12:05-12:15 dog 3',
      '12:05-12:15 owl 2',
      '12:10-12:20 cat 1',
      '12:10-12:20 owl 1',
      '12:15-12:25 cat 1',
      '12:15-12:25 owl 1',
      '12:20-12:30 owl 1',
    ]);
    // Watermark 12:11: "(12:04, donkey) is considered too late and therefore ignored".
    expect(table(update[3])).toEqual(['12:10-12:20 owl 2', '12:15-12:25 owl 2']);
  });

  it('drops (12:04, donkey): both its windows (11:55-12:05, 12:00-12:10) end <= the watermark 12:11', () => {
    expect(update.map((b) => b.dropped.map((e) => e.key))).toEqual([[], [], [], ['donkey']]);
  });

  it('evicts window 12:00-12:10 once the watermark 12:11 passes its end, and reports the state size', () => {
    // 2 windows x {dog, owl}; + cat in both and 12:10-12:20 dog; 5 windows; less 12:00-12:10's 3 keys.
    expect(update.map((b) => b.stateSize)).toEqual([4, 7, 12, 9]);
  });

  it('append mode writes only final counts: 12:00-12:10 appears once, when the watermark 12:11 is used', () => {
    // Guide: "the final counts of window 12:00 - 12:10 is appended to the Result Table only after
    // the watermark is updated to 12:11."
    const append = runMicroBatch(words, { ...guide, outputMode: 'append' }).batches;
    expect(append.map(table)).toEqual([
      [],
      [],
      [],
      ['12:00-12:10 cat 1', '12:00-12:10 dog 2', '12:00-12:10 owl 1'],
    ]);
    expect(append[3]?.dropped.map((e) => e.key)).toEqual(['donkey']);
  });

  it('complete mode keeps every window and drops nothing: it cannot use the watermark to drop state', () => {
    // Guide, "Conditions for watermarking to clean aggregation state": complete mode "requires
    // all aggregate data to be preserved". StateStoreSaveExec's Complete branch neither filters
    // late rows nor evicts, so (12:04, donkey) is counted.
    const complete = runMicroBatch(words, { ...guide, outputMode: 'complete' }).batches;
    expect(complete.every((b) => b.dropped.length === 0)).toBe(true);
    expect(table(complete[3])).toEqual([
      '11:55-12:05 donkey 1',
      '12:00-12:10 cat 1',
      '12:00-12:10 dog 2',
      '12:00-12:10 donkey 1',
      '12:00-12:10 owl 1',
      '12:05-12:15 cat 1',
      '12:05-12:15 dog 3',
      '12:05-12:15 owl 2',
      '12:10-12:20 cat 1',
      '12:10-12:20 dog 1',
      '12:10-12:20 owl 2',
      '12:15-12:25 cat 1',
      '12:15-12:25 owl 2',
      '12:20-12:30 owl 1',
    ]);
    expect(complete[3]?.stateSize).toBe(14);
  });

  it("with lateRowFilter 'previous' (Spark >= 3.4) the donkey counts: late rows are filtered by 12:04", () => {
    // SPARK-40925: IncrementalExecution passes the previous batch's watermark as
    // eventTimeWatermarkForLateEvents and the current one as eventTimeWatermarkForEviction.
    // 11:55-12:05 and 12:00-12:10 end after 12:04, so the donkey joins them; both are then
    // evicted by 12:11 in the same batch.
    const previous = runMicroBatch(words, {
      ...guide,
      outputMode: 'append',
      lateRowFilter: 'previous',
    }).batches;
    expect(previous[3]?.watermark).toBe(at(12, 11));
    expect(previous[3]?.lateWatermark).toBe(at(12, 4));
    expect(previous[3]?.dropped).toEqual([]);
    expect(table(previous[3])).toEqual([
      '11:55-12:05 donkey 1',
      '12:00-12:10 cat 1',
      '12:00-12:10 dog 2',
      '12:00-12:10 donkey 1',
      '12:00-12:10 owl 1',
    ]);
  });
});

const tumbling10 = { kind: 'tumbling', size: 10 } as const;
const base: MicroBatchConfig = {
  triggerInterval: 10,
  window: tumbling10,
  watermarkDelay: 0,
  outputMode: 'update',
};

describe('runMicroBatch boundaries', () => {
  it('uses a watermark that lags one batch: a row late by the new max is still counted in the same batch', () => {
    const { batches } = runMicroBatch(
      [ev(1, 'a', 50, 1), ev(2, 'a', 5, 2), ev(3, 'a', 5, 11)],
      base,
    );
    expect(batches[0]?.watermark).toBe(0);
    expect(batches[0]?.rows.map((r) => [r.window.start, r.count])).toEqual([
      [0, 1],
      [50, 1],
    ]);
    expect(batches[1]?.watermark).toBe(50);
    expect(batches[1]?.dropped.map((e) => e.id)).toEqual([3]);
  });

  it('counts a window whose end equals the watermark as too late (window.end <= watermark)', () => {
    // WatermarkSupport.watermarkExpression: LessThanOrEqual(window.end, watermark).
    const { batches } = runMicroBatch([ev(1, 'a', 20, 1), ev(2, 'a', 9, 11), ev(3, 'a', 10, 12)], {
      ...base,
      watermarkDelay: 10,
    });
    expect(batches[1]?.watermark).toBe(10);
    expect(batches[1]?.dropped.map((e) => e.id)).toEqual([2]); // [0, 10): end 10 <= 10
    // (10) opens [10, 20): end 20 > 10. (20) sits in [20, 30), which this batch did not change.
    expect(batches[1]?.rows).toEqual([
      { key: 'a', window: { start: 10, end: 20 }, value: 1, count: 1 },
    ]);
  });

  it('reads arrivals in [t - interval, t): an event arriving exactly at a trigger goes to the next batch', () => {
    const { batches } = runMicroBatch([ev(1, 'a', 1, 9.5), ev(2, 'a', 1, 10)], base);
    expect(batches.map((b) => [b.start, b.end, b.inputIds])).toEqual([
      [0, 10, [1]],
      [10, 20, [2]],
    ]);
  });

  it('runs a no-data batch when the watermark moved, then skips idle triggers until the next data', () => {
    // MicroBatchExecution.constructNextBatch with spark.sql.streaming.noDataMicroBatches.enabled:
    // StateStoreSaveExec.shouldRunAnotherBatch = new watermark > the eviction watermark used.
    const input = [ev(1, 'a', 5, 1), ev(2, 'a', 25, 2), ev(3, 'a', 26, 55)];
    const { batches } = runMicroBatch(input, { ...base, outputMode: 'append' });
    expect(batches.map((b) => [b.id, b.start, b.end, b.watermark, b.inputIds])).toEqual([
      [0, 0, 10, 0, [1, 2]],
      [1, 10, 20, 25, []], // no data; watermark 0 -> 25 evicts [0, 10)
      [2, 50, 60, 25, [3]], // triggers 30, 40, 50 found nothing and ran nothing
      [3, 60, 70, 26, []], // after the last input: one more no-data batch, as the watermark moved
    ]);
    expect(batches[1]?.rows).toEqual([
      { key: 'a', window: { start: 0, end: 10 }, value: 1, count: 1 },
    ]);
    expect(batches[3]?.rows).toEqual([]); // [20, 30) is still open: end 30 > 26
    expect(batches.map((b) => b.stateSize)).toEqual([2, 1, 1, 1]);
  });

  it('runs no no-data batch in complete mode (shouldRunAnotherBatch is only for append and update)', () => {
    const input = [ev(1, 'a', 5, 1), ev(2, 'a', 25, 2)];
    const { batches } = runMicroBatch(input, { ...base, outputMode: 'complete' });
    expect(batches.map((b) => b.end)).toEqual([10]);
  });

  it("differs between lateRowFilter 'current' and 'previous' on a row late only by the newest watermark", () => {
    // Batch 1 sets the watermark to 40; batch 2 reads (35): [30, 40) ends at 40.
    // 'current': 40 <= 40, dropped. 'previous' (Spark >= 3.4): filtered by batch 1's watermark 30,
    // so it joins [30, 40), which is then evicted by 40 and appended with both rows.
    const input = [ev(1, 'a', 30, 1), ev(2, 'a', 40, 11), ev(3, 'a', 35, 21)];
    const current = runMicroBatch(input, { ...base, outputMode: 'append' }).batches;
    const previous = runMicroBatch(input, {
      ...base,
      outputMode: 'append',
      lateRowFilter: 'previous',
    }).batches;
    expect(current[2]?.dropped.map((e) => e.id)).toEqual([3]);
    expect(current[2]?.rows).toEqual([
      { key: 'a', window: { start: 30, end: 40 }, value: 1, count: 1 },
    ]);
    expect(previous[2]?.dropped).toEqual([]);
    expect(previous[2]?.rows).toEqual([
      { key: 'a', window: { start: 30, end: 40 }, value: 2, count: 2 },
    ]);
    expect(previous.map((b) => [b.lateWatermark, b.watermark])).toEqual([
      [0, 0],
      [0, 30],
      [30, 40],
    ]);
    expect(current.map((b) => b.lateWatermark)).toEqual(current.map((b) => b.watermark));
  });

  it('does not drop a row that is late for one sliding window but not the other; it counts in the open one', () => {
    const { batches } = runMicroBatch([ev(1, 'a', 35, 1), ev(2, 'a', 22, 11)], {
      ...base,
      window: { kind: 'sliding', size: 20, slide: 10 },
    });
    expect(batches[1]?.watermark).toBe(35);
    expect(batches[1]?.dropped).toEqual([]);
    expect(batches[1]?.rows).toEqual([
      { key: 'a', window: { start: 20, end: 40 }, value: 2, count: 2 },
    ]);
  });

  it('emits at t + batchDuration', () => {
    const { batches } = runMicroBatch([ev(1, 'a', 1, 1)], { ...base, batchDuration: 3 });
    expect(batches[0]).toMatchObject({ start: 0, end: 10, emittedAt: 13 });
  });

  it('starts the next batch as soon as a batch that overran its interval completes (ProcessingTimeExecutor)', () => {
    // Spark: "If the previous micro-batch takes longer than the interval to complete, then the next
    // micro-batch will start as soon as the previous one completes".
    const input = [ev(1, 'a', 1, 1), ev(2, 'a', 1, 12), ev(3, 'a', 1, 27), ev(4, 'a', 1, 44)];
    const { batches } = runMicroBatch(input, { ...base, batchDuration: 15 });
    expect(batches.map((b) => [b.start, b.end, b.emittedAt, b.inputIds])).toEqual([
      [0, 10, 25, [1]],
      [10, 25, 40, [2]],
      [25, 40, 55, [3]],
      [40, 55, 70, [4]],
    ]);
  });

  it('starts the watermark at 0, so a window ending at or before 0 is already too late', () => {
    const { batches } = runMicroBatch([ev(1, 'a', -5, 1), ev(2, 'a', 0, 2)], base);
    expect(batches[0]?.dropped.map((e) => e.id)).toEqual([1]);
  });

  it('supports the global window in update mode: running totals per key, never evicted', () => {
    const { batches } = runMicroBatch([ev(1, 'a', 1, 1, 5), ev(2, 'a', 100, 11, 7)], {
      ...base,
      window: { kind: 'global' },
    });
    // The watermark still moves (to 100), so Spark still runs the no-data batch; it changes nothing.
    expect(batches.map((b) => b.rows)).toEqual([
      [{ key: 'a', window: { start: -Infinity, end: Infinity }, value: 5, count: 1 }],
      [{ key: 'a', window: { start: -Infinity, end: Infinity }, value: 12, count: 2 }],
      [],
    ]);
    expect(batches.map((b) => b.stateSize)).toEqual([1, 1, 1]);
  });

  it('reads unsorted input in arrival order (ties by lower id) without mutating it', () => {
    const input = [ev(3, 'b', 5, 3), ev(2, 'a', 5, 3), ev(1, 'a', 6, 1)];
    const before = structuredClone(input);
    const { batches } = runMicroBatch(input, base);
    expect(batches[0]?.inputIds).toEqual([1, 2, 3]);
    expect(input).toEqual(before);
    expect(batches[0]?.rows).toEqual([
      { key: 'a', window: { start: 0, end: 10 }, value: 2, count: 2 },
      { key: 'b', window: { start: 0, end: 10 }, value: 1, count: 1 },
    ]);
  });

  it('returns no batches for no events', () => {
    expect(runMicroBatch([], base)).toEqual({ batches: [] });
  });
});

describe('bad micro-batch config', () => {
  it.each([
    [{ triggerInterval: 0 }, 'invalid trigger interval: 0 (must be > 0)'],
    [{ triggerInterval: NaN }, 'invalid trigger interval: NaN (must be a finite number)'],
    [{ watermarkDelay: -1 }, 'invalid watermark delay: -1 (must be >= 0)'],
    [
      { outputMode: 'merge' },
      'invalid output mode: "merge" (must be one of append, update, complete)',
    ],
    [
      { lateRowFilter: 'next' },
      'invalid late row filter: "next" (must be one of current, previous)',
    ],
    [{ batchDuration: -3 }, 'invalid batch duration: -3 (must be >= 0)'],
    [{ window: { kind: 'tumbling', size: -1 } }, 'invalid window size: -1 (must be > 0)'],
    [
      { window: { kind: 'session', gap: 5 } },
      'micro-batch pipeline supports tumbling, sliding and global windows, not session',
    ],
    [
      { window: { kind: 'global' }, outputMode: 'append' },
      'invalid output mode: "append" with a global window',
    ],
  ])('runMicroBatch rejects %j', (patch, message) => {
    expect(() => runMicroBatch([ev(1, 'a', 1, 1)], { ...base, ...patch } as never)).toThrow(
      message,
    );
  });

  it('rejects a missing config and bad events', () => {
    expect(() => runMicroBatch([], undefined as never)).toThrow(
      'invalid micro-batch config: undefined (must be an object)',
    );
    expect(() => runMicroBatch([{ ...ev(1, 'a', 1, 1), arrivalTime: NaN }], base)).toThrow(
      'invalid event 0: arrivalTime NaN (must be a finite number)',
    );
  });
});
