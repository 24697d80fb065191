// Invariants of createReservoir for any k, stream length and seed: size min(k, n), distinct
// items drawn from the stream, slots in [0, k), seen() counting every offer.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createRng } from '../core/rng';
import { createReservoir } from './reservoir';

describe('createReservoir (properties)', () => {
  it('keeps min(k, n) distinct stream items, in slots within [0, k), and counts every offer', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 0, max: 300 }),
        fc.integer(),
        (k, n, seed) => {
          const r = createReservoir<number>(k, createRng(seed));
          const mirror: number[] = [];
          for (let i = 0; i < n; i++) {
            const res = r.offer(i);
            if (i < k) {
              expect(res).toEqual({ kept: true, slot: i });
              mirror.push(i);
            } else if (res.kept) {
              const j = res.replaced ?? -1;
              expect(j >= 0 && j < k).toBe(true);
              mirror[j] = i;
            } else {
              expect(res.replaced).toBeUndefined();
            }
            expect(r.seen()).toBe(i + 1);
          }
          const items = r.items();
          expect(items).toEqual(mirror);
          expect(items).toHaveLength(Math.min(k, n));
          expect(new Set(items).size).toBe(items.length);
          for (const x of items) expect(x >= 0 && x < n).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
