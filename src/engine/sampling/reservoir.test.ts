// createReservoir: Algorithm R as Spark's SamplingUtils.reservoirSampleAndCount runs it (fill k
// slots, then item i replaces slot j = uniform in [0, i] when j < k). The chi-square test below
// shows it is uniform, and that the classic off-by-one (j in [0, i)) is caught by the same test.
import { describe, expect, it } from 'vitest';
import { createRng } from '../core/rng';
import type { Rng } from '../core/types';
import { EngineInputError } from '../core/validate';
import { createReservoir } from './reservoir';

/** Critical value of chi-square with 19 degrees of freedom at alpha = 0.001. */
const CHI2_19DF_0001 = 43.82;

/** How often each position of a `streamLength` stream ends in a k-sample, over `trials` runs. */
function inclusionCounts(
  sampler: (k: number, rng: Rng) => { offer(item: number): unknown; items(): readonly number[] },
  trials: number,
  streamLength: number,
  k: number,
): number[] {
  const rng = createRng(2024);
  const counts = new Array<number>(streamLength).fill(0);
  for (let t = 0; t < trials; t++) {
    const r = sampler(k, rng);
    for (let i = 0; i < streamLength; i++) r.offer(i);
    for (const item of r.items()) counts[item] = (counts[item] ?? 0) + 1;
  }
  return counts;
}

function chiSquare(counts: readonly number[], expected: number): number {
  return counts.reduce((sum, c) => sum + (c - expected) ** 2 / expected, 0);
}

/** The classic bug, for the test only: j drawn from [0, i) instead of [0, i]. */
function createWrongReservoir(k: number, rng: Rng) {
  const slots: number[] = [];
  let seen = 0;
  return {
    offer(item: number) {
      const i = seen++;
      if (i < k) {
        slots.push(item);
        return;
      }
      const j = rng.nextInt(0, i - 1);
      if (j < k) slots[j] = item;
    },
    items: () => slots.slice(),
  };
}

describe('createReservoir(k, rng)', () => {
  it('keeps min(k, n) items after n offers', () => {
    for (const n of [0, 1, 4, 5, 6, 100]) {
      const r = createReservoir<number>(5, createRng(n));
      for (let i = 0; i < n; i++) r.offer(i);
      expect(r.items()).toHaveLength(Math.min(5, n));
      expect(r.seen()).toBe(n);
    }
  });

  it('keeps the first k items in slots 0..k-1 without a replacement', () => {
    const r = createReservoir<string>(3, createRng(1));
    expect(r.offer('a')).toEqual({ kept: true, slot: 0 });
    expect(r.offer('b')).toEqual({ kept: true, slot: 1 });
    expect(r.offer('c')).toEqual({ kept: true, slot: 2 });
    expect(r.items()).toEqual(['a', 'b', 'c']);
  });

  it('reports the replaced slot, within [0, k), and puts the item there', () => {
    const k = 4;
    const r = createReservoir<number>(k, createRng(9));
    let replacements = 0;
    for (let i = 0; i < 500; i++) {
      const res = r.offer(i);
      if (i < k) continue;
      if (res.kept) {
        replacements++;
        expect(res.replaced).toBeGreaterThanOrEqual(0);
        expect(res.replaced).toBeLessThan(k);
        expect(res.slot).toBe(res.replaced);
        expect(r.items()[res.replaced ?? -1]).toBe(i);
      } else {
        expect(res.replaced).toBeUndefined();
      }
    }
    // E[replacements] = sum over i = 4..499 of 4 / (i + 1) ~ 4 ln(500 / 4.5) ~ 18.8
    expect(replacements).toBeGreaterThan(5);
    expect(replacements).toBeLessThan(40);
  });

  it('holds distinct items of the stream', () => {
    const r = createReservoir<number>(10, createRng(5));
    for (let i = 0; i < 1000; i++) r.offer(i);
    const items = r.items();
    expect(new Set(items).size).toBe(10);
    for (const x of items) expect(x >= 0 && x < 1000).toBe(true);
  });

  it('returns a copy from items(), unaffected by later offers', () => {
    const r = createReservoir<number>(1, createRng(5));
    r.offer(1);
    const before = r.items();
    for (let i = 2; i < 100; i++) r.offer(i);
    expect(before).toEqual([1]);
  });

  it('keeps the i-th item with probability k / (i + 1): the draw is nextInt(0, i), kept when < k', () => {
    // A scripted rng shows the exact draw: at i = 3 with k = 3 it asks for [0, 3].
    const calls: [number, number][] = [];
    const scripted: Rng = {
      nextInt(min, max) {
        calls.push([min, max]);
        return max; // the largest draw: j = i >= k, so dropped
      },
      nextFloat: () => 0,
    };
    const r = createReservoir<number>(3, scripted);
    for (let i = 0; i < 5; i++) r.offer(i);
    expect(calls).toEqual([
      [0, 3],
      [0, 4],
    ]);
    expect(r.items()).toEqual([0, 1, 2]);
  });

  it('is deterministic for a seed', () => {
    const run = () => {
      const r = createReservoir<number>(5, createRng(77));
      for (let i = 0; i < 1000; i++) r.offer(i);
      return r.items();
    };
    expect(run()).toEqual(run());
  });

  it('includes every position of a 20-item stream equally often (chi-square, 19 df, alpha 0.001)', () => {
    const trials = 4000;
    const counts = inclusionCounts(createReservoir<number>, trials, 20, 5);
    // Each position is in the sample with probability k / n = 5 / 20.
    const stat = chiSquare(counts, (trials * 5) / 20);
    expect(stat).toBeLessThan(CHI2_19DF_0001);
  });

  it('fails the same chi-square check with the off-by-one draw j in [0, i)', () => {
    const trials = 4000;
    const counts = inclusionCounts(createWrongReservoir, trials, 20, 5);
    // The wrong draw keeps item k always and favours late items: 5/19 vs 4/19 for the first k.
    const stat = chiSquare(counts, (trials * 5) / 20);
    expect(stat).toBeGreaterThan(CHI2_19DF_0001);
  });

  it('rejects a size that is not an integer >= 1', () => {
    const rng = createRng(1);
    expect(() => createReservoir(0, rng)).toThrow(EngineInputError);
    expect(() => createReservoir(0, rng)).toThrow(
      'invalid reservoir size: 0 (must be an integer >= 1)',
    );
    expect(() => createReservoir(2.5, rng)).toThrow(
      'invalid reservoir size: 2.5 (must be an integer >= 1)',
    );
    expect(() => createReservoir(NaN, rng)).toThrow(
      'invalid reservoir size: NaN (must be a finite number)',
    );
  });

  it('rejects something that is not an rng', () => {
    expect(() => createReservoir(3, null as unknown as Rng)).toThrow(
      'invalid rng: null (must be an Rng from createRng)',
    );
  });
});
