import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lab, windows, type WindowSpec } from '../../engine';
import { tableIndex } from './tableIndex';

const runLab = lab.runLab;
const M = 60_000;

describe('tableIndex orders per cell', () => {
  it('lays out each truth cell’s orders in arrival order with running sums, for any tumbling or sliding window (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 1, max: 8 }),
        fc.constantFrom<WindowSpec>(
          { kind: 'tumbling', size: M },
          { kind: 'tumbling', size: 5 * M, offset: 2 * M },
          { kind: 'tumbling', size: 7 * M, offset: 0 },
          { kind: 'sliding', size: 4 * M, slide: 2 * M },
        ),
        (seed, products, window) => {
          const run = runLab({
            scenario: { seed, products, rate: 40, duration: 15 * M, lateShare: 0.3 },
            window,
          });
          const ix = tableIndex(run);
          const checked = windows.normalizeWindow(window);
          ix.rows.forEach((row, c) => {
            // Reference: every order of the row's product whose windows include the row's window.
            const expected: number[] = [];
            run.events.forEach((e, i) => {
              if (e.key !== row.key) return;
              const ws = windows.assignNormalized(e.eventTime, checked);
              if (ws.some((w) => w.start === row.window.start && w.end === row.window.end))
                expected.push(i);
            });
            const from = ix.orderOffsets[c]!;
            const to = ix.orderOffsets[c + 1]!;
            expect([...ix.orderIndex.subarray(from, to)]).toEqual(expected);
            let sum = 0;
            expect([...ix.orderSums.subarray(from, to)]).toEqual(
              expected.map((i) => (sum += run.events[i]!.amount)),
            );
            expect([...ix.orderArrival.subarray(from, to)]).toEqual(
              expected.map((i) => run.events[i]!.arrivalTime),
            );
            expect(ix.lastArrival[c]).toBe(
              Math.max(-Infinity, ...expected.map((i) => run.events[i]!.arrivalTime)),
            );
          });
        },
      ),
      { numRuns: 30 },
    );
  });
});
