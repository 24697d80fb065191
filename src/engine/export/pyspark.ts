// PySpark Structured Streaming for the lab's micro-batch lane: read the events from Kafka, set the
// watermark (`withWatermark`), aggregate per window in Spark SQL, and write with the lab's output
// mode and processing-time trigger (programming guide: "Handling Late Data and Watermarking",
// "Output Modes", "Triggers").
import type { LabSettings, OutputMode } from '../lab/settings';
import { humanDuration, sparkDuration } from './durations';
import { BOOTSTRAP, TOPIC } from '../io/schema';
import { sparkAggregation } from './sparkSql';

/** The Spark SQL the PySpark job runs (exported alone so tests can parse it). */
export function pysparkQuery(settings: LabSettings): string {
  return sparkAggregation(settings, TOPIC);
}

/**
 * The output mode the exported query runs in: the lab's, except that session windows refuse update
 * mode (SPARK-36463, github.com/apache/spark/pull/33689: a session's bounds change as it merges, so
 * its rows cannot be upserted by key; the programming guide's "Types of time windows" lists it), so
 * they run in append mode, which writes each session once the watermark has passed its end.
 */
export function pysparkOutputMode(settings: LabSettings): OutputMode {
  const mode = settings.microBatch.outputMode;
  return settings.window.kind === 'session' && mode === 'update' ? 'append' : mode;
}

/** A runnable PySpark (3.5+) script; output goes to the console sink. */
export function pyspark(settings: LabSettings): string {
  const m = settings.microBatch;
  const mode = pysparkOutputMode(settings);
  const why =
    mode === m.outputMode
      ? ''
      : `    # Spark refuses update mode with session_window (a session's bounds change as it merges,
    # so a row cannot be updated in place): append writes each session once it has closed.
`;
  const watermark =
    m.outputMode === 'complete'
      ? `    # Complete mode keeps every window's state, so Spark ignores the watermark here.\n    .withWatermark("event_time", "${sparkDuration(m.watermarkDelay)}")`
      : `    .withWatermark("event_time", "${sparkDuration(m.watermarkDelay)}")`;
  return `# PySpark Structured Streaming 3.5+: a micro-batch every ${humanDuration(m.triggerInterval)},
# watermark ${humanDuration(m.watermarkDelay)} behind the newest event time, output mode "${mode}".
from pyspark.sql import SparkSession
from pyspark.sql.functions import col, from_json

spark = SparkSession.builder.appName("batch-vs-stream-lab").getOrCreate()
# Windows align to UTC, as in the lab.
spark.conf.set("spark.sql.session.timeZone", "UTC")

schema = "id LONG, key STRING, amount LONG, customer LONG, event_time TIMESTAMP, arrival_time TIMESTAMP"
orders = (
    spark.readStream.format("kafka")
    .option("kafka.bootstrap.servers", "${BOOTSTRAP}")
    .option("subscribe", "${TOPIC}")
    .option("startingOffsets", "earliest")
    .load()
    .select(from_json(col("value").cast("string"), schema).alias("o"))
    .select("o.*")
${watermark}
)
orders.createOrReplaceTempView("${TOPIC}")

revenue = spark.sql("""
${pysparkQuery(settings)}
""")

query = (
${why}    revenue.writeStream.outputMode("${mode}")
    .trigger(processingTime="${sparkDuration(m.triggerInterval)}")
    .format("console")
    .option("truncate", False)
    .start()
)
query.awaitTermination()
`;
}
