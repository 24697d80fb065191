// Test support: the contract every k-item reservoir keeps, whatever its draws (Algorithm R, L).
// Shared by their tests so both are held to exactly the same rules.
import fc from 'fast-check';
import { expect } from 'vitest';
import { createRng } from '../core/rng';
import type { Rng } from '../core/types';
import type { Reservoir } from '../sampling/reservoir';

/**
 * For random k, n and seeds: the first k items fill slots 0..k-1; a later kept item replaces a
 * slot in [0, k) and occupies it; an item not kept replaces nothing; `seen` counts every offer;
 * the sample is the min(k, n) distinct stream items the offers say it is.
 */
export function expectReservoirContract(
  make: (k: number, rng: Rng) => Reservoir<number>,
  maxN = 300,
): void {
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 30 }),
      fc.integer({ min: 0, max: maxN }),
      fc.integer(),
      (k, n, seed) => {
        const r = make(k, createRng(seed));
        const mirror: number[] = [];
        for (let i = 0; i < n; i++) {
          const res = r.offer(i);
          if (i < k) {
            expect(res).toEqual({ kept: true, slot: i });
            mirror.push(i);
          } else if (res.kept) {
            const j = res.replaced ?? -1;
            expect(j >= 0 && j < k && res.slot === j).toBe(true);
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
      },
    ),
    { numRuns: 300 },
  );
}
