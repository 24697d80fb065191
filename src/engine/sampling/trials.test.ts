// inclusionTrials: the "run N trials" histogram behind the fairness panel: counts, the flat
// expected line, the chi-square verdict, one seeded rng per trial.
import { describe, expect, it } from 'vitest';
import type { Rng } from '../core/types';
import { EngineInputError } from '../core/validate';
import { createReservoir } from './reservoir';
import { firstK } from './naive';
import { inclusionTrials } from './trials';

describe('inclusionTrials(makeSampler, n, k, trials, seed)', () => {
  it('counts trials * k kept positions in all, against a flat expected trials * k / n', () => {
    const res = inclusionTrials(createReservoir, 100, 10, 2000, 42);
    expect(res.counts).toHaveLength(100);
    expect(res.counts.reduce((a, b) => a + b, 0)).toBe(20_000);
    expect(res.expected).toEqual(new Array<number>(100).fill(200));
    expect(res.meanSize).toBe(10);
    expect(res.chi.df).toBe(99);
  });

  it('passes Algorithm R at alpha 0.001 over 10,000 trials of n = 100, k = 10', () => {
    const res = inclusionTrials(createReservoir, 100, 10, 10_000, 2024);
    expect(res.chi.pValue).toBeGreaterThan(0.001);
  });

  it('fails the off-by-one Algorithm R (j from [0, i)) at alpha 0.001', () => {
    const wrong = (k: number, rng: Rng) => {
      const slots: number[] = [];
      let seen = 0;
      return {
        offer(item: number) {
          const i = seen++;
          if (i < k) slots.push(item);
          else {
            const j = rng.nextInt(0, i - 1);
            if (j < k) slots[j] = item;
          }
        },
        items: () => slots.slice(),
      };
    };
    const res = inclusionTrials(wrong, 20, 5, 4000, 2024);
    expect(res.chi.pValue).toBeLessThan(0.001);
  });

  it('gives trial t its own rng createRng(seed + t): one trial with seed s + 1 is trial 1 of seed s', () => {
    const two = inclusionTrials(createReservoir, 30, 3, 2, 10);
    const first = inclusionTrials(createReservoir, 30, 3, 1, 10);
    const second = inclusionTrials(createReservoir, 30, 3, 1, 11);
    expect(two.counts).toEqual(first.counts.map((c, i) => c + second.counts[i]!));
  });

  it('is deterministic for a seed', () => {
    const a = inclusionTrials(createReservoir, 50, 5, 300, 9);
    const b = inclusionTrials(createReservoir, 50, 5, 300, 9);
    expect(a).toEqual(b);
  });

  it('rejects bad lengths, sizes, trials, seeds and items outside the stream', () => {
    expect(() => inclusionTrials(createReservoir, 1, 1, 10, 1)).toThrow(EngineInputError);
    expect(() => inclusionTrials(createReservoir, 1, 1, 10, 1)).toThrow(
      'invalid stream length: 1 (must be an integer >= 2)',
    );
    expect(() => inclusionTrials(createReservoir, 10, 11, 10, 1)).toThrow(
      'invalid sample size: 11 (must be <= stream length 10)',
    );
    expect(() => inclusionTrials(createReservoir, 10, 2, 0, 1)).toThrow(
      'invalid trials: 0 (must be an integer >= 1)',
    );
    expect(() => inclusionTrials(createReservoir, 10, 2, 5, 0.5)).toThrow(
      'invalid seed: 0.5 (seed + trials - 1 must be a safe integer)',
    );
    const liar = () => ({ offer: () => undefined, items: () => [10] });
    expect(() => inclusionTrials(liar, 10, 1, 1, 1)).toThrow(
      'invalid sampled item in trial 0: 10 (must be a position in [0, 10))',
    );
    expect(() => inclusionTrials(null as never, 10, 1, 1, 1)).toThrow(
      'invalid sampler factory: null (must be a function (k, rng) => sampler)',
    );
  });

  it('works with samplers that ignore rng (firstK)', () => {
    const res = inclusionTrials((k) => firstK(k), 10, 2, 5, 0);
    expect(res.counts).toEqual([5, 5, 0, 0, 0, 0, 0, 0, 0, 0]);
  });
});
