import { describe, expect, it } from 'vitest';
import { time, type OrderEvent } from '../../engine';
import { valueAt } from '../../geometry/backfillChart';
import { backfillChart, backfillSeries } from './backfillSeries';
import { planOf } from './backfillModel';

const DAY = time.DAY;
const HOUR = time.HOUR;

// One order of $1 at noon on each of days 0 to 7; the bug (tax twice: $1.20) found on day 7, 18:00.
const days: OrderEvent[] = [0, 1, 2, 3, 4, 5, 6, 7].map((d) => ({
  id: d,
  key: 'a',
  amount: 100,
  eventTime: d * DAY + 12 * HOUR,
  arrivalTime: d * DAY + 12 * HOUR,
}));
const foundAt = 7 * DAY + 18 * HOUR;
const settings = {
  period: DAY,
  foundAt,
  retention: Infinity,
  batchRunDelay: HOUR,
  batchDuration: 20 * 60_000,
};
const run = planOf(days, settings);

describe('backfillSeries(run, found on day 7)', () => {
  const [batch, lambda, kappa] = backfillSeries(run, foundAt);
  it('Batch drops one day’s 20 cents as each of its seven re-runs finishes, then serves the truth', () => {
    expect(batch!.points[0]).toEqual([foundAt, 960]);
    expect(batch!.points.slice(1, 4).map((p) => p[1])).toEqual([940, 920, 900]);
    expect(batch!.points.at(-1)).toEqual([foundAt + 7 * 20 * 60_000, 800]);
    expect(valueAt(batch!.points, foundAt + 30 * 60_000)).toBe(940);
  });
  it('Lambda serves the buggy total until its nightly recompute, Kappa until it switches', () => {
    expect(lambda!.points).toEqual([
      [foundAt, 960],
      [8 * DAY + HOUR + 20 * 60_000, 800],
    ]);
    expect(kappa!.points.at(-1)).toEqual([run.kappa.switchAt, 800]);
  });
  it('with two days of retention Kappa ends short by the orders the log lost', () => {
    const short = planOf(days, { ...settings, retention: 2 * DAY });
    const k = backfillSeries(short, foundAt)[2]!;
    expect(k.points.at(-1)![1]).toBe(800 - 600);
    expect(k.rightAt).toBe(Infinity);
  });
});

describe('backfillChart(run, found on day 7, at, 600 px)', () => {
  it('puts the fix at the left edge and every right-again marker inside the plot', () => {
    const c = backfillChart(run, foundAt, foundAt + HOUR, 600);
    expect(c.domain[0]).toBe(foundAt);
    for (const l of c.lines.filter((l) => l.marker)) {
      expect(l.marker!.x).toBeGreaterThan(c.margin.left);
      expect(l.marker!.x).toBeLessThan(600 - c.margin.right);
    }
    expect(c.lines.map((l) => l.id)).toEqual(['truth', 'batch', 'lambda', 'kappa']);
    expect(c.lines[2]!.marker!.label).toBe('Lambda right again at +8d 01:20:00');
    expect(c.playhead).toBeGreaterThan(c.margin.left);
  });
  it('has no playhead before the fix, and a table row per change', () => {
    const c = backfillChart(run, foundAt, foundAt - HOUR, 600);
    expect(c.playhead).toBeNull();
    expect(c.table[0]).toEqual({ at: foundAt, batch: 960, lambda: 960, kappa: 960, truth: 800 });
    expect(c.table.at(-1)).toMatchObject({ batch: 800, lambda: 800, kappa: 800 });
  });
});
