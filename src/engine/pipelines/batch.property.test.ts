// Invariants of runBatch / rerunBatch on random inputs: every event is either read by its
// period's run or missed, never both; with no lateness the runs add up to the ground truth.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BatchConfig, WindowSpec } from '../core/types';
import { windowStart } from '../windows/assign';
import { groundTruth } from './query';
import { rerunBatch, runBatch } from './batch';
import { arbOrders } from '../testing/orders';

const RUNS = 200;

const arbEvents = (maxLateness: number) =>
  arbOrders({ minTime: -50, maxTime: 500, maxLateness, maxLength: 60 });

/** A period with an optional tumbling window that divides it. */
const arbConfig: fc.Arbitrary<BatchConfig> = fc
  .record({
    windowSize: fc.integer({ min: 1, max: 20 }),
    parts: fc.integer({ min: 1, max: 5 }),
    withWindow: fc.boolean(),
    runDelay: fc.integer({ min: 0, max: 100 }),
    duration: fc.integer({ min: 0, max: 30 }),
  })
  .map(({ windowSize, parts, withWindow, runDelay, duration }) => {
    const period = windowSize * parts;
    const window: WindowSpec = { kind: 'tumbling', size: windowSize };
    return withWindow ? { period, runDelay, duration, window } : { period, runDelay, duration };
  });

const totalCount = (rows: readonly { count: number }[]) => rows.reduce((n, r) => n + r.count, 0);

describe('runBatch properties', () => {
  it('counts every event in its period run or lists it in missed, never both', () => {
    fc.assert(
      fc.property(arbEvents(150), arbConfig, (events, config) => {
        const { runs } = runBatch(events, config);
        const counted = runs.reduce((n, r) => n + totalCount(r.rows), 0);
        const missed = runs.flatMap((r) => r.missed);
        expect(counted + missed.length).toBe(events.length);
        for (const run of runs) {
          const own = events.filter(
            (e) => windowStart(e.eventTime, 0, config.period) === run.period.start,
          );
          expect(own.length).toBeGreaterThan(0); // a run exists only for a period with events
          expect(run.startedAt).toBe(run.period.end + config.runDelay);
          expect(run.emittedAt).toBe(run.startedAt + (config.duration ?? 0));
          expect(totalCount(run.rows)).toBe(
            own.filter((e) => e.arrivalTime < run.startedAt).length,
          );
          expect(run.missed.map((e) => e.id).sort((a, b) => a - b)).toEqual(
            own.filter((e) => e.arrivalTime >= run.startedAt).map((e) => e.id),
          );
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('with no lateness (arrival == eventTime) misses nothing and its runs together equal the ground truth', () => {
    fc.assert(
      fc.property(arbEvents(0), arbConfig, (events, config) => {
        const { runs } = runBatch(events, config);
        expect(runs.every((r) => r.missed.length === 0)).toBe(true);
        const window = config.window ?? { kind: 'tumbling', size: config.period };
        expect(runs.flatMap((r) => r.rows)).toEqual(groundTruth(events, window));
      }),
      { numRuns: RUNS },
    );
  });

  it('rerunBatch after the last arrival gives the ground truth of its period', () => {
    fc.assert(
      fc.property(arbEvents(150), arbConfig, (events, config) => {
        fc.pre(events.length > 0);
        const last = Math.max(...events.map((e) => e.arrivalTime));
        const window = config.window ?? { kind: 'tumbling', size: config.period };
        const truth = groundTruth(events, window);
        for (const run of runBatch(events, config).runs) {
          const again = rerunBatch(events, config, run.period, last + 1);
          expect(again.missed).toEqual([]);
          expect(again.rows).toEqual(
            truth.filter(
              (r) => r.window.start >= run.period.start && r.window.end <= run.period.end,
            ),
          );
        }
      }),
      { numRuns: 100 },
    );
  });

  it('is deterministic and independent of the input order', () => {
    fc.assert(
      fc.property(arbEvents(150), arbConfig, (events, config) => {
        const once = runBatch(events, config);
        expect(runBatch(events, config)).toEqual(once);
        expect(runBatch([...events].reverse(), config)).toEqual(once);
      }),
      { numRuns: RUNS },
    );
  });
});
