// One-pass stream summaries beyond the contract's createReservoir: Algorithm L, counted draws,
// the naive samplers and the chi-square check that shows them unfair, HyperLogLog, Space-Saving.
export { createReservoirL } from './algorithmL';
export {
  countingRng,
  createCountedReservoir,
  type CountingRng,
  type CountedReservoir,
} from './countingRng';
export { firstK, everyNth, fixedProbability } from './naive';
export { chiSquare, gammaQ, type ChiSquareResult } from './chiSquare';
export {
  inclusionTrials,
  type InclusionTrials,
  type PositionSampler,
  type SamplerFactory,
} from './trials';
export { createHyperLogLog, hashValue, splitHash, type HyperLogLog } from './hyperloglog';
export { createSpaceSaving, type SpaceSaving, type SpaceSavingEntry } from './spaceSaving';
