import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createTimeWarp } from './timewarp';
import { time } from '../engine';

const HOUR = time.HOUR;

const MIN = 60_000;

describe('createTimeWarp', () => {
  it('is the identity when nothing is quiet for longer than maxGap', () => {
    const warp = createTimeWarp([0, 30 * MIN, 60 * MIN], {
      from: 0,
      to: 60 * MIN,
      maxGap: 31 * MIN,
      gapSize: MIN,
    });
    expect(warp.total).toBe(60 * MIN);
    expect(warp.breaks).toEqual([]);
    expect(warp.toWarp(17 * MIN)).toBe(17 * MIN);
    expect(warp.fromWarp(17 * MIN)).toBe(17 * MIN);
  });

  it('squeezes a quiet stretch between a 30-minute stream and a job 12 hours later into gapSize', () => {
    const job = 13 * HOUR;
    const warp = createTimeWarp([0, 10 * MIN, 30 * MIN, job], {
      from: 0,
      to: job + 5 * MIN,
      maxGap: 15 * MIN,
      gapSize: 4 * MIN,
    });
    expect(warp.breaks).toHaveLength(2); // 10 -> 30 min and 30 min -> 13 h are both quiet
    const big = warp.breaks[1]!;
    expect(big.start).toBe(30 * MIN + MIN);
    expect(big.end).toBe(job - MIN);
    expect(big.warpEnd - big.warpStart).toBe(2 * MIN);
    // Busy stretches keep their real length, so seconds stay readable.
    expect(warp.toWarp(5 * MIN) - warp.toWarp(4 * MIN)).toBeCloseTo(MIN);
    expect(warp.toWarp(job + 2 * MIN) - warp.toWarp(job + MIN)).toBeCloseTo(MIN);
    expect(warp.total).toBeLessThan(HOUR);
  });

  it('clamps outside the domain', () => {
    const warp = createTimeWarp([], { from: 100, to: 200, maxGap: 50, gapSize: 10 });
    expect(warp.toWarp(0)).toBe(warp.toWarp(100));
    expect(warp.fromWarp(1e9)).toBe(200);
  });

  it('rejects a bad domain or gap sizes with a clear message', () => {
    expect(() => createTimeWarp([], { from: 5, to: 5, maxGap: 2, gapSize: 1 })).toThrow(
      'invalid time warp domain',
    );
    expect(() => createTimeWarp([], { from: 0, to: 5, maxGap: 1, gapSize: 1 })).toThrow(
      'invalid time warp gaps',
    );
  });

  it('is strictly increasing and fromWarp inverts toWarp (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1_000_000 }), { maxLength: 40 }),
        fc.integer({ min: 2, max: 50_000 }),
        fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 2, maxLength: 20 }),
        (instants, maxGap, probes) => {
          const warp = createTimeWarp(instants, {
            from: 0,
            to: 1_000_000,
            maxGap,
            gapSize: maxGap / 2,
          });
          const sortedProbes = [...new Set(probes)].sort((a, b) => a - b);
          for (let i = 1; i < sortedProbes.length; i++) {
            expect(warp.toWarp(sortedProbes[i]!)).toBeGreaterThan(
              warp.toWarp(sortedProbes[i - 1]!),
            );
          }
          for (const t of sortedProbes) expect(warp.fromWarp(warp.toWarp(t))).toBeCloseTo(t, 3);
          expect(warp.toWarp(1_000_000)).toBeCloseTo(warp.total, 6);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('toWarp agrees with the breaks it reports at any time, NaN and out of domain too (property)', () => {
    // Reference: real time less what each squeezed stretch before t saved.
    const reference = (warp: ReturnType<typeof createTimeWarp>, t: number) => {
      const c = Math.min(warp.to, Math.max(warp.from, t));
      let w = c - warp.from;
      for (const b of warp.breaks) {
        const saved = b.end - b.start - (b.warpEnd - b.warpStart);
        if (c >= b.end) w -= saved;
        else if (c > b.start) w -= ((c - b.start) / (b.end - b.start)) * saved;
      }
      return w;
    };
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1_000_000 }), { maxLength: 40 }),
        fc.integer({ min: 2, max: 50_000 }),
        fc.array(fc.integer({ min: -10, max: 1_000_010 }), { maxLength: 20 }),
        (instants, maxGap, probes) => {
          const warp = createTimeWarp(instants, {
            from: 0,
            to: 1_000_000,
            maxGap,
            gapSize: maxGap / 2,
          });
          const options = { from: 0, to: 1_000_000, maxGap, gapSize: maxGap / 2 };
          for (const t of probes) {
            expect(warp.toWarp(t)).toBeCloseTo(reference(warp, t), 5);
            // The last piece found is tried first: one asked fresh answers exactly the same.
            expect(warp.toWarp(t)).toBe(createTimeWarp(instants, options).toWarp(t));
          }
          expect(warp.toWarp(NaN)).toBeNaN();
        },
      ),
      { numRuns: 300 },
    );
  });
});
