// Code export: the lab's settings as jobs for real engines (Flink SQL, PySpark, Beam Python and
// the batch job in Spark SQL), with the places where each engine departs from the lab's model.
// The DuckDB script (./duckdb.ts) reads the exported file instead of Kafka; the code panel adds
// it as its own tab, so its code loads with the panel, not with the page.
import type { LabSettings } from '../lab/settings';
import { batchSql, type EventSpan } from './batchSql';
import { beam } from './beam';
import { differences, type CodeTarget, type Difference } from './differences';
import { flinkSql } from './flinkSql';
import { pyspark } from './pyspark';

export interface CodeExport {
  target: CodeTarget;
  /** Tab label. */
  label: string;
  /** File name for a download. */
  fileName: string;
  language: 'sql' | 'python';
  code: string;
  differences: string[];
}

/** Every export for these settings; `span` bounds the batch job's periods (default: the scenario's). */
export function exportCode(settings: LabSettings, span?: EventSpan): CodeExport[] {
  const diffs = differences(settings);
  const notes = (t: CodeTarget) =>
    diffs.filter((d: Difference) => d.target === t).map((d) => d.text);
  return [
    {
      target: 'flink',
      label: 'Flink SQL',
      fileName: 'revenue.flink.sql',
      language: 'sql',
      code: flinkSql(settings),
      differences: notes('flink'),
    },
    {
      target: 'pyspark',
      label: 'PySpark',
      fileName: 'revenue_pyspark.py',
      language: 'python',
      code: pyspark(settings),
      differences: notes('pyspark'),
    },
    {
      target: 'beam',
      label: 'Beam',
      fileName: 'revenue_beam.py',
      language: 'python',
      code: beam(settings),
      differences: notes('beam'),
    },
    {
      target: 'batch',
      label: 'Batch SQL',
      fileName: 'revenue.batch.sql',
      language: 'sql',
      code: batchSql(settings, span),
      differences: notes('batch'),
    },
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
export { pyspark, pysparkQuery } from './pyspark';
export { EVENT_FIELDS, TOPIC, BOOTSTRAP, type EventField } from './schema';
export { isoFromMs, msFromIso } from './isoTime';
