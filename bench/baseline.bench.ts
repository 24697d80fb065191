// The reference point every other benchmark is compared with: the simplest possible code that
// answers "revenue per product per 5-minute window" — one loop summing into a Map.
import { benchCase } from './harness';

const N = 1_000_000;
const FIVE_MINUTES = 5 * 60_000;

interface Synthetic {
  keys: string[];
  amounts: Int32Array;
  times: Float64Array;
}

/** Synthetic events without the generator, so the baseline measures the loop and nothing else. */
export function syntheticEvents(n: number): Synthetic {
  const keys: string[] = [];
  const amounts = new Int32Array(n);
  const times = new Float64Array(n);
  let seed = 42;
  const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff);
  for (let i = 0; i < n; i++) {
    keys.push(`p${((next() >>> 16) % 20) + 1}`); // high bits: an LCG's low bits cycle
    amounts[i] = 100 + ((next() >>> 8) % 10_000);
    times[i] = i * 60; // 1M events over ~16.7 hours
  }
  return { keys, amounts, times };
}

export const baseline = benchCase({
  name: 'baseline: Map sum per (key, 5-min window)',
  items: N,
  setup: () => syntheticEvents(N),
  run: ({ keys, amounts, times }) => {
    const sums = new Map<string, number>();
    for (let i = 0; i < keys.length; i++) {
      const start = times[i]! - (times[i]! % FIVE_MINUTES);
      const id = `${keys[i]}|${start}`;
      sums.set(id, (sums.get(id) ?? 0) + amounts[i]!);
    }
    return sums;
  },
  notes: (_ctx, sums) => `${(sums as Map<string, number>).size} groups`,
});

export const cases = [baseline];
