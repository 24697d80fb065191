// Backfills after a bug. Batch: re-run each nightly job that ran with the bug. Kappa (Jay Kreps,
// "Questioning the Lambda Architecture"): start a new job version reading the log from offset 0,
// let it catch up while the old version serves, then switch; possible only for what the log's
// retention (Kafka retention.ms) still holds.
import { describe, expect, it } from 'vitest';
import { DAY, HOUR } from '../core/time';
import { order } from '../testing/orders';
import { planBackfill } from './backfill';
import { lambdaAt } from './lambda';

// One order of 100 cents at noon on each of days 0 to 7; the bug is found on day 7 at 18:00.
const events = [0, 1, 2, 3, 4, 5, 6, 7].map((d) => order(d, 'a', d * DAY + 12 * HOUR));
const base = {
  period: DAY,
  foundAt: 7 * DAY + 18 * HOUR,
  replaySpeed: 100,
  batchRunDelay: HOUR,
  batchDuration: 20 * 60_000,
};

describe('planBackfill(8 days of orders, tax counted twice, found on day 7)', () => {
  it('batch re-runs the seven nightly jobs that ran with the bug, one after another', () => {
    const run = planBackfill(events, { ...base, retention: Infinity });
    expect(run.batch.reruns.map((r) => r.period.start / DAY)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(run.batch.work).toBe(7);
    expect(run.batch.rightAt).toBe(base.foundAt + 7 * 20 * 60_000);
    expect(run.buggy.map((r) => r.value)).toEqual(Array(8).fill(120));
    expect(run.truth.map((r) => r.value)).toEqual(Array(8).fill(100));
  });

  it('Kappa replays from offset 0 at 100x and switches when it has caught up', () => {
    const run = planBackfill(events, { ...base, retention: Infinity });
    expect(run.kappa.uncovered).toBeNull();
    expect(run.kappa.work).toBe(8);
    const replayed = base.foundAt - 12 * HOUR;
    expect(run.kappa.switchAt).toBe(base.foundAt + replayed / 100);
    expect(run.kappa.result).toEqual(run.truth);
  });

  it('Lambda: the next nightly run (day 8, 01:00) recomputes all eight days', () => {
    const run = planBackfill(events, { ...base, retention: 0 });
    expect(run.lambda).toEqual({
      recomputeAt: 8 * DAY + HOUR,
      rightAt: 8 * DAY + HOUR + 20 * 60_000,
      work: 8,
    });
  });

  it('with 3 days of retention the replay cannot reach days 0 to 4, and says which', () => {
    const run = planBackfill(events, { ...base, retention: 3 * DAY });
    expect(run.kappa.uncovered).toMatchObject({ orders: 5, revenue: 500, to: 4 * DAY + 18 * HOUR });
    expect(run.kappa.uncovered?.periods.map((p) => p.start / DAY)).toEqual([0, 1, 2, 3, 4]);
    expect(run.kappa.result.map((r) => r.window.start / DAY)).toEqual([5, 6, 7]);
    expect(run.kappa.rightAt).toBe(Infinity);
  });

  it('rejects a bug that starts after it was found', () => {
    expect(() => planBackfill(events, { ...base, retention: DAY, bugFrom: 9 * DAY })).toThrow(
      'invalid bug start',
    );
  });
});

describe('lambdaAt(orders, batch fixed, speed not)', () => {
  it('the same formula in both layers: they agree', () => {
    const rows = lambdaAt(
      events,
      { ...base, batchFormula: 'correct', speedFormula: 'correct' },
      8 * DAY,
    );
    expect(rows.some((r) => r.disagree)).toBe(false);
    expect(rows.at(-1)).toMatchObject({ source: 'speed', served: 100 });
  });

  it('patched in the batch layer only: finished days say 100, today still says 120', () => {
    const rows = lambdaAt(
      events,
      { ...base, batchFormula: 'correct', speedFormula: 'tax-twice' },
      7 * DAY + 20 * HOUR,
    );
    expect(rows[0]).toMatchObject({
      source: 'batch',
      batch: 100,
      speed: 120,
      served: 100,
      disagree: true,
    });
    expect(rows.at(-1)).toMatchObject({ source: 'speed', batch: null, served: 120 });
  });
});
