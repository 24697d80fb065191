// The numbers the "Pipeline crash" and "Backfill after a bug" presets quote, from the same engine
// calls the Failures and guarantees panel makes, with the panel's defaults (checkpoints every 30 s,
// the preset's bug-found time, retention forever, replay at 100×).
import { lab, guarantees, time, type Guarantee, type LabRun } from '../../engine';
import { formatClock } from '../../format/clock';
import { orders } from '../../views/results/format';
import { formatMoney } from '../../format/money';

/** The panel's default checkpoint interval. */
export const PRESET_CHECKPOINT_INTERVAL = 30_000;
/** The crash the "Pipeline crash" preset sets: 20 min 10 s into the orders. */
export const crashMoment = (run: LabRun) => run.settings.scenario.start + 20 * time.MINUTE + 10_000;

/** Each guarantee's final sink total minus the run without a crash, and the interval's size. */
export function crashFacts(run: LabRun) {
  const job = guarantees.buildJob(run.events, lab.streamConfigOf(run.settings));
  const diff = {} as Record<Guarantee, number>;
  let interval = 0;
  let checkpointAt = 0;
  for (const guarantee of ['at-most-once', 'at-least-once', 'exactly-once'] as const) {
    const r = guarantees.crashAndRecover(job, {
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
  return `The job went back to its checkpoint at ${formatClock(f.checkpointAt, 'always')}; ${orders(f.interval)} had been processed since. Exactly-once ends equal to the run without a crash. At-least-once counts those orders twice (+${formatMoney(f.diff['at-least-once'])}); committing offsets before processing loses them (${formatMoney(f.diff['at-most-once'])}).`;
}

/**
 * When the "Backfill after a bug" preset finds the bug: a minute after the nightly job over the
 * last day of orders has finished, so every nightly job over the week ran with the bug (the
 * issue's "found on day 7: Batch re-runs seven nightly jobs"). Found from the run, not hard-coded.
 */
export function bugFoundMoment(run: LabRun): number {
  const batch = lab.batchConfigOf(run.settings);
  let last = run.timeline.from;
  for (const e of run.events) if (e.eventTime > last) last = e.eventTime;
  const lastPeriod = Math.floor(last / batch.period) * batch.period;
  const done = lastPeriod + batch.period + batch.runDelay + (batch.duration ?? 0);
  return Math.ceil(done / time.MINUTE) * time.MINUTE + time.MINUTE;
}

/** The backfill plan the panel shows for the preset: its bug-found time, the panel's defaults. */
export function backfillFacts(run: LabRun) {
  const batch = lab.batchConfigOf(run.settings);
  const foundAt = bugFoundMoment(run);
  const plan = guarantees.planBackfill(run.events, {
    period: batch.period,
    foundAt,
    retention: Infinity,
    replaySpeed: 100,
    batchRunDelay: batch.runDelay,
    batchDuration: batch.duration ?? 0,
  });
  return { foundAt, plan };
}

/** The answer, in the panel's own words and figures (its table's "Right again at" and "Work"). */
export function backfillAnswer(run: LabRun): string {
  const { foundAt, plan } = backfillFacts(run);
  const at = (t: number) => formatClock(t, 'always');
  const jobs = plan.batch.reruns.length;
  return `Found at ${at(foundAt)}, after ${jobs} nightly jobs ran with the bug. Kappa: ${orders(plan.kappa.work)} replayed, right again at ${at(plan.kappa.rightAt)}. Batch re-runs the ${jobs} jobs: ${orders(plan.batch.work)} re-read, right again at ${at(plan.batch.rightAt)}. Lambda: ${orders(plan.lambda.work)} re-read, every night; right again at ${at(plan.lambda.rightAt)}. Now set Log retention to ${Math.round((3 * time.DAY) / time.HOUR)} h: what can Kappa not rebuild?`;
}
