import { describe, expect, it } from 'vitest';
import { time } from '../../engine';
import { backfillModel, lambdaModel } from './backfillModel';
import { NOON, order } from './fixtures';

const DAY = time.DAY;
const HOUR = time.HOUR;

describe('backfillModel over eight days, found on day 7', () => {
  const days = [0, 1, 2, 3, 4, 5, 6, 7].map((d) => order(d, 'a', d * DAY + NOON));
  const settings = {
    period: DAY,
    foundAt: 7 * DAY + 18 * HOUR,
    retention: Infinity,
    batchRunDelay: HOUR,
    batchDuration: 20 * 60_000,
  };

  it('before the fix, every architecture serves the buggy totals', () => {
    const m = backfillModel(days, settings, 7 * DAY + 12 * HOUR);
    expect(m.rows.map((r) => r.state)).toEqual(['buggy', 'buggy', 'buggy']);
    expect(m.warning).toBeNull();
  });

  it('long after, all three are right, with different work', () => {
    const m = backfillModel(days, settings, 9 * DAY);
    expect(m.rows.map((r) => r.state)).toEqual(['right', 'right', 'right']);
    expect(m.rows.map((r) => r.work)).toEqual([
      '7 orders re-read',
      '8 orders re-read, every night',
      '8 orders replayed',
    ]);
  });

  it('with two days of retention the warning names what is gone, and Kappa stays short', () => {
    const m = backfillModel(days, { ...settings, retention: 2 * DAY }, 9 * DAY);
    expect(m.warning).toContain('6 orders, $6.00');
    expect(m.warning).toContain('Keep at least 7 d 6 h of retention.');
    expect(m.rows[2]).toMatchObject({ state: 'short', rightAt: 'never, from this log' });
  });

  it('Lambda with only the batch layer patched disagrees on finished days', () => {
    const periods = lambdaModel(days, settings, false, 8 * DAY);
    expect(periods[0]).toMatchObject({ batch: 100, speed: 120, disagree: true });
    expect(lambdaModel(days, settings, true, 8 * DAY).some((p) => p.disagree)).toBe(false);
  });
});
