// Where a real engine, running the exported code, would not behave as the lab models it for these
// settings. The lab is one model of each engine; saying where it departs keeps the export honest.
import type { LabSettings } from '../lab/settings';
import { humanDuration } from './durations';
import { pysparkOutputMode } from './pyspark';

export type CodeTarget =
  'flink' | 'flink-datastream' | 'kafka-streams' | 'pyspark' | 'beam' | 'batch' | 'duckdb';

/** One departure from the lab: which export it concerns, and what differs. */
export interface Difference {
  target: CodeTarget;
  text: string;
}

/** The departures for these settings, per export, in the order the code panel lists them. */
export function differences(settings: LabSettings): Difference[] {
  const out: Difference[] = [];
  const add = (target: CodeTarget, text: string) => out.push({ target, text });
  const s = settings.stream;
  const m = settings.microBatch;
  const w = settings.window;

  // Flink SQL. A window aggregation drops a row only when its window has already fired, i.e. the
  // watermark reached end - 1 (apache/flink, flink-table/flink-table-runtime/src/main/java/org/
  // apache/flink/table/runtime/util/TimeWindowUtil.java, isWindowFired); rows behind the watermark
  // whose window is still open count.
  if (s.allowedLateness > 0)
    add(
      'flink',
      `Flink SQL has no allowed lateness per query: a window TVF drops an order whose window has already fired, where the lab keeps taking them until the watermark is ${humanDuration(s.allowedLateness)} past the window's end. Use the DataStream API's allowedLateness for that.`,
    );
  if (s.earlyEvery > 0)
    add(
      'flink',
      `Window TVFs emit once, when the watermark passes the window's end; the lab's early results every ${humanDuration(s.earlyEvery)} have no equivalent (the experimental table.exec.emit.early-fire options work only with the legacy GROUP BY TUMBLE syntax).`,
    );
  if (s.accumulation === 'retracting' && (s.earlyEvery > 0 || s.allowedLateness > 0))
    add(
      'flink',
      'The lab retracts earlier panes; a window TVF emits one final, append-only row per window, so there is nothing to retract.',
    );
  if (!s.flushAtEnd)
    add(
      'flink',
      'The lab leaves windows the watermark never passed open; an unbounded Kafka source does the same, so their rows never appear.',
    );

  // Flink DataStream
  if (s.earlyEvery > 0)
    add(
      'flink-datastream',
      `The lab's early results every ${humanDuration(s.earlyEvery)} need a custom Trigger in the DataStream API; the code keeps Flink's default event-time trigger.`,
    );
  if (s.accumulation !== 'accumulating')
    add(
      'flink-datastream',
      `The code's reduce accumulates; the lab's ${s.accumulation} panes need a custom Trigger or ProcessWindowFunction.`,
    );
  add(
    'flink-datastream',
    "Flink starts an idle partition's countdown at the first periodic emission without orders, so it turns idle up to a few emission intervals later than the lab's rule (WatermarksWithIdleness).",
  );

  // Kafka Streams
  if (w.kind === 'session')
    add(
      'kafka-streams',
      "The lab's Kafka Streams lane runs time windows only: Kafka's session windows end at their last record, not last + gap, so the lane does not model them.",
    );
  add(
    'kafka-streams',
    'The lab runs one task with one stream time; Kafka Streams keeps one per task (per partition of the repartition topic), so with several tasks windows close at slightly different times.',
  );

  // PySpark
  // Update mode with session windows is refused (SPARK-36463; the programming guide,
  // "Types of time windows": "Update mode as output mode is not supported").
  if (w.kind === 'session')
    add(
      'pyspark',
      pysparkOutputMode(settings) === m.outputMode
        ? `The lab's micro-batch lane does not model session windows; Spark's session_window runs them in ${m.outputMode} mode as exported.`
        : `The lab's micro-batch lane does not model session windows. Spark's session_window refuses update mode (a session's bounds change as it merges, so its row cannot be updated in place), so the export writes in append mode: each session once the watermark has passed its end.`,
    );
  if (m.outputMode === 'complete')
    add(
      'pyspark',
      'In complete mode Spark keeps every window and drops nothing, so the watermark has no effect, as in the lab.',
    );
  if (m.lateRowFilter === 'current')
    add(
      'pyspark',
      "The lab filters late rows by the current batch's watermark, as the programming guide's figures do; Spark 3.4 and later filter by the previous batch's (the lab's \"previous\" setting). An order that arrives in the batch right after the watermark passed its window can differ.",
    );
  add(
    'pyspark',
    "Spark starts a batch when the previous one ends if it overran its trigger interval; the lab's batches take no time.",
  );

  // Beam. ReadFromKafka's timestamp_policy defaults to ProcessingTime; CreateTime maps to
  // TimestampPolicyFactory.withCreateTime(Duration.ZERO) (apache/beam, sdks/python/apache_beam/io/
  // kafka.py; sdks/java/io/kafka/.../KafkaIO.java), whose CustomTimestampPolicyWithLimitedDelay
  // watermark is the newest timestamp read, and the wall clock once a partition is idle.
  add(
    'beam',
    "ReadFromKafka stamps records with processing time unless told otherwise, so event times re-stamped afterwards would sit far behind its watermark (the lab's orders are from 1970) and every window would drop them. The export reads with the CreateTime policy instead, which needs each record's Kafka timestamp to be its event time: load the orders with the producer in the code's comment.",
  );
  add(
    'beam',
    `With CreateTime the watermark is the newest event time read, with no delay: the lab's ${humanDuration(s.watermarkBound)} bound has no place, so windows fire sooner and orders the bound would have waited for count only within the allowed lateness (Java's KafkaIO takes a delay, with CustomTimestampPolicyWithLimitedDelay).`,
  );
  if (s.accumulation === 'retracting')
    add('beam', 'The Python SDK has no working retracting mode: the code accumulates instead.');
  if (!s.flushAtEnd)
    add(
      'beam',
      "The lab leaves windows the watermark never passed open; Beam's Kafka reader moves an idle partition's watermark to the wall clock, far past 1970, so every window closes once the topic is read.",
    );

  // Batch
  if (w.kind === 'sliding')
    add(
      'batch',
      "The lab's batch lane runs tumbling and session windows only; the SQL runs sliding windows, but the lab shows no batch result to compare.",
    );
  if (w.kind === 'session')
    add(
      'batch',
      'Sessions are cut at each period boundary, because each query reads one period: the lab cuts them the same way, a job over the whole table would not.',
    );
  return out;
}
