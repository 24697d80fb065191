// What the lab measures of each lane: complexity (the chart's axis), latency per order, results
// against the truth, what each lane lost and when, state held, and how partitions hold windows.
export { complexityOf } from './complexity';
export type { Approach, Complexity, ComplexityOptions, Mechanism, MechanismId } from './complexity';
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
} from './latency';
export type { LatencyStats } from './latency';
export {
  accounting,
  batchEmissions,
  compareToTruth,
  indexResults,
  microBatchEmissions,
  streamEmissions,
} from './results';
export type {
  Accounting,
  Emission,
  LaneAccount,
  ResultCell,
  ResultIndex,
  StreamAccumulation,
  Tally,
} from './results';
export type { LaneOutputs } from './accounting';
export { lossTimes, lostBy } from './losses';
export type { LossLanes, LossTimes, LostSoFar } from './losses';
export { batchState, microBatchState, peak, streamState } from './state';
export type { StatePoint } from './state';
export { holdAt, lastOrderBefore, windowHolds } from './partitions';
export type { WindowHold } from './partitions';
