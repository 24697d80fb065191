// What the latency-versus-complexity chart shows, apart from React: one mark per lane at its
// measured latency and complexity score, a note for a lane that has none, and the same numbers
// as table rows. The component only draws these; the geometry comes from geometry/latencyChart.
import type { Mechanism } from '../../engine';
import type { LaneId, LaneSummary } from '../../engine';
import {
  chartScales,
  formatLatency,
  LATENCY_TICKS,
  placeMarks,
  regionRects,
  type ChartFrame,
  type ChartRegion,
} from '../../geometry/latencyChart';

/** Lanes in the order the chart lists them: fastest answer first, as on the axis. */
export const CHART_LANES: readonly LaneId[] = ['request', 'stream', 'microbatch', 'batch'];

export const LANE_TITLES: Record<LaneId, string> = {
  batch: 'Batch',
  microbatch: 'Micro-batch',
  stream: 'Stream',
  request: 'Per-request',
};

/** The drawing's own coordinate system (the SVG viewBox); it scales to the panel's width. */
export const CHART_SIZE = { width: 760, height: 430 } as const;
/** The top margin holds the region labels: a title and up to three lines of tools. */
const MARGIN = { top: 86, right: 24, bottom: 52, left: 64 };
/** Rough width of one 13px label character in viewBox units, for wrapping band labels. */
const CHAR_WIDTH = 7.2;

export interface ChartMark {
  lane: LaneId;
  title: string;
  /** Pixel position of the p50 mark in the viewBox. */
  x: number;
  y: number;
  /** Right end of the p95 whisker. */
  whiskerX2: number;
  /** Latency the approach adds (arrival to first result): what places the mark. */
  p50: number;
  p95: number;
  max: number;
  /** End to end, from when the order happened (includes network delay). */
  endToEnd: { p50: number; p95: number; max: number };
  score: number;
  mechanisms: Mechanism[];
  /** "Stream: p50 4.2 s, p95 9.1 s, complexity 12.5" */
  label: string;
}

export interface ChartNote {
  lane: LaneId;
  text: string;
}

export interface ChartModel {
  frame: ChartFrame;
  marks: ChartMark[];
  notes: ChartNote[];
}

/** "12.5", "13": scores are sums of halves, so one decimal is exact. */
export function formatScore(score: number): string {
  return String(Math.round(score * 10) / 10);
}

/**
 * Top of the complexity axis: at least 16 (the most a stream job can score with every option is
 * 14.5), so changing settings moves the marks, not the axis; grows in steps of 2 beyond that.
 */
export function maxComplexityFor(scores: readonly number[]): number {
  const top = Math.max(0, ...scores.filter(Number.isFinite));
  return Math.max(16, Math.ceil((top + 1) / 2) * 2);
}

/** The chart's frame for the given lanes: fixed size and margins, axis top from their scores. */
export function chartFrame(lanes: Record<LaneId, LaneSummary>): ChartFrame {
  return {
    ...CHART_SIZE,
    margin: MARGIN,
    maxComplexity: maxComplexityFor(CHART_LANES.map((l) => lanes[l].complexity.score)),
  };
}

function noteFor(lane: LaneId, summary: LaneSummary): string | null {
  const title = LANE_TITLES[lane];
  if (summary.error !== undefined)
    return `${title}: no mark, this lane cannot run these settings (${summary.error}).`;
  if (summary.addedLatency.count === 0 || !Number.isFinite(summary.addedLatency.p50)) {
    return `${title}: no mark, it has not reported any order yet, so it has no latency to show.`;
  }
  return null;
}

/** Marks for the lanes that measured a latency, and a note for each lane that did not. */
export function chartModel(lanes: Record<LaneId, LaneSummary>): ChartModel {
  const frame = chartFrame(lanes);
  const marks: ChartMark[] = [];
  const notes: ChartNote[] = [];
  for (const lane of CHART_LANES) {
    const s = lanes[lane];
    const note = noteFor(lane, s);
    if (note !== null) {
      notes.push({ lane, text: note });
      continue;
    }
    const { p50, p95, max } = s.addedLatency;
    const [placed] = placeMarks(frame, [{ id: lane, p50, p95, complexity: s.complexity.score }]);
    const title = LANE_TITLES[lane];
    marks.push({
      lane,
      title,
      x: placed!.x,
      y: placed!.y,
      whiskerX2: placed!.whiskerX2,
      p50,
      p95,
      max,
      endToEnd: { p50: s.latency.p50, p95: s.latency.p95, max: s.latency.max },
      score: s.complexity.score,
      mechanisms: s.complexity.mechanisms,
      label: `${title}: p50 ${formatLatency(p50)}, p95 ${formatLatency(p95)}, complexity ${formatScore(s.complexity.score)}`,
    });
  }
  return { frame, marks, notes };
}

/** Splits a label into lines of at most `maxChars` characters, breaking between words. */
export function wrapWords(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line === '') line = word;
    else if (line.length + 1 + word.length <= maxChars) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/**
 * Where a mark's tooltip goes: on the side of the mark with more room, and hung from the edge of
 * the drawing nearer the mark (top for marks in the upper half), so it stays inside the panel.
 */
export function tooltipSide(
  x: number,
  y: number,
): { horizontal: 'left' | 'right'; edge: 'top' | 'bottom' } {
  return {
    horizontal: x > CHART_SIZE.width / 2 ? 'left' : 'right',
    edge: y > CHART_SIZE.height / 2 ? 'bottom' : 'top',
  };
}

export interface BandLabel {
  id: ChartRegion['id'];
  /** Band rectangle in the plot area. */
  x: number;
  width: number;
  y: number;
  height: number;
  /** Centre of the band, where its label is anchored. */
  cx: number;
  title: string;
  toolLines: string[];
}

/** The four regions as bands, each with its title and its tools wrapped to the band's width. */
export function bandLabels(frame: ChartFrame): BandLabel[] {
  return regionRects(frame).map((r) => ({
    id: r.id,
    x: r.x,
    width: r.width,
    y: r.y,
    height: r.height,
    cx: r.x + r.width / 2,
    title: r.title,
    toolLines: wrapWords(r.tools, Math.max(8, Math.floor((r.width - 8) / CHAR_WIDTH))),
  }));
}

/** Complexity axis ticks: whole numbers in steps of 2 or 4, with their screen y. */
export function complexityTicks(frame: ChartFrame): { value: number; y: number }[] {
  const { y } = chartScales(frame);
  const step = frame.maxComplexity > 20 ? 4 : 2;
  const ticks: { value: number; y: number }[] = [];
  for (let v = 0; v <= frame.maxComplexity; v += step) ticks.push({ value: v, y: y(v) });
  return ticks;
}

/** Latency axis ticks (1 ms ... 1 day) with their screen x. */
export function latencyTicks(frame: ChartFrame): { value: number; label: string; x: number }[] {
  const { x } = chartScales(frame);
  return LATENCY_TICKS.map((t) => ({ ...t, x: x(t.value) }));
}
