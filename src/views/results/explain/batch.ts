// The nightly (or hourly) job's side of a row: not run yet, running, what it read, which orders
// it missed because they arrived after it read its input, and the re-run that picks them up.
import { formatClock } from '../../../format/clock';
import { formatCount } from '../../../format/count';
import { orders } from '../format';
import { formatMoney } from '../../../format/money';
import { cellOrders } from '../tableIndex';
import { arrivals, emissionsAround, ids, matchLine, onTheWay, type Ctx } from './shared';

export function explainBatch(ctx: Ctx): string[] {
  const { run, row, at, pending } = ctx;
  if (!run.batch.ok) return [];
  const { runs, reruns } = run.batch.value;
  const job = runs.find(
    (r) => r.period.start <= row.window.start && row.window.start < r.period.end,
  );
  if (job === undefined) return ['No job covers this window.'];
  const rerun = reruns.find((r) => r.period.start === job.period.start);
  const when = (t: number) => formatClock(t);
  const lines: string[] = [];
  if (at < job.startedAt) {
    return [
      `Job has not run yet: it starts at ${when(job.startedAt)}, reads what has arrived by then, and writes results at ${when(job.emittedAt)}.`,
    ];
  }
  if (at < job.emittedAt) {
    return [`Job running since ${when(job.startedAt)}: results at ${when(job.emittedAt)}.`];
  }
  const { latest } = emissionsAround(run.lanes.batch.emissions, row, at);
  const cell = new Set(cellOrders(run, row.id).map((o) => o.id));
  const missed = job.missed.filter((o) => cell.has(o.id) && o.arrivalTime <= at);
  if (latest !== null) {
    const source = rerun !== undefined && latest.emittedAt === rerun.emittedAt ? rerun : job;
    lines.push(
      `The ${source === job ? 'job' : 're-run'} at ${when(source.startedAt)} read ${orders(latest.count)} (${formatMoney(latest.value)}).`,
    );
  } else {
    lines.push(`The job at ${when(job.startedAt)} read none of this window's orders.`);
  }
  if (missed.length > 0) {
    lines.push(
      `${orders(missed.length)} missed (${ids(missed)}: arrived ${arrivals(missed)}, after the job read its input at ${when(job.startedAt)}).`,
    );
    if (rerun !== undefined) {
      const picked = missed.filter((o) => o.arrivalTime < rerun.startedAt);
      const them =
        picked.length === missed.length
          ? picked.length === 1
            ? 'it'
            : 'them'
          : `${formatCount(picked.length)} of them`;
      if (picked.length > 0) {
        lines.push(
          at >= rerun.emittedAt
            ? `The re-run at ${when(rerun.startedAt)} picked ${them} up.`
            : `The re-run at ${when(rerun.startedAt)} picks ${them} up (results at ${when(rerun.emittedAt)}).`,
        );
      }
    }
  }
  const way = onTheWay(pending);
  if (way !== null) {
    lines.push(
      rerun !== undefined && at < rerun.startedAt
        ? `${way} The job has already read its input; the re-run at ${when(rerun.startedAt)} picks up those that arrive before it starts.`
        : `${way} The job has already read its input, so it misses them.`,
    );
  }
  if (latest !== null && latest.value === row.truth) lines.push(matchLine(ctx, latest.count));
  return lines;
}
