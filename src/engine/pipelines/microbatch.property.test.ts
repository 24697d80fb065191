// Invariants of runMicroBatch on random inputs, checked against an independent model of the
// rules: each batch's late filter (window.end <= lateWatermark), eviction (end <= watermark),
// and what each output mode writes. With no lateness the result must equal the ground truth.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MicroBatch, MicroBatchConfig, OrderEvent, Row, WindowSpec } from '../core/types';
import { assignWindows, windowId } from '../windows/assign';
import { groundTruth } from './query';
import { runMicroBatch } from './microbatch';
import { arbOrders } from '../testing/orders';

const RUNS = 300;

const arbEvents = (maxLateness: number) =>
  arbOrders({ minTime: 0, maxTime: 300, maxLateness, maxLength: 50 });

const arbWindow: fc.Arbitrary<WindowSpec> = fc.oneof(
  fc.integer({ min: 1, max: 40 }).map((size) => ({ kind: 'tumbling', size }) as const),
  fc
    .record({ slide: fc.integer({ min: 1, max: 20 }), extra: fc.integer({ min: 0, max: 30 }) })
    .map(({ slide, extra }) => ({ kind: 'sliding', size: slide + extra, slide }) as const),
  fc.constant({ kind: 'global' } as const),
);

function arbConfig(mode?: MicroBatchConfig['outputMode']): fc.Arbitrary<MicroBatchConfig> {
  return fc
    .record({
      triggerInterval: fc.integer({ min: 1, max: 40 }),
      window: arbWindow,
      watermarkDelay: fc.integer({ min: 0, max: 50 }),
      outputMode: mode ? fc.constant(mode) : fc.constantFrom('update', 'complete'),
      lateRowFilter: fc.constantFrom('current', 'previous'),
      batchDuration: fc.integer({ min: 0, max: 50 }),
    })
    .map((c) => ({ ...c }) as MicroBatchConfig);
}

const cellId = (w: { start: number; end: number }, key: string) => `${windowId(w)}|${key}`;

/** Last row per window and key across batches: the final value the sink holds in update mode. */
function finalRows(batches: readonly MicroBatch[]): Map<string, Row> {
  const last = new Map<string, Row>();
  for (const b of batches) for (const r of b.rows) last.set(cellId(r.window, r.key), r);
  return last;
}

function sortRows(rows: Iterable<Row>): Row[] {
  return [...rows].sort(
    (a, b) =>
      a.window.start - b.window.start ||
      a.window.end - b.window.end ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
}

/**
 * Replays the batches' recorded inputs and watermarks through the rules: which windows each
 * event joins, which events are dropped, and the accumulated value per window and key.
 */
function model(
  events: readonly OrderEvent[],
  config: MicroBatchConfig,
  batches: readonly MicroBatch[],
) {
  const byId = new Map(events.map((e) => [e.id, e]));
  const acc = new Map<string, Row>();
  const perBatch = batches.map((b) => {
    const dropped: number[] = [];
    for (const id of b.inputIds) {
      const e = byId.get(id)!;
      const wins = assignWindows(e.eventTime, config.window);
      const open =
        config.outputMode === 'complete'
          ? wins
          : wins.filter((w) => w.end > (b.lateWatermark ?? b.watermark));
      if (open.length === 0) dropped.push(id);
      for (const w of open) {
        const id2 = cellId(w, e.key);
        const row = acc.get(id2) ?? { key: e.key, window: w, value: 0, count: 0 };
        row.value += e.amount;
        row.count += 1;
        acc.set(id2, row);
      }
    }
    const snapshot = new Map([...acc].map(([k, r]) => [k, { ...r }]));
    return { dropped, snapshot };
  });
  return { acc, perBatch };
}

describe('runMicroBatch properties', () => {
  it('reads every event exactly once, in [start, end) of its batch, batches in time order', () => {
    fc.assert(
      fc.property(arbEvents(80), arbConfig(), (events, config) => {
        const { batches } = runMicroBatch(events, config);
        const ids = batches.flatMap((b) => b.inputIds).sort((a, b) => a - b);
        expect(ids).toEqual(events.map((e) => e.id));
        const byId = new Map(events.map((e) => [e.id, e]));
        let prevEnd = -Infinity;
        let prevWatermark = -Infinity;
        batches.forEach((b, i) => {
          expect(b.id).toBe(i);
          expect(b.start).toBeGreaterThanOrEqual(prevEnd);
          expect(b.end).toBeGreaterThan(b.start);
          expect(b.emittedAt).toBe(b.end + (config.batchDuration ?? 0));
          expect(b.watermark).toBeGreaterThanOrEqual(
            prevWatermark === -Infinity ? 0 : prevWatermark,
          );
          for (const id of b.inputIds) {
            const t = byId.get(id)!.arrivalTime;
            expect(t >= b.start && t < b.end).toBe(true);
          }
          if (b.inputIds.length === 0) {
            // Spark's no-data batch: only when the watermark moved, never in complete mode.
            expect(config.outputMode).not.toBe('complete');
            expect(b.watermark).toBeGreaterThan(prevWatermark);
          }
          prevEnd = b.end;
          prevWatermark = b.watermark;
        });
      }),
      { numRuns: RUNS },
    );
  });

  it('counts every event in at least one window or drops it, never both (update mode, against the model)', () => {
    fc.assert(
      fc.property(arbEvents(80), arbConfig('update'), (events, config) => {
        const { batches } = runMicroBatch(events, config);
        const { acc, perBatch } = model(events, config, batches);
        batches.forEach((b, i) => {
          expect(b.dropped.map((e) => e.id)).toEqual(perBatch[i]!.dropped);
          // Update mode writes each changed window with its full accumulated value.
          for (const r of b.rows)
            expect(r).toEqual(perBatch[i]!.snapshot.get(cellId(r.window, r.key)));
          // State holds what was accepted and not yet evicted (end <= watermark).
          const held = [...perBatch[i]!.snapshot.values()].filter(
            (r) => r.window.end > b.watermark,
          );
          expect(b.stateSize).toBe(held.length);
        });
        expect(sortRows(finalRows(batches).values())).toEqual(sortRows(acc.values()));
      }),
      { numRuns: RUNS },
    );
  });

  it('append mode writes each window once, with its final value, in the first batch whose watermark passes its end', () => {
    fc.assert(
      fc.property(arbEvents(80), arbConfig('append'), (events, config) => {
        fc.pre(config.window.kind !== 'global');
        const { batches } = runMicroBatch(events, config);
        const { acc } = model(events, config, batches);
        const seen = new Set<string>();
        let prevWatermark = -Infinity;
        for (const b of batches) {
          const expected = sortRows(
            [...acc.values()].filter(
              (r) => r.window.end <= b.watermark && r.window.end > prevWatermark,
            ),
          );
          expect(b.rows).toEqual(expected);
          for (const r of b.rows) {
            const id = cellId(r.window, r.key);
            expect(seen.has(id)).toBe(false);
            seen.add(id);
          }
          prevWatermark = b.watermark;
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('complete mode ends with the ground truth: it filters nothing and evicts nothing', () => {
    fc.assert(
      fc.property(arbEvents(80), arbConfig('complete'), (events, config) => {
        const { batches } = runMicroBatch(events, config);
        const last = batches[batches.length - 1];
        expect(last?.rows ?? []).toEqual(groundTruth(events, config.window));
        expect(batches.every((b) => b.dropped.length === 0 && b.stateSize === b.rows.length)).toBe(
          true,
        );
      }),
      { numRuns: RUNS },
    );
  });

  it('with no lateness (arrival == eventTime) drops nothing and its final update rows equal the ground truth', () => {
    fc.assert(
      fc.property(arbEvents(0), arbConfig('update'), (events, config) => {
        const { batches } = runMicroBatch(events, config);
        expect(batches.every((b) => b.dropped.length === 0)).toBe(true);
        expect(sortRows(finalRows(batches).values())).toEqual(groundTruth(events, config.window));
      }),
      { numRuns: RUNS },
    );
  });

  it('is deterministic and independent of the input order', () => {
    fc.assert(
      fc.property(arbEvents(80), arbConfig(), (events, config) => {
        const once = runMicroBatch(events, config);
        expect(runMicroBatch(events, config)).toEqual(once);
        expect(runMicroBatch([...events].reverse(), config)).toEqual(once);
      }),
      { numRuns: RUNS },
    );
  });
});
