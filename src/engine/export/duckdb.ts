// The lab's ground truth and its batch job as DuckDB SQL over the exported orders file: a real SQL
// engine that runs on any laptop (`duckdb < revenue.duckdb.sql`) and needs no cluster. It is the
// lab's second opinion: the property tests run this very script and require the lab's rows.
// Times become whole milliseconds (epoch_ms) inside the queries, so windows start exactly where
// the lab's (Flink's) start, whatever their size or offset.
import type { WindowSpec } from '../core/types';
import { EngineInputError } from '../core/validate';
import { batchConfigOf } from '../lab/configs';
import type { LabSettings } from '../lab/settings';
import { runBatch } from '../pipelines/batch';
import { humanDuration } from './durations';
import { EVENT_FIELDS, TOPIC } from '../io/schema';

/** The exported orders file the script reads: the CSV or the JSON Lines export. */
export type DuckdbSource = 'csv' | 'jsonl';

/** File names the events export writes (views/data/model.ts FILE_NAMES). */
export const DUCKDB_SOURCE_FILES: Record<DuckdbSource, string> = {
  csv: 'orders.csv',
  jsonl: 'orders.jsonl',
};

const COLUMN_TYPES: Record<(typeof EVENT_FIELDS)[number], string> = {
  id: 'BIGINT',
  key: 'VARCHAR',
  amount: 'BIGINT',
  customer: 'BIGINT',
  event_time: 'TIMESTAMP',
  arrival_time: 'TIMESTAMP',
};

/** `read_csv(...)` or `read_json(...)` of the exported file, with the schema spelled out. */
function readCall(source: DuckdbSource): string {
  const columns = EVENT_FIELDS.map((f) => `'${f}': '${COLUMN_TYPES[f]}'`).join(', ');
  const file = DUCKDB_SOURCE_FILES[source];
  return source === 'csv'
    ? `read_csv('${file}', header = true, quote = '"', escape = '"',\n  columns = {${columns}})`
    : `read_json('${file}', format = 'newline_delimited',\n  columns = {${columns}})`;
}

/** `ms` rounded down to a multiple of `size` after shifting by `offset` (Flink's window start). */
function startOf(ms: string, size: number, offset = 0): string {
  const shifted = offset === 0 ? ms : `(${ms} - ${offset})`;
  return `${ms} - (${shifted} % ${size} + ${size}) % ${size}`;
}

/** One line on the window, for the comments. */
function describeWindow(w: WindowSpec): string {
  switch (w.kind) {
    case 'tumbling':
      return `${humanDuration(w.size)} tumbling windows${w.offset ? `, offset ${humanDuration(w.offset)}` : ''}`;
    case 'sliding':
      return `${humanDuration(w.size)} windows sliding every ${humanDuration(w.slide)}${w.offset ? `, offset ${humanDuration(w.offset)}` : ''}`;
    case 'session':
      return `sessions that close after a ${humanDuration(w.gap)} gap`;
    case 'global':
      throw new Error('the lab never uses the global window');
  }
}

/**
 * Revenue per product and window over the rows of `from` (which has event_ms and amount). With
 * `partition`, windows are computed within each value of that column (the batch job's period),
 * which is carried into the result.
 */
function aggregation(w: WindowSpec, from: string, partition?: string): string {
  const carry = partition ? `${partition}, ` : '';
  const result = (start: string, end: string, source: string, group: string) =>
    `SELECT ${carry}epoch_ms(${start}) AS window_start, epoch_ms(${end}) AS window_end, "key",
       SUM(amount) AS revenue, COUNT(*) AS orders
FROM ${source}
GROUP BY ${carry}${group}, "key"`;
  switch (w.kind) {
    case 'tumbling':
      return result(
        'window_start_ms',
        `window_start_ms + ${w.size}`,
        `(SELECT *, ${startOf('event_ms', w.size, w.offset ?? 0)} AS window_start_ms FROM ${from})`,
        'window_start_ms',
      );
    case 'sliding': {
      // Every window that holds the order: from the last start back while the window covers it.
      const last = startOf('event_ms', w.slide, w.offset ?? 0);
      return result(
        'window_start_ms',
        `window_start_ms + ${w.size}`,
        `(SELECT *, unnest(range(${last}, event_ms - ${w.size}, -${w.slide})) AS window_start_ms
  FROM ${from})`,
        'window_start_ms',
      );
    }
    case 'session': {
      // Each order opens [t, t + gap); windows that overlap or touch merge (Flink's rule). In
      // event-time order per product, an order more than a gap after the previous starts anew.
      const by = `PARTITION BY ${carry}"key" ORDER BY event_ms, id`;
      return result(
        'MIN(event_ms)',
        `MAX(event_ms) + ${w.gap}`,
        `(SELECT *, SUM(starts) OVER (${by} ROWS UNBOUNDED PRECEDING) AS session
  FROM (SELECT *, CASE WHEN event_ms - LAG(event_ms) OVER (${by}) <= ${w.gap} THEN 0 ELSE 1 END AS starts
        FROM ${from}))`,
        'session',
      );
    }
    case 'global':
      throw new Error('the lab never uses the global window');
  }
}

/** Why the lab's batch job cannot run these settings, or null when it can. */
export function batchRefusal(settings: LabSettings): string | null {
  try {
    runBatch([], batchConfigOf(settings));
    return null;
  } catch (err) {
    if (err instanceof EngineInputError) return err.message;
    throw err;
  }
}

/**
 * The DuckDB script for these settings: a view of the exported orders, the ground truth per
 * window (`truth`), the batch job's rows per period (`batch_job`, when the lab's batch job can
 * run the settings), and a SELECT of each. `source` picks the CSV (default) or JSON Lines file.
 */
export function duckdbSql(settings: LabSettings, source: DuckdbSource = 'csv'): string {
  const w = settings.window;
  const b = settings.batch;
  const period = b.schedule === 'nightly' ? 86_400_000 : 3_600_000;
  const what = b.schedule === 'nightly' ? 'day' : 'hour';
  const refusal = batchRefusal(settings);
  const file = DUCKDB_SOURCE_FILES[source];

  const batch =
    refusal === null
      ? `-- The batch job, run ${b.schedule}: one run per ${what} of event time, starting
-- ${humanDuration(b.runDelay)} after the ${what} ends and reading only the orders that had arrived
-- by then (arrival strictly before the start); later ones are missed.
CREATE OR REPLACE TEMP VIEW batch_job AS
WITH read_by_job AS (
  SELECT * FROM (
    SELECT *, ${startOf('event_ms', period)} AS period_ms FROM ${TOPIC}
  ) WHERE arrival_ms < period_ms + ${period + b.runDelay}
)
SELECT epoch_ms(period_ms) AS period_start, epoch_ms(period_ms + ${period + b.runDelay}) AS job_start,
       window_start, window_end, "key", revenue, orders
FROM (
${indent(aggregation(w, 'read_by_job', 'period_ms'))}
);

SELECT * FROM batch_job ORDER BY period_start, window_start, window_end, "key";
`
      : `-- The lab's batch job cannot run these settings (${refusal}),
-- so only the truth is computed here.
`;

  return `-- DuckDB: the lab's ground truth and its batch job, over the orders you export from the lab.
-- Save ${file} (Events in and out) and this file in one folder, then run:
--   duckdb < revenue.duckdb.sql
-- Windows: ${describeWindow(w)}. Revenue is in cents.

CREATE OR REPLACE TEMP VIEW ${TOPIC} AS
SELECT *, epoch_ms(event_time) AS event_ms, epoch_ms(arrival_time) AS arrival_ms
FROM ${readCall(source)};

-- The truth: every order, however late it arrived.
CREATE OR REPLACE TEMP VIEW truth AS
${aggregation(w, TOPIC)};

SELECT * FROM truth ORDER BY window_start, window_end, "key";

${batch}`;
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
}
