// True streaming, the Flink / Beam model: per-key event-time windows fired by a watermark, with
// early and late triggers, allowed lateness, a late side output and three accumulation modes.
// The loop lives in ./stream/engine.ts; this module is the public entry and documents the rules.
import type { OrderEvent, StreamConfig, StreamRun } from '../core/types';
import { EngineInputError } from '../core/validate';
import { MAX_PARTITIONS, readStreamConfig } from './stream/config';
import { StreamEngine } from './stream/engine';
import { readEvents } from './stream/input';

/**
 * Runs `events` through a streaming windowed sum (engine-api.md, "True streaming").
 *
 * Input is read in arrival order, ties by lower id; unsorted input is sorted in a copy, never
 * mutated. At one processing time T: a periodic watermark emission due at T runs first, then
 * processing-time timers due at T, then the events arriving at T, then explicit marks at T.
 *
 * - Watermarks: `bounded` = max event time seen - maxOutOfOrderness - 1 (Flink
 *   BoundedOutOfOrdernessWatermarks), emitted at multiples of `interval` (default 200; 0 = after
 *   every event), each emission seeing the arrivals before it; `perfect` = (min event time not
 *   yet processed) - 1, +Infinity after the last event; `explicit` marks raise it to
 *   max(current, value). Only raises are recorded in `watermarks`.
 * - A window fires on time at watermark >= end - 1 (Flink EventTimeTrigger). It is late, and its
 *   state is cleared, at end - 1 + allowedLateness <= watermark (WindowOperator.isWindowLate,
 *   cleanupTime). Elements skipped by all their windows go to `dropped`. An element added after
 *   the on-time pane fires a late pane at once, or with `late: { every }` that long after the
 *   first late element; late elements still unsent at cleanup go out then.
 * - Early panes (`early: { every }` timer after a pane's first element, or `{ count }`) happen
 *   only before the on-time pane, which then always fires, even empty in discarding mode.
 * - Sessions merge overlapping or touching windows per key; a merged window the watermark
 *   already passed fires late at once. With allowedLateness 0 a session is purged at watermark
 *   end - 1, so an element at exactly `end` starts a new session, as in Flink. Retracting mode
 *   retracts each merged-away window that had emitted, right before the merged window's pane.
 * - `flushAtEnd`: after the last input (event or mark) the watermark jumps to +Infinity at that
 *   time. Without it, pending timers still fire and unpassed windows stay in `open`.
 * - Panes are ordered by emittedAt, then window end, key, and firing order (for fixed windows:
 *   end, start, key); a retraction comes right before the pane that replaces it.
 * - Extra outputs: `open` (never-closed windows with their sums), `stateSize` / `peakState`
 *   (live key/window states) and `firstEmittedAt` (per input index; NaN if never emitted).
 *
 * Throws EngineInputError for an invalid config or event.
 */
export function runStream(events: readonly OrderEvent[], config: StreamConfig): StreamRun {
  const settings = readStreamConfig(config);
  const { sorted, order, maxPartition } = readEvents(events);
  const partitions = settings.partitions ?? maxPartition + 1;
  if (partitions <= maxPartition) {
    throw new EngineInputError(
      `invalid watermark partitions: ${partitions} (the input has orders in partition ${maxPartition}, so at least ${maxPartition + 1})`,
    );
  }
  if (settings.watermark === 'bounded' && partitions > MAX_PARTITIONS) {
    throw new EngineInputError(
      `invalid event partition: ${maxPartition} (a job reads at most ${MAX_PARTITIONS} partitions, 0 to ${MAX_PARTITIONS - 1})`,
    );
  }
  return new StreamEngine(settings, sorted, order, partitions).run();
}

/**
 * runStream reading every order as one stream, whatever its partition: the watermark sees the
 * largest event time over all of them, as Kafka Streams' stream time does (./kafkaStreams.ts).
 * Not part of the engine's public surface.
 */
export function runStreamAsOneStream(
  events: readonly OrderEvent[],
  config: StreamConfig,
): StreamRun {
  const settings = readStreamConfig(config);
  const { sorted, order } = readEvents(events);
  return new StreamEngine({ ...settings, partitions: 1 }, sorted, order, 1).run();
}
