// runStream's bounded watermark over source partitions, pinned rule by rule (engine-api.md,
// "Sources and partitions"), each against the Flink source that defines it:
// - github.com/apache/flink flink-core/.../api/common/eventtime/CombinedWatermarkStatus.java
//   (updateCombinedWatermark: the minimum over partial watermarks that are not idle, emitted only
//   when it rises; PartialWatermark starts at Long.MIN_VALUE)
// - .../eventtime/WatermarkOutputMultiplexer.java and WatermarkOutputMultiplexerTest.java
//   (deferred per-split updates combined at onPeriodicEmit)
// - .../eventtime/WatermarksWithIdleness.java (IdlenessTimer: idle after strictly more than the
//   timeout without activity; activity makes the output active again)
// - flink-streaming-java/.../runtime/watermarkstatus/StatusWatermarkValve.java (the operator-side
//   valve, for contrast: it keeps a returning channel out of the minimum until it catches up)
import { describe, expect, it } from 'vitest';
import type { OrderEvent, Pane, StreamConfig, StreamRun } from '../core/types';
import { EngineInputError } from '../core/validate';
import { runStream } from './stream';

/** An order of partition `partition`: amount 1, key "k" unless given. */
const E = (
  id: number,
  eventTime: number,
  arrivalTime: number,
  partition: number,
  key = 'k',
): OrderEvent => ({ id, key, amount: 1, eventTime, arrivalTime, partition });

const line = (p: Pane): string =>
  `${p.timing} ${p.key}[${p.window.start},${p.window.end}) ${p.value}/${p.count} @${p.emittedAt} wm${p.watermark}`;

const tumbling1000 = { kind: 'tumbling', size: 1000 } as const;

/** Bounded watermark with bound 0 (watermark = max event time - 1), tumbling 1 s windows, no flush. */
const config = (watermark: Partial<Extract<StreamConfig['watermark'], { kind: 'bounded' }>>) =>
  ({
    window: tumbling1000,
    watermark: { kind: 'bounded', maxOutOfOrderness: 0, interval: 100, ...watermark },
  }) satisfies StreamConfig;

const samplesOf = (run: StreamRun, partition: number) =>
  (run.partitionWatermarks ?? [])
    .filter((s) => s.partition === partition)
    .map((s) => `${s.at}:${s.value}${s.idle ? ' idle' : ''}`);

describe('runStream(events, bounded over partitions): per-partition watermarks combined by the minimum (CombinedWatermarkStatus)', () => {
  it('takes the minimum over the partitions (WatermarkOutputMultiplexerTest.multipleDeferredWatermark: 2 and 5 give 2)', () => {
    const run = runStream([E(1, 3, 0, 0), E(2, 6, 0, 1)], config({}));
    expect(run.watermarks).toEqual([{ at: 100, value: 2 }]);
    expect(samplesOf(run, 0)).toEqual(['100:2']);
    expect(samplesOf(run, 1)).toEqual(['100:5']);
  });

  it('combines at the periodic emission, not at each order (deferredOutputDoesNotImmediatelyAdvanceWatermark)', () => {
    const run = runStream([E(1, 3, 10, 0), E(2, 6, 20, 1), E(3, 9, 120, 0)], config({}));
    expect(run.watermarks).toEqual([
      { at: 100, value: 2 },
      { at: 200, value: 5 },
    ]);
  });

  it('with interval 0 combines after every order', () => {
    const run = runStream(
      [E(1, 3, 10, 0), E(2, 6, 20, 1), E(3, 9, 30, 0)],
      config({ interval: 0 }),
    );
    // After order 1 partition 1 has sent nothing: its watermark is -Infinity (Long.MIN_VALUE).
    expect(run.watermarks).toEqual([
      { at: 20, value: 2 },
      { at: 30, value: 5 },
    ]);
  });

  it('holds every window while a partition has sent nothing: a partition that never sends still counts', () => {
    const events = [E(1, 100, 0, 0), E(2, 5000, 10, 0)];
    const held = runStream(events, config({ partitions: 2 }));
    expect(held.watermarks).toEqual([]);
    expect(held.panes).toEqual([]);
    expect(held.open?.map((r) => r.window.start).sort((a, b) => a - b)).toEqual([0, 5000]);
    expect(samplesOf(held, 1)).toEqual(['100:-Infinity']);
    // The same orders with the default partition count (1 + the largest partition seen): one.
    const one = runStream(events, config({}));
    expect(one.panes.map(line)).toEqual(['on-time k[0,1000) 1/1 @100 wm4999']);
  });

  it('defaults partitions to 1 + the largest partition in the input', () => {
    // Orders only in partition 2: partitions 0 and 1 exist and hold the watermark.
    const run = runStream([E(1, 100, 0, 2), E(2, 5000, 10, 2)], config({}));
    expect(run.watermarks).toEqual([]);
    expect(new Set(run.partitionWatermarks?.map((s) => s.partition))).toEqual(new Set([0, 1, 2]));
  });

  it('reads an order without a partition field as partition 0', () => {
    const noField: OrderEvent = { id: 1, key: 'k', amount: 1, eventTime: 3, arrivalTime: 0 };
    const run = runStream([noField, E(2, 6, 0, 1)], config({}));
    expect(samplesOf(run, 0)).toEqual(['100:2']);
  });

  it('never lowers the job watermark (combinedWatermarkDoesNotRegressWhenIdleOutputRegresses)', () => {
    // Partition 1 goes idle at 400, the job takes partition 0's 4999; partition 1 comes back with
    // an old order: the job's watermark stays at 4999, however low partition 1 is.
    const events = [E(1, 1000, 0, 1), E(2, 5000, 50, 0), E(3, 5000, 350, 0), E(4, 200, 450, 1)];
    const run = runStream(events, config({ idleTimeout: 300 }));
    expect(run.watermarks).toEqual([
      { at: 100, value: 999 },
      { at: 400, value: 4999 },
    ]);
    const values = run.watermarks.map((w) => w.value);
    expect(values).toEqual([...values].sort((a, b) => a - b));
  });
});

describe('runStream(events, bounded with idleTimeout) (WatermarksWithIdleness, IdlenessTimer)', () => {
  // Partition 0 sends at 0 only; partition 1 at 0 and 350. Idle timeout 300, emissions every 100.
  const events = [E(1, 3, 0, 0), E(2, 6, 0, 1), E(3, 6, 350, 1)];

  it('marks a partition idle at the first emission more than idleTimeout after its last order (at 400, not at 300)', () => {
    const run = runStream(events, config({ idleTimeout: 300 }));
    // 300 - 0 = 300 is not more than 300 (checkIfIdle: `> maxIdleTimeNanos`); 400 - 0 is.
    expect(samplesOf(run, 0)).toEqual(['100:2', '400:2 idle']);
  });

  it('takes the idle partition out of the minimum (whenImmediateOutputBecomesIdleWatermarkAdvances: 2 idle, 5 left)', () => {
    const run = runStream(events, config({ idleTimeout: 300 }));
    expect(run.watermarks).toEqual([
      { at: 100, value: 2 },
      { at: 400, value: 5 },
    ]);
  });

  it('emits at multiples of the interval without input, and after the last input until every partition is idle', () => {
    const run = runStream(events, config({ idleTimeout: 300 }));
    // The emissions at 400 (partition 0 idle) and 700 (partition 1 idle) see no new order; after
    // 700 every partition is idle and nothing more happens. Samples record changes only.
    expect(samplesOf(run, 0)).toEqual(['100:2', '400:2 idle']);
    expect(samplesOf(run, 1)).toEqual(['100:5', '700:5 idle']);
    expect(Math.max(...run.partitionWatermarks!.map((s) => s.at))).toBe(700);
  });

  it('without idleTimeout a silent partition holds the watermark for good', () => {
    const run = runStream(events, config({}));
    expect(run.watermarks).toEqual([{ at: 100, value: 2 }]);
    expect(run.partitionWatermarks?.some((s) => s.idle)).toBe(false);
  });

  it("counts a partition that has sent nothing from the input's first order", () => {
    const only0 = [E(1, 1000, 40, 0), E(2, 3000, 250, 0), E(3, 5000, 450, 0)];
    const run = runStream(only0, config({ partitions: 2, idleTimeout: 300 }));
    // Partition 1 is idle once 40 + 300 has passed: at the emission at 400.
    expect(samplesOf(run, 1)).toEqual(['100:-Infinity', '400:-Infinity idle']);
    expect(run.watermarks).toEqual([
      { at: 400, value: 2999 },
      { at: 500, value: 4999 },
    ]);
  });

  it('makes a returning partition count at once, holding the job watermark until it catches up', () => {
    // Partition 0 sends every 100 ms (event time = 10 × arrival); partition 1 sends at 60, falls
    // idle at 400, returns at 1050 with an old order (event time 2000) and catches up at 1350.
    const p0 = Array.from({ length: 16 }, (_, i) => E(i, 10 * (50 + 100 * i), 50 + 100 * i, 0));
    const p1 = [E(100, 100, 60, 1), E(101, 2000, 1050, 1), E(102, 20_000, 1350, 1)];
    const run = runStream([...p0, ...p1], config({ idleTimeout: 300 }));
    const at = (t: number) => run.watermarks.find((w) => w.at === t)?.value;
    expect(at(400)).toBe(3499); // partition 1 idle: partition 0 alone
    expect(at(1000)).toBe(9499);
    // Back at 1050 with watermark 1999: the job holds at 9499 (CombinedWatermarkStatus counts it
    // at once; Flink's StatusWatermarkValve would have left it out until it caught up, and moved on).
    expect([at(1100), at(1200), at(1300)]).toEqual([undefined, undefined, undefined]);
    expect(at(1400)).toBe(13_499);
    expect(samplesOf(run, 1)).toEqual([
      '100:99',
      '400:99 idle',
      '1050:99', // active again from the arrival of its order
      '1100:1999',
      '1400:19999',
      '1700:19999 idle',
    ]);
    // Its old order is late: window [2000, 3000) closed at 400. It goes to the side output.
    expect(run.dropped.map((e) => e.id)).toEqual([101]);
  });

  it('holds the job watermark while every partition is idle (Flink up to 2.1; FLINK-38454 later takes the largest)', () => {
    const run = runStream(
      [E(1, 5000, 0, 0), E(2, 1000, 0, 1), E(3, 1000, 200, 1)],
      config({ idleTimeout: 300 }),
    );
    // Partition 0 (4999) idle at 400, partition 1 (999) at 600: all idle, the job stays at 999.
    expect(run.watermarks).toEqual([{ at: 100, value: 999 }]);
    expect(run.open?.map((r) => r.window.start).sort((a, b) => a - b)).toEqual([1000, 5000]);
  });

  it('with flushAtEnd still jumps to +Infinity at the last arrival (a bounded source ending)', () => {
    const run = runStream(events, { ...config({ idleTimeout: 300 }), flushAtEnd: true });
    expect(run.watermarks.at(-1)).toEqual({ at: 350, value: Infinity });
  });
});

describe('runStream partitions validation (engine-api.md: EngineInputError cases)', () => {
  const bad = (events: OrderEvent[], watermark: object) => () =>
    runStream(events, {
      window: tumbling1000,
      watermark: { kind: 'bounded', maxOutOfOrderness: 0, ...watermark },
    });

  it('rejects partitions smaller than 1 + the largest partition in the input', () => {
    expect(bad([E(1, 0, 0, 3)], { partitions: 3 })).toThrow(EngineInputError);
    expect(bad([E(1, 0, 0, 3)], { partitions: 3 })).toThrow(
      'invalid watermark partitions: 3 (the input has orders in partition 3, so at least 4)',
    );
    expect(bad([E(1, 0, 0, 3)], { partitions: 4 })).not.toThrow();
  });

  it('rejects a partition count that is not a whole number >= 1', () => {
    expect(bad([], { partitions: 0 })).toThrow(
      'invalid watermark partitions: 0 (must be an integer >= 1)',
    );
    expect(bad([], { partitions: 1.5 })).toThrow('invalid watermark partitions: 1.5');
  });

  it('rejects an order whose partition is not a whole number >= 0', () => {
    for (const p of [-1, 0.5, NaN, '1' as unknown as number])
      expect(bad([E(1, 0, 0, 0), E(2, 0, 0, p)], {})).toThrow(
        `invalid event 1: partition ${typeof p === 'string' ? '"1"' : String(p)} (must be a whole number >= 0)`,
      );
  });

  it('rejects idleTimeout <= 0 and idleTimeout with interval 0', () => {
    expect(bad([], { idleTimeout: 0 })).toThrow('invalid idle timeout: 0 (must be > 0)');
    expect(bad([], { idleTimeout: -5 })).toThrow('invalid idle timeout: -5 (must be > 0)');
    expect(bad([], { idleTimeout: 100, interval: 0 })).toThrow(
      'invalid idle timeout: 100 with watermark interval 0 (idleness is checked at periodic emissions: give an interval > 0)',
    );
  });
});
