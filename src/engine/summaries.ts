// The engine's sampling and summaries surface: samplers beyond the reservoir, the fairness trials
// and their chi-square test, HyperLogLog and Space-Saving. Apart from ./index, as ./codegen is: a
// namespace the index exports is built in the chunk every page loads first, with every module it
// names, although only the lazy Sampling tab and the stage's mini reservoir use it.
export * as sampling from './sampling/index';
