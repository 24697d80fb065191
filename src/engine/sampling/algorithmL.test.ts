// createReservoirL: Algorithm L (Li 1994) gives the same guarantees as Algorithm R (size
// min(k, n), distinct items, every position equally likely) with far fewer random draws.
import { describe, expect, it } from 'vitest';
import { createRng } from '../core/rng';
import type { Rng } from '../core/types';
import { EngineInputError } from '../core/validate';
import { createReservoirL } from './algorithmL';
import { expectReservoirContract } from '../testing/reservoirContract';
import { createCountedReservoir } from './countingRng';
import { inclusionTrials } from './trials';

describe('createReservoirL(k, rng)', () => {
  it('keeps min(k, n) distinct stream items and counts every offer (property)', () => {
    expectReservoirContract((k, rng) => createReservoirL<number>(k, rng), 400);
  });

  it('uses no draws while filling, then 2 for the first skip and 3 per replacement', () => {
    const r = createReservoirL<number>(3, createRng(4));
    for (let i = 0; i < 3; i++) r.offer(i);
    expect(r.draws()).toBe(0);
    let replacements = 0;
    for (let i = 3; i < 2000; i++) if (r.offer(i).kept) replacements++;
    expect(replacements).toBeGreaterThan(0);
    expect(r.draws()).toBe(2 + 3 * replacements);
  });

  it('includes every position of a 20-item stream equally often (chi-square, 19 df, alpha 0.001)', () => {
    // The same check Algorithm R passes in reservoir.test.ts, with its p-value.
    const res = inclusionTrials(createReservoirL, 20, 5, 4000, 2024);
    expect(res.chi.df).toBe(19);
    expect(res.chi.pValue).toBeGreaterThan(0.001);
    expect(res.meanSize).toBe(5);
  });

  it('includes every position of a 100-item stream equally often with k = 10 (2,000 trials)', () => {
    const res = inclusionTrials(createReservoirL, 100, 10, 2000, 7);
    expect(res.chi.pValue).toBeGreaterThan(0.001);
  });

  it('draws under 5% of what Algorithm R draws on n = 100,000, k = 10', () => {
    const n = 100_000;
    const l = createReservoirL<number>(10, createRng(3));
    const r = createCountedReservoir<number>(10, createRng(3));
    for (let i = 0; i < n; i++) {
      l.offer(i);
      r.offer(i);
    }
    expect(r.draws()).toBe(n - 10); // one per item after the first k
    // E[replacements] ~ k ln(n / k) ~ 92, so about 3 * 92 + 2 draws.
    expect(l.draws()).toBeLessThan(0.05 * r.draws());
    expect(l.draws()).toBeGreaterThan(100);
  });

  it('survives nextFloat returning 0 and values near 1 (u = 1 - nextFloat is never 0)', () => {
    for (const value of [0, 0.999999999999]) {
      const edge: Rng = { nextInt: (min) => min, nextFloat: () => value };
      const r = createReservoirL<number>(2, edge);
      for (let i = 0; i < 50; i++) r.offer(i);
      expect(r.items()).toHaveLength(2);
      expect(r.items().every((x) => Number.isInteger(x))).toBe(true);
    }
  });

  it('is deterministic for a seed', () => {
    const run = () => {
      const r = createReservoirL<number>(5, createRng(77));
      for (let i = 0; i < 1000; i++) r.offer(i);
      return [r.items(), r.draws()];
    };
    expect(run()).toEqual(run());
  });

  it('rejects a size that is not an integer >= 1 and something that is not an rng', () => {
    expect(() => createReservoirL(0, createRng(1))).toThrow(EngineInputError);
    expect(() => createReservoirL(0, createRng(1))).toThrow(
      'invalid reservoir size: 0 (must be an integer >= 1)',
    );
    expect(() => createReservoirL(3, null as unknown as Rng)).toThrow(
      'invalid rng: null (must be an Rng from createRng)',
    );
  });
});
