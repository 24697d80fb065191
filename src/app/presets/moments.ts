// Moments of a run that lessons pause at, found from the run itself (not hard-coded clock
// times), so a preset's pause points stay right when its scenario or the engine changes.
import type { LabRun } from '../../engine';
import { time } from '../../engine';

const MINUTE = time.MINUTE;

/** When the last order reaches the pipelines. */
export function lastArrival(run: LabRun): number {
  let t = run.timeline.from;
  for (const e of run.events) if (e.arrivalTime > t) t = e.arrivalTime;
  return t;
}

/** Just after every order has arrived and the stream has had a minute to fire. */
export function afterOrders(run: LabRun): number {
  return Math.min(run.timeline.to, lastArrival(run) + MINUTE);
}

/** When the first batch job has written its results (or the end, if it cannot run). */
export function afterFirstBatch(run: LabRun): number {
  const first = run.batch.ok ? run.batch.value.runs[0] : undefined;
  return first ? Math.min(run.timeline.to, first.emittedAt) : run.timeline.to;
}

/** A minute after the scenario's first outage ends (or after the orders, without one). */
export function afterOutage(run: LabRun): number {
  const o = run.settings.scenario.outages[0];
  return o ? Math.min(run.timeline.to, o.start + o.duration + MINUTE) : afterOrders(run);
}
