// The micro-batch job keeps Spark's ONE global watermark over every partition (engine-api.md,
// "Sources and partitions"): EventTimeWatermarkExec adds each row's event time, from every task of
// the batch, to one EventTimeStatsAccum, and the next batch's watermark is its max minus the delay
// (github.com/apache/spark sql/core/.../execution/streaming/EventTimeWatermarkExec.scala; the
// multipleWatermarkPolicy of the programming guide only combines several input streams). So a
// region that comes back after an outage finds its windows gone, where the stream job, without
// idleness, waited for it.
import { describe, expect, it } from 'vitest';
import type { OrderEvent } from '../core/types';
import { runMicroBatch } from './microbatch';
import { runStream } from './stream';

const E = (id: number, eventTime: number, arrivalTime: number, partition: number): OrderEvent => ({
  id,
  key: 'k',
  amount: 1,
  eventTime,
  arrivalTime,
  partition,
});

// Region 1 (partition 0) sends on time every 5 ms; region 2 (partition 1) sends at 8, then is
// offline over [10, 30): its orders of 12 and 14 arrive together at 30, when it comes back, and
// it sends on time again at 35.
const region1 = Array.from({ length: 10 }, (_, i) => E(i, 5 * i, 5 * i, 0));
const region2 = [E(100, 8, 8, 1), E(101, 12, 30, 1), E(102, 14, 30, 1), E(103, 35, 35, 1)];
const events = [...region1, ...region2].sort(
  (a, b) => a.arrivalTime - b.arrivalTime || a.id - b.id,
);
const window = { kind: 'tumbling', size: 10 } as const;

describe('runMicroBatch over partitions: one global watermark (Spark EventTimeWatermarkExec)', () => {
  it("drops the returning region's orders: the other region moved the watermark past their window", () => {
    const { batches } = runMicroBatch(events, {
      triggerInterval: 10,
      window,
      watermarkDelay: 0,
      outputMode: 'update',
    });
    // Batches at 10, 20, 30 read region 1's orders up to 25: the watermark is 25 when the batch at
    // 40 reads the orders of 12 and 14, and their window [10, 20) ended at 20 <= 25.
    const at40 = batches.find((b) => b.end === 40)!;
    expect(at40.watermark).toBe(25);
    expect(at40.dropped.map((e) => e.id)).toEqual([101, 102]);
  });

  it('while the stream job without idleness holds the window for them and counts them on time', () => {
    const run = runStream(events, {
      window,
      watermark: { kind: 'bounded', maxOutOfOrderness: 0, interval: 0 },
    });
    expect(run.dropped).toEqual([]);
    const pane = run.panes.find((p) => p.window.start === 10 && p.timing === 'on-time')!;
    expect(pane.count).toBe(4); // region 1's 10 and 15, region 2's 12 and 14
    // Only once region 2 is back and has caught up: its watermark is 7 until 30, 13 until 35.
    expect(pane.emittedAt).toBe(35);
  });
});
