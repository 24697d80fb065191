// runKafkaStreams against Kafka's own scenarios and rules (github.com/apache/kafka):
// - streams/src/test/java/org/apache/kafka/streams/kstream/internals/SuppressScenarioTest.java:
//   shouldSupportFinalResultsForTimeWindows and ...WithLargeJump, replayed record for record (the
//   test driver processes records in the order they are piped: here, arrival = position);
// - streams/.../kstream/internals/KStreamWindowAggregate.java: stream time = max timestamp seen,
//   updated by the record first; a record is added to a window only if windowEnd > stream time -
//   grace (windowCloseTime), else skipped as expired;
// - streams/.../kstream/internals/suppress/KTableSuppressProcessorSupplier.java: untilWindowCloses
//   emits a window once its end <= stream time - grace (`buffer.minTimestamp() <= expiryTime`).
import { describe, expect, it } from 'vitest';
import type { OrderEvent, Pane } from '../core/types';
import { EngineInputError } from '../core/validate';
import { kafkaStreamTime, runKafkaStreams } from './kafkaStreams';

/** Records as SuppressScenarioTest pipes them: key k1, one after the other, these timestamps. */
const piped = (...timestamps: number[]): OrderEvent[] =>
  timestamps.map((t, i) => ({ id: i, key: 'k1', amount: 1, eventTime: t, arrivalTime: i }));

/** A row as the test's KeyValueTimestamp prints it: "[k1@start/end]" and the count. */
const row = (p: Pane) => `[${p.key}@${p.window.start}/${p.window.end}] ${p.count}`;

describe('runKafkaStreams on SuppressScenarioTest.shouldSupportFinalResultsForTimeWindows (size 2, grace 1)', () => {
  const events = piped(0, 1, 2, 1, 0, 5, 0);
  const window = { kind: 'tumbling', size: 2 } as const;

  it('without suppress emits an updated row for every record, as the raw output', () => {
    const run = runKafkaStreams(events, { window, grace: 1, suppress: false });
    expect(run.panes.map(row)).toEqual([
      '[k1@0/2] 1',
      '[k1@0/2] 2',
      '[k1@2/4] 1',
      '[k1@0/2] 3',
      '[k1@0/2] 4',
      '[k1@4/6] 1',
    ]);
    // "note this last record gets dropped because it is out of the grace period"
    expect(run.dropped.map((e) => e.id)).toEqual([6]);
  });

  it('with suppress(untilWindowCloses) emits one final row per closed window, as the suppressed output', () => {
    const run = runKafkaStreams(events, { window, grace: 1, suppress: true });
    expect(run.panes.map(row)).toEqual(['[k1@0/2] 4', '[k1@2/4] 1']);
    // Both at the record with timestamp 5, which moved stream time to 5 >= 2 + 1 and 4 + 1.
    expect(run.panes.map((p) => p.emittedAt)).toEqual([5, 5]);
    expect(run.dropped.map((e) => e.id)).toEqual([6]);
    // [4, 6) stays open: stream time never reached 6 + 1.
    expect(run.open?.map((r) => `${r.window.start}/${r.window.end} ${r.count}`)).toEqual(['4/6 1']);
  });
});

describe('runKafkaStreams on SuppressScenarioTest.shouldSupportFinalResultsForTimeWindowsWithLargeJump (size 2, grace 2)', () => {
  const events = piped(0, 1, 2, 0, 3, 0, 4, 0, 30);
  const window = { kind: 'tumbling', size: 2 } as const;

  it('emits the raw rows and drops the record after stream time 4 closed [0, 2)', () => {
    const run = runKafkaStreams(events, { window, grace: 2, suppress: false });
    expect(run.panes.map(row)).toEqual([
      '[k1@0/2] 1',
      '[k1@0/2] 2',
      '[k1@2/4] 1',
      '[k1@0/2] 3',
      '[k1@2/4] 2',
      '[k1@0/2] 4',
      '[k1@4/6] 1',
      '[k1@30/32] 1',
    ]);
    expect(run.dropped.map((e) => e.id)).toEqual([7]);
  });

  it('emits the suppressed rows [0/2] 4, [2/4] 2, [4/6] 1', () => {
    const run = runKafkaStreams(events, { window, grace: 2, suppress: true });
    expect(run.panes.map(row)).toEqual(['[k1@0/2] 4', '[k1@2/4] 2', '[k1@4/6] 1']);
    expect(run.panes.map((p) => p.emittedAt)).toEqual([6, 8, 8]);
  });
});

describe('runKafkaStreams window close boundary: stream time = window end + grace', () => {
  const window = { kind: 'tumbling', size: 2 } as const;

  it('keeps [0, 2) open at stream time end + grace - 1 = 2, and adds a record to it', () => {
    const run = runKafkaStreams(piped(0, 2, 1), { window, grace: 1, suppress: true });
    expect(run.dropped).toEqual([]);
    expect(run.panes).toEqual([]);
    expect(run.open?.find((r) => r.window.start === 0)?.count).toBe(2);
  });

  it('closes [0, 2) at stream time end + grace = 3: the final row comes, a later record for it is dropped', () => {
    const run = runKafkaStreams(piped(0, 3, 1), { window, grace: 1, suppress: true });
    expect(run.panes.map(row)).toEqual(['[k1@0/2] 1']);
    expect(run.panes[0]!.emittedAt).toBe(1);
    expect(run.dropped.map((e) => e.eventTime)).toEqual([1]);
    // The run's watermark is stream time - grace - 1: stream time 3 reads back from it.
    expect(kafkaStreamTime(run.panes[0]!.watermark, 1)).toBe(3);
  });

  it('with grace 0 closes a window as soon as stream time reaches its end (TimeWindows.ofSizeWithNoGrace)', () => {
    const run = runKafkaStreams(piped(1, 2, 1), { window, grace: 0, suppress: true });
    expect(run.panes.map(row)).toEqual(['[k1@0/2] 1']);
    expect(run.dropped.map((e) => e.id)).toEqual([2]);
  });
});

describe('runKafkaStreams over regions: one stream time, never waiting for a silent region', () => {
  it('drops a region’s orders that come back after stream time passed their window end + grace', () => {
    const events: OrderEvent[] = [
      { id: 0, key: 'k', amount: 1, eventTime: 0, arrivalTime: 0, partition: 0 },
      { id: 1, key: 'k', amount: 1, eventTime: 10, arrivalTime: 10, partition: 0 },
      { id: 2, key: 'k', amount: 1, eventTime: 20, arrivalTime: 20, partition: 0 },
      // Region 2 was offline: its order of 3 arrives at 25.
      { id: 3, key: 'k', amount: 1, eventTime: 3, arrivalTime: 25, partition: 1 },
    ];
    const run = runKafkaStreams(events, {
      window: { kind: 'tumbling', size: 10 },
      grace: 5,
      suppress: true,
    });
    expect(run.dropped.map((e) => e.id)).toEqual([3]);
    expect(run.panes.map((p) => `${p.window.start} ${p.count} @${p.emittedAt}`)).toEqual([
      '0 1 @20',
    ]);
  });
});

describe('runKafkaStreams hopping windows and validation', () => {
  it('updates every hopping window a record falls in (TimeWindows.advanceBy)', () => {
    const run = runKafkaStreams(piped(5), {
      window: { kind: 'sliding', size: 4, slide: 2 },
      grace: 0,
      suppress: false,
    });
    expect(run.panes.map(row).sort()).toEqual(['[k1@2/6] 1', '[k1@4/8] 1']);
  });

  it('rejects session windows, window offsets and a negative grace with clear messages', () => {
    const bad = (config: Parameters<typeof runKafkaStreams>[1]) => () =>
      runKafkaStreams([], config);
    expect(bad({ window: { kind: 'session', gap: 5 }, grace: 0, suppress: true })).toThrow(
      EngineInputError,
    );
    expect(bad({ window: { kind: 'session', gap: 5 }, grace: 0, suppress: true })).toThrow(
      'invalid window kind for Kafka Streams: "session"',
    );
    expect(
      bad({ window: { kind: 'tumbling', size: 5, offset: 1 }, grace: 0, suppress: true }),
    ).toThrow('invalid window offset for Kafka Streams: 1');
    expect(bad({ window: { kind: 'tumbling', size: 5 }, grace: -1, suppress: true })).toThrow(
      'invalid grace: -1 (must be >= 0)',
    );
  });
});
