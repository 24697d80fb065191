// State held over processing time, per lane, as `{ at, value }` step series for the lab's state
// chart. Stream and micro-batch hold one entry per live (key, window): bounded by open windows.
// A batch job holds its whole period's input while it runs: bounded by the data, not the windows.
import type { BatchRun, MicroBatch, StreamRun } from '../core/types';
import { EngineInputError } from '../core/validate';
import { requireArray } from './lookup';

/** A step series: from `at` on, the state holds `value` (until the next sample). */
export interface StatePoint {
  at: number;
  value: number;
}

/** The stream's live (key, window) states after each change (runStream's `stateSize`), copied. */
export function streamState(run: StreamRun): StatePoint[] {
  const series = run?.stateSize;
  if (series === undefined || !Array.isArray(series as unknown)) {
    throw new EngineInputError(
      `invalid stream run: stateSize ${String(series)} (must be the series runStream returns)`,
    );
  }
  return series.map((p) => ({ at: p.at, value: p.value }));
}

/**
 * The micro-batch state store: each batch's `stateSize` ((key, window) entries kept after it ran,
 * evicted windows gone) from its emittedAt on.
 */
export function microBatchState(batches: readonly MicroBatch[]): StatePoint[] {
  requireArray(batches, 'micro-batches');
  return batches.map((b, i) => {
    if (typeof b.stateSize !== 'number') {
      throw new EngineInputError(
        `invalid micro-batch ${i}: stateSize ${String(b.stateSize)} (must be a number; use runMicroBatch output)`,
      );
    }
    return { at: b.emittedAt, value: b.stateSize };
  });
}

/**
 * The batch jobs' working set: from startedAt to emittedAt a run holds every input row it read
 * (the sum of its rows' counts). Overlapping runs add up. A run with zero duration shows as a
 * spike: two samples at the same time (the value, then back down).
 */
export function batchState(runs: readonly BatchRun[]): StatePoint[] {
  requireArray(runs, 'batch runs');
  const changes: { at: number; delta: number; order: number }[] = [];
  for (const r of runs) {
    let read = 0;
    for (const row of r.rows) read += row.count;
    // At one time, loads come before releases, so a zero-duration run still shows its spike.
    changes.push({ at: r.startedAt, delta: read, order: 0 });
    changes.push({ at: r.emittedAt, delta: -read, order: 1 });
  }
  changes.sort((a, b) => a.at - b.at || a.order - b.order);
  const out: StatePoint[] = [];
  let value = 0;
  for (let i = 0; i < changes.length; i++) {
    const c = changes[i]!;
    value += c.delta;
    const next = changes[i + 1];
    // One sample per (time, phase): several runs starting together make one step.
    if (next !== undefined && next.at === c.at && next.order === c.order) continue;
    out.push({ at: c.at, value });
  }
  return out;
}

/** The largest value of a series; 0 for an empty one (no state held). */
export function peak(series: readonly StatePoint[]): number {
  let max = 0;
  for (const p of series) if (p.value > max) max = p.value;
  return max;
}
