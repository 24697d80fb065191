// Latency per lane = first emitted result including the order - its event time. Micro-batch rules
// follow the Spark programming guide ("Output Modes": update writes the rows changed by a trigger,
// append a window once the watermark passes its end; "Handling Late Data and Watermarking").
import { describe, expect, it } from 'vitest';
import type { MicroBatchConfig } from '../core/types';
import { HOUR, MINUTE, SECOND } from '../core/time';
import { runStream } from '../pipelines/stream';
import { runMicroBatch } from '../pipelines/microbatch';
import { rerunBatch, runBatch } from '../pipelines/batch';
import {
  batchLatencies,
  latencyStats,
  microBatchLatencies,
  requestCost,
  requestLatencies,
  streamLatencies,
} from './latency';
import { order as ev } from '../testing/orders';

const s = (x: number) => x * SECOND;
const plain = (xs: ArrayLike<number>) => Array.from(xs);

describe('latencyStats', () => {
  it('latencyStats([]) has count 0 and NaN everywhere else', () => {
    expect(latencyStats([])).toEqual({ count: 0, p50: NaN, p95: NaN, max: NaN, mean: NaN });
    expect(latencyStats([NaN, NaN])).toEqual({ count: 0, p50: NaN, p95: NaN, max: NaN, mean: NaN });
  });

  it('latencyStats ignores NaN (never emitted) and uses nearest-rank percentiles', () => {
    expect(latencyStats([NaN, 3, 1, 2, NaN])).toEqual({
      count: 3,
      p50: 2,
      p95: 3,
      max: 3,
      mean: 2,
    });
  });

  it('latencyStats(1..100) has p50 50 and p95 95: the value of rank ceil(p * n)', () => {
    const xs = Float64Array.from({ length: 100 }, (_, i) => 100 - i);
    const st = latencyStats(xs);
    expect([st.p50, st.p95, st.max, st.mean]).toEqual([50, 95, 100, 50.5]);
  });

  it('latencyStats(1..10) has p50 5 and p95 10 (rank ceil(9.5) = 10), always a value of the data', () => {
    const st = latencyStats([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect([st.p50, st.p95]).toEqual([5, 10]);
  });

  it('latencyStats of one value gives that value for every figure', () => {
    expect(latencyStats([7])).toEqual({ count: 1, p50: 7, p95: 7, max: 7, mean: 7 });
  });

  it('latencyStats does not reorder its input', () => {
    const xs = [3, 1, 2];
    latencyStats(xs);
    expect(xs).toEqual([3, 1, 2]);
  });
});

describe('streamLatencies', () => {
  // Tumbling 1 min, watermark = max event time - 1 after every event (interval 0).
  const config = {
    window: { kind: 'tumbling', size: MINUTE },
    watermark: { kind: 'bounded', maxOutOfOrderness: 0, interval: 0 },
  } as const;
  const events = [
    ev(0, 'a', s(1), s(1)),
    ev(1, 'a', s(30), s(31)),
    ev(2, 'b', s(61), s(61.5)), // watermark 60.999 s: [0, 60 s) fires at 61.5 s
    ev(3, 'a', s(2), s(62)), // too late for [0, 60 s): dropped
  ];

  it('streamLatencies = first pane including the event - eventTime; NaN when dropped or never fired', () => {
    const run = runStream(events, config);
    expect(plain(streamLatencies(events, run))).toEqual([s(60.5), s(31.5), NaN, NaN]);
  });

  it('streamLatencies indexes like the caller array even when it is not in arrival order', () => {
    const shuffled = [events[2]!, events[0]!, events[3]!, events[1]!];
    const run = runStream(shuffled, config);
    expect(plain(streamLatencies(shuffled, run))).toEqual([NaN, s(60.5), NaN, s(31.5)]);
  });

  it('streamLatencies rejects a run without firstEmittedAt or of other events', () => {
    const run = runStream(events, config);
    const { firstEmittedAt: _, ...bare } = run;
    expect(() => streamLatencies(events, bare)).toThrow(
      'invalid stream run: firstEmittedAt undefined (must be the Float64Array runStream returns)',
    );
    expect(() => streamLatencies(events.slice(1), run)).toThrow(
      'invalid stream run: firstEmittedAt has 4 entries (must have one per event: 3)',
    );
  });
});

describe('microBatchLatencies', () => {
  const events = [
    ev(0, 'a', s(10), s(10)), // batch at 60 s
    ev(1, 'a', s(50), s(70)), // batch at 120 s (watermark 10 s: accepted)
    ev(2, 'b', s(65), s(80)), // batch at 120 s
    ev(3, 'a', s(20), s(130)), // batch at 180 s, watermark 65 s: [0, 60 s) is too late
    ev(4, 'a', s(200), s(200)), // batch at 240 s; its window never closes
  ];
  const base = { triggerInterval: MINUTE, window: { kind: 'tumbling', size: MINUTE } } as const;
  const latencies = (cfg: MicroBatchConfig, input = events) =>
    plain(microBatchLatencies(input, runMicroBatch(input, cfg).batches, cfg));

  it('microBatchLatencies in update mode = emittedAt of the batch that read the event - eventTime', () => {
    const cfg = { ...base, watermarkDelay: 0, outputMode: 'update' } as const;
    expect(latencies(cfg)).toEqual([s(50), s(70), s(55), NaN, s(40)]);
  });

  it('microBatchLatencies in complete mode counts the late event too (complete mode filters nothing)', () => {
    const cfg = { ...base, watermarkDelay: 0, outputMode: 'complete' } as const;
    expect(latencies(cfg)).toEqual([s(50), s(70), s(55), s(160), s(40)]);
  });

  it('microBatchLatencies in append mode waits for the batch that evicts the window', () => {
    // [0, 60 s) is evicted by the batch at 180 s (watermark 65 s); [60, 120 s) by the no-data
    // batch at 300 s (watermark 200 s); [180, 240 s) never.
    const cfg = { ...base, watermarkDelay: 0, outputMode: 'append' } as const;
    expect(latencies(cfg)).toEqual([s(170), s(130), s(235), NaN, NaN]);
  });

  it('microBatchLatencies in append mode ignores a window that filtered the event, even when it is emitted in the same batch', () => {
    // Sliding 2 min / 1 min. z (70 s) is read at 240 s with watermark 125 s: [0, 120 s) is too
    // late for it and is evicted (with [-60 s, 60 s)), and emitted, by that very batch without z. z's other window
    // [60, 180 s) is emitted by the no-data batch at 420 s.
    const input = [
      ev(0, 'a', s(10), s(10)),
      ev(1, 'a', s(125), s(125)),
      ev(2, 'a', s(70), s(190)), // z
      ev(3, 'a', s(300), s(300)),
    ];
    const cfg = {
      triggerInterval: MINUTE,
      window: { kind: 'sliding', size: 2 * MINUTE, slide: MINUTE },
      watermarkDelay: 0,
      outputMode: 'append',
    } as const;
    const batches = runMicroBatch(input, cfg).batches;
    const at240 = batches.find((b) => b.end === s(240))!;
    expect(at240.rows.map((r) => [r.window.start, r.count])).toEqual([
      [-s(60), 1],
      [0, 1],
    ]);
    expect(plain(microBatchLatencies(input, batches, cfg))[2]).toBe(s(420) - s(70));
  });

  it('microBatchLatencies indexes like the caller array when it is not in arrival order', () => {
    const cfg = { ...base, watermarkDelay: 0, outputMode: 'update' } as const;
    const shuffled = [events[4]!, events[3]!, events[0]!, events[2]!, events[1]!];
    expect(latencies(cfg, shuffled)).toEqual([s(40), NaN, s(50), s(55), s(70)]);
  });

  it('microBatchLatencies adds batchDuration: rows leave when the batch ends', () => {
    const cfg = { ...base, watermarkDelay: 0, outputMode: 'update', batchDuration: s(5) } as const;
    expect(latencies(cfg)[0]).toBe(s(55));
  });

  it('microBatchLatencies rejects batches that read events it was not given', () => {
    const cfg = { ...base, watermarkDelay: 0, outputMode: 'update' } as const;
    const batches = runMicroBatch(events, cfg).batches;
    expect(() => microBatchLatencies(events.slice(1), batches, cfg)).toThrow(
      'invalid micro-batch 0 inputIds: event id 0 (not among the events given; pass the same events the pipeline ran on)',
    );
    expect(() =>
      microBatchLatencies(events, batches, { ...cfg, outputMode: 'all' as 'update' }),
    ).toThrow('invalid output mode: "all" (must be one of append, update, complete)');
  });
});

describe('batchLatencies', () => {
  const events = [
    ev(0, 'a', 10 * MINUTE, 10 * MINUTE),
    ev(1, 'a', 50 * MINUTE, 70 * MINUTE - 1), // read: arrives just before the 70-minute start
    ev(2, 'b', 55 * MINUTE, 70 * MINUTE), // missed: arrives exactly when the job starts
    ev(3, 'a', 61 * MINUTE, 62 * MINUTE),
  ];
  const config = { period: HOUR, runDelay: 10 * MINUTE, duration: 5 * MINUTE };

  it('batchLatencies = emittedAt of the run that read the event - eventTime; NaN when missed', () => {
    const { runs } = runBatch(events, config);
    expect(plain(batchLatencies(events, runs))).toEqual([
      65 * MINUTE,
      25 * MINUTE,
      NaN,
      74 * MINUTE,
    ]);
  });

  it('batchLatencies takes the earliest run that read the event when re-runs are given', () => {
    const { runs } = runBatch(events, config);
    const rerun = rerunBatch(events, config, runs[0]!.period, 2 * HOUR);
    expect(plain(batchLatencies(events, [rerun, ...runs]))).toEqual([
      65 * MINUTE,
      25 * MINUTE,
      2 * HOUR + 5 * MINUTE - 55 * MINUTE,
      74 * MINUTE,
    ]);
  });

  it('batchLatencies gives NaN to an event no run covers', () => {
    const { runs } = runBatch(events.slice(0, 3), config);
    expect(plain(batchLatencies(events, runs))[3]).toBeNaN();
  });
});

describe('requestLatencies and requestCost', () => {
  it('requestLatencies = arrivalTime - eventTime + the cost of the query', () => {
    const events = [ev(0, 'a', 1000, 1500), ev(1, 'a', 2000, 2000)];
    expect(plain(requestLatencies(events, 3))).toEqual([503, 3]);
  });

  it('requestCost is 2 ms fixed plus 0.5 µs per row scanned', () => {
    expect(requestCost(0)).toBe(2);
    expect(requestCost(1_000_000)).toBe(502);
    expect(requestCost(2000)).toBeGreaterThan(requestCost(1000));
  });

  it('requestCost and requestLatencies reject bad numbers with the rule', () => {
    expect(() => requestCost(-1)).toThrow('invalid rows scanned: -1 (must be >= 0)');
    expect(() => requestLatencies([], NaN)).toThrow(
      'invalid query cost: NaN (must be a finite number)',
    );
    expect(() => requestLatencies([ev(0, 'a', NaN, 1)], 1)).toThrow(
      'invalid event 0: eventTime NaN (must be a finite number)',
    );
  });
});
