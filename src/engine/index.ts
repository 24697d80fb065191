// The engine's only public surface (shared/design/engine-api.md): views, the store, benchmarks
// and embedding sites import from here, never from a module path, so files can move freely
// behind it. Pure and seeded throughout: same input, same output.

// Time, events, windows.
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
export { SECOND, MINUTE, HOUR, DAY } from './core/time';
export { EngineInputError } from './core/validate';
export { createRng } from './core/rng';
export {
  assignNormalized,
  assignWindows,
  GLOBAL_WINDOW,
  normalizeWindow,
  windowId,
  windowStart,
} from './windows/assign';

// Pipelines and the truth.
export { runStream } from './pipelines/stream';
export {
  kafkaStreamTime,
  kafkaStreamsStreamConfig,
  runKafkaStreams,
} from './pipelines/kafkaStreams';
export type { KafkaStreamsConfig } from './pipelines/kafkaStreams';
export { runMicroBatch } from './pipelines/microbatch';
export { runBatch, rerunBatch } from './pipelines/batch';
export { queryAt, groundTruth } from './pipelines/query';

// Generation and sampling.
export {
  AMOUNT_UNIT,
  CURVE_NAMES,
  DELAY_KINDS,
  MAX_CUSTOMERS,
  MAX_EXPECTED_ORDERS,
  MAX_OUTAGES,
  MAX_PRODUCTS,
  MAX_REGIONS,
  MAX_SIGMA,
  MAX_SKEW,
  PRODUCT_PRICES,
  RATE_PER,
  TIME_UNIT,
  defaultScenario,
  normalizeScenario,
} from './events/scenario';
export type {
  CurveName,
  DelayKind,
  LateDelay,
  Outage,
  Scenario,
  ScenarioInput,
} from './events/scenario';
export { generateOrders } from './events/generate';
export { createReservoir } from './sampling/reservoir';
export type { Reservoir } from './sampling/reservoir';

// Metrics: complexity, latency, results against the truth, state.
export { complexityOf } from './metrics/complexity';
export type {
  Approach,
  Complexity,
  ComplexityOptions,
  Mechanism,
  MechanismId,
} from './metrics/complexity';
export {
  QUERY_FIXED_MS,
  QUERY_MS_PER_ROW,
  batchLatencies,
  latencyStats,
  microBatchLatencies,
  percentile,
  requestCost,
  requestLatencies,
  streamLatencies,
} from './metrics/latency';
export type { LatencyStats } from './metrics/latency';
export {
  accounting,
  batchEmissions,
  compareToTruth,
  indexResults,
  microBatchEmissions,
  streamEmissions,
} from './metrics/results';
export type {
  Accounting,
  Emission,
  LaneAccount,
  ResultCell,
  ResultIndex,
  StreamAccumulation,
  Tally,
} from './metrics/results';
export type { LaneOutputs } from './metrics/accounting';
export { lossTimes, lostBy } from './metrics/losses';
export type { LossLanes, LossTimes, LostSoFar } from './metrics/losses';
export { batchState, microBatchState, peak, streamState } from './metrics/state';
export { holdAt, lastOrderBefore, windowHolds } from './metrics/partitions';
export type { WindowHold } from './metrics/partitions';
export type { StatePoint } from './metrics/state';

// The lab: its settings, the pipeline configs derived from them, and one run of everything.
export * from './lab/settings';
export {
  WATERMARK_INTERVAL,
  batchConfigOf,
  microBatchConfigOf,
  streamConfigOf,
} from './lab/configs';
export { LANES, runLab } from './lab/run';
export type { LabRun, LaneId, LaneSummary, Outcome } from './lab/run';

// One-pass stream summaries: samplers, fairness check, distinct counting, heavy hitters.
export { createReservoirL } from './sampling/algorithmL';
export {
  countingRng,
  createCountedReservoir,
  type CountingRng,
  type CountedReservoir,
} from './sampling/countingRng';
export { firstK, everyNth, fixedProbability } from './sampling/naive';
export { chiSquare, gammaQ, type ChiSquareResult } from './sampling/chiSquare';
export {
  inclusionTrials,
  type InclusionTrials,
  type PositionSampler,
  type SamplerFactory,
} from './sampling/trials';
export { createHyperLogLog, hashValue, splitHash, type HyperLogLog } from './sampling/hyperloglog';
export { createSpaceSaving, type SpaceSaving, type SpaceSavingEntry } from './sampling/spaceSaving';

// Code export lives in its own surface, ./codegen (the code panel loads it on demand, so the
// first download does not carry every engine's templates). Here: the event schema and the ISO
// times the import and export of events share with it.
export { BOOTSTRAP, EVENT_FIELDS, TOPIC } from './io/schema';
export { isoFromMs, msFromIso } from './io/isoTime';
export type {
  BatchQuery,
  CodeExport,
  CodeTarget,
  Difference,
  EventField,
  EventSpan,
} from './export';

// Events in and out: CSV / JSON Lines export, and a validating, chunked import.
export {
  DEFAULT_LIMITS,
  RESULT_FIELDS,
  clockSkew,
  createEventImport,
  eventsToCsv,
  eventsToJsonl,
  importEvents,
  resultsToCsv,
  resultsToJsonl,
} from './io';
export type {
  ClockSkew,
  EventImport,
  ImportFormat,
  ImportIssue,
  ImportLimits,
  ImportResult,
} from './io';

// State, failures and guarantees: checkpoints, crashes under each delivery guarantee, savepoints,
// backfills and Lambda vs Kappa (src/engine/guarantees/).
export * from './guarantees';
