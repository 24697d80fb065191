import { describe, expect, it } from 'vitest';
import { eventAxisGrid, gridLabel } from './eventAxis';
import { time } from '../engine';

const DAY = time.DAY;
const MINUTE = time.MINUTE;

const clock = (t: number) => {
  const m = Math.floor((t % DAY) / MINUTE);
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
};

describe('eventAxisGrid', () => {
  it('over half an hour, the grid is the 5-minute windows, shaded, labels at least 45 px apart', () => {
    const g = eventAxisGrid([12 * 60 * MINUTE, 12.5 * 60 * MINUTE], 5 * MINUTE, 0, 390, 45);
    expect(g.kind).toBe('windows');
    expect(g.shaded).toBe(true);
    expect(g.bounds).toHaveLength(7);
    const px = 390 / 30; // per minute
    const labelled = g.bounds.filter((_, i) => g.labelled[i]);
    for (let i = 1; i < labelled.length; i++)
      expect(((labelled[i]! - labelled[i - 1]!) / MINUTE) * px).toBeGreaterThanOrEqual(45);
  });

  it('over a week of 5-minute windows, the grid is days: a few lines, day bands shaded', () => {
    const g = eventAxisGrid([0, 7 * DAY], 5 * MINUTE, 0, 390, 45);
    expect(g.kind).toBe('time');
    expect(g.bounds).toEqual([0, 1, 2, 3, 4, 5, 6, 7].map((d) => d * DAY));
    expect(g.shaded).toBe(true);
    expect(g.labelled.every(Boolean)).toBe(true);
  });

  it('a wide lane over a week steps in hours (3 h at 3,000 px), unshaded (hours are not windows)', () => {
    const g = eventAxisGrid([0, 7 * DAY], 5 * MINUTE, 0, 3000, 45);
    expect(g.kind).toBe('time');
    expect(g.shaded).toBe(false);
    expect(g.bounds[1]! - g.bounds[0]!).toBe(3 * 60 * MINUTE);
  });
});

describe('gridLabel', () => {
  it('names the day at midnight after the first day, and the clock elsewhere', () => {
    expect(gridLabel(0, clock)).toBe('00:00');
    expect(gridLabel(3 * DAY, clock)).toBe('+3d');
    expect(gridLabel(3 * DAY + 6 * 60 * MINUTE, clock)).toBe('06:00');
  });
});
