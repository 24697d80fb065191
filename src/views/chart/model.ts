// What the latency-versus-complexity chart shows, apart from React: one mark per lane at its
// measured latency and complexity score, a note for a lane that has none, and the same numbers
// as table rows. The component only draws these; the frame, axes, marks' places and labels'
// places come from geometry/latencyChart*.
import type { LaneId, LaneSummary, Mechanism } from '../../engine';
import { formatDurationRounded } from '../../format/duration';
import { placeMarks, type ChartFrame } from '../../geometry/latencyChart';
import { chartFrame, type ChartSize } from '../../geometry/latencyChartAxes';
import {
  dodgeMarks,
  placeLabels,
  type Box,
  type LabelPlacement,
} from '../../geometry/latencyChartMarks';

/** Lanes in the order the chart lists them: fastest answer first, as on the axis. */
export const CHART_LANES: readonly LaneId[] = ['request', 'stream', 'microbatch', 'batch'];

export const LANE_TITLES: Record<LaneId, string> = {
  batch: 'Batch',
  microbatch: 'Micro-batch',
  stream: 'Stream',
  request: 'Per-request',
};

/** The size the chart is laid out for before its panel has been measured. */
export const CHART_SIZE = { width: 760, height: 430 } as const;
/** Body text of the chart in px: what the stage and an embed use; presenter mode passes 16. */
export const CHART_FONT = 13;
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
  /** Share of the truth's revenue the lane has right at the end of the run (0..1). */
  right: number;
  /** "Stream: p50 4.2 s, p95 9.1 s, complexity 12.5, 94.1% right" */
  label: string;
  /** Where its two-line label (title, share right) sits, relative to the mark. */
  labelAt: LabelPlacement;
  /** The label's block in the viewBox, as the placement reserved it. */
  labelBox: Box;
}

export interface ChartNote {
  lane: LaneId;
  text: string;
  /** The same in a few words, for the stage, where the lane itself gives the reason. */
  short: string;
}

export interface ChartModel {
  frame: ChartFrame;
  font: number;
  marks: ChartMark[];
  notes: ChartNote[];
}

/**
 * "94.1%", "100%": the share right, rounded down to a tenth of a percent so a lane that lost
 * anything never reads 100%.
 */
export function formatShare(share: number): string {
  if (!Number.isFinite(share)) return 'n/a';
  if (share >= 1) return '100%';
  return `${(Math.floor(share * 1000) / 10).toFixed(1)}%`;
}

/** "12.5", "13": scores are sums of halves, so one decimal is exact. */
export function formatScore(score: number): string {
  return String(Math.round(score * 10) / 10);
}

function noteFor(lane: LaneId, summary: LaneSummary): Omit<ChartNote, 'lane'> | null {
  const title = LANE_TITLES[lane];
  if (summary.error !== undefined)
    return {
      text: `${title}: no mark, this lane cannot run these settings (${summary.error}).`,
      short: `${title}: no mark, it cannot run these settings.`,
    };
  if (summary.addedLatency.count === 0 || !Number.isFinite(summary.addedLatency.p50)) {
    return {
      text: `${title}: no mark, it has not reported any order yet, so it has no latency to show.`,
      short: `${title}: no mark, nothing reported yet.`,
    };
  }
  return null;
}

/** Marks for the lanes that measured a latency, and a note for each lane that did not. */
export function chartModel(
  lanes: Record<LaneId, LaneSummary>,
  size: ChartSize = { ...CHART_SIZE, font: CHART_FONT },
): ChartModel {
  const frame = chartFrame(
    CHART_LANES.map((l) => lanes[l].complexity.score),
    size,
  );
  const marks: ChartMark[] = [];
  const notes: ChartNote[] = [];
  for (const lane of CHART_LANES) {
    const s = lanes[lane];
    const note = noteFor(lane, s);
    if (note !== null) {
      notes.push({ lane, ...note });
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
      right: s.correctness,
      label: `${title}: p50 ${formatDurationRounded(p50)}, p95 ${formatDurationRounded(p95)}, complexity ${formatScore(s.complexity.score)}, ${formatShare(s.correctness)} right`,
      labelAt: { dx: 0, dy: 0, anchor: 'middle', lines: 2 },
      labelBox: { x0: 0, y0: 0, x1: 0, y1: 0 },
    });
  }
  dodgeMarks(marks, frame);
  const labels = placeLabels(
    marks.map((m) => ({ x: m.x, y: m.y, title: m.title, note: `${formatShare(m.right)} right` })),
    frame,
    size.font,
  );
  marks.forEach((m, i) => {
    m.labelAt = labels[i]!.at;
    m.labelBox = labels[i]!.box;
  });
  return { frame, font: size.font, marks, notes };
}
