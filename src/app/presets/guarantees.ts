// The numbers the "Pipeline crash" and "Backfill after a bug" presets quote, from the same engine
// calls the Failures and guarantees panel makes, with the panel's defaults (checkpoints every 30 s,
// the bug found once the orders are in, retention forever, replay at 100×).
import {
  DAY,
  HOUR,
  MINUTE,
  batchConfigOf,
  buildJob,
  crashAndRecover,
  planBackfill,
  streamConfigOf,
  type Guarantee,
  type LabRun,
} from '../../engine';
import { formatClock } from '../../geometry/time';
import { formatMoney } from '../../views/results/format';

/** The panel's default checkpoint interval. */
export const PRESET_CHECKPOINT_INTERVAL = 30_000;
/** The crash the "Pipeline crash" preset sets: 20 min 10 s into the orders. */
export const crashMoment = (run: LabRun) => run.settings.scenario.start + 20 * MINUTE + 10_000;

/** Each guarantee's final sink total minus the run without a crash, and the interval's size. */
export function crashFacts(run: LabRun) {
  const job = buildJob(run.events, streamConfigOf(run.settings));
  const diff = {} as Record<Guarantee, number>;
  let interval = 0;
  let checkpointAt = 0;
  for (const guarantee of ['at-most-once', 'at-least-once', 'exactly-once'] as const) {
    const r = crashAndRecover(job, {
      checkpointInterval: PRESET_CHECKPOINT_INTERVAL,
      crashAt: crashMoment(run),
      guarantee,
    });
    diff[guarantee] = r.difference;
    interval = r.interval.length;
    checkpointAt = r.checkpoint.at;
  }
  return { diff, interval, checkpointAt };
}

export function crashAnswer(run: LabRun): string {
  const f = crashFacts(run);
  return `The job went back to its checkpoint at ${formatClock(f.checkpointAt, 'always')}; ${f.interval} orders had been processed since. Exactly-once ends equal to the run without a crash. At-least-once counts those orders twice (+${formatMoney(f.diff['at-least-once'])}); at-most-once loses them (${formatMoney(f.diff['at-most-once'])}).`;
}

/** The backfill plan with the panel's defaults. */
export function backfillFacts(run: LabRun) {
  const batch = batchConfigOf(run.settings);
  const last = run.events.at(-1)?.arrivalTime ?? run.timeline.from;
  const foundAt = Math.ceil((last + 1) / MINUTE) * MINUTE;
  const plan = planBackfill(run.events, {
    period: batch.period,
    foundAt,
    retention: Infinity,
    replaySpeed: 100,
    batchRunDelay: batch.runDelay,
    batchDuration: batch.duration ?? 0,
  });
  return { foundAt, plan };
}

export function backfillAnswer(run: LabRun): string {
  const { foundAt, plan } = backfillFacts(run);
  const days = (foundAt - (run.events[0]?.arrivalTime ?? foundAt)) / DAY;
  return `Found after ${Math.round(days)} days. Kappa replayed ${plan.kappa.work.toLocaleString('en')} orders and switched at ${formatClock(plan.kappa.switchAt)}; Batch re-ran ${plan.batch.reruns.length} nightly jobs (${plan.batch.work.toLocaleString('en')} orders) by ${formatClock(plan.batch.rightAt)}; Lambda waits for its next night (${formatClock(plan.lambda.rightAt)}). Now set Log retention to ${Math.round((3 * DAY) / HOUR)} h: what can Kappa not rebuild?`;
}
