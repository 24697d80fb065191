import { describe, expect, it } from 'vitest';
import { time } from '../engine';
import { backfillChartGeometry, timeTicks, type StepSeries } from './backfillChart';

const HOUR = time.HOUR;
const MINUTE = time.MINUTE;

// Found at 18:00 with $9.60 served against a truth of $8.00: Batch is right at 19:00, Lambda at
// 01:20 the next night, Kappa switches at 20:00 still short (retention lost $2.00).
const foundAt = 18 * HOUR;
const series: StepSeries[] = [
  {
    id: 'batch',
    points: [
      [foundAt, 960],
      [foundAt + 30 * MINUTE, 880],
      [19 * HOUR, 800],
    ],
    rightAt: 19 * HOUR,
  },
  {
    id: 'lambda',
    points: [
      [foundAt, 960],
      [25 * HOUR + 20 * MINUTE, 800],
    ],
    rightAt: 25 * HOUR + 20 * MINUTE,
  },
  {
    id: 'kappa',
    points: [
      [foundAt, 960],
      [20 * HOUR, 600],
    ],
    rightAt: Infinity,
  },
];

describe('backfillChartGeometry(series, truth, foundAt, at, 600 px)', () => {
  const c = backfillChartGeometry(series, 800, foundAt, 19 * HOUR, 600);

  it('puts the fix at the left edge, the truth first and every marker inside the plot', () => {
    expect(c.domain[0]).toBe(foundAt);
    expect(c.lines.map((l) => l.id)).toEqual(['truth', 'batch', 'lambda', 'kappa']);
    expect(c.lines[0]!.marker).toBeNull();
    for (const l of c.lines.slice(1)) {
      expect(l.marker!.x).toBeGreaterThan(c.margin.left);
      expect(l.marker!.x).toBeLessThan(600 - c.margin.right);
    }
  });

  it('marks where each is right again, and where a short series switches', () => {
    expect(c.lines[1]!.marker).toMatchObject({ at: 19 * HOUR, right: true });
    expect(c.lines[3]!.marker).toMatchObject({ at: 20 * HOUR, right: false });
    // The switch marker sits on the short total, below the truth's line.
    expect(c.lines[3]!.marker!.y).toBeGreaterThan(c.lines[1]!.marker!.y);
  });

  it('labels the y axis in whole dollars and has no playhead before the fix', () => {
    expect(c.yTicks.every((t) => /^\$\d+$/.test(t.label))).toBe(true);
    expect(c.playhead).toBeGreaterThan(c.margin.left);
    expect(backfillChartGeometry(series, 800, foundAt, foundAt - HOUR, 600).playhead).toBeNull();
  });
});

describe('timeTicks(from, to, count)', () => {
  it('falls on whole clock steps', () => {
    expect(timeTicks(0, 2 * HOUR + 9 * 60_000, 4)).toEqual([0, HOUR, 2 * HOUR]);
    expect(timeTicks(5 * 60_000, 50 * 60_000, 4)).toEqual([15, 30, 45].map((m) => m * 60_000));
  });
});
