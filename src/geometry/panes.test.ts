import { describe, expect, it } from 'vitest';
import { scaleLinear } from 'd3-scale';
import { placePanes, type PaneMark } from './panes';

const MIN = 60_000;
// 30 minutes of event time over 600 px: a 5-minute window is 100 px wide.
const x = scaleLinear()
  .domain([0, 30 * MIN])
  .range([0, 600]);
const y = (t: number) => t / 1000; // 1 px per simulated second
const pane = (start: number, emittedAt: number, timing: PaneMark['timing'], value = '$4.5k') => ({
  window: { start, end: start + 5 * MIN },
  emittedAt,
  timing,
  value,
});

describe('placePanes', () => {
  it('shows one pill per window: its latest early pane until the on-time pane replaces it', () => {
    const early = placePanes([pane(0, 60_000, 'early'), pane(0, 70_000, 'early', '$5k')], x, y, 13);
    expect(early.pills.map((p) => p.text)).toEqual(['E $5k']);
    expect(early.pills[0]!.y).toBe(70);
    const closed = placePanes(
      [pane(0, 60_000, 'early'), pane(0, 360_000, 'on-time', '$6k'), pane(0, 370_000, 'early')],
      x,
      y,
      13,
    );
    expect(closed.pills.map((p) => p.text)).toEqual(['O $6k']);
  });

  it('keeps the latest late pane under the on-time one, nudged down when they would overlap', () => {
    const { pills } = placePanes(
      [pane(0, 360_000, 'on-time'), pane(0, 362_000, 'late'), pane(0, 365_000, 'late', '$4.7k')],
      x,
      y,
      13,
    );
    expect(pills.map((p) => p.text)).toEqual(['O $4.5k', 'L $4.7k']);
    expect(pills[1]!.y - pills[0]!.y).toBeGreaterThanOrEqual(pills[0]!.height);
  });

  it('drops the value where the column is too narrow, and leaves out columns too narrow for a letter', () => {
    const narrow = scaleLinear()
      .domain([0, 30 * MIN])
      .range([0, 150]); // 25 px per window
    const tiny = scaleLinear()
      .domain([0, 30 * MIN])
      .range([0, 60]); // 10 px per window
    expect(placePanes([pane(0, 360_000, 'on-time')], narrow, y, 13).pills[0]!.text).toBe('O');
    const none = placePanes([pane(0, 360_000, 'on-time')], tiny, y, 13);
    expect(none.pills).toEqual([]);
    expect(none.elided).toBe(1);
  });

  it('never lets two pills of neighbouring windows overlap', () => {
    const panes = [0, 5, 10, 15, 20, 25].map((m) =>
      pane(m * MIN, (m + 6) * MIN, 'on-time', '$12.3k'),
    );
    const { pills } = placePanes(panes, x, y, 16);
    for (let i = 1; i < pills.length; i++) {
      const a = pills[i - 1]!;
      const b = pills[i]!;
      const apart =
        Math.abs(a.x - b.x) >= (a.width + b.width) / 2 || Math.abs(a.y - b.y) >= a.height;
      expect(apart).toBe(true);
    }
  });
});
