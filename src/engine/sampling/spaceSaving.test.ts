// createSpaceSaving: Metwally, Agrawal & El Abbadi (2005), "Efficient Computation of Frequent
// and Top-k Elements in Data Streams". A new key takes over the minimum counter, inheriting its
// count as error; Lemma 3.4: every key with true count > min count (<= n/m) is held.
import { describe, expect, it } from 'vitest';
import { createRng } from '../core/rng';
import { EngineInputError } from '../core/validate';
import { generateOrders } from '../events/generate';
import { createSpaceSaving } from './spaceSaving';

/** A Zipf(1.1)-like stream over `distinct` keys k1..kN, drawn by inverse CDF from a seeded rng. */
function zipfStream(seed: number, length: number, distinct: number): string[] {
  const weights = Array.from({ length: distinct }, (_, i) => 1 / (i + 1) ** 1.1);
  const total = weights.reduce((a, b) => a + b, 0);
  const cdf: number[] = [];
  let acc = 0;
  for (const w of weights) cdf.push((acc += w / total));
  const rng = createRng(seed);
  const out: string[] = [];
  for (let i = 0; i < length; i++) {
    const u = rng.nextFloat();
    let k = cdf.findIndex((c) => u < c);
    if (k < 0) k = distinct - 1;
    out.push(`k${k + 1}`);
  }
  return out;
}

describe('createSpaceSaving(capacity)', () => {
  it('createSpaceSaving(capacity) rejects capacities that are not integers >= 1', () => {
    expect(() => createSpaceSaving(0)).toThrow(
      'invalid Space-Saving capacity: 0 (must be an integer >= 1)',
    );
    expect(() => createSpaceSaving(2.5)).toThrow(EngineInputError);
    expect(() => createSpaceSaving(NaN)).toThrow(EngineInputError);
    expect(() => createSpaceSaving(1)).not.toThrow();
  });

  it('add(key, weight) rejects weights that are not finite numbers > 0', () => {
    const ss = createSpaceSaving<string>(3);
    expect(() => ss.add('a', 0)).toThrow('invalid weight: 0 (must be > 0)');
    expect(() => ss.add('a', -5)).toThrow('invalid weight: -5 (must be > 0)');
    expect(() => ss.add('a', NaN)).toThrow('invalid weight: NaN (must be a finite number)');
    expect(ss.total()).toBe(0);
  });

  it('top(n) rejects n that is not an integer >= 0', () => {
    const ss = createSpaceSaving<string>(3);
    expect(() => ss.top(-1)).toThrow('invalid top count: -1 (must be an integer >= 0)');
  });

  it('while under capacity every count is exact and every error 0', () => {
    const ss = createSpaceSaving<string>(3);
    ss.add('a', 5);
    ss.add('b');
    ss.add('a', 2);
    ss.add('c', 3);
    expect(ss.top(10).map(({ key, count, error }) => ({ key, count, error }))).toEqual([
      { key: 'a', count: 7, error: 0 },
      { key: 'c', count: 3, error: 0 },
      { key: 'b', count: 1, error: 0 },
    ]);
    expect(ss.memory()).toBe(3);
    expect(ss.total()).toBe(11);
  });

  it('a new key at capacity replaces the minimum counter and inherits its count as error', () => {
    const ss = createSpaceSaving<string>(2);
    ss.add('a');
    ss.add('a');
    ss.add('b');
    ss.add('c', 4); // evicts b (count 1): c = 1 + 4, error 1
    expect(ss.top(2).map(({ key, count, error }) => ({ key, count, error }))).toEqual([
      { key: 'c', count: 5, error: 1 },
      { key: 'a', count: 2, error: 0 },
    ]);
    expect(ss.memory()).toBe(2);
  });

  it('top(n) breaks count ties by key (numbers numerically, strings by code unit) and stops at n', () => {
    const ss = createSpaceSaving<number>(5);
    for (const k of [10, 2, 33, 2, 10]) ss.add(k);
    expect(ss.top(2).map((e) => e.key)).toEqual([2, 10]);
    const s = createSpaceSaving<string>(5);
    for (const k of ['b', 'a', 'c']) s.add(k);
    expect(s.top(3).map((e) => e.key)).toEqual(['a', 'b', 'c']);
    expect(s.top(0)).toEqual([]);
  });

  it('guaranteed marks a prefix whose guaranteed counts (count - error) beat every other key', () => {
    const ss = createSpaceSaving<string>(2);
    for (let i = 0; i < 10; i++) ss.add('a');
    ss.add('b');
    ss.add('c'); // c = 2, error 1; b (1) is gone, and could be as large as 2
    const [first, second] = ss.top(2);
    expect(first).toMatchObject({ key: 'a', count: 10, error: 0, guaranteed: true });
    expect(second).toMatchObject({ key: 'c', count: 2, error: 1, guaranteed: false });
    // exact (never full): everything is guaranteed
    const exact = createSpaceSaving<string>(5);
    exact.add('x', 3);
    exact.add('y', 3);
    expect(exact.top(5).every((e) => e.guaranteed)).toBe(true);
  });
});

describe('Space-Saving guarantees on a skewed stream', () => {
  const stream = zipfStream(11, 50_000, 1_000);
  const truth = new Map<string, number>();
  for (const k of stream) truth.set(k, (truth.get(k) ?? 0) + 1);
  const capacity = 50;
  const ss = createSpaceSaving<string>(capacity);
  for (const k of stream) ss.add(k);
  const n = stream.length;
  const held = ss.top(capacity);

  it('every key with true count > n/m is held (Metwally et al. 2005, Lemma 3.4 / Theorem 3.5)', () => {
    const heldKeys = new Set(held.map((e) => e.key));
    const heavy = [...truth].filter(([, c]) => c > n / capacity);
    expect(heavy.length).toBeGreaterThan(3);
    for (const [k] of heavy) expect(heldKeys.has(k), k).toBe(true);
  });

  it('each count overestimates by at most its error, and every error is <= n/m', () => {
    for (const e of held) {
      const t = truth.get(e.key) ?? 0;
      expect(e.count).toBeGreaterThanOrEqual(t);
      expect(e.count - e.error).toBeLessThanOrEqual(t);
      expect(e.error).toBeLessThanOrEqual(n / capacity);
    }
    expect(held.reduce((s, e) => s + e.count, 0)).toBe(n);
  });

  it('the reported top-3 are the true top-3 and are marked guaranteed', () => {
    const trueTop = [...truth]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3)
      .map(([k]) => k);
    expect(ss.top(3).map((e) => e.key)).toEqual(trueTop);
    expect(ss.top(3).every((e) => e.guaranteed)).toBe(true);
  });
});

it('top products by revenue from generateOrders: capacity 10 of 20 products finds the true top-3', () => {
  const orders = generateOrders({ seed: 5, rate: 200, duration: 3_600_000, products: 20 });
  const truth = new Map<string, number>();
  const ss = createSpaceSaving<string>(10);
  for (const o of orders) {
    truth.set(o.key, (truth.get(o.key) ?? 0) + o.amount);
    ss.add(o.key, o.amount);
  }
  const trueTop = [...truth]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([k]) => k);
  expect(ss.top(3).map((e) => e.key)).toEqual(trueTop);
  expect(ss.memory()).toBe(10);
});
