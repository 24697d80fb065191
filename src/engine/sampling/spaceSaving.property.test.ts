// Space-Saving invariants on random weighted streams (Metwally et al. 2005): every held count
// brackets the true count, count - error <= true <= count; the counts sum to the total weight;
// at most `capacity` entries are held; every key heavier than the minimum count is held.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createSpaceSaving } from './spaceSaving';

const streamArb = fc.array(
  fc.tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 1, max: 1000 })),
  { maxLength: 400 },
);

describe('createSpaceSaving on random weighted streams', () => {
  it('count - error <= true count <= count, counts sum to the total weight, at most capacity held', () => {
    fc.assert(
      fc.property(streamArb, fc.integer({ min: 1, max: 12 }), (stream, capacity) => {
        const ss = createSpaceSaving<number>(capacity);
        const truth = new Map<number, number>();
        let total = 0;
        for (const [k, w] of stream) {
          ss.add(k, w);
          truth.set(k, (truth.get(k) ?? 0) + w);
          total += w;
        }
        const held = ss.top(capacity);
        expect(held.length).toBe(Math.min(capacity, truth.size));
        expect(ss.memory()).toBe(held.length);
        expect(held.reduce((s, e) => s + e.count, 0)).toBe(total);
        expect(ss.total()).toBe(total);
        for (const e of held) {
          const t = truth.get(e.key) ?? 0;
          expect(e.count - e.error).toBeLessThanOrEqual(t);
          expect(t).toBeLessThanOrEqual(e.count);
          expect(e.error).toBeLessThanOrEqual(total / capacity);
        }
        for (let i = 1; i < held.length; i++) {
          expect(held[i - 1]!.count).toBeGreaterThanOrEqual(held[i]!.count);
        }
        const min = held.length === capacity ? held[held.length - 1]!.count : 0;
        const keys = new Set(held.map((e) => e.key));
        for (const [k, t] of truth) if (t > min) expect(keys.has(k)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('a guaranteed prefix is a true top set: its smallest true count >= every other true count', () => {
    fc.assert(
      fc.property(streamArb, fc.integer({ min: 1, max: 12 }), (stream, capacity) => {
        const ss = createSpaceSaving<number>(capacity);
        const truth = new Map<number, number>();
        for (const [k, w] of stream) {
          ss.add(k, w);
          truth.set(k, (truth.get(k) ?? 0) + w);
        }
        const held = ss.top(capacity);
        for (let i = 0; i < held.length; i++) {
          if (!held[i]!.guaranteed) continue;
          const prefix = new Set(held.slice(0, i + 1).map((e) => e.key));
          const inside = Math.min(...[...prefix].map((k) => truth.get(k)!));
          for (const [k, t] of truth) if (!prefix.has(k)) expect(t).toBeLessThanOrEqual(inside);
        }
      }),
      { numRuns: 300 },
    );
  });
});
