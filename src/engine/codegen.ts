// The engine's code-export surface: the lab's settings as jobs for real engines (Flink SQL, Flink
// DataStream and Kafka Streams Java, PySpark, Beam Python, batch Spark SQL, DuckDB SQL), with the
// places where each departs from the lab. Apart from ./index so the page's first download does
// not carry the templates: the code panel imports this when it opens.
export {
  BOOTSTRAP,
  EVENT_FIELDS,
  MAX_BATCH_QUERIES,
  TOPIC,
  batchQueries,
  batchRefusal,
  batchSql,
  beam,
  differences,
  duckdbSql,
  DUCKDB_SOURCE_FILES,
  exportCode,
  flinkDataStream,
  flinkSql,
  kafkaStreamsJava,
  pyspark,
} from './export';
export type {
  BatchQuery,
  CodeExport,
  CodeTarget,
  Difference,
  DuckdbSource,
  EventField,
  EventSpan,
} from './export';
