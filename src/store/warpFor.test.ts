// Which quiet stretches the playback axis cuts: those over 5 minutes, unless they are a sliver of
// a long run (a week's 6-minute lulls would each draw a break band and a label).
import { describe, expect, it } from 'vitest';
import { lab, time } from '../engine';
import { warpFor } from './scenarioSlice';

const MINUTE = time.MINUTE;
const HOUR = time.HOUR;
const DAY = time.DAY;

function quietStretches(duration: number, rate: number) {
  const run = lab.runLab({ scenario: { start: 0, duration, rate, lateShare: 0 } });
  const a = run.timeline.instants;
  let longest = 0;
  for (let i = 1; i < a.length; i++) longest = Math.max(longest, a[i]! - a[i - 1]!);
  return { run, longest };
}

describe('warpFor', () => {
  it('cuts a quiet stretch over 5 minutes in an hour-long run', () => {
    // Half an order a minute leaves gaps of several minutes between arrivals.
    const { run, longest } = quietStretches(HOUR, 0.5);
    expect(longest).toBeGreaterThan(5 * MINUTE);
    expect(warpFor(run).breaks.length).toBeGreaterThan(0);
  });

  it('keeps the lulls of a week-long run (each well under 1 % of it) on the axis', () => {
    const { run, longest } = quietStretches(7 * DAY, 1);
    expect(longest).toBeGreaterThan(5 * MINUTE);
    expect(longest).toBeLessThan((7 * DAY) / 100);
    expect(warpFor(run).breaks).toEqual([]);
  });
});
