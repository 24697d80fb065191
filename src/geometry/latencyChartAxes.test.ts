import { describe, expect, it } from 'vitest';
import {
  bandLabels,
  chartFrame,
  complexityTicks,
  latencyTicks,
  maxComplexityFor,
  tooltipSide,
  wrapWords,
} from './latencyChartAxes';

// The default run's complexity scores (per-request, stream, micro-batch, batch) at the chart's
// unmeasured size.
const SCORES = [2, 12, 12, 2];
const SIZE = { width: 760, height: 430, font: 13 };

describe('axis helpers', () => {
  it('maxComplexityFor keeps the axis at 16 for every lab setting and grows past it in steps of 2', () => {
    expect(maxComplexityFor([2, 11.5, 14.5])).toBe(16);
    expect(maxComplexityFor([])).toBe(16);
    expect(maxComplexityFor([17])).toBe(18);
    expect(maxComplexityFor([NaN, 3])).toBe(16);
  });

  it('latencyTicks run from 1 ms at the left to 1 day at the right', () => {
    const frame = chartFrame(SCORES, SIZE);
    const ticks = latencyTicks(frame, 13);
    expect(ticks[0]!.label).toBe('1 ms');
    expect(ticks.at(-1)!.label).toBe('1 day');
    expect(ticks[0]!.x).toBe(frame.margin.left);
    expect(ticks.at(-1)!.x).toBe(frame.width - frame.margin.right);
  });

  it('complexityTicks start at 0 at the bottom of the plot and climb', () => {
    const frame = chartFrame(SCORES, SIZE);
    const ticks = complexityTicks(frame, 13);
    expect(ticks[0]).toEqual({ value: 0, y: frame.height - frame.margin.bottom });
    expect(ticks.at(-1)!.value).toBe(16);
    expect(ticks.at(-1)!.y).toBe(frame.margin.top);
  });

  it('complexityTicks thin out in a short drawing so their labels never touch', () => {
    const font = 16;
    const frame = chartFrame(SCORES, { width: 400, height: 190, font });
    const ticks = complexityTicks(frame, font);
    expect(ticks.length).toBeGreaterThanOrEqual(2);
    for (let i = 1; i < ticks.length; i++) {
      expect(ticks[i - 1]!.y - ticks[i]!.y).toBeGreaterThanOrEqual(font * 1.5);
    }
    // A tall drawing keeps the steps of 2.
    const tall = chartFrame(SCORES, { width: 400, height: 600, font });
    expect(complexityTicks(tall, font).map((t) => t.value)).toEqual([
      0, 2, 4, 6, 8, 10, 12, 14, 16,
    ]);
  });
});

describe('bandLabels', () => {
  it("leaves the band titles out when they would take the marks' room, and keeps them otherwise", () => {
    const short = chartFrame(SCORES, { width: 336, height: 151, font: 13 });
    const tall = chartFrame(SCORES, { width: 336, height: 300, font: 13 });
    expect(bandLabels(short, 13).every((b) => b.titleLines.length === 0)).toBe(true);
    expect(bandLabels(tall, 13).every((b) => b.titleLines.length > 0)).toBe(true);
    expect(short.margin.top).toBeLessThan(tall.margin.top);
  });

  it('labels the four regions with their real tools, wrapped to fit each band', () => {
    const bands = bandLabels(chartFrame(SCORES, SIZE), 13);
    expect(bands.map((b) => b.title)).toEqual(['Per-request', 'Stream', 'Micro-batch', 'Batch']);
    const batch = bands.find((b) => b.id === 'batch')!;
    expect(batch.toolLines.join(' ')).toBe('Hadoop, Spark batch, dbt, BigQuery');
    expect(batch.toolLines.length).toBeLessThanOrEqual(3);
    for (const b of bands) expect(b.cx).toBeCloseTo(b.x + b.width / 2, 6);
  });
});

describe('wrapWords', () => {
  it('breaks between words and keeps each line within the limit when words allow', () => {
    expect(wrapWords('Flink, Kafka Streams, Beam', 14)).toEqual(['Flink, Kafka', 'Streams, Beam']);
    expect(wrapWords('one', 2)).toEqual(['one']);
    expect(wrapWords('  ', 10)).toEqual([]);
  });
});

describe('tooltipSide', () => {
  it('opens the tooltip towards the middle of the drawing, hung from the nearer edge', () => {
    expect(tooltipSide(700, 380, SIZE)).toEqual({ horizontal: 'left', edge: 'bottom' });
    expect(tooltipSide(100, 100, SIZE)).toEqual({ horizontal: 'right', edge: 'top' });
  });
});
