import { describe, expect, it } from 'vitest';
import {
  drawLineGeometry,
  histogramGeometry,
  hllGeometry,
  leaderGeometry,
  HISTOGRAM_FRAME,
} from './sampling';
import {
  emptyTally,
  naiveTuning,
  runTrialChunk,
  samplerFactory,
  trialResult,
} from '../views/sampling/trialsModel';
import type { LeaderboardView } from '../views/sampling/summariesModel';

const tuning = naiveTuning(5, 100);
const result = (id: 'R' | 'firstK') =>
  trialResult(id, id, runTrialChunk(emptyTally(100, 5), samplerFactory(id, tuning), 3, 0, 400));

describe('histogramGeometry', () => {
  it('histogramGeometry(reservoir) draws one bar per bin, inside the plot, none flagged', () => {
    const g = histogramGeometry(result('R'), (p) => `t${p}`);
    const { margin, width, height } = HISTOGRAM_FRAME;
    expect(g.bars).toHaveLength(20);
    for (const b of g.bars) {
      expect(b.x).toBeGreaterThanOrEqual(margin.left);
      expect(b.x + b.width).toBeLessThanOrEqual(width - margin.right + 1e-6);
      expect(b.y + b.height).toBeCloseTo(height - margin.bottom);
      expect(b.outside).toBe(false);
    }
    expect(g.band.match(/Z/g)).toHaveLength(20);
    expect(g.xTicks.map((t) => [t.label, t.clock])).toEqual([
      ['#1', 't0'],
      ['#50', 't49'],
      ['#100', 't99'],
    ]);
  });

  it('histogramGeometry(first k) flags every bar outside the band with the first one tallest', () => {
    const g = histogramGeometry(result('firstK'), () => '');
    expect(g.bars.every((b) => b.outside)).toBe(true);
    expect(g.bars[0]!.height).toBeGreaterThan(0);
    expect(g.bars.slice(1).every((b) => b.height === 0)).toBe(true);
  });
});

describe('hllGeometry', () => {
  it('hllGeometry caps each line at about 300 points and marks the latest values', () => {
    const exact = Array.from({ length: 5000 }, (_, i) => Math.min(i + 1, 800));
    const estimate = exact.map((x) => x * 1.02);
    const g = hllGeometry(exact, estimate, 0.065, 10_000, 800);
    const points = (d: string) => (d.match(/[ML]/g) ?? []).length;
    expect(points(g.exact)).toBeLessThanOrEqual(302);
    expect(points(g.estimate)).toBe(points(g.exact));
    expect(g.current!.estimateY).toBeLessThan(g.current!.exactY); // above: larger value
    expect(g.band3.length).toBeGreaterThan(0);
    // The run's 10,000 orders span the x axis; 5,000 arrived sit half way.
    const { margin, width } = g.frame;
    expect(g.current!.x).toBeCloseTo(margin.left + (width - margin.left - margin.right) / 2, 0);
  });

  it('hllGeometry with no orders has no current point', () => {
    expect(hllGeometry([], [], 0.1, 100, 50).current).toBeNull();
  });
});

describe('leaderGeometry', () => {
  it('leaderGeometry draws exact bars and an interval only for held products', () => {
    const view: LeaderboardView = {
      capacity: 1,
      rows: [],
      exact: new Map([
        ['p1', 1000],
        ['p2', 500],
      ]),
      held: new Map([['p1', { key: 'p1', count: 1200, error: 300, guaranteed: false }]]),
      memory: { counters: 1, exactKeys: 2 },
      total: 1500,
    };
    view.rows = [
      { rank: 1, exactKey: 'p1', exactRevenue: 1000, estimate: null, sameKey: true },
      { rank: 2, exactKey: 'p2', exactRevenue: 500, estimate: null, sameKey: false },
    ];
    const g = leaderGeometry(view);
    expect(g.bars.map((b) => b.key)).toEqual(['p1', 'p2']);
    expect(g.bars[0]!.width).toBeCloseTo(2 * g.bars[1]!.width);
    const i = g.bars[0]!.interval!;
    expect(i.x0).toBeLessThan(g.x0 + g.bars[0]!.width); // 900 < 1000 <= 1200
    expect(i.x1).toBeGreaterThan(g.x0 + g.bars[0]!.width);
    expect(g.bars[1]!.interval).toBeNull();
  });
});

describe('drawLineGeometry', () => {
  it('drawLineGeometry(k = 10, i = 99, j) shades a tenth of the line and marks the draw', () => {
    const g = drawLineGeometry(10, 99, 42);
    expect((g.zoneEnd - g.x0) / (g.x1 - g.x0)).toBeCloseTo(0.1);
    expect(g.draw!.kept).toBe(false);
    expect(g.draw!.x).toBeGreaterThan(g.zoneEnd);
    expect(drawLineGeometry(10, 99, 3).draw!.kept).toBe(true);
    expect(g.ticks.map((t) => t.label)).toEqual(['0', '9', '99']);
    // On a long line k - 1 sits next to 0: its label is left out rather than overprinted.
    expect(drawLineGeometry(10, 874, 3).ticks.map((t) => t.label)).toEqual(['0', '874']);
  });

  it('drawLineGeometry without a draw (filling, or Algorithm L) has no marker', () => {
    expect(drawLineGeometry(5, 2, null).draw).toBeNull();
    expect(drawLineGeometry(5, 2, null).zoneEnd).toBe(drawLineGeometry(5, 2, null).x1);
  });
});
