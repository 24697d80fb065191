import { describe, expect, it } from 'vitest';
import { chartScales, CHART_REGIONS, placeMarks, regionRects } from './latencyChart';

const frame = {
  width: 1000,
  height: 400,
  margin: { top: 10, right: 10, bottom: 30, left: 40 },
  maxComplexity: 20,
};

describe('latency chart geometry', () => {
  it('puts 1 ms at the left edge and 1 day at the right edge on a log axis', () => {
    const { x } = chartScales(frame);
    expect(x(1)).toBe(40);
    expect(x(86_400_000)).toBe(990);
    // Log axis: each decade takes the same width.
    expect(x(100) - x(10)).toBeCloseTo(x(10) - x(1), 6);
  });

  it('clamps latencies beyond the axis onto its ends', () => {
    const [m] = placeMarks(frame, [{ id: 'a', p50: 0, p95: 1e12, complexity: 5 }]);
    expect(m!.x).toBe(40);
    expect(m!.whiskerX2).toBe(990);
  });

  it('places higher complexity higher on screen', () => {
    const [low, high] = placeMarks(frame, [
      { id: 'low', p50: 1000, p95: 2000, complexity: 2 },
      { id: 'high', p50: 1000, p95: 2000, complexity: 12 },
    ]);
    expect(high!.y).toBeLessThan(low!.y);
    expect(low!.whiskerX2).toBeGreaterThan(low!.whiskerX1);
  });

  it('lays the four regions side by side from per-request to batch without overlap', () => {
    const rects = regionRects(frame);
    expect(rects.map((r) => r.id)).toEqual(['request', 'stream', 'microbatch', 'batch']);
    for (let i = 1; i < rects.length; i++) {
      expect(rects[i]!.x).toBeCloseTo(rects[i - 1]!.x + rects[i - 1]!.width, 6);
    }
    expect(CHART_REGIONS.every((r) => r.tools.length > 0)).toBe(true);
  });

  it('a chart smaller than its margins has empty bands, never negative ones', () => {
    // Found by the link fuzz: presenter type beside an enlarged lane left 92 px too little.
    const tiny = {
      ...frame,
      width: 60,
      height: 100,
      margin: { top: 90, right: 20, bottom: 40, left: 50 },
    };
    for (const r of regionRects(tiny)) {
      expect(r.height).toBe(0);
      expect(r.width).toBeGreaterThanOrEqual(0);
    }
  });
});
