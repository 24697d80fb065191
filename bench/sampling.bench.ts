// Reservoir sampling at stream speed: Algorithm R and Algorithm L offering a million items into
// k = 100 (target for R: >= 20M offers/s), and the fairness panel's "run 10,000 trials" button.
// Run with `npx tsx bench/run.ts sampling`; every case name holds "sampling" for that filter.
import { benchCase } from './harness';
import { createReservoir, createRng } from '../src/engine';
import { sampling } from '../src/engine/summaries';

const N = 1_000_000;
const K = 100;
const fmt = (n: number) => n.toLocaleString('en-US');

export const cases = [
  benchCase({
    name: 'sampling: Algorithm R, 1M offers, k = 100',
    items: N,
    setup: () => null,
    run: () => {
      const r = createReservoir<number>(K, createRng(1));
      for (let i = 0; i < N; i++) r.offer(i);
      return r;
    },
    notes: (_c, r) =>
      `target >= 20M offers/s; ${(r as { items(): readonly number[] }).items().length} kept`,
  }),
  benchCase({
    name: 'sampling: Algorithm L, 1M offers, k = 100',
    items: N,
    setup: () => null,
    run: () => {
      const r = sampling.createReservoirL<number>(K, createRng(1));
      for (let i = 0; i < N; i++) r.offer(i);
      return r;
    },
    notes: (_c, r) => {
      const l = r as ReturnType<typeof sampling.createReservoirL<number>>;
      const rDraws = (() => {
        const c = sampling.createCountedReservoir<number>(K, createRng(1));
        for (let i = 0; i < N; i++) c.offer(i);
        return c.draws();
      })();
      return `draws: L ${fmt(l.draws())} vs R ${fmt(rDraws)}`;
    },
  }),
  benchCase({
    name: 'sampling: inclusionTrials 10,000 x (n = 100, k = 10), Algorithm R',
    items: 10_000 * 100,
    setup: () => null,
    run: () => sampling.inclusionTrials(createReservoir, 100, 10, 10_000, 1),
    notes: (_c, r) => {
      const { chi } = r as ReturnType<typeof sampling.inclusionTrials>;
      return `items = offers; chi2 ${chi.statistic.toFixed(1)} (df ${chi.df}), p ${chi.pValue.toFixed(3)}`;
    },
  }),
];
