// Flink SQL for the lab's stream lane: a Kafka table whose watermark is the lab's bound, and a
// window table-valued function (TUMBLE / HOP / SESSION) totalling revenue per product per window.
// Syntax from the Flink docs: CREATE TABLE ... WATERMARK FOR, and "Windowing table-valued functions".
import type { LabSettings } from '../lab/settings';
import { flinkConfigDuration, flinkInterval, humanDuration } from './durations';
import { BOOTSTRAP, TOPIC } from '../io/schema';

/** The window TVF call for tumbling and sliding windows. */
export function flinkWindowCall(settings: LabSettings): string {
  const w = settings.window;
  const time = 'DESCRIPTOR(event_time)';
  switch (w.kind) {
    case 'tumbling': {
      const offset = w.offset ? `, ${flinkInterval(w.offset)}` : '';
      return `TUMBLE(TABLE ${TOPIC}, ${time}, ${flinkInterval(w.size)}${offset})`;
    }
    case 'sliding': {
      const offset = w.offset ? `, ${flinkInterval(w.offset)}` : '';
      return `HOP(TABLE ${TOPIC}, ${time}, ${flinkInterval(w.slide)}, ${flinkInterval(w.size)}${offset})`;
    }
    case 'session':
      throw new Error('sessions use the group-window syntax (flinkQuery)');
    case 'global':
      throw new Error('the lab never uses the global window');
  }
}

function windowWords(settings: LabSettings): string {
  const w = settings.window;
  if (w.kind === 'tumbling') return `${humanDuration(w.size)} tumbling windows`;
  if (w.kind === 'sliding')
    return `${humanDuration(w.size)} windows sliding every ${humanDuration(w.slide)}`;
  if (w.kind === 'session') return `sessions closed by a ${humanDuration(w.gap)} gap`;
  return 'windows';
}

/** The CREATE TABLE statement: event schema, watermark, Kafka source (bounded when the lab flushes at the end). */
export function flinkDdl(settings: LabSettings): string {
  const bound = settings.stream.watermarkBound;
  // The lab's watermark is the newest event time minus the bound minus 1 ms (Flink DataStream's
  // BoundedOutOfOrdernessWatermarks); in SQL the watermark is the expression itself, so the
  // extra millisecond is written out, as Flink's docs do for ascending timestamps ('0.001').
  const watermark = `event_time - INTERVAL '${(bound + 1) / 1000}' SECOND`;
  const bounded = settings.stream.flushAtEnd
    ? `,\n  -- The lab's source ends after its last order, which closes every window: read to the end.\n  'scan.bounded.mode' = 'latest-offset'`
    : '';
  return `CREATE TABLE ${TOPIC} (
  id BIGINT,
  \`key\` STRING,
  amount BIGINT,
  customer BIGINT,
  event_time TIMESTAMP_LTZ(3),
  arrival_time TIMESTAMP_LTZ(3),
  -- ${humanDuration(bound)} bound + 1 ms: the lab's watermark, exactly.
  WATERMARK FOR event_time AS ${watermark}
) WITH (
  'connector' = 'kafka',
  'topic' = '${TOPIC}',
  'properties.bootstrap.servers' = '${BOOTSTRAP}',
  'properties.group.id' = 'batch-vs-stream-lab',
  'scan.startup.mode' = 'earliest-offset',
  'format' = 'json',
  'json.timestamp-format.standard' = 'ISO-8601'${bounded}
);`;
}

/**
 * The windowed aggregation, one row per product per window. Sessions use the group-window
 * syntax, `GROUP BY SESSION(event_time, gap), key`, which every Flink since 1.13 runs; the
 * SESSION table-valued function needs 1.19 and is not in the grammar the tests validate with.
 */
export function flinkQuery(settings: LabSettings): string {
  const w = settings.window;
  if (w.kind === 'session') {
    const args = `event_time, ${flinkInterval(w.gap)}`;
    return `SELECT SESSION_START(${args}) AS window_start, SESSION_END(${args}) AS window_end,
       \`key\`, SUM(amount) AS revenue, COUNT(*) AS orders
FROM ${TOPIC}
GROUP BY SESSION(${args}), \`key\`;`;
  }
  return `SELECT window_start, window_end, \`key\`, SUM(amount) AS revenue, COUNT(*) AS orders
FROM TABLE(
  ${flinkWindowCall(settings)})
GROUP BY window_start, window_end, \`key\`;`;
}

/**
 * The source idle timeout, when the lab sets one: the Kafka source keeps a watermark per
 * partition (one per region) and the lowest counts, unless a partition is idle this long.
 */
function idleTimeoutSet(settings: LabSettings): string {
  const idle = settings.stream.idleTimeout;
  if (idle === null) return '';
  return `-- A partition (region) without orders for ${humanDuration(idle)} stops holding the watermark back.
SET 'table.exec.source.idle-timeout' = '${flinkConfigDuration(idle)}';
`;
}

/** A complete Flink SQL script (SQL client or `TableEnvironment.executeSql`, Flink 1.19+). */
export function flinkSql(settings: LabSettings): string {
  return `-- Flink SQL 1.19+: revenue per product in ${windowWords(settings)},
-- watermark ${humanDuration(settings.stream.watermarkBound)} behind the newest event time.
-- Windows of TIMESTAMP_LTZ columns follow the session time zone: UTC, as in the lab.
SET 'table.local-time-zone' = 'UTC';
${idleTimeoutSet(settings)}
${flinkDdl(settings)}

${flinkQuery(settings)}
`;
}
