// The Kafka Streams flavour of the stream lane: a windowed aggregation with a grace period, whose
// rows come out once per record (the DSL's default) or, with suppress(untilWindowCloses), once per
// window when it closes. Kafka Streams has no watermark but stream time, the largest timestamp the
// task has seen, moved by each record; it maps exactly onto runStream's mechanisms (see below), so
// both flavours share one engine and one set of outputs.
import type { OrderEvent, StreamConfig, StreamRun, WindowSpec } from '../core/types';
import { EngineInputError, nonNegative } from '../core/validate';
import { normalizeWindow } from '../windows/assign';
import { runStreamAsOneStream } from './stream';

export interface KafkaStreamsConfig {
  /** Tumbling or hopping (the lab's sliding) time windows, aligned to the epoch. */
  window: WindowSpec;
  /** TimeWindows.ofSizeAndGrace: how long after a window's end it still takes records (ms). */
  grace: number;
  /** suppress(Suppressed.untilWindowCloses(...)): one final row per window instead of updates. */
  suppress: boolean;
}

/**
 * The equivalent runStream config. A record is dropped when its window's end <= stream time -
 * grace (KStreamWindowAggregate: `windowEnd > windowCloseTime` keeps it), and suppress emits a
 * window when its end <= stream time - grace (KTableSuppressProcessorSupplier: `bufferTime <=
 * expiryTime`). With a watermark of stream time - grace - 1 emitted after every record, Flink's
 * rules say the same: on time at watermark >= end - 1, late (dropped, allowedLateness 0) at
 * end - 1 <= watermark. Per-record rows are an early pane after every element.
 */
export function kafkaStreamsStreamConfig(config: KafkaStreamsConfig): StreamConfig {
  const window = normalizeWindow(config.window);
  if (window.kind === 'session' || window.kind === 'global') {
    throw new EngineInputError(
      `invalid window kind for Kafka Streams: "${window.kind}" (the lab models Kafka Streams' time windows, tumbling and hopping; its session windows end at their last record, not last + gap)`,
    );
  }
  if ((window.offset ?? 0) !== 0) {
    throw new EngineInputError(
      `invalid window offset for Kafka Streams: ${window.offset} (Kafka Streams' time windows are aligned to the epoch and take no offset)`,
    );
  }
  const grace = nonNegative(config.grace, 'grace');
  if (typeof config.suppress !== 'boolean') {
    throw new EngineInputError(
      `invalid suppress: ${JSON.stringify(config.suppress)} (must be true or false)`,
    );
  }
  const stream: StreamConfig = {
    window,
    watermark: { kind: 'bounded', maxOutOfOrderness: grace, interval: 0 },
    allowedLateness: 0,
    accumulation: 'accumulating',
    // Kafka Streams has no end of input: a suppressed window whose close stream time never
    // reached is never emitted (until newer records come).
    flushAtEnd: false,
  };
  if (!config.suppress) stream.trigger = { early: { count: 1 } };
  return stream;
}

/**
 * Runs `events` as a Kafka Streams windowed aggregation (one task, so one stream time over every
 * partition: it never waits for a silent region). The result is a StreamRun: per-record updates
 * are its 'early' panes, suppress's final rows its 'on-time' panes; records for closed windows
 * are in `dropped`; `watermarks` hold stream time - grace - 1 (see `kafkaStreamTime`). Without
 * suppress, no row marks a window's close (Kafka's raw output has none), so on-time panes that
 * only repeat the last update are left out.
 */
export function runKafkaStreams(
  events: readonly OrderEvent[],
  config: KafkaStreamsConfig,
): StreamRun {
  const run = runStreamAsOneStream(events, kafkaStreamsStreamConfig(config));
  if (config.suppress) return run;
  return { ...run, panes: run.panes.filter((p) => p.timing !== 'on-time') };
}

/** Kafka Streams' stream time behind a watermark of the Kafka Streams flavour. */
export function kafkaStreamTime(watermark: number, grace: number): number {
  return watermark + grace + 1;
}
