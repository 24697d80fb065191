// The walk-through of the concept, in our own words: one short section per idea, each with a
// preset that sets the lab up to show it. Presets start from the default settings, so pressing
// "Show me" twice in different sections never leaves the first section's changes behind.
import { HOUR, MINUTE, SECOND, type LabSettingsInput } from '../../engine';
export { preset } from './preset';

export interface LearnSection {
  id: string;
  title: string;
  paragraphs: readonly string[];
  /** Optional list of short points (tools, Flink's parts, uses). */
  points?: readonly string[];
  showMe: {
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
      'Both reach the same totals in the end. What differs is how soon you need them and what you are willing to operate; many companies run both.',
    ],
    showMe: {
      patch: {},
      watch:
        'The stream lane fills in as orders arrive; the batch lane stays empty until its job runs after midnight.',
    },
  },
  {
    id: 'spectrum',
    title: 'Latency versus complexity',
    paragraphs: [
      'The four lanes sit at different points between fast and simple. Faster answers need more machinery, and fixing a bug gets harder the faster you go.',
    ],
    points: [
      'Nightly batch: hours. A bug fix means running the job again on the stored data. Spark, Hadoop, dbt, BigQuery.',
      'Micro-batch: minutes. A fix re-runs the windows that were wrong. Spark Structured Streaming.',
      'Stream: seconds. A fix means replaying the log and rebuilding state. Flink, Kafka Streams, Beam.',
      'Per-request: milliseconds, computed at query time, but each query scans the data again. A transactional database, materialised views.',
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
      'An order placed at 12:03 may reach the pipeline at 12:09, after the 12:00–12:05 total went out. A batch job never meets this: it starts once the data is in.',
      "A stream processor keeps a watermark, its guess of how far event time has got. Flink fires a window once the watermark passes the window's end; orders for it that turn up later are dropped, unless allowed lateness keeps the window open for corrections.",
    ],
    showMe: {
      patch: {
        scenario: { lateShare: 0.3 },
        stream: { watermarkBound: 30 * SECOND, allowedLateness: 0 },
      },
      watch:
        'Late orders are triangles; crosses mark the orders the stream dropped. Raise allowed lateness to win them back.',
    },
  },
  {
    id: 'exactly-once',
    title: 'Hard part: exactly-once',
    paragraphs: [
      'When a stream job crashes and restarts, no order may be counted twice or lost. The usual recipe: snapshot the operator state together with the input offsets, resume from the latest snapshot, and write to a sink that is idempotent or transactional.',
      'Crashes and restarts get their own lab later. This sets up a stream in normal running, whose running sums are exactly what a checkpoint would save.',
    ],
    showMe: {
      patch: {},
      watch:
        'Every open window holds a running sum per product: that is the state a checkpoint must capture.',
    },
  },
  {
    id: 'state',
    title: 'Hard part: state',
    paragraphs: [
      'To total revenue per product per window, the stream must remember a running sum for every open window of every product. More products and longer windows mean more sums, held for longer.',
      'That state must survive restarts, so stream engines keep it in a keyed store; Flink embeds RocksDB on local disk and backs it up in checkpoints.',
    ],
    showMe: {
      patch: {
        scenario: { products: 26 },
        window: { kind: 'tumbling', size: 30 * MINUTE },
        stream: { allowedLateness: 5 * MINUTE },
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
          start: 23 * HOUR + 20 * MINUTE,
          lateShare: 0.3,
          lateDelay: { kind: 'exponential', mean: 10 * MINUTE, max: 60 * MINUTE },
        },
        batch: { schedule: 'nightly', runDelay: 5 * MINUTE, duration: 10 * MINUTE },
      },
      watch:
        'The first nightly run misses the stragglers; the run a day later re-processes the day and counts them.',
    },
  },
  {
    id: 'lambda-kappa',
    title: 'Lambda versus Kappa',
    paragraphs: [
      'Lambda runs two pipelines: a batch layer recomputes exact answers from scratch, a speed layer streams fresh but rougher ones, and a serving layer merges the two. The cost is the same logic written twice and kept in step.',
      'Kappa keeps only the stream. To recompute, replay the log from the beginning into a fresh job: one codebase, provided the log is kept long enough. Batch stays useful for backfills over years of data and for analysts’ SQL, where speed does not matter.',
    ],
    showMe: {
      patch: {
        scenario: { lateShare: 0.2 },
        stream: { watermarkBound: 30 * SECOND },
      },
      watch:
        'Compare the stream lane (the speed layer: at once, but it drops late orders) with the batch lane (the batch layer: exact, the next morning).',
    },
  },
  {
    id: 'flink',
    title: "Flink's model",
    paragraphs: [
      'Flink runs a job as a graph of operators such as map, filter, window and join. Four ideas give it the correctness batch always had:',
    ],
    points: [
      'Keyed state: each operator keeps state per key, here a running sum per product, in an embedded store.',
      'Checkpoints: every few seconds, a consistent snapshot of all state and the input offsets. After a failure Flink restores it and replays from those offsets, so each order counts once.',
      'Watermarks: a window closes when the watermark says event time has passed it, not by the wall clock.',
      'Savepoints: snapshots taken by hand, to upgrade or move a job without losing its state.',
    ],
    showMe: {
      patch: {
        stream: { earlyEvery: 30 * SECOND, allowedLateness: 2 * MINUTE },
        scenario: { lateShare: 0.2 },
      },
      watch:
        'Per product and window: early panes (diamonds) while the window is open, the on-time pane (square) when the watermark passes its end, late panes (triangles) within the allowed lateness.',
    },
  },
  {
    id: 'tools',
    title: 'The tools',
    paragraphs: ['Which engine sits where:'],
    points: [
      'Apache Spark: the common batch engine; Structured Streaming runs the same kind of query as micro-batches.',
      'Apache Flink: stream processing on event time, with state and exactly-once guarantees.',
      'Kafka Streams: a Java library rather than a cluster; lighter than Flink, with fewer features.',
      'dbt on Snowflake or BigQuery: SQL transformations run as batch in a cloud warehouse, where most analytics lives. It complements streaming rather than competing with it.',
    ],
    showMe: {
      patch: {
        microBatch: {
          triggerInterval: 5 * MINUTE,
          watermarkDelay: 2 * MINUTE,
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
        window: { kind: 'tumbling', size: 1 * MINUTE },
        stream: { watermarkBound: 10 * SECOND, earlyEvery: 10 * SECOND },
      },
      watch:
        'One-minute windows with early results every ten seconds: the stream lane moves like a live leaderboard.',
    },
  },
];
