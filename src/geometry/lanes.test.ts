import { describe, expect, it } from 'vitest';
import {
  badgePosition,
  boxBottomAt,
  breakMarks,
  buildOrderTrack,
  eventScale,
  firstReach,
  orderPositionAt,
  processingTicks,
  stackLabelsOrHide,
  processingY,
  roughDuration,
  stackLabels,
  fitsLabel,
  visibleCount,
  watermarkAt,
  watermarkPath,
  windowBoundaries,
  windowBox,
  type LaneFrame,
} from './lanes';
import { createTimeWarp } from './timewarp';

const M = 60_000;
const H = 60 * M;
const NOON = 12 * H;

const frame: LaneFrame = {
  width: 300,
  height: 500,
  margin: { top: 20, right: 10, bottom: 10, left: 40 },
};
const domain = [NOON, NOON + 30 * M] as const;
const busy = Array.from({ length: 41 }, (_, i) => NOON + i * M);
const warp = createTimeWarp([...busy, NOON + 13 * H], {
  from: NOON,
  to: NOON + 13 * H + M,
  maxGap: 5 * M,
  gapSize: M,
});
const x = eventScale(domain, frame);
const y = processingY(warp, frame);

describe('eventScale and processingY', () => {
  it('eventScale spans the scenario across the plot', () => {
    expect(x(NOON)).toBe(40);
    expect(x(NOON + 30 * M)).toBe(290);
  });
  it('processingY runs down through the warp, top at the start', () => {
    expect(y(NOON)).toBe(20);
    expect(y(warp.to)).toBeCloseTo(490);
    expect(y(NOON + 10 * M)).toBeGreaterThan(y(NOON + 5 * M));
    // The squeezed 12 hours take less room than the first 40 minutes.
    expect(y(NOON + 13 * H) - y(NOON + 41 * M)).toBeLessThan(y(NOON + 40 * M) - y(NOON));
  });
});

describe('buildOrderTrack and orderPositionAt', () => {
  const orders = [
    { eventTime: NOON + 5 * M, arrivalTime: NOON + 9 * M }, // late by 4 minutes
    { eventTime: NOON + 2 * M, arrivalTime: NOON + 2 * M + 1000 },
  ];
  const track = buildOrderTrack(orders, x, y);

  it('buildOrderTrack sorts by event time and remembers where each came from', () => {
    expect(Array.from(track.eventTime)).toEqual([NOON + 2 * M, NOON + 5 * M]);
    expect(Array.from(track.source)).toEqual([1, 0]);
  });
  it('an order falls from its event time to its arrival, then stays', () => {
    const appear = orderPositionAt(track, 1, NOON + 5 * M, y)!;
    expect(appear.y).toBeCloseTo(y(NOON + 5 * M), 3);
    expect(appear.x).toBeCloseTo(x(NOON + 5 * M), 3);
    const falling = orderPositionAt(track, 1, NOON + 7 * M, y)!;
    expect(falling.y).toBeCloseTo(y(NOON + 7 * M), 3);
    expect(falling.landed).toBe(false);
    const landed = orderPositionAt(track, 1, NOON + 20 * M, y)!;
    expect(landed.y).toBeCloseTo(y(NOON + 9 * M), 3);
    expect(landed.landed).toBe(true);
  });
  it('a playhead before the event time hides the order', () => {
    expect(orderPositionAt(track, 1, NOON + 4 * M, y)).toBeNull();
    expect(visibleCount(track, NOON + 4 * M)).toBe(1);
    expect(visibleCount(track, NOON)).toBe(0);
    expect(visibleCount(track, NOON + 5 * M)).toBe(2);
  });
});

describe('watermarkPath', () => {
  const marks = [
    { at: NOON, value: -Infinity },
    { at: NOON + 2 * M, value: NOON + M },
    { at: NOON + 3 * M, value: NOON + 30 * 1000 }, // a regression: held at NOON + 1 min
    { at: NOON + 6 * M, value: NOON + 5 * M },
    { at: NOON + 40 * M, value: Infinity },
  ];
  const d = watermarkPath(marks, x, y, warp.to);
  const xs = [...d.matchAll(/[ML]([-\d.e]+),([-\d.e]+)/g)].map((m) => Number(m[1]));
  const ys = [...d.matchAll(/[ML]([-\d.e]+),([-\d.e]+)/g)].map((m) => Number(m[2]));

  it('watermarkPath never goes backwards, in value or in time', () => {
    expect(xs.length).toBeGreaterThan(3);
    for (let i = 1; i < xs.length; i++) {
      expect(xs[i]!).toBeGreaterThanOrEqual(xs[i - 1]!);
      expect(ys[i]!).toBeGreaterThanOrEqual(ys[i - 1]!);
    }
  });
  it('watermarkPath steps down first, then across, and keeps infinities on the edges', () => {
    expect(xs[0]).toBe(40);
    expect(xs[xs.length - 1]).toBe(290);
    expect(ys[ys.length - 1]).toBeCloseTo(y(warp.to), 3);
    // Down at the old value to the next mark's time, then across to the new value.
    expect(xs[1]).toBe(xs[0]);
    expect(ys[1]).toBeCloseTo(y(NOON + 2 * M), 3);
  });
  it('watermarkPath is empty without marks', () => {
    expect(watermarkPath([], x, y, warp.to)).toBe('');
  });
  it('watermarkAt and firstReach look up the staircase', () => {
    const ats = marks.map((m) => m.at);
    expect(watermarkAt(marks, ats, NOON + 2.5 * M)).toBe(NOON + M);
    expect(watermarkAt(marks, ats, NOON - 1)).toBe(-Infinity);
    const sorted = marks.filter((_, i) => i !== 2);
    expect(firstReach(sorted, NOON + 5 * M - 1)).toBe(NOON + 6 * M);
    expect(firstReach(sorted.slice(0, 3), NOON + 10 * M)).toBeNaN();
  });
});

describe('windowBox', () => {
  it('a window box spans [start, end) and runs from the diagonal to its close', () => {
    const box = windowBox({ start: NOON + 5 * M, end: NOON + 10 * M }, NOON + 11 * M, x, y);
    expect(box.x0).toBe(x(NOON + 5 * M));
    expect(box.x1).toBe(x(NOON + 10 * M));
    expect(box.yTop).toBeCloseTo(y(NOON + 5 * M));
    expect(box.yClose).toBeCloseTo(y(NOON + 11 * M));
    expect(boxBottomAt(box, y(NOON + 7 * M))).toBeCloseTo(y(NOON + 7 * M));
    expect(boxBottomAt(box, y(NOON + 20 * M))).toBeCloseTo(y(NOON + 11 * M));
  });
  it('a never-closed box follows the playhead', () => {
    const box = windowBox({ start: NOON, end: NOON + 5 * M }, NaN, x, y);
    expect(box.yClose).toBeNaN();
    expect(boxBottomAt(box, 321)).toBe(321);
  });
});

describe('badgePosition and windowBoundaries', () => {
  it('badgePosition puts a result at the window centre and its emission time', () => {
    const p = badgePosition({ start: NOON, end: NOON + 10 * M }, NOON + 12 * M, x, y);
    expect(p.x).toBeCloseTo(x(NOON + 5 * M));
    expect(p.y).toBeCloseTo(y(NOON + 12 * M));
  });
  it('windowBoundaries lists the grid inside the axis', () => {
    expect(windowBoundaries(domain, 5 * M)).toEqual(
      [0, 5, 10, 15, 20, 25, 30].map((m) => NOON + m * M),
    );
    expect(windowBoundaries(domain, 0)).toEqual([]);
  });
});

describe('processingTicks and breakMarks', () => {
  it('processingTicks are round times, spaced, never inside a break', () => {
    const ticks = processingTicks(warp, y, 28);
    expect(ticks.length).toBeGreaterThan(2);
    for (let i = 1; i < ticks.length; i++) {
      expect(ticks[i]!.y - ticks[i - 1]!.y).toBeGreaterThanOrEqual(28);
    }
    for (const b of warp.breaks) {
      for (const t of ticks) expect(t.t > b.start && t.t < b.end).toBe(false);
    }
  });
  it('breakMarks label each squeezed stretch with how much later it resumes', () => {
    const marks = breakMarks(warp, y, 40, 290);
    expect(marks).toHaveLength(1);
    expect(marks[0]!.label).toBe('… 12 h later …');
    expect(marks[0]!.path.startsWith('M40,')).toBe(true);
  });
  it('roughDuration rounds the way captions speak', () => {
    expect(roughDuration(20 * M)).toBe('20 min');
    expect(roughDuration(70 * M)).toBe('1 h 10 min');
    expect(roughDuration(11.6 * H)).toBe('12 h');
    expect(roughDuration(49 * H)).toBe('2 days');
  });
});

describe('stackLabels and fitsLabel', () => {
  it('stackLabels keeps labels apart, stacking upwards from the last', () => {
    expect(stackLabels([100, 110, 300], 30, 0)).toEqual([80, 110, 300]);
    expect(stackLabels([10, 20], 30, 5)).toEqual([5, 20]);
  });
  it('fitsLabel tells a wide window column from a narrow one', () => {
    expect(fitsLabel({ start: NOON, end: NOON + 5 * M }, x, 40)).toBe(true);
    expect(fitsLabel({ start: NOON, end: NOON + M }, x, 40)).toBe(false);
  });
});

describe('stackLabelsOrHide', () => {
  it('keeps the latest labels that fit above minY, a gap apart, and leaves the rest out', () => {
    // Seven nightly jobs squeezed into 100 px: only the last few labels fit, 36 px apart.
    const wanted = [10, 25, 40, 55, 70, 85, 100];
    const ys = stackLabelsOrHide(wanted, 36, 20);
    expect(ys).toEqual([null, null, null, null, 28, 64, 100]);
  });

  it('keeps every label where there is room', () => {
    expect(stackLabelsOrHide([100, 200, 300], 36, 0)).toEqual([100, 200, 300]);
  });
});
