// The pipelines' own configs, derived from the lab settings in one place, so the stream, micro-batch
// and batch lanes always aggregate the same windows and the exported code (later) matches them.
import type { BatchConfig, MicroBatchConfig, StreamConfig } from '../core/types';
import { DAY, HOUR } from '../core/time';
import type { KafkaStreamsConfig } from '../pipelines/kafkaStreams';
import type { LabSettings } from './settings';

/** Processing-time interval between bounded-watermark emissions (Flink's default autoWatermarkInterval). */
export const WATERMARK_INTERVAL = 200;

/**
 * The Flink / Beam stream job. With several regions it reads one partition per region (a silent
 * region still counts); with an idle timeout, Flink's withIdleness. Without either, exactly the
 * one-partition config of before.
 */
export function streamConfigOf(s: LabSettings): StreamConfig {
  const watermark: Extract<StreamConfig['watermark'], { kind: 'bounded' }> = {
    kind: 'bounded',
    maxOutOfOrderness: s.stream.watermarkBound,
    interval: WATERMARK_INTERVAL,
  };
  if (s.scenario.regions > 1) watermark.partitions = s.scenario.regions;
  if (s.stream.idleTimeout !== null) watermark.idleTimeout = s.stream.idleTimeout;
  const config: StreamConfig = {
    window: s.window,
    watermark,
    allowedLateness: s.stream.allowedLateness,
    accumulation: s.stream.accumulation,
    flushAtEnd: s.stream.flushAtEnd,
  };
  if (s.stream.earlyEvery > 0) config.trigger = { early: { every: s.stream.earlyEvery } };
  return config;
}

/** The Kafka Streams job of the stream lane's Kafka Streams flavour. */
export function kafkaStreamsConfigOf(s: LabSettings): KafkaStreamsConfig {
  return { window: s.window, grace: s.stream.grace, suppress: s.stream.suppress };
}

export function microBatchConfigOf(s: LabSettings): MicroBatchConfig {
  return {
    triggerInterval: s.microBatch.triggerInterval,
    window: s.window,
    watermarkDelay: s.microBatch.watermarkDelay,
    outputMode: s.microBatch.outputMode,
    lateRowFilter: s.microBatch.lateRowFilter,
  };
}

export function batchConfigOf(s: LabSettings): BatchConfig {
  return {
    period: s.batch.schedule === 'nightly' ? DAY : HOUR,
    runDelay: s.batch.runDelay,
    duration: s.batch.duration,
    window: s.window,
  };
}
