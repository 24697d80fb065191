// The walk-through of the concept, in our own words: one short section per idea, most with a
// preset that sets the lab up to show it. Presets start from the default settings, so pressing
// "Show me" twice in different sections never leaves the first section's changes behind. Each
// rule an engine's docs or code state is cited beside its sentence; numbers are left to the lab.
import { time, type LabSettingsInput } from '../../engine';
export { preset } from './preset';

export interface LearnSection {
  id: string;
  title: string;
  paragraphs: readonly string[];
  /** Optional list of short points (tools, Flink's parts, uses). */
  points?: readonly string[];
  /** Absent where the lab cannot show the idea yet: the section is text only. */
  showMe?: {
    /** Changes from the default settings. */
    patch: LabSettingsInput;
    /** What to look at once it plays. */
    watch: string;
  };
}

export const LEARN_SECTIONS: readonly LearnSection[] = [
  {
    id: 'why',
    title: 'Why it matters',
    paragraphs: [
      'Say a dashboard shows revenue per product for every five minutes. A batch job can compute it after the day is over by reading all stored orders in one go: simple, cheap, easy to run again, and hours late.',
      'A stream processor updates the totals as each order comes in, so the figures are seconds old. The price is more machinery and more ways to go wrong.',
      // Equal only under both conditions: the stream drops an order whose window's end - 1 +
      // allowed lateness is behind the watermark (apache/flink, flink-streaming-java/.../windowing/
      // WindowOperator.java, isWindowLate), and a batch job reads only what arrived by its start
      // (the lab's src/engine/pipelines/batch.ts); the "Show me" run below ends unequal.
      'They reach the same totals only if the stream keeps accepting late orders long enough and the batch job runs after the stragglers have landed; otherwise each misses some. What differs is how soon you need the figures and what you are willing to operate; many companies run both.',
    ],
    showMe: {
      patch: {},
      watch:
        'The stream lane fills in as orders arrive; the batch lane stays empty until its job runs after midnight. Here they do not end equal: the stream drops the orders that came after its watermark had passed their window, and the nightly job counts them.',
    },
  },
  {
    id: 'spectrum',
    title: 'Latency versus complexity',
    paragraphs: [
      // The scores are the sums in src/engine/metrics/complexity.ts, the chart's complexity axis:
      // per-request scores no more than batch and answers fastest; micro-batch and stream differ
      // only by a trigger loop against event-time timers.
      'The four lanes answer at very different speeds, and speed is not simply bought with machinery: the per-request query is both the fastest and the simplest, until its scans grow with the data. Micro-batch and stream jobs need nearly the same machinery (an always-on cluster, state, checkpoints, a replayable log), and fixing a bug is hardest where the answer depends on state built up over time.',
    ],
    points: [
      'Nightly batch: hours. A bug fix means running the job again on the stored data. Spark, Hadoop, dbt, BigQuery.',
      // Spark guide, "Triggers": with no trigger set, the next micro-batch starts as soon as the
      // previous one has finished (spark.apache.org/docs/latest/structured-streaming-programming-guide.html#triggers).
      'Micro-batch: seconds to minutes. Without a trigger Spark starts the next batch as soon as the last one ends; a processing-time trigger spaces them out, as in this lab. A fix to a stateful query usually means a new checkpoint and a replay. Spark Structured Streaming.',
      'Stream: seconds. A fix means replaying the log and rebuilding state, or resuming the fixed job from a savepoint when it can read the old state. Flink, Kafka Streams, Beam.',
      'Per-request: milliseconds while the data is small. Nothing is precomputed, so each query scans the rows again and costs more as they grow. A transactional database. (A materialised view is the opposite trade: precomputed, cheap to read, and kept up to date as orders arrive.)',
    ],
    showMe: {
      patch: {},
      watch:
        'The latency chart places each lane by the delays it measured and the mechanisms it needs.',
    },
  },
  {
    id: 'late',
    title: 'Hard part: late events',
    paragraphs: [
      // A batch job is not late-proof: it reads what arrived by its start, the period's end plus
      // the run delay, and misses later arrivals until the period is re-run (the lab's
      // src/engine/pipelines/batch.ts; the backfill lesson below shows the re-run).
      'An order placed at 12:03 may reach the pipeline at 12:09, after the 12:00–12:05 total went out. A batch job meets this later: it picks a cutoff after the period ends and reads what has arrived by then; an order that arrives after the cutoff is missed until the period is processed again.',
      // Flink's WindowOperator drops an element whose window is late: end - 1 + allowedLateness <=
      // watermark (apache/flink, flink-streaming-java/.../windowing/WindowOperator.java, isWindowLate).
      // Kafka Streams: a window accepts records "until stream_time >= window_end + grace_period"
      // (kafka.apache.org/37/javadoc/org/apache/kafka/streams/kstream/Windows.html).
      "Flink and Beam keep a watermark, their guess of how far event time has got (Kafka Streams keeps no watermark: it tracks stream time, the newest timestamp seen, and a grace period). Flink fires a window once the watermark passes the window's end; orders for it that turn up later are dropped, unless allowed lateness keeps the window open for corrections. Allowed lateness is measured in event time: a window takes late orders until the watermark passes its end plus the allowed lateness.",
    ],
    showMe: {
      patch: {
        scenario: { lateShare: 0.3 },
        stream: { watermarkBound: 30 * time.SECOND, allowedLateness: 0 },
      },
      watch:
        'Late orders are triangles; crosses mark the orders the stream dropped. Raise allowed lateness to win them back.',
    },
  },
  {
    id: 'partitions',
    title: 'Hard part: many partitions',
    paragraphs: [
      // Flink: each source split has its own watermark and the operator takes the minimum
      // (flink-core/.../eventtime/WatermarkOutputMultiplexer.java); WatermarkStrategy.withIdleness
      // leaves a quiet split out. Spark: one global watermark over the stream's input, the newest
      // event time minus the delay (spark.apache.org/docs/latest/structured-streaming-programming-guide.html#handling-late-data-and-watermarking).
      'A real job reads a partitioned log, and each partition has its own newest event time. Flink keeps a watermark per partition and the job’s watermark is the smallest of them, so one partition that falls quiet holds every window open until it sends again or is declared idle. Spark keeps one watermark over all the partitions it reads (the newest event time minus the delay), so orders from a partition that lags behind are dropped as late.',
      // Kafka Streams: stream time and grace (kafka.apache.org/37/javadoc/org/apache/kafka/streams/kstream/Windows.html);
      // final results with suppress(Suppressed.untilWindowCloses(...)) (.../kstream/Suppressed.html).
      'Kafka Streams has no watermark. Each task keeps stream time, the newest timestamp it has seen across its partitions, and a window takes records until stream time passes its end plus the grace period. A windowed count sends an updated result with every record; suppress(untilWindowCloses) holds them back and sends one final result per window once it has closed.',
    ],
    showMe: {
      patch: {
        scenario: {
          lateShare: 0,
          regions: 3,
          outages: [
            {
              start: 12 * time.HOUR + 10 * time.MINUTE,
              duration: 10 * time.MINUTE,
              share: 1,
              region: 3,
            },
          ],
        },
        stream: { earlyEvery: 0 },
      },
      watch:
        'Three regions, each writing to its own partition; region 3 goes offline for ten minutes. The stream lane draws each region’s watermark as a thin line: region 3’s stays flat and holds the windows open until it returns. The micro-batch lane’s one watermark moves on, so region 3’s orders that come back behind it are dropped. Under Controls, switch the stream engine to Kafka Streams to see stream time and grace instead.',
    },
  },
  {
    id: 'exactly-once',
    title: 'Hard part: exactly-once',
    paragraphs: [
      // Flink docs, "Fault Tolerance Guarantees of Data Sources and Sinks" and the Kafka connector's
      // DeliveryGuarantee.EXACTLY_ONCE (nightlies.apache.org/flink/flink-docs-stable/docs/connectors/datastream/kafka/#fault-tolerance):
      // transactions commit on checkpoints; consumers need isolation.level=read_committed.
      'When a stream job crashes, it restarts from its last checkpoint: the operator state and the input offsets were snapshotted together, so both go back to the same moment and the orders since are read again. That makes the state exactly-once: each order is in the sums once. It does not stop the replay from writing results a second time.',
      'End-to-end exactly-once needs the sink: an idempotent one (an upsert by product and window) or a transactional one. A transactional sink, such as Flink’s Kafka sink in exactly-once mode, shows results only when a checkpoint commits, so each result waits at least a checkpoint interval, and readers must read committed data only (read_committed) or they also see writes that were rolled back.',
    ],
    showMe: {
      patch: {},
      watch:
        'Every open window holds a running sum per product: that is the state a checkpoint captures. Now open Failures and guarantees and press Crash the job now: at-least-once ends over by the replayed orders, exactly-once ends equal to the run without a crash.',
    },
  },
  {
    id: 'duplicates',
    title: 'Hard part: duplicates already in the log',
    paragraphs: [
      // Kafka docs, "Message Delivery Semantics" and the producer's enable.idempotence
      // (kafka.apache.org/documentation/#semantics, #producerconfigs_enable.idempotence).
      'No engine guarantee removes a duplicate that is already in its input. A producer that times out and sends an order again can write it twice. Kafka’s idempotent producer (enable.idempotence) stops the copies its own retries would make, but an app that resends an order after a restart writes a new record, and every guarantee above then counts it twice, faithfully.',
      // Spark 3.5+: spark.apache.org/docs/latest/api/python/reference/pyspark.sql/api/pyspark.sql.DataFrame.dropDuplicatesWithinWatermark.html; Flink SQL:
      // ROW_NUMBER() deduplication (nightlies.apache.org/flink/flink-docs-stable/docs/dev/table/sql/queries/deduplication/).
      'Only de-duplication by the order’s own id removes it: the job remembers the ids it has seen (in Flink, keyed state; in Spark, dropDuplicatesWithinWatermark), for as long as a copy may still turn up.',
    ],
  },
  {
    id: 'state',
    title: 'Hard part: state',
    paragraphs: [
      'To total revenue per product per window, the stream must remember a running sum for every open window of every product. More products and longer windows mean more sums, held for longer.',
      // Flink's default state backend is HashMapStateBackend; RocksDB is opted into for large state
      // (nightlies.apache.org/flink/flink-docs-stable/docs/ops/state/state_backends/).
      'That state must survive restarts, so stream engines keep it in a keyed store and copy it to durable storage at every checkpoint. Flink keeps it on the JVM heap by default; for state larger than memory you switch to embedded RocksDB on local disk.',
    ],
    showMe: {
      patch: {
        scenario: { products: 26 },
        window: { kind: 'tumbling', size: 30 * time.MINUTE },
        stream: { allowedLateness: 5 * time.MINUTE },
      },
      watch:
        'Twenty-six products in half-hour windows, kept five more minutes for late orders: a sum per product stays in state the whole time.',
    },
  },
  {
    id: 'backfill',
    title: 'Hard part: backfilling',
    paragraphs: [
      'After a bug fix you may need the last week computed again. For batch that is one more run over the stored files. A stream job must re-read its input from the log, which works only if the log (Kafka, say) still holds those events.',
      'Here the orders come just before midnight and some are very late, so the nightly job misses them; processing the day again the next night picks them up.',
    ],
    showMe: {
      patch: {
        scenario: {
          start: 23 * time.HOUR + 20 * time.MINUTE,
          lateShare: 0.3,
          lateDelay: { kind: 'exponential', mean: 10 * time.MINUTE, max: 60 * time.MINUTE },
        },
        batch: { schedule: 'nightly', runDelay: 5 * time.MINUTE, duration: 10 * time.MINUTE },
      },
      watch:
        'The first nightly run misses the stragglers; the run a day later re-processes the day and counts them.',
    },
  },
  {
    id: 'changing-query',
    title: 'Hard part: changing a stateful query',
    paragraphs: [
      // Spark guide, "Recovery Semantics after Changes in a Streaming Query": changes to the
      // grouping keys or aggregates of a streaming aggregation are not allowed on the same checkpoint
      // (spark.apache.org/docs/latest/structured-streaming-programming-guide.html#recovery-semantics-after-changes-in-a-streaming-query).
      'A fix to a streaming query that keeps state is harder than a fix to a batch job. Spark keeps the query’s offsets and state in its checkpoint and allows few changes on a restart: a change to the grouping keys or the aggregates needs a new checkpoint location, and the new query rebuilds its state by reading the log again from the start.',
      // Flink restores window state keyed by (key, window) whatever the new assigner: the timers
      // keep the old windows as their namespace and fire them at the old end (apache/flink,
      // flink-streaming-java/.../windowing/WindowOperator.java, onEventTime).
      'Flink resumes a changed job from a savepoint as long as each stateful operator keeps its uid and can read its state. A new window size restores: window state is kept per product and window, so the old windows come back with their old bounds and fire at their old end, while new orders fill windows of the new size.',
      // Spark guide, "Triggers": Trigger.AvailableNow processes all available data in micro-batches
      // and stops (Spark 3.3+).
      'Spark’s Trigger.AvailableNow is the bridge between batch and micro-batch: the same streaming query reads everything available, in micro-batches, and stops. Run on a schedule it is a batch job that keeps its offsets, state and watermark between runs; run over a log replayed from the start, it is the backfill.',
    ],
    showMe: {
      patch: {},
      watch:
        'Open Failures and guarantees and, under Savepoint and upgrade, change the window size: every saved window restores, and the windows that span the stop end up split between rows of the old size and of the new.',
    },
  },
  {
    id: 'lambda-kappa',
    title: 'Lambda versus Kappa',
    paragraphs: [
      // The batch layer is complete only up to its cutoff, as the lab's batch lane is
      // (src/engine/pipelines/batch.ts).
      'Lambda runs two pipelines: a batch layer recomputes complete answers from all stored data (complete up to its cutoff: later arrivals wait for the next run), a speed layer streams fresh but rougher ones, and a serving layer merges the two. The cost is the same logic written twice and kept in step.',
      'Kappa keeps only the stream. To recompute, replay the log from the beginning into a fresh job: one codebase, provided the log is kept long enough. Batch stays useful for backfills over years of data and for analysts’ SQL, where speed does not matter.',
    ],
    showMe: {
      patch: {
        scenario: { lateShare: 0.2 },
        stream: { watermarkBound: 30 * time.SECOND },
      },
      watch:
        'Compare the stream lane (the speed layer: at once, but it drops late orders) with the batch lane (the batch layer: the next morning, with every order that had arrived by its cutoff).',
    },
  },
  {
    id: 'flink',
    title: "Flink's model",
    paragraphs: [
      'Flink runs a job as a graph of operators such as map, filter, window and join. Four ideas give it the correctness batch always had:',
    ],
    points: [
      // Flink docs, "Working with State": keyed state belongs to the operator that uses it after a
      // keyBy (nightlies.apache.org/flink/flink-docs-stable/docs/dev/datastream/fault-tolerance/state/).
      'Keyed state: keyBy routes each order to the task that owns its product; the stateful operator after it (here the window) keeps state per key, a running sum per product and window, on the heap or in RocksDB.',
      // Flink docs, "Fault Tolerance Guarantees of Data Sources and Sinks": checkpoints give
      // exactly-once state; end to end needs a transactional or idempotent sink
      // (nightlies.apache.org/flink/flink-docs-release-1.20/docs/connectors/datastream/guarantees/).
      'Checkpoints: every few seconds, a consistent snapshot of all state and the input offsets. After a failure Flink restores it and replays from those offsets: the state counts each order once, but the replayed results reach the sink again unless it is transactional or idempotent.',
      'Watermarks: a window closes when the watermark says event time has passed it, not by the wall clock.',
      // Savepoints docs: state is matched to operators by uid; state no operator claims fails the
      // restore unless --allowNonRestoredState (nightlies.apache.org/flink/flink-docs-stable/docs/ops/state/savepoints/).
      'Savepoints: snapshots taken by hand, to upgrade or move a job. The new version restores the state of every operator that keeps its uid and can read it.',
    ],
    showMe: {
      patch: {
        stream: { earlyEvery: 30 * time.SECOND, allowedLateness: 2 * time.MINUTE },
        scenario: { lateShare: 0.2 },
      },
      watch:
        'Per window in the stream lane: an early pane (a dashed E pill) while the window is open, the on-time pane (a solid O pill) when the watermark passes its end, late panes (an L tag) within the allowed lateness.',
    },
  },
  {
    id: 'tools',
    title: 'The tools',
    paragraphs: ['Which engine sits where:'],
    points: [
      'Apache Spark: the common batch engine; Structured Streaming runs the same kind of query as micro-batches.',
      'Apache Flink: stream processing on event time, with exactly-once state (end to end with a transactional or idempotent sink).',
      'Kafka Streams: a Java library rather than a cluster; lighter than Flink, with fewer features.',
      'dbt on Snowflake or BigQuery: SQL transformations run as batch in a cloud warehouse, where most analytics lives. It complements streaming rather than competing with it.',
    ],
    showMe: {
      patch: {
        microBatch: {
          triggerInterval: 5 * time.MINUTE,
          watermarkDelay: 2 * time.MINUTE,
          outputMode: 'append',
        },
      },
      watch:
        'A Spark-style micro-batch every five minutes in append mode: each window appears once, after the watermark has passed it.',
    },
  },
  {
    id: 'uses',
    title: 'Where each is used',
    paragraphs: ['Real systems mix the approaches:'],
    points: [
      'Recommendations: the model is retrained nightly in batch, while live clicks stream in to adjust what is shown.',
      'Leaderboards: scores stream in and the ranking moves within seconds.',
      'Counting active users: a stream keeps a HyperLogLog sketch, which estimates how many distinct users it has seen in a few kilobytes instead of storing every id.',
      'Logging: logs are a stream from the start; the reports built on them usually run as batch.',
    ],
    showMe: {
      patch: {
        window: { kind: 'tumbling', size: 1 * time.MINUTE },
        stream: { watermarkBound: 10 * time.SECOND, earlyEvery: 10 * time.SECOND },
      },
      watch:
        'One-minute windows with early results every ten seconds: the stream lane moves like a live leaderboard.',
    },
  },
];
