// The naive samplers fail the fairness test the reservoir passes (firstK, everyNth) or keep a
// size that drifts with the stream length (fixedProbability): the lab's "why not just ..." panel.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createRng } from '../core/rng';
import { EngineInputError } from '../core/validate';
import { everyNth, firstK, fixedProbability } from './naive';
import { inclusionTrials } from './trials';

describe('firstK(k)', () => {
  it('keeps exactly the first min(k, n) items (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50 }), fc.integer({ min: 0, max: 200 }), (k, n) => {
        const s = firstK<number>(k);
        for (let i = 0; i < n; i++) expect(s.offer(i).kept).toBe(i < k);
        expect(s.items()).toEqual(Array.from({ length: Math.min(k, n) }, (_, i) => i));
        expect(s.seen()).toBe(n);
      }),
      { numRuns: 200 },
    );
  });

  it('is grossly non-uniform: inclusionTrials(n = 100, k = 10) gives p < 1e-10', () => {
    const res = inclusionTrials((k) => firstK(k), 100, 10, 2000, 1);
    expect(res.counts.slice(0, 10).every((c) => c === 2000)).toBe(true);
    expect(res.counts.slice(10).every((c) => c === 0)).toBe(true);
    expect(res.chi.pValue).toBeLessThan(1e-10);
  });

  it('rejects a size that is not an integer >= 1', () => {
    expect(() => firstK(0)).toThrow(EngineInputError);
    expect(() => firstK(0)).toThrow('invalid sample size: 0 (must be an integer >= 1)');
  });
});

describe('everyNth(n)', () => {
  it('keeps positions n-1, 2n-1, ... and grows to floor(seen / n) items (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 0, max: 300 }), (n, len) => {
        const s = everyNth<number>(n);
        for (let i = 0; i < len; i++) {
          const res = s.offer(i);
          expect(res.kept).toBe((i + 1) % n === 0);
        }
        const want = Array.from({ length: Math.floor(len / n) }, (_, j) => (j + 1) * n - 1);
        expect(s.items()).toEqual(want);
      }),
      { numRuns: 200 },
    );
  });

  it('reports the kept item rank as its slot: everyNth(3) keeps 2 in slot 0, 5 in slot 1', () => {
    const s = everyNth<number>(3);
    const results = [0, 1, 2, 3, 4, 5].map((i) => s.offer(i));
    expect(results[2]).toEqual({ kept: true, slot: 0 });
    expect(results[5]).toEqual({ kept: true, slot: 1 });
    expect(results[4]).toEqual({ kept: false });
  });

  it('keeps the same positions in every trial, so the inclusion test fails (p < 1e-10)', () => {
    const res = inclusionTrials((k) => everyNth(100 / k), 100, 10, 2000, 1);
    for (let i = 0; i < 100; i++) expect(res.counts[i]).toBe((i + 1) % 10 === 0 ? 2000 : 0);
    expect(res.chi.pValue).toBeLessThan(1e-10);
  });

  it('rejects a step that is not an integer >= 1', () => {
    expect(() => everyNth(1.5)).toThrow('invalid sampling step: 1.5 (must be an integer >= 1)');
  });
});

describe('fixedProbability(p, rng)', () => {
  it('keeps about p * n items: within 4 standard deviations of Binomial(n, p)', () => {
    for (const [p, n, seed] of [
      [0.1, 10_000, 1],
      [0.5, 1_000, 2],
      [0.01, 100_000, 3],
    ] as const) {
      const s = fixedProbability<number>(p, createRng(seed));
      for (let i = 0; i < n; i++) s.offer(i);
      const sd = Math.sqrt(n * p * (1 - p));
      expect(Math.abs(s.items().length - p * n)).toBeLessThan(4 * sd);
    }
  });

  it('keeps nothing at p = 0 and everything at p = 1', () => {
    const none = fixedProbability<number>(0, createRng(1));
    const all = fixedProbability<number>(1, createRng(1));
    for (let i = 0; i < 100; i++) {
      none.offer(i);
      all.offer(i);
    }
    expect(none.items()).toEqual([]);
    expect(all.items()).toHaveLength(100);
  });

  it('is fair per position but not fixed-size: passes the inclusion test, sizes vary by trial', () => {
    // Its flaw is the size, not position bias: p must be guessed from a length not known ahead.
    const res = inclusionTrials((k, rng) => fixedProbability(k / 100, rng), 100, 10, 2000, 5);
    expect(res.chi.pValue).toBeGreaterThan(0.001);
    expect(res.meanSize).toBeGreaterThan(9.5);
    expect(res.meanSize).toBeLessThan(10.5);
  });

  it('rejects a probability outside [0, 1] and something that is not an rng', () => {
    expect(() => fixedProbability(1.5, createRng(1))).toThrow(
      'invalid keep probability: 1.5 (must be between 0 and 1)',
    );
    expect(() => fixedProbability(0.5, {} as never)).toThrow(
      'invalid rng: [object Object] (must be an Rng from createRng)',
    );
  });
});
