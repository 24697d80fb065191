// The backfill chart's geometry: step lines of the total each architecture serves over processing
// time from the fix, the truth as a flat line, a marker where each is right again (or switches),
// the playhead and the axes. Pure D3 maths (scales, step paths); the guarantees panel names the
// lines and BackfillChart.tsx draws them.
import { scaleLinear } from 'd3-scale';
import { curveStepAfter, line } from 'd3-shape';
import { formatClock } from '../format/clock';
import { formatWholeDollars } from '../format/money';
import { time } from '../engine';

const MINUTE = time.MINUTE;

export type SeriesId = 'batch' | 'lambda' | 'kappa';

/** One architecture's total served over time: [time, cents] points where it changes. */
export interface StepSeries {
  id: SeriesId;
  points: [number, number][];
  /** When it serves the truth again (Infinity: never, from this log). */
  rightAt: number;
}

/** The value a step series holds at `t` (its first value before it starts). */
export function valueAt(points: readonly [number, number][], t: number): number {
  let v = points[0]?.[1] ?? 0;
  for (const [x, y] of points) if (x <= t) v = y;
  return v;
}

export interface StepLine {
  id: SeriesId | 'truth';
  path: string;
  /**
   * The marker where it is right again (`right`), or, for Kappa short of data, where it switches
   * (at its last change, `right` false); none on the truth.
   */
  marker: { x: number; y: number; d: string; at: number; right: boolean } | null;
}

export interface BackfillChartGeometry {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  /** The truth first, then each series in the order given. */
  lines: StepLine[];
  xTicks: { x: number; label: string }[];
  yTicks: { y: number; label: string }[];
  /** The playhead's x, or null when it is outside the backfill period. */
  playhead: number | null;
  domain: [number, number];
}

/**
 * A marker shape per architecture, centred on 0,0 (written out: d3's symbol types would pull
 * shared code into the lab's initial bundle, which this lazy panel must not grow).
 */
export const SYMBOLS: Record<SeriesId, string> = {
  batch: 'M-4.5,-4.5H4.5V4.5H-4.5Z',
  lambda: 'M0,-6L5.5,4H-5.5Z',
  kappa: 'M5,0A5,5 0 1,1 -5,0A5,5 0 1,1 5,0Z',
};

/**
 * The chart at `width` px: x = processing time from the fix at `foundAt` to a little after the
 * last change, y = total served (cents) around the truth.
 */
export function backfillChartGeometry(
  series: readonly StepSeries[],
  truth: number,
  foundAt: number,
  at: number,
  width: number,
  height = 220,
): BackfillChartGeometry {
  const margin = { top: 12, right: 16, bottom: 34, left: 84 };
  const ends = series.flatMap((s) => s.points.map((p) => p[0]));
  const last = Math.max(foundAt + MINUTE, ...ends.filter(Number.isFinite));
  const to = last + Math.max(MINUTE, (last - foundAt) * 0.08);
  const x = scaleLinear()
    .domain([foundAt, to])
    .range([margin.left, width - margin.right]);
  const values = series.flatMap((s) => s.points.map((p) => p[1])).concat(truth);
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const pad = Math.max(1, (hi - lo) * 0.1);
  const y = scaleLinear()
    .domain([lo - pad, hi + pad])
    .range([height - margin.bottom, margin.top])
    .nice();
  const path = (points: [number, number][]) =>
    line<[number, number]>()
      .x((p) => x(p[0]))
      .y((p) => y(p[1]))
      .curve(curveStepAfter)([...points, [to, points.at(-1)![1]]]) ?? '';
  const lines: StepLine[] = [
    { id: 'truth', path: path([[foundAt, truth]]), marker: null },
    ...series.map((s): StepLine => {
      const right = Number.isFinite(s.rightAt);
      const markAt = right ? s.rightAt : s.points.at(-1)![0];
      return {
        id: s.id,
        path: path(s.points),
        marker: {
          x: x(markAt),
          y: y(valueAt(s.points, markAt)),
          d: SYMBOLS[s.id],
          at: markAt,
          right,
        },
      };
    }),
  ];
  return {
    width,
    height,
    margin,
    lines,
    xTicks: timeTicks(foundAt, to, Math.max(2, Math.floor(width / 130))).map((t) => ({
      x: x(t),
      label: formatClock(t),
    })),
    yTicks: y.ticks(4).map((v) => ({ y: y(v), label: formatWholeDollars(v) })),
    playhead: at >= foundAt && at <= to ? x(at) : null,
    domain: [foundAt, to],
  };
}

const STEPS = [1, 2, 5, 10, 15, 30, 60, 120, 180, 360, 720, 1440].map((m) => m * MINUTE);

/** Clock ticks on whole minutes, hours or days: about `count` of them in [from, to]. */
export function timeTicks(from: number, to: number, count: number): number[] {
  const step = STEPS.find((s) => (to - from) / s <= count) ?? STEPS.at(-1)!;
  const out: number[] = [];
  for (let t = Math.ceil(from / step) * step; t <= to; t += step) out.push(t);
  return out;
}
