// The backfill as a chart: what Batch, Lambda and Kappa serve for the affected history over the
// processing time of the backfill, beside the truth, with the moment each is right again. Pure D3
// maths (scales, step paths); BackfillChart.tsx draws it, and its table lists the same points.
import { scaleLinear } from 'd3-scale';
import { curveStepAfter, line } from 'd3-shape';
import type { BackfillRun } from '../../engine';
import { formatClock } from '../../format/clock';

export type SeriesId = 'batch' | 'lambda' | 'kappa';

/** One architecture's total served over time: [time, cents] points where it changes. */
export interface Series {
  id: SeriesId;
  title: string;
  points: [number, number][];
  /** When it serves the truth again (Infinity: never, from this log). */
  rightAt: number;
}

const sum = (rows: readonly { value: number }[]) => rows.reduce((s, r) => s + r.value, 0);

/** Per period start: what the bug added to it (buggy minus truth). */
function excessByPeriod(run: BackfillRun): Map<number, number> {
  const out = new Map<number, number>();
  for (const r of run.buggy) out.set(r.window.start, (out.get(r.window.start) ?? 0) + r.value);
  for (const r of run.truth) out.set(r.window.start, (out.get(r.window.start) ?? 0) - r.value);
  return out;
}

/**
 * What each architecture serves for the history, from the fix at `foundAt`: Batch drops one
 * period's excess as each re-run finishes and serves the truth once the last has; Lambda serves the
 * buggy totals until its nightly recompute is done; Kappa until it switches to the replayed version
 * (short by what retention deleted).
 */
export function backfillSeries(run: BackfillRun, foundAt: number): Series[] {
  const buggy = sum(run.buggy);
  const truth = sum(run.truth);
  const excess = excessByPeriod(run);
  const batch: [number, number][] = [[foundAt, buggy]];
  let served = buggy;
  for (const r of run.batch.reruns) {
    served -= excess.get(r.period.start) ?? 0;
    batch.push([r.doneAt, r.doneAt >= run.batch.rightAt ? truth : served]);
  }
  if (batch.at(-1)![1] !== truth) batch.push([Math.max(foundAt, run.batch.rightAt), truth]);
  const kappaEnd = sum(run.kappa.result);
  return [
    { id: 'batch', title: 'Batch', points: batch, rightAt: run.batch.rightAt },
    {
      id: 'lambda',
      title: 'Lambda',
      points: [
        [foundAt, buggy],
        [run.lambda.rightAt, truth],
      ],
      rightAt: run.lambda.rightAt,
    },
    {
      id: 'kappa',
      title: 'Kappa',
      points: [
        [foundAt, buggy],
        [run.kappa.switchAt, kappaEnd],
      ],
      rightAt: run.kappa.rightAt,
    },
  ];
}

/** The value a step series holds at `t` (its first value before it starts). */
export function valueAt(points: readonly [number, number][], t: number): number {
  let v = points[0]?.[1] ?? 0;
  for (const [x, y] of points) if (x <= t) v = y;
  return v;
}

export interface ChartLine {
  id: SeriesId | 'truth';
  title: string;
  path: string;
  /** The marker where it is right again (or, for Kappa short of data, where it switches). */
  marker: { x: number; y: number; d: string; label: string } | null;
}

export interface BackfillChart {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  lines: ChartLine[];
  xTicks: { x: number; label: string }[];
  yTicks: { y: number; label: string }[];
  /** The playhead's x, or null when it is outside the backfill period. */
  playhead: number | null;
  domain: [number, number];
  /** Change points of every line, for the table: time, then each architecture and the truth. */
  table: { at: number; batch: number; lambda: number; kappa: number; truth: number }[];
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

/** The chart's geometry at `width` px: x = processing time from the fix, y = total served. */
export function backfillChart(
  run: BackfillRun,
  foundAt: number,
  at: number,
  width: number,
  height = 220,
): BackfillChart {
  const margin = { top: 12, right: 16, bottom: 34, left: 84 };
  const series = backfillSeries(run, foundAt);
  const truth = sum(run.truth);
  const ends = series.flatMap((s) => s.points.map((p) => p[0]));
  const last = Math.max(foundAt + 60_000, ...ends.filter(Number.isFinite));
  const to = last + Math.max(60_000, (last - foundAt) * 0.08);
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
  const lines: ChartLine[] = [
    {
      id: 'truth',
      title: 'Truth',
      path: path([[foundAt, truth]]),
      marker: null,
    },
    ...series.map((s): ChartLine => {
      const right = Number.isFinite(s.rightAt);
      const markAt = right ? s.rightAt : s.points.at(-1)![0];
      return {
        id: s.id,
        title: s.title,
        path: path(s.points),
        marker: {
          x: x(markAt),
          y: y(valueAt(s.points, markAt)),
          d: SYMBOLS[s.id],
          label: right
            ? `${s.title} right again at ${formatClock(s.rightAt, 'always')}`
            : `${s.title} switches at ${formatClock(markAt, 'always')}, still short`,
        },
      };
    }),
  ];
  const times = [...new Set(ends.filter((t) => Number.isFinite(t)))].sort((a, b) => a - b);
  const [b, l, k] = series as [Series, Series, Series];
  return {
    width,
    height,
    margin,
    lines,
    xTicks: timeTicks(foundAt, to, Math.max(2, Math.floor(width / 130))).map((t) => ({
      x: x(t),
      label: formatClock(t),
    })),
    yTicks: y.ticks(4).map((v) => ({ y: y(v), label: dollars(v) })),
    playhead: at >= foundAt && at <= to ? x(at) : null,
    domain: [foundAt, to],
    table: times.map((t) => ({
      at: t,
      batch: valueAt(b.points, t),
      lambda: valueAt(l.points, t),
      kappa: valueAt(k.points, t),
      truth,
    })),
  };
}

const STEPS = [1, 2, 5, 10, 15, 30, 60, 120, 180, 360, 720, 1440].map((m) => m * 60_000);

/** Clock ticks on whole minutes, hours or days: about `count` of them in [from, to]. */
export function timeTicks(from: number, to: number, count: number): number[] {
  const step = STEPS.find((s) => (to - from) / s <= count) ?? STEPS.at(-1)!;
  const out: number[] = [];
  for (let t = Math.ceil(from / step) * step; t <= to; t += step) out.push(t);
  return out;
}

/** Whole dollars for an axis ("$12,345"). */
function dollars(cents: number): string {
  return `$${Math.round(cents / 100).toLocaleString('en')}`;
}
