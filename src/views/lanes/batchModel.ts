// The batch lane's picture, derived once per run: each scheduled job as a band from its start to
// its output, what it read, its rows per window, and the orders that arrived after it read its
// input (missed) until a re-run of the period picked them up.
import { memoPer } from '../memo';
import type { LabRun, LossTimes } from '../../engine';
import type { BatchRun } from '../../engine';
import { time, metrics } from '../../engine';
import { countOf } from '../../format/count';
import { lossTimesOf } from '../lost';
import { formatClock } from '../../format/clock';

/** The clock within its day: the lane's break marks already say which day. */
const clock = (t: number) => formatClock(((t % DAY) + DAY) % DAY);
import { floatsOf, windowKey, type Badge } from './model';

const lostBy = metrics.lostBy;
const DAY = time.DAY;

export interface JobBand {
  run: BatchRun;
  rerun: boolean;
  /** Orders the job read. */
  read: number;
  label: string;
}

export interface BatchModel {
  jobs: JobBand[];
  badges: (Badge & { rerun: boolean })[];
  badgeTimes: Float64Array;
  /** Per missed order id: when a re-run picked it up (Infinity: never). */
  pickedUpAt: Map<number, number>;
  /** When each lane loses its orders: counts "missed so far" as every panel does (lostBy). */
  losses: LossTimes;
  firstStart: number;
}

function jobLabel(
  run: BatchRun,
  rerun: boolean,
  read: number,
  schedule: string,
  days: boolean,
): string {
  const what = rerun ? 're-run' : `${schedule} job`;
  // With a job a night for a week, which night it is matters: "+3d 01:00–01:20".
  const from = days ? formatClock(run.startedAt) : clock(run.startedAt);
  return `${what} ${from}–${clock(run.emittedAt)} reads ${countOf(read, 'order')}`;
}

/**
 * The batch lane's model of `run` (null when it cannot run these settings), once per lane outcome
 * (and truth).
 */
export function batchModel(run: LabRun): BatchModel | null {
  return batchModelPerRun(run);
}

const batchModelPerRun = memoPer(
  (run: LabRun) => run.batch,
  buildBatchModel,
  (run) => [run.truth, run.events],
);

// The model itself; `batchModel` caches it on run.batch (a big run's lanes prepare it ahead).
function buildBatchModel(run: LabRun): BatchModel | null {
  if (!run.batch.ok) return null;
  const { runs, reruns } = run.batch.value;
  const schedule = run.settings.batch.schedule;
  const read = (r: BatchRun) => r.rows.reduce((n, row) => n + row.count, 0);
  const jobs: JobBand[] = [
    ...runs.map((r) => ({ run: r, rerun: false, read: read(r), label: '' })),
    ...reruns.map((r) => ({ run: r, rerun: true, read: read(r), label: '' })),
  ]
    .map((j) => ({ ...j, label: jobLabel(j.run, j.rerun, j.read, schedule, runs.length > 1) }))
    .sort((a, b) => a.run.startedAt - b.run.startedAt);

  const badges = jobs
    .flatMap((j) => {
      const perWindow = new Map<string, Badge & { rerun: boolean }>();
      for (const row of j.run.rows) {
        const id = windowKey(row.window);
        const b = perWindow.get(id);
        if (b) {
          b.value += row.value;
          b.count += row.count;
        } else {
          perWindow.set(id, {
            window: row.window,
            emittedAt: j.run.emittedAt,
            value: row.value,
            count: row.count,
            rerun: j.rerun,
          });
        }
      }
      return [...perWindow.values()];
    })
    .sort((a, b) => a.emittedAt - b.emittedAt || a.window.start - b.window.start);

  const pickedUpAt = new Map<number, number>();
  for (const r of runs) {
    const rerun = reruns.find((x) => x.period.start === r.period.start);
    const stillMissed = new Set(rerun?.missed.map((e) => e.id) ?? []);
    for (const e of r.missed) {
      pickedUpAt.set(e.id, rerun && !stillMissed.has(e.id) ? rerun.emittedAt : Infinity);
    }
  }
  return {
    jobs,
    badges,
    badgeTimes: floatsOf(badges, (b) => b.emittedAt),
    pickedUpAt,
    losses: lossTimesOf(run),
    firstStart: jobs[0]?.run.startedAt ?? Infinity,
  };
}

/** Missed orders by the playhead: still missing, and picked up by a re-run. */
export function missedCounts(m: BatchModel, playhead: number): { missing: number; picked: number } {
  const lost = lostBy(m.losses, playhead);
  return { missing: lost.batchMissed - lost.batchRecovered, picked: lost.batchRecovered };
}

/** The job's phase at the playhead, for the header. */
export function batchStatus(m: BatchModel, playhead: number, stored: number): string {
  const done = m.jobs.filter((j) => j.run.emittedAt <= playhead);
  const running = m.jobs.find((j) => j.run.startedAt <= playhead && j.run.emittedAt > playhead);
  const next = m.jobs.find((j) => j.run.startedAt > playhead);
  const base = `stored: ${countOf(stored, 'order')}`;
  if (running) return `${base} · job running since ${formatClock(running.run.startedAt)}`;
  if (done.length > 0) {
    const last = done[done.length - 1]!;
    return `${base} · ${last.rerun ? 're-run' : 'job'} wrote ${countOf(last.run.rows.length, 'row')}`;
  }
  return next ? `${base} · waiting for the job at ${formatClock(next.run.startedAt)}` : base;
}
