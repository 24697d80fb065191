// The complexity model behind the latency-versus-complexity chart. Each approach lists the
// mechanisms it cannot work without, each with a weight and a one-line reason; the score is their
// sum. Nothing on the chart's complexity axis is a magic number: the tooltip shows this breakdown.
import type { MicroBatchConfig, StreamConfig } from '../core/types';

/** One piece of machinery an approach needs, and what it costs to run and reason about. */
export interface Mechanism {
  id: MechanismId;
  label: string;
  /** Relative cost: 1 = a routine piece any team runs; 3 = a whole extra system to own. */
  weight: number;
  /** Why this approach needs it, in one line. */
  reason: string;
}

export type MechanismId =
  | 'oltp-table'
  | 'query-per-request'
  | 'scheduler'
  | 'durable-storage'
  | 'trigger-loop'
  | 'state-store'
  | 'watermarks'
  | 'event-time-triggers'
  | 'late-data-path'
  | 'checkpoints'
  | 'replayable-log'
  | 'idempotent-sink'
  | 'always-on-cluster'
  | 'retractions'
  | 'second-codebase'
  | 'serving-merge';

export type Approach = 'request' | 'batch' | 'microbatch' | 'stream' | 'lambda' | 'kappa';

export interface Complexity {
  approach: Approach;
  score: number;
  mechanisms: Mechanism[];
}

/** Settings that change which mechanisms an approach needs. All optional. */
export interface ComplexityOptions {
  stream?: Pick<StreamConfig, 'allowedLateness' | 'trigger' | 'accumulation'>;
  /**
   * Accepted for callers that pass it; the output mode no longer changes the score: a sink must
   * tolerate a replayed batch in append mode too.
   */
  microBatch?: Pick<MicroBatchConfig, 'outputMode'>;
}

const M = {
  'oltp-table': [1, 'OLTP table', 'Every order is written to an indexed table the query can read.'],
  'query-per-request': [
    1,
    'Query per request',
    'Each page view re-aggregates the orders it needs, so cost grows with the data scanned.',
  ],
  scheduler: [
    1,
    'Scheduler',
    'Something (cron, Airflow) must start the job after each period ends.',
  ],
  'durable-storage': [
    1,
    'Durable storage',
    "The period's raw orders must be kept until the job reads them (files, a warehouse).",
  ],
  'trigger-loop': [
    1,
    'Trigger loop',
    'A driver wakes up every interval, finds new input and plans a small job over it.',
  ],
  'state-store': [
    2,
    'State store',
    // Flink's default backend is the heap (HashMapStateBackend), RocksDB the opt-in for large state
    // (nightlies.apache.org/flink/flink-docs-stable/docs/ops/state/state_backends/); Spark's default
    // is the HDFS-backed state store, RocksDB again an option.
    'Running sums per product and window must survive between batches or events (on the heap or in RocksDB, backed up by checkpoints).',
  ],
  watermarks: [
    2,
    'Watermarks',
    "The job must guess when a window's input is complete, trading lateness against waiting.",
  ],
  'event-time-triggers': [
    1,
    'Event-time triggers',
    'Per-window timers decide when results are emitted: on time, early, or again when late orders come.',
  ],
  'late-data-path': [
    1.5,
    'Late-data path',
    'Orders that miss their window need a rule: update the result, or send them to a side output.',
  ],
  checkpoints: [
    2,
    'Checkpoints',
    // Exactly-once *state*: a restart rolls state and offsets back together and replays the rest, so
    // the sink sees those results again (Flink docs, "Fault Tolerance Guarantees of Data Sources and
    // Sinks": end to end needs a transactional or idempotent sink).
    'State and read positions are snapshotted together, so after a crash the state counts each order once; the orders since the snapshot are replayed, and their results reach the sink again.',
  ],
  'replayable-log': [
    1.5,
    'Replayable log',
    'Input must be re-readable from an offset (Kafka) to recover from a crash or to backfill.',
  ],
  'idempotent-sink': [
    1.5,
    'Idempotent sink',
    // Every mode replays after a crash: Spark re-runs the batch its commit log lacks, Flink replays
    // from the last checkpoint (Spark guide, "Fault Tolerance Semantics": idempotent sinks).
    'A restart replays what came after the last checkpoint or committed batch and writes those results again, so the sink must upsert or commit transactionally (updated windows need the same).',
  ],
  'always-on-cluster': [
    2,
    'Always-on cluster',
    'Workers run day and night and someone is on call for them.',
  ],
  retractions: [
    1,
    'Retractions',
    'Downstream consumers must undo the previous value of a window before applying the new one.',
  ],
  'second-codebase': [
    3,
    'Second codebase',
    'The same business logic lives twice, in the batch and the speed layer, and must be kept in sync.',
  ],
  'serving-merge': [
    1,
    'Serving-layer merge',
    'Reads combine the batch view with the live view since the last batch.',
  ],
} as const satisfies Record<MechanismId, readonly [number, string, string]>;

function mechanism(id: MechanismId): Mechanism {
  const [weight, label, reason] = M[id];
  return { id, label, weight, reason };
}

function needs(approach: Approach, options: ComplexityOptions): MechanismId[] {
  switch (approach) {
    case 'request':
      return ['oltp-table', 'query-per-request'];
    case 'batch':
      return ['scheduler', 'durable-storage'];
    case 'microbatch':
      // A processingTime query is a long-running application like a stream job (Spark guide,
      // "Triggers"), and its sink sees a replayed batch after a crash in every output mode.
      return [
        'always-on-cluster',
        'trigger-loop',
        'state-store',
        'watermarks',
        'checkpoints',
        'replayable-log',
        'idempotent-sink',
      ];
    case 'stream': {
      const s = options.stream ?? {};
      const ids: MechanismId[] = [
        'always-on-cluster',
        'state-store',
        'watermarks',
        'event-time-triggers',
        'checkpoints',
        'replayable-log',
        'idempotent-sink',
      ];
      if ((s.allowedLateness ?? 0) > 0 || s.trigger?.late !== undefined) ids.push('late-data-path');
      if (s.accumulation === 'retracting') ids.push('retractions');
      return ids;
    }
    case 'lambda':
      return [
        ...new Set([
          ...needs('batch', options),
          ...needs('stream', options),
          'second-codebase',
          'serving-merge',
        ]),
      ] as MechanismId[];
    case 'kappa':
      return needs('stream', options);
  }
}

/**
 * What an approach needs and its complexity score (the sum of the weights). Settings matter:
 * allowed lateness adds a late-data path to the stream job, retracting mode adds retractions.
 * Faster is not always more complex: the per-request query is the fastest lane and the simplest.
 */
export function complexityOf(approach: Approach, options: ComplexityOptions = {}): Complexity {
  const mechanisms = needs(approach, options).map(mechanism);
  const score = mechanisms.reduce((sum, m) => sum + m.weight, 0);
  return { approach, score, mechanisms };
}
