// The backfill as the chart tells it: what Batch, Lambda and Kappa serve for the affected history
// over the processing time of the backfill, beside the truth, with the moment each is right again,
// in words and as table rows. The lines and axes come from geometry/backfillChart.
import type { BackfillRun } from '../../engine';
import { formatClock } from '../../format/clock';
import {
  backfillChartGeometry,
  valueAt,
  type BackfillChartGeometry,
  type SeriesId,
  type StepSeries,
} from '../../geometry/backfillChart';

/** One architecture's total served over time, with its name. */
export interface Series extends StepSeries {
  title: string;
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

export interface ChartLine {
  id: SeriesId | 'truth';
  title: string;
  path: string;
  /** The marker where it is right again (or, for Kappa short of data, where it switches). */
  marker: { x: number; y: number; d: string; label: string } | null;
}

export interface BackfillChart extends Omit<BackfillChartGeometry, 'lines'> {
  lines: ChartLine[];
  /** Change points of every line, for the table: time, then each architecture and the truth. */
  table: { at: number; batch: number; lambda: number; kappa: number; truth: number }[];
}

/** The chart at `width` px, its lines named and its markers told in words, and its table. */
export function backfillChart(
  run: BackfillRun,
  foundAt: number,
  at: number,
  width: number,
  height = 220,
): BackfillChart {
  const series = backfillSeries(run, foundAt);
  const truth = sum(run.truth);
  const geometry = backfillChartGeometry(series, truth, foundAt, at, width, height);
  const titles = new Map<ChartLine['id'], string>(series.map((s) => [s.id, s.title]));
  titles.set('truth', 'Truth');
  const lines = geometry.lines.map((l): ChartLine => {
    const title = titles.get(l.id)!;
    const m = l.marker;
    return {
      id: l.id,
      title,
      path: l.path,
      marker: m && {
        x: m.x,
        y: m.y,
        d: m.d,
        label: m.right
          ? `${title} right again at ${formatClock(m.at, 'always')}`
          : `${title} switches at ${formatClock(m.at, 'always')}, still short`,
      },
    };
  });
  const times = [
    ...new Set(series.flatMap((s) => s.points.map((p) => p[0])).filter(Number.isFinite)),
  ].sort((a, b) => a - b);
  const [b, l, k] = series as [Series, Series, Series];
  return {
    ...geometry,
    lines,
    table: times.map((t) => ({
      at: t,
      batch: valueAt(b.points, t),
      lambda: valueAt(l.points, t),
      kappa: valueAt(k.points, t),
      truth,
    })),
  };
}
