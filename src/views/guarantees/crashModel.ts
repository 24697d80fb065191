// The crash under each delivery guarantee next to the run without a crash and the truth, in
// numbers and in words: which checkpoint is restored, which orders fall in between, and what each
// guarantee does with them.
import {
  guarantees,
  type CrashRun,
  type Guarantee,
  type GuaranteeJob,
  type Row,
} from '../../engine';
import { formatClock } from '../../format/clock';
import { formatCount } from '../../format/count';
import { formatMoney } from '../../format/money';
import { formatIds, orders } from '../results/format';
import { GUARANTEE_LABELS, GUARANTEE_RULES } from './labels';

const GUARANTEES = guarantees.GUARANTEES;
const crashAndRecover = guarantees.crashAndRecover;

const sum = (rows: readonly Row[]) => rows.reduce((s, r) => s + r.value, 0);

export interface ModeRow {
  guarantee: Guarantee;
  label: string;
  shape: string;
  rule: string;
  beforeCrash: number;
  final: number;
  /** Final minus the run without a crash. */
  diff: number;
  explanation: string;
}

export interface CrashModel {
  runs: CrashRun[];
  rows: ModeRow[];
  noCrash: number;
  truth: number;
  /** Why the run without a crash differs from the truth (late orders dropped), or that it matches. */
  truthNote: string;
  /** The checkpoint restored and the interval, in words. */
  story: string;
}

/** The crash under all three guarantees, for the totals table. */
export function crashModel(job: GuaranteeJob, interval: number, crashAt: number): CrashModel {
  const runs = GUARANTEES.map((guarantee) =>
    crashAndRecover(job, { checkpointInterval: interval, crashAt, guarantee }),
  );
  const first = runs[0]!;
  const noCrash = sum(first.noCrash);
  const truth = sum(first.truth);
  const ids = first.interval.map((r) => r.order.id);
  const revenue = first.interval.reduce((s, r) => s + r.revenue, 0);
  const what =
    ids.length === 0
      ? 'no orders'
      : `${orders(ids.length)} (${formatIds(ids)}, ${formatMoney(revenue)})`;
  const cp = first.checkpoint;
  const from =
    cp.id === 0
      ? 'the job’s start (no checkpoint had completed)'
      : `checkpoint ${cp.id} at ${formatClock(cp.at, 'always')} (offset ${formatCount(cp.offset)})`;
  const story = `Crash at ${formatClock(crashAt, 'always')}. The job restores ${from}. Between it and the crash (offsets ${formatCount(cp.offset)} to ${formatCount(first.crashOffset - 1 < cp.offset ? cp.offset : first.crashOffset - 1)}) it had processed ${what}.`;
  const were = ids.length === 1 ? 'was' : 'were';
  const rows = runs.map((run): ModeRow => {
    const diff = sum(run.totals) - noCrash;
    const explanation =
      diff === 0
        ? ids.length === 0
          ? 'Nothing was processed since the checkpoint, so nothing is lost or repeated.'
          : `The replay wrote ${what} once: equal to the run without a crash.`
        : diff > 0
          ? `${what} ${were} written before the crash and again by the replay: counted twice.`
          : `${what} ${were} read, the writes lost, and never read again: lost.`;
    return {
      guarantee: run.guarantee,
      label: GUARANTEE_LABELS[run.guarantee],
      shape: GUARANTEE_RULES[run.guarantee].shape,
      rule: GUARANTEE_RULES[run.guarantee].rule,
      beforeCrash: run.beforeCrash,
      final: sum(run.totals),
      diff,
      explanation: capitalise(explanation),
    };
  });
  const late = job.records.filter((r) => !r.accepted).length;
  const truthNote =
    noCrash === truth
      ? 'Without a crash the job matches the truth.'
      : `Without a crash the job is ${formatMoney(truth - noCrash)} short of the truth: its watermark dropped ${orders(late)} as too late.`;
  return { runs, rows, noCrash, truth, truthNote, story };
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
