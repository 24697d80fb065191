// The one-pass stream summaries on a million items: HyperLogLog adds (distinct customers) and
// Space-Saving adds (top products by revenue). Inputs are built once in setup from a seeded rng,
// so each case times only the summary's own work.
import { benchCase } from './harness';
import { createRng } from '../src/engine';
import { sampling } from '../src/engine/summaries';

const N = 1_000_000;
const fmt = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 0 });

/** 1M customer-like ids: 200k distinct values, drawn uniformly (ids repeat as customers return). */
function customerIds(): Float64Array {
  const rng = createRng(17);
  const ids = new Float64Array(N);
  for (let i = 0; i < N; i++) ids[i] = rng.nextInt(1, 200_000);
  return ids;
}

/** 1M (key, cents) pairs over 1,000 keys with Zipf(1.1) popularity, by inverse CDF. */
function skewedOrders(): { keys: Int32Array; weights: Float64Array } {
  const distinct = 1_000;
  const cdf = new Float64Array(distinct);
  let acc = 0;
  for (let i = 0; i < distinct; i++) cdf[i] = acc += 1 / (i + 1) ** 1.1;
  for (let i = 0; i < distinct; i++) cdf[i] = cdf[i]! / acc;
  const rng = createRng(23);
  const keys = new Int32Array(N);
  const weights = new Float64Array(N);
  for (let i = 0; i < N; i++) {
    const u = rng.nextFloat();
    let lo = 0;
    let hi = distinct - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (u < cdf[mid]!) hi = mid;
      else lo = mid + 1;
    }
    keys[i] = lo + 1;
    weights[i] = rng.nextInt(100, 10_000);
  }
  return { keys, weights };
}

export const cases = [
  benchCase({
    name: 'hll add p=14 (1M ids, 200k distinct)',
    items: N,
    setup: customerIds,
    run: (ids) => {
      const hll = sampling.createHyperLogLog(14);
      for (let i = 0; i < N; i++) hll.add(ids[i]!);
      return hll;
    },
    notes: (ids, result) => {
      const hll = result as ReturnType<typeof sampling.createHyperLogLog>;
      const exact = new Set(ids).size;
      const est = hll.estimate();
      return `estimate ${fmt(est)} vs exact ${fmt(exact)} (${(((est - exact) / exact) * 100).toFixed(2)}%), ${fmt(hll.memoryBytes())} B vs ~${fmt(exact * 8)} B as a set`;
    },
  }),
  benchCase({
    name: 'space-saving add cap=100 (1M weighted, 1k skewed keys)',
    items: N,
    setup: skewedOrders,
    run: ({ keys, weights }) => {
      const ss = sampling.createSpaceSaving<number>(100);
      for (let i = 0; i < N; i++) ss.add(keys[i]!, weights[i]!);
      return ss;
    },
    notes: (_c, result) => {
      const ss = result as ReturnType<typeof sampling.createSpaceSaving<number>>;
      const top = ss.top(3);
      return `top-3 ${top.map((e) => `#${e.key}`).join(' ')}, ${top.filter((e) => e.guaranteed).length} guaranteed, ${ss.memory()} counters`;
    },
  }),
];
