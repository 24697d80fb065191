// Invariants of the guarantees lab over random logs, settings and crash times (fast-check).
// - Exactly-once (Flink: aligned checkpoints + a two-phase-commit sink): "the sink's result
//   equals the run without a failure", for any crash time.
// - At-least-once (Kafka: commit the position after processing): the over-count is exactly the
//   contributions replayed from the checkpoint's offset up to the crash offset.
// - At-most-once (Kafka: commit the position before processing): the under-count is exactly
//   those same contributions, never processed again.
// - A savepoint (Flink: a manually triggered checkpoint) resumed by the unchanged job gives the
//   uninterrupted run's results.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Row, StreamConfig, WindowSpec } from '../core/types';
import { arbOrders, order } from '../testing/orders';
import { planBackfill } from './backfill';
import { crashAndRecover, type Guarantee } from './crash';
import { buildJob, type RevenueFormula } from './job';
import { resumeFromSavepoint } from './savepoint';
import { lambdaAt, lambdaTimeline } from './lambda';
import { revenueOf } from './job';

const RUNS = 150; // >= 100 random crash times per property

const ordersArb = arbOrders({ minTime: 0, maxTime: 400, maxLateness: 60, maxLength: 50 });
/** 20 to 60 orders over 400 ms, so most checkpoint intervals hold some (the properties must bite). */
const busyOrdersArb = fc
  .array(
    fc.record({
      key: fc.constantFrom('a', 'b', 'c'),
      eventTime: fc.integer({ min: 0, max: 400 }),
      lateness: fc.integer({ min: -5, max: 60 }),
      amount: fc.integer({ min: 1, max: 1000 }),
    }),
    { minLength: 20, maxLength: 60 },
  )
  .map((list) =>
    list.map((e, id) => order(id, e.key, e.eventTime, e.eventTime + e.lateness, e.amount)),
  );
const windowArb: fc.Arbitrary<WindowSpec> = fc.oneof(
  fc.record({ kind: fc.constant('tumbling' as const), size: fc.integer({ min: 5, max: 120 }) }),
  fc
    .tuple(fc.integer({ min: 5, max: 40 }), fc.integer({ min: 1, max: 3 }))
    .map(([slide, k]): WindowSpec => ({ kind: 'sliding', size: slide * k, slide })),
  fc.record({ kind: fc.constant('session' as const), gap: fc.integer({ min: 5, max: 60 }) }),
  fc.constant({ kind: 'global' } as const),
);
const streamArb: fc.Arbitrary<StreamConfig> = fc.record({
  window: windowArb,
  watermark: fc.record({
    kind: fc.constant('bounded' as const),
    maxOutOfOrderness: fc.integer({ min: 0, max: 40 }),
    interval: fc.integer({ min: 0, max: 20 }),
  }),
  allowedLateness: fc.integer({ min: 0, max: 30 }),
  flushAtEnd: fc.boolean(),
});
const formulaArb = fc.constantFrom<RevenueFormula>('correct', 'tax-twice');
const setupArb = fc.record({
  events: busyOrdersArb,
  stream: streamArb,
  formula: formulaArb,
  interval: fc.integer({ min: 5, max: 100 }),
  crashAt: fc.oneof(fc.integer({ min: 0, max: 460 }), fc.integer({ min: -20, max: 520 })),
});

/** Row values by key and window, for subtracting one result from another. */
function byCell(rows: Row[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const r of rows) m.set(`${r.key}|${r.window.start}`, r.value);
  return m;
}
function minus(a: Row[], b: Row[]): Map<string, number> {
  const out = byCell(a);
  for (const [k, v] of byCell(b)) out.set(k, (out.get(k) ?? 0) - v);
  for (const [k, v] of out) if (v === 0) out.delete(k);
  return out;
}
function intervalCells(run: ReturnType<typeof crashAndRecover>, sign: number): Map<string, number> {
  const m = new Map<string, number>();
  for (const r of run.interval) {
    const cell = run.noCrash.find(
      (row) =>
        row.key === r.order.key &&
        row.window.start <= r.order.eventTime &&
        r.order.eventTime < row.window.end,
    );
    const k = `${r.order.key}|${cell!.window.start}`;
    m.set(k, (m.get(k) ?? 0) + sign * r.revenue);
  }
  for (const [k, v] of m) if (v === 0) m.delete(k);
  return m;
}

type Setup = typeof setupArb extends fc.Arbitrary<infer T> ? T : never;

/** One crash of a random setup's job under `guarantee`. */
function crashRun(setup: Setup, guarantee: Guarantee) {
  const { events, stream, formula, interval, crashAt } = setup;
  return crashAndRecover(buildJob(events, stream, formula), {
    checkpointInterval: interval,
    crashAt,
    guarantee,
  });
}

describe('crashAndRecover over random logs and crash times', () => {
  it('exactly-once: the final results equal the run without a crash', () => {
    fc.assert(
      fc.property(setupArb, (setup) => {
        const run = crashRun(setup, 'exactly-once');
        expect(run.totals).toEqual(run.noCrash);
        expect(run.difference).toBe(0);
      }),
      { numRuns: RUNS },
    );
  });

  it('at-least-once: the over-count equals exactly the replayed contributions, cell by cell', () => {
    let replays = 0;
    fc.assert(
      fc.property(setupArb, (setup) => {
        const run = crashRun(setup, 'at-least-once');
        if (run.interval.length > 0) replays++;
        expect(minus(run.totals, run.noCrash)).toEqual(intervalCells(run, 1));
        expect(run.difference).toBe(run.interval.reduce((s, r) => s + r.revenue, 0));
      }),
      { numRuns: RUNS },
    );
    // The property must bite: many crashes fall after some orders since the last checkpoint.
    expect(replays).toBeGreaterThan(RUNS / 4);
  });

  it('at-most-once: the under-count equals exactly the contributions of the skipped interval', () => {
    fc.assert(
      fc.property(setupArb, (setup) => {
        const run = crashRun(setup, 'at-most-once');
        expect(minus(run.totals, run.noCrash)).toEqual(intervalCells(run, -1));
        expect(run.difference).toBe(0 - run.interval.reduce((s, r) => s + r.revenue, 0));
      }),
      { numRuns: RUNS },
    );
  });

  it('the interval is the accepted orders from the last checkpoint before the crash to the crash', () => {
    fc.assert(
      fc.property(setupArb, ({ events, stream, interval, crashAt }) => {
        const job = buildJob(events, stream);
        const run = crashAndRecover(job, {
          checkpointInterval: interval,
          crashAt,
          guarantee: 'at-least-once',
        });
        const cp = run.checkpoint;
        if (cp.id > 0) {
          expect(cp.at).toBeLessThan(crashAt);
          expect(cp.at + interval).toBeGreaterThanOrEqual(crashAt);
        }
        for (const r of run.interval) {
          expect(r.accepted).toBe(true);
          if (cp.id > 0) expect(r.order.arrivalTime).toBeGreaterThanOrEqual(cp.at);
          expect(r.order.arrivalTime).toBeLessThan(crashAt);
        }
      }),
      { numRuns: RUNS },
    );
  });
});

describe('resumeFromSavepoint over random stop times', () => {
  it('the unchanged job resumed from a savepoint equals the uninterrupted run', () => {
    fc.assert(
      fc.property(setupArb, ({ events, stream, formula, crashAt }) => {
        const run = resumeFromSavepoint(events, stream, crashAt, { kind: 'none' }, formula);
        expect(run.totals).toEqual(run.uninterrupted);
      }),
      { numRuns: RUNS },
    );
  });

  it('a new window size restores every window state, with its old bounds, and never counts an order twice', () => {
    fc.assert(
      fc.property(
        setupArb,
        fc.integer({ min: 5, max: 90 }),
        ({ events, stream, crashAt }, size) => {
          const tumbling: StreamConfig = {
            ...stream,
            window: { kind: 'tumbling', size: 30 },
            allowedLateness: 10_000,
          };
          const run = resumeFromSavepoint(events, tumbling, crashAt, { kind: 'window-size', size });
          const sum = (rows: Row[]) => rows.reduce((s, r) => s + r.count, 0);
          expect(run.restored).toBe(run.saved.length);
          expect(run.discarded).toBe(0);
          expect(run.oldBounds).toEqual(run.saved);
          // Restored windows keep the old size.
          for (const w of run.oldBounds) expect(w.window.end - w.window.start).toBe(30);
          expect(sum(run.totals)).toBeLessThanOrEqual(events.length);
        },
      ),
      { numRuns: 50 },
    );
  });
});

describe('planBackfill over random logs and retention', () => {
  const backfillArb = fc.record({
    events: ordersArb,
    foundAt: fc.integer({ min: 0, max: 500 }),
    retention: fc.integer({ min: 0, max: 600 }),
  });
  const base = { period: 100, replaySpeed: 10, batchRunDelay: 5, batchDuration: 3 };

  it('with enough retention the Kappa replay equals the fixed job’s truth, and so do the batch re-runs', () => {
    fc.assert(
      fc.property(backfillArb, ({ events, foundAt }) => {
        const run = planBackfill(events, { ...base, foundAt, retention: Infinity });
        expect(run.kappa.uncovered).toBeNull();
        expect(run.kappa.result).toEqual(run.truth);
        expect(run.batch.result).toEqual(run.truth);
        expect(run.kappa.rightAt).toBe(run.kappa.switchAt);
      }),
      { numRuns: RUNS },
    );
  });

  it('with too little retention the uncovered range is reported and is exactly what the result misses', () => {
    fc.assert(
      fc.property(backfillArb, ({ events, foundAt, retention }) => {
        const run = planBackfill(events, { ...base, foundAt, retention });
        const history = [...events]
          .sort((a, b) => a.arrivalTime - b.arrivalTime || a.id - b.id)
          .filter((o) => o.arrivalTime < foundAt);
        const deleted = history.filter((o) => o.arrivalTime < foundAt - retention);
        const missing = [...minus(run.truth, run.kappa.result).values()].reduce((s, v) => s + v, 0);
        if (deleted.length === 0) {
          expect(run.kappa.uncovered).toBeNull();
          expect(run.kappa.result).toEqual(run.truth);
        } else {
          expect(run.kappa.uncovered).toMatchObject({
            orders: deleted.length,
            to: foundAt - retention,
          });
          expect(missing).toBe(deleted.reduce((s, o) => s + o.amount, 0));
          expect(run.kappa.rightAt).toBe(Infinity);
        }
      }),
      { numRuns: RUNS },
    );
  });
});

describe('lambdaTimeline over random orders and moments', () => {
  it('answers every moment as a direct count would: batch = what arrived before its run, speed = what arrived by then', () => {
    const config = {
      period: 100,
      batchRunDelay: 10,
      batchDuration: 5,
      batchFormula: 'correct' as const,
      speedFormula: 'tax-twice' as const,
    };
    fc.assert(
      fc.property(
        ordersArb,
        fc.array(fc.integer({ min: -10, max: 600 }), { maxLength: 6 }),
        (events, moments) => {
          const timeline = lambdaTimeline(events, config);
          for (const at of moments) {
            const rows = timeline(at);
            expect(rows).toEqual(lambdaAt(events, config, at));
            for (const r of rows) {
              const inPeriod = events.filter(
                (o) => o.eventTime >= r.period.start && o.eventTime < r.period.end,
              );
              const speed = inPeriod
                .filter((o) => o.arrivalTime <= at)
                .reduce((s, o) => s + revenueOf(o.amount, 'tax-twice'), 0);
              expect(r.speed).toBe(speed);
              const done = r.period.end + 15 <= at;
              const read = inPeriod.filter((o) => o.arrivalTime < r.period.end + 10);
              expect(r.batch).toBe(done ? read.reduce((s, o) => s + o.amount, 0) : null);
              expect(r.disagree).toBe(
                done && read.some((o) => revenueOf(o.amount, 'tax-twice') !== o.amount),
              );
            }
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});
