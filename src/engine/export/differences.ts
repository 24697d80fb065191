// Where a real engine, running the exported code, would not behave as the lab models it for these
// settings. The lab is one model of each engine; saying where it departs keeps the export honest.
import type { LabSettings } from '../lab/settings';
import { humanDuration } from './durations';

export type CodeTarget = 'flink' | 'pyspark' | 'beam' | 'batch' | 'duckdb';

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

  // Flink SQL
  if (s.allowedLateness > 0)
    add(
      'flink',
      `Flink SQL has no allowed lateness per query: a window TVF drops every order behind the watermark, where the lab keeps accepting them for ${humanDuration(s.allowedLateness)}. Use the DataStream API's allowedLateness for that.`,
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

  // PySpark
  if (w.kind === 'session')
    add(
      'pyspark',
      "The lab's micro-batch lane does not model session windows; Spark's session_window runs them in append and update modes.",
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

  // Beam
  add(
    'beam',
    `Beam takes its watermark from the source; the Python Kafka reader does not take the lab's ${humanDuration(s.watermarkBound)} bound (Java's KafkaIO can, with CustomTimestampPolicyWithLimitedDelay).`,
  );
  if (s.accumulation === 'retracting')
    add('beam', 'The Python SDK has no working retracting mode: the code accumulates instead.');
  if (!s.flushAtEnd)
    add(
      'beam',
      'The lab leaves windows the watermark never passed open; an unbounded read never closes them either.',
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
