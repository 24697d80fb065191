// Property tests start from a fixed seed, so a failure in CI repeats on a laptop: fast-check
// prints the seed and path of a failure; FUZZ_SEED=<seed> npx vitest run <file> replays it.
import fc from 'fast-check';
import { FUZZ_SEED } from '../fuzz/seed';

fc.configureGlobal({ seed: FUZZ_SEED });
