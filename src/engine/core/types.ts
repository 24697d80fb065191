// The engine's shared vocabulary, exactly as the public contract (shared/design/engine-api.md)
// names it. Every time is a plain number of simulated milliseconds since the scenario's epoch.

/** One order, as generated and as every pipeline receives it. */
export interface OrderEvent {
  /** Unique; generation order. */
  id: number;
  /** The grouping key: a product id such as "p3". */
  key: string;
  /** Revenue in integer cents; aggregates sum it. */
  amount: number;
  /** When the order happened. */
  eventTime: number;
  /** When the pipeline receives it (processing time); may even precede eventTime. */
  arrivalTime: number;
  /** Who ordered; used for distinct counting. Optional so hand-written events stay short. */
  customer?: number;
  /**
   * Source partition 0..n-1 of the `orders` topic (one per region); absent = 0. Only the stream
   * job's bounded watermark reads it (engine-api.md, "Sources and partitions").
   */
  partition?: number;
}

/** A half-open window `[start, end)`. The global window is `-Infinity..Infinity`. */
export interface WindowRef {
  start: number;
  end: number;
}

/** One aggregate: value = sum(amount), count = number of events. */
export interface Row {
  key: string;
  window: WindowRef;
  value: number;
  count: number;
}

export type WindowSpec =
  | { kind: 'tumbling'; size: number; offset?: number }
  | { kind: 'sliding'; size: number; slide: number; offset?: number }
  | { kind: 'session'; gap: number }
  | { kind: 'global' };

export type WatermarkSpec =
  | {
      kind: 'bounded';
      maxOutOfOrderness: number;
      /** Processing ms between emissions, 0 = after every event; default 200. */
      interval?: number;
      /**
       * How many source partitions the job reads; default 1 + the largest partition in the input.
       * A partition that never sends still counts (and holds the watermark at -Infinity).
       */
      partitions?: number;
      /**
       * Flink's `withIdleness`: processing ms without an order after which a partition is idle
       * and leaves the minimum. Default: none (an idle partition holds the watermark).
       */
      idleTimeout?: number;
    }
  | { kind: 'perfect' }
  | { kind: 'explicit'; marks: { at: number; value: number }[] };

export interface StreamConfig {
  window: WindowSpec;
  watermark: WatermarkSpec;
  /** Default 0. */
  allowedLateness?: number;
  trigger?: {
    early?: { every: number } | { count: number };
    late?: 'per-element' | { every: number };
  };
  /** Default 'accumulating'. */
  accumulation?: 'accumulating' | 'discarding' | 'retracting';
  /** Default false: windows the watermark never passed stay open ("never closed"). */
  flushAtEnd?: boolean;
}

export interface Pane extends Row {
  timing: 'early' | 'on-time' | 'late';
  /** Processing time of the firing. */
  emittedAt: number;
  /** Watermark at the firing. */
  watermark: number;
  /** 'retracting' mode: withdraws the key/window's previous pane value. */
  retraction?: true;
}

export interface StreamRun {
  panes: Pane[];
  dropped: OrderEvent[];
  watermarks: { at: number; value: number }[];
  /** Windows the watermark never passed (no on-time pane): "never closed", with their sums. */
  open?: Row[];
  /** Live (key, window) states after each change; one sample per processing time. */
  stateSize?: { at: number; value: number }[];
  /** The most live (key, window) states at any moment. */
  peakState?: number;
  /**
   * Per input event, at the caller's index: emittedAt of the first pane (not a retraction) that
   * included it; NaN when none did (dropped, or its windows never fired).
   */
  firstEmittedAt?: Float64Array;
  /**
   * Bounded watermark over several partitions, or with an idle timeout: each partition's watermark
   * and idle flag, one entry whenever either changes (at the emission that changed it; a partition
   * that sends again is active from the arrival of its order). Absent with one partition and no
   * idle timeout, where the job's watermark is the partition's.
   */
  partitionWatermarks?: { at: number; partition: number; value: number; idle: boolean }[];
}

export interface MicroBatchConfig {
  triggerInterval: number;
  window: WindowSpec;
  watermarkDelay: number;
  outputMode: 'append' | 'update' | 'complete';
  /** Default 'current' (the programming guide's figures); 'previous' = Spark >= 3.4 default. */
  lateRowFilter?: 'current' | 'previous';
  /** Time a batch takes; rows are emitted at t + batchDuration (default 0). */
  batchDuration?: number;
}

export interface MicroBatch {
  id: number;
  start: number;
  end: number;
  emittedAt: number;
  /** The watermark this batch used. */
  watermark: number;
  /** Events read by this batch. */
  inputIds: number[];
  /** What the sink received, per output mode. */
  rows: Row[];
  /** Too late for all of its windows. */
  dropped: OrderEvent[];
  /** The watermark that filtered late rows: `watermark` itself, or the previous batch's with lateRowFilter 'previous'. */
  lateWatermark?: number;
  /** Window x key entries held in state after the batch (for the lab's state chart). */
  stateSize?: number;
}

export interface BatchConfig {
  /** The job aggregates each period of event time (e.g. a day). */
  period: number;
  /** It starts at periodEnd + runDelay and reads all that has arrived by then. */
  runDelay: number;
  /** Rows are emitted at start + duration. */
  duration?: number;
  /** Finer windows inside the period; default: the period itself. */
  window?: WindowSpec;
}

export interface BatchRun {
  period: WindowRef;
  startedAt: number;
  emittedAt: number;
  rows: Row[];
  /** Events of the period that arrived after the job read its input. */
  missed: OrderEvent[];
}

/** A seeded source of randomness; the engine never touches Math.random. */
export interface Rng {
  /** Uniform integer in [min, max], both inclusive. */
  nextInt(min: number, max: number): number;
  /** Uniform float in [0, 1). */
  nextFloat(): number;
}
