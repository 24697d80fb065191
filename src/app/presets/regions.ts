// "Why is my window empty?": the figures its answers quote, read from the run. Which windows a
// silent region held open and for how long (the latency it added), and whose orders each lane
// dropped: Flink's late side output, Spark's too-late rows. Kept apart from the texts so the
// tests check the same numbers the class reads.
import { time, metrics, type LabRun, type WindowRef } from '../../engine';

const MINUTE = time.MINUTE;

export interface RegionFacts {
  /** The region the scenario's first outage takes offline (1-based), or null. */
  region: number | null;
  /** Windows that waited more than a minute for one region alone. */
  windowsHeld: number;
  /** The longest such wait (ms): the latency the silent region added; 0 if none. */
  longestHold: number;
  /** Orders of the offline region the stream dropped as late, and of every region. */
  streamDroppedRegion: number;
  streamDropped: number;
  /** Orders of the offline region the micro-batch (Spark) dropped as too late. */
  sparkDroppedRegion: number;
}

/** The facts of `run` (the region is its first outage's). */
export function regionFacts(run: LabRun): RegionFacts {
  const region = run.settings.scenario.outages[0]?.region ?? null;
  const fromRegion = (e: { partition?: number }) =>
    region !== null && (e.partition ?? 0) === region - 1;
  const holds = run.stream.ok
    ? metrics.windowHolds(run.stream.value).filter((h) => h.held > MINUTE)
    : [];
  const dropped = run.stream.ok ? run.stream.value.dropped : [];
  const spark = run.microBatch.ok ? run.microBatch.value.flatMap((b) => b.dropped) : [];
  return {
    region,
    windowsHeld: new Set(holds.map((h) => h.window.end)).size,
    longestHold: holds.reduce((m, h) => Math.max(m, h.held), 0),
    streamDroppedRegion: dropped.filter(fromRegion).length,
    streamDropped: dropped.length,
    sparkDroppedRegion: spark.filter(fromRegion).length,
  };
}

/** The stream's windows held open at `at`, waiting for one region alone. */
export function windowsHeldAt(run: LabRun, at: number): WindowRef[] {
  if (!run.stream.ok) return [];
  const s = run.stream.value;
  return metrics
    .windowHolds(s)
    .filter((h) => metrics.holdAt(s, h.window, at) !== null)
    .map((h) => h.window);
}

/** Two minutes before the first outage ends: the silent region is still holding windows. */
export function lateInOutage(run: LabRun): number {
  const o = run.settings.scenario.outages[0];
  if (!o) return run.timeline.to;
  return Math.min(run.timeline.to, o.start + o.duration - 2 * MINUTE);
}
