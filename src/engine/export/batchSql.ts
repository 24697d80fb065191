// The lab's batch lane as plain Spark SQL: one query per period (a day for the nightly job, an
// hour for the hourly one) over the orders table, filtered to what had landed when the job
// started, exactly the rows the lab's job reads.
import { batchConfigOf } from '../lab/configs';
import type { LabSettings } from '../lab/settings';
import { humanDuration } from './durations';
import { isoFromMs, sqlTimestampFromMs } from '../io/isoTime';
import { TOPIC } from '../io/schema';
import { sparkAggregation } from './sparkSql';

/** More periods than this are summarised in a comment rather than written out. */
export const MAX_BATCH_QUERIES = 7;

/** Event-time span of the data, `[from, to)`; the scenario's when the events are generated. */
export interface EventSpan {
  from: number;
  to: number;
}

export interface BatchQuery {
  periodStart: number;
  periodEnd: number;
  jobStart: number;
  sql: string;
}

/** One query per period that holds event time in `span`, in period order. */
export function batchQueries(settings: LabSettings, span?: EventSpan): BatchQuery[] {
  const cfg = batchConfigOf(settings);
  const from = span?.from ?? settings.scenario.start;
  const to = span?.to ?? settings.scenario.start + settings.scenario.duration;
  const first = Math.floor(from / cfg.period) * cfg.period;
  const queries: BatchQuery[] = [];
  for (let p = first; p < to; p += cfg.period) {
    const jobStart = p + cfg.period + cfg.runDelay;
    const where = [
      `event_time >= TIMESTAMP '${sqlTimestampFromMs(p)}'`,
      `event_time < TIMESTAMP '${sqlTimestampFromMs(p + cfg.period)}'`,
      `arrival_time < TIMESTAMP '${sqlTimestampFromMs(jobStart)}'`,
    ].join('\n  AND ');
    queries.push({
      periodStart: p,
      periodEnd: p + cfg.period,
      jobStart,
      sql: `${sparkAggregation(settings, TOPIC, where)}\nORDER BY window_start, \`key\`;`,
    });
  }
  return queries;
}

/** The whole batch script: a header, then each period's query with its schedule in a comment. */
export function batchSql(settings: LabSettings, span?: EventSpan): string {
  const b = settings.batch;
  const queries = batchQueries(settings, span);
  const shown = queries.slice(0, MAX_BATCH_QUERIES);
  const what = b.schedule === 'nightly' ? 'day' : 'hour';
  const body = shown
    .map(
      (q) =>
        `-- The ${what} from ${isoFromMs(q.periodStart)}: the job starts at ${isoFromMs(q.jobStart)}.\n${q.sql}`,
    )
    .join('\n\n');
  const more =
    queries.length > shown.length
      ? `\n\n-- … and ${queries.length - shown.length} more ${what}s: the same query with the next period's bounds.`
      : '';
  return `-- Spark SQL batch job, run ${b.schedule} ${humanDuration(b.runDelay)} after each ${what} ends
-- (the lab's job takes ${humanDuration(b.duration)}). One query per ${what}; the arrival_time filter keeps
-- only the orders that had landed when the job started. Drop it on a real table, where the
-- rows simply are whatever had arrived.
SET spark.sql.session.timeZone = UTC;

${body}${more}
`;
}
