// Code export: the lab's settings as jobs for real engines (Flink SQL, Flink DataStream Java,
// PySpark, Beam Python and the batch job in Spark SQL; Kafka Streams Java for the stream lane's
// Kafka Streams flavour), with the places where each engine departs from the lab's model.
// The DuckDB script (./duckdb.ts) reads the exported file instead of Kafka; the code panel adds
// it as its own tab, so its code loads with the panel, not with the page.
import type { LabSettings } from '../lab/settings';
import { batchSql, type EventSpan } from './batchSql';
import { beam } from './beam';
import { differences, type CodeTarget, type Difference } from './differences';
import { flinkDataStream } from './flinkDataStream';
import { flinkSql } from './flinkSql';
import { kafkaStreamsJava } from './kafkaStreams';
import { pyspark } from './pyspark';

export interface CodeExport {
  target: CodeTarget;
  /** Tab label. */
  label: string;
  /** File name for a download. */
  fileName: string;
  language: 'sql' | 'python' | 'java';
  code: string;
  differences: string[];
}

/** Every export for these settings; `span` bounds the batch job's periods (default: the scenario's). */
export function exportCode(settings: LabSettings, span?: EventSpan): CodeExport[] {
  const diffs = differences(settings);
  const notes = (t: CodeTarget) =>
    diffs.filter((d: Difference) => d.target === t).map((d) => d.text);
  // The stream lane's engine decides its tabs: Flink (SQL first, DataStream last, so the tabs
  // of before keep their places) and Beam, or Kafka Streams.
  const kafka = settings.stream.flavour === 'kafka-streams';
  const tab = (
    target: CodeTarget,
    label: string,
    fileName: string,
    language: CodeExport['language'],
    code: () => string,
  ): CodeExport => ({
    target,
    label,
    fileName,
    language,
    code: code(),
    differences: notes(target),
  });
  const first = kafka
    ? tab('kafka-streams', 'Kafka Streams', 'Revenue.kafka-streams.java', 'java', () =>
        kafkaStreamsJava(settings),
      )
    : tab('flink', 'Flink SQL', 'revenue.flink.sql', 'sql', () => flinkSql(settings));
  const beamTab = kafka
    ? []
    : [tab('beam', 'Beam', 'revenue_beam.py', 'python', () => beam(settings))];
  const last = kafka
    ? []
    : [
        tab('flink-datastream', 'Flink DataStream', 'Revenue.flink.java', 'java', () =>
          flinkDataStream(settings),
        ),
      ];
  return [
    first,
    {
      target: 'pyspark',
      label: 'PySpark',
      fileName: 'revenue_pyspark.py',
      language: 'python',
      code: pyspark(settings),
      differences: notes('pyspark'),
    },
    ...beamTab,
    {
      target: 'batch',
      label: 'Batch SQL',
      fileName: 'revenue.batch.sql',
      language: 'sql',
      code: batchSql(settings, span),
      differences: notes('batch'),
    },
    ...last,
  ];
}

export {
  batchQueries,
  batchSql,
  MAX_BATCH_QUERIES,
  type BatchQuery,
  type EventSpan,
} from './batchSql';
export { beam } from './beam';
export { differences, type CodeTarget, type Difference } from './differences';
export { batchRefusal, duckdbSql, DUCKDB_SOURCE_FILES, type DuckdbSource } from './duckdb';
export { flinkDdl, flinkQuery, flinkSql } from './flinkSql';
export { flinkDataStream, flinkWatermarkStrategy } from './flinkDataStream';
export { kafkaStreamsJava } from './kafkaStreams';
export { pyspark, pysparkQuery } from './pyspark';
export { EVENT_FIELDS, TOPIC, BOOTSTRAP, type EventField } from '../io/schema';
export { isoFromMs, msFromIso } from '../io/isoTime';
