// The engine's only public surface (shared/design/engine-api.md): views, the store, benchmarks
// and embedding sites import from here, never from a module path, so files can move freely
// behind it. Pure and seeded throughout: same input, same output.
//
// The contract's names are flat, at the top; everything else is in a namespace named after what
// it holds (`lab.runLab`, `metrics.lostBy`, `time.MINUTE`). Namespaces are ES module namespaces
// (`export * as`), so a bundle keeps only the members it uses. Types are flat and grouped the
// same way. The code export is a surface of its own, ./codegen, loaded on demand.

// The contract: generation, windows, the four pipelines, the truth, the seeded generator and the
// reservoir, and the error every validation throws.
export { defaultScenario } from './events/scenario';
export { generateOrders } from './events/generate';
export { assignWindows } from './windows/assign';
export { runStream } from './pipelines/stream';
export { runMicroBatch } from './pipelines/microbatch';
export { runBatch } from './pipelines/batch';
export { queryAt, groundTruth } from './pipelines/query';
export { createRng } from './core/rng';
export { createReservoir } from './sampling/reservoir';
export { EngineInputError } from './core/validate';
export type {
  OrderEvent,
  WindowRef,
  Row,
  WindowSpec,
  WatermarkSpec,
  StreamConfig,
  Pane,
  StreamRun,
  MicroBatchConfig,
  MicroBatch,
  BatchConfig,
  BatchRun,
  Rng,
} from './core/types';
export type { Scenario } from './events/scenario';
export type { Reservoir } from './sampling/reservoir';

// Everything else, by what it holds.
/** SECOND, MINUTE, HOUR, DAY in simulated milliseconds; lookups on ascending arrays of times. */
export * as time from './core/time';
/** Window helpers beyond assignWindows: normalising, ids, starts, the global window. */
export * as windows from './windows/index';
/** Batch re-runs and the Kafka Streams flavour of the stream lane. */
export * as pipelines from './pipelines/index';
/** A scenario's validation, vocabularies and limits. */
export * as scenarios from './events/index';
/** Complexity, latency, results against the truth, losses, state, partition holds. */
export * as metrics from './metrics/index';
/** The lab's settings, slider ranges and link limit, the configs derived from them, runLab and
 * indexRun (a run's sorted times). */
export * as lab from './lab/index';
/** Events and results as CSV / JSON Lines, the validating import, the event schema, ISO times. */
export * as io from './io/index';
/** Checkpoints, crashes under each delivery guarantee, savepoints, backfills, Lambda and Kappa. */
export * as guarantees from './guarantees/index';

export type { KafkaStreamsConfig } from './pipelines/kafkaStreams';
export type { CurveName, DelayKind, LateDelay, Outage, ScenarioInput } from './events/scenario';
export type {
  CountingRng,
  CountedReservoir,
  ChiSquareResult,
  InclusionTrials,
  PositionSampler,
  SamplerFactory,
  HyperLogLog,
  SpaceSaving,
  SpaceSavingEntry,
} from './sampling/index';
export type {
  Approach,
  Complexity,
  ComplexityOptions,
  Mechanism,
  MechanismId,
  LatencyStats,
  Accounting,
  Emission,
  LaneAccount,
  ResultCell,
  ResultIndex,
  StreamAccumulation,
  Tally,
  LaneOutputs,
  LossLanes,
  LossTimes,
  LostSoFar,
  StatePoint,
  WindowHold,
} from './metrics/index';
export type {
  Accumulation,
  BatchSchedule,
  BatchSettings,
  LabRun,
  LabSettings,
  LabSettingsInput,
  LaneId,
  LaneSummary,
  LateRowFilter,
  MicroBatchSettings,
  Outcome,
  OutputMode,
  RunIndex,
  StreamFlavour,
  StreamSettings,
} from './lab/index';
export type {
  ClockSkew,
  EventImport,
  ImportFormat,
  ImportIssue,
  ImportLimits,
  ImportResult,
} from './io/index';
export type {
  BatchQuery,
  CodeExport,
  CodeTarget,
  Difference,
  EventField,
  EventSpan,
} from './export';
export type * from './guarantees/index';
