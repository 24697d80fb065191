// The backfill side by side: Batch (re-run the nightly jobs), Lambda (the next nightly recompute)
// and Kappa (replay the log into a new version, then switch), at the playhead: what each serves,
// when it is right again and how much it re-read; plus the plain warning when retention falls short.
import { guarantees, type BackfillRun, type LambdaPeriod, type OrderEvent } from '../../engine';
import { formatClock, formatSpan } from '../../format/clock';
import { formatDuration } from '../../format/duration';
import { formatCount } from '../../format/count';
import { orders } from '../results/format';
import { formatMoney } from '../../format/money';

const lambdaTimeline = guarantees.lambdaTimeline;
const planBackfill = guarantees.planBackfill;

/** The replay reads 100 times faster than the orders arrived. */
export const REPLAY_SPEED = 100;

export interface BackfillSettings {
  period: number;
  foundAt: number;
  retention: number;
  batchRunDelay: number;
  batchDuration: number;
}

export interface ArchitectureRow {
  id: 'batch' | 'lambda' | 'kappa';
  title: string;
  how: string;
  /** What it serves for the history at the playhead. */
  serves: string;
  state: 'buggy' | 'right' | 'short';
  rightAt: string;
  work: string;
}

export interface BackfillModel {
  run: BackfillRun;
  rows: ArchitectureRow[];
  /** Plain words when the log no longer holds what the replay needs; null when it does. */
  warning: string | null;
  /** How far the buggy totals are off, in words. */
  bugText: string;
}

const sum = (rows: readonly { value: number }[]) => rows.reduce((s, r) => s + r.value, 0);

/** The backfill plan: the heavy part, independent of the playhead (memoise it on its inputs). */
export function planOf(events: readonly OrderEvent[], s: BackfillSettings): BackfillRun {
  return planBackfill(events, { ...s, replaySpeed: REPLAY_SPEED });
}

/** The three architectures' backfills, at processing time `at`. */
export function backfillModel(
  events: readonly OrderEvent[] | BackfillRun,
  s: BackfillSettings,
  at: number,
): BackfillModel {
  const run = Array.isArray(events) ? planOf(events, s) : (events as BackfillRun);
  const truth = sum(run.truth);
  const buggy = sum(run.buggy);
  const short = run.kappa.uncovered?.revenue ?? 0;
  const found = at >= s.foundAt;
  const servesBuggy = `buggy: ${formatMoney(buggy)} (${formatMoney(buggy - truth)} too much)`;
  const servesRight = `fixed: ${formatMoney(truth)}`;
  const when = (t: number) => (t === Infinity ? 'never, from this log' : formatClock(t, 'always'));
  const phase = (rightAt: number): Pick<ArchitectureRow, 'serves' | 'state'> =>
    at >= rightAt
      ? { serves: servesRight, state: 'right' }
      : { serves: servesBuggy, state: 'buggy' };
  const kappaServes = (): Pick<ArchitectureRow, 'serves' | 'state'> => {
    if (at < run.kappa.switchAt) return { serves: servesBuggy, state: 'buggy' };
    if (run.kappa.uncovered === null) return { serves: servesRight, state: 'right' };
    return {
      serves: `rebuilt: ${formatMoney(truth - short)} (${formatMoney(short)} short: orders the log no longer held)`,
      state: 'short',
    };
  };
  const rows: ArchitectureRow[] = [
    {
      id: 'batch',
      title: 'Batch',
      how:
        run.batch.reruns.length === 0
          ? 'No nightly job has run with the bug yet: tonight’s run uses the fixed code, nothing to re-run.'
          : `Re-run the ${formatCount(run.batch.reruns.length)} nightly ${run.batch.reruns.length === 1 ? 'job' : 'jobs'} that ran with the bug, one after another.`,
      ...phase(run.batch.rightAt),
      rightAt: when(run.batch.rightAt),
      work: `${orders(run.batch.work)} re-read`,
    },
    {
      id: 'lambda',
      title: 'Lambda',
      how: `Fix the batch layer; its next nightly run (${formatClock(run.lambda.recomputeAt)}) recomputes all history.`,
      ...phase(run.lambda.rightAt),
      rightAt: when(run.lambda.rightAt),
      work: `${orders(run.lambda.work)} re-read, every night`,
    },
    {
      id: 'kappa',
      title: 'Kappa',
      how: `Replay the log from offset ${formatCount(run.kappa.replayFrom)} into a fixed version at ${REPLAY_SPEED}× while the old one serves; switch at ${formatClock(run.kappa.switchAt, 'always')}.`,
      ...kappaServes(),
      rightAt: when(run.kappa.rightAt),
      work: `${orders(run.kappa.work)} replayed`,
    },
  ];
  const u = run.kappa.uncovered;
  const needed = s.foundAt - run.kappa.needFrom;
  const warning =
    u === null
      ? null
      : `The log keeps only ${formatDuration(s.retention)} of orders, but the replay must start at offset 0, ${formatDuration(needed)} before the fix. Orders that arrived ${formatSpan(u.from, u.to, 'always')} (${orders(u.orders)}, ${formatMoney(u.revenue)}) are gone: Kappa cannot rebuild them, and its totals stay ${formatMoney(u.revenue)} short. Keep at least ${formatDuration(needed)} of retention.`;
  const bugText = found
    ? `The bug counted the tax twice: the history served ${formatMoney(buggy)} where the truth is ${formatMoney(truth)}.`
    : `The bug is found at ${formatClock(s.foundAt, 'always')}; until then everyone serves the buggy totals.`;
  return { run, rows, warning, bugText };
}

/** Lambda with the fix in one codebase only: per period, both layers and whether they disagree. */
export function lambdaModel(
  events: readonly OrderEvent[],
  s: BackfillSettings,
  patchSpeed: boolean,
  at: number,
): LambdaPeriod[] {
  return lambdaOf(events, s, patchSpeed)(at);
}

/** lambdaModel for a moving playhead: index once, then answer each moment cheaply. */
export function lambdaOf(
  events: readonly OrderEvent[],
  s: BackfillSettings,
  patchSpeed: boolean,
): (at: number) => LambdaPeriod[] {
  return lambdaTimeline(events, {
    period: s.period,
    batchRunDelay: s.batchRunDelay,
    batchDuration: s.batchDuration,
    batchFormula: 'correct',
    speedFormula: patchSpeed ? 'correct' : 'tax-twice',
  });
}
