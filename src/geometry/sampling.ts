// The sampling panel's drawings as plain numbers and path strings (d3 computes, React renders):
// the inclusion histograms with their expected line and ±3σ band, the HyperLogLog estimate against
// the exact count inside its σ bands, the leaderboard's bars with Space-Saving's intervals, and
// Algorithm R's draw on a number line. Inputs are plain shapes, so the panel's models fit them.
import { scaleBand, scaleLinear } from 'd3-scale';
import { area, line } from 'd3-shape';
import { formatCount } from '../format/count';
import { formatDollars } from '../format/money';

export interface Frame {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
}

export interface Tick {
  at: number;
  label: string;
}

/** Up to five round y ticks. */
function yTicks(scale: (v: number) => number, ticks: number[]): Tick[] {
  return ticks.map((t) => ({ at: scale(t), label: formatCount(t) }));
}

/** One bar's counts: positions [from, to), what was kept, and what a fair sampler keeps. */
export interface BinCounts {
  from: number;
  to: number;
  count: number;
  /** What a fair k-sampler gives on average: trials · k · width / n. */
  expected: number;
  /** expected ± 3σ, σ from the hypergeometric spread of k draws out of n. */
  low: number;
  high: number;
}

/** A histogram's data: `n` positions in bins (a sampler's trial result fits it). */
export interface HistogramInput {
  n: number;
  bins: readonly BinCounts[];
}

export const HISTOGRAM_FRAME: Frame = {
  width: 420,
  height: 200,
  margin: { top: 10, right: 10, bottom: 40, left: 56 },
};

export interface HistogramBar {
  x: number;
  width: number;
  y: number;
  height: number;
  /** Outside expected ± 3σ: drawn with a cross as well as a different colour. */
  outside: boolean;
  /** Centre of the bar, for its marker. */
  cx: number;
}

export interface HistogramGeometry {
  frame: Frame;
  bars: HistogramBar[];
  /** Step path of the expected count and filled path of its band, bin by bin. */
  expected: string;
  band: string;
  yTicks: Tick[];
  /** First, middle and last position, with the arrival clock time under each. */
  xTicks: (Tick & { clock: string })[];
}

/** Geometry of one inclusion histogram; `clockAt(i)` names when position i arrived. */
export function histogramGeometry(
  r: HistogramInput,
  clockAt: (position: number) => string,
  frame: Frame = HISTOGRAM_FRAME,
): HistogramGeometry {
  const { margin } = frame;
  const x = scaleLinear()
    .domain([0, r.n])
    .range([margin.left, frame.width - margin.right]);
  const top = Math.max(1, ...r.bins.map((b) => Math.max(b.count, b.high)));
  const y = scaleLinear()
    .domain([0, top * 1.05])
    .range([frame.height - margin.bottom, margin.top])
    .nice(4);
  const bars = r.bins.map((b) => {
    const x0 = x(b.from);
    const x1 = x(b.to);
    const gap = x1 - x0 > 4 ? 1 : 0;
    return {
      x: x0 + gap / 2,
      width: Math.max(0.5, x1 - x0 - gap),
      y: y(b.count),
      height: y(0) - y(b.count),
      outside: b.count < b.low - 1e-9 || b.count > b.high + 1e-9,
      cx: (x0 + x1) / 2,
    };
  });
  let expected = '';
  let band = '';
  for (const b of r.bins) {
    const x0 = x(b.from).toFixed(1);
    const x1 = x(b.to).toFixed(1);
    expected += `M${x0},${y(b.expected).toFixed(1)}H${x1}`;
    const hi = y(b.high).toFixed(1);
    const lo = y(b.low).toFixed(1);
    band += `M${x0},${hi}H${x1}V${lo}H${x0}Z`;
  }
  const last = Math.max(0, r.n - 1);
  const mid = Math.floor(last / 2);
  const positions = [...new Set([0, mid, last])];
  return {
    frame,
    bars,
    expected,
    band,
    yTicks: yTicks(y, y.ticks(4)),
    xTicks: positions.map((p) => ({
      at: x(p + 0.5),
      label: `#${formatCount(p + 1)}`,
      clock: clockAt(p),
    })),
  };
}

export const HLL_FRAME: Frame = {
  width: 560,
  height: 240,
  margin: { top: 12, right: 16, bottom: 40, left: 56 },
};

export interface HllGeometry {
  frame: Frame;
  band3: string;
  band1: string;
  exact: string;
  estimate: string;
  current: { x: number; estimateY: number; exactY: number } | null;
  xTicks: Tick[];
  yTicks: Tick[];
}

/** At most this many points per line: a path per frame stays cheap at 240,000 orders. */
const MAX_POINTS = 300;

/**
 * The estimate and the exact count after each order, over the run's `total` orders (so the lines
 * grow as orders arrive), inside exact × (1 ± σ) and (1 ± 3σ) bands.
 */
export function hllGeometry(
  exactSeries: readonly number[],
  estimateSeries: readonly number[],
  se: number,
  total: number,
  finalDistinct: number,
  frame: Frame = HLL_FRAME,
): HllGeometry {
  const { margin } = frame;
  const x = scaleLinear()
    .domain([0, Math.max(1, total)])
    .range([margin.left, frame.width - margin.right]);
  const y = scaleLinear()
    .domain([0, Math.max(4, finalDistinct * (1 + 3 * se) * 1.05)])
    .range([frame.height - margin.bottom, margin.top])
    .nice(4);
  const n = exactSeries.length;
  const step = Math.max(1, Math.ceil(n / MAX_POINTS));
  const idx: number[] = [];
  for (let i = 0; i < n; i += step) idx.push(i);
  if (n > 0 && idx[idx.length - 1] !== n - 1) idx.push(n - 1);
  const px = (i: number) => x(i + 1);
  const bandPath = (sigmas: number) =>
    area<number>()
      .x(px)
      .y0((i) => y(Math.max(0, exactSeries[i]! * (1 - sigmas * se))))
      .y1((i) => y(exactSeries[i]! * (1 + sigmas * se)))(idx) ?? '';
  const linePath = (series: readonly number[]) =>
    line<number>()
      .x(px)
      .y((i) => y(series[i]!))(idx) ?? '';
  return {
    frame,
    band3: bandPath(3),
    band1: bandPath(1),
    exact: linePath(exactSeries),
    estimate: linePath(estimateSeries),
    current:
      n > 0
        ? { x: px(n - 1), estimateY: y(estimateSeries[n - 1]!), exactY: y(exactSeries[n - 1]!) }
        : null,
    xTicks: x.ticks(5).map((t) => ({ at: x(t), label: formatCount(t) })),
    yTicks: yTicks(y, y.ticks(4)),
  };
}

export const LEADER_FRAME: Frame = {
  width: 560,
  height: 0, // set by the number of rows
  margin: { top: 8, right: 24, bottom: 34, left: 44 },
};
const ROW = 30;

export interface LeaderBar {
  key: string;
  y: number;
  height: number;
  /** Exact revenue bar. */
  width: number;
  /** Space-Saving's interval [count - error, count], or null when it holds no counter. */
  interval: { x0: number; x1: number } | null;
  /** Text under the label: the rank it has in Space-Saving, if held. */
  held: boolean;
}

export interface LeaderGeometry {
  frame: Frame;
  x0: number;
  bars: LeaderBar[];
  xTicks: Tick[];
}

/** The leaderboard's data: products by exact revenue (cents), and Space-Saving's counters held. */
export interface LeaderboardInput {
  rows: readonly { exactKey: string; exactRevenue: number }[];
  held: ReadonlyMap<string, { count: number; error: number }>;
}

/** Horizontal bars of exact revenue for the top `max` products, Space-Saving's bound on each. */
export function leaderGeometry(view: LeaderboardInput, max = 8): LeaderGeometry {
  const rows = view.rows.slice(0, max);
  const frame = {
    ...LEADER_FRAME,
    height: LEADER_FRAME.margin.top + LEADER_FRAME.margin.bottom + rows.length * ROW,
  };
  const { margin } = frame;
  const top = Math.max(
    1,
    ...rows.map((r) => r.exactRevenue),
    ...rows.map((r) => view.held.get(r.exactKey)?.count ?? 0),
  );
  const x = scaleLinear()
    .domain([0, top / 100])
    .range([margin.left, frame.width - margin.right])
    .nice(4);
  const yb = scaleBand<string>()
    .domain(rows.map((r) => r.exactKey))
    .range([margin.top, frame.height - margin.bottom])
    .padding(0.3);
  return {
    frame,
    x0: x(0),
    bars: rows.map((r) => {
      const held = view.held.get(r.exactKey);
      return {
        key: r.exactKey,
        y: yb(r.exactKey) ?? 0,
        height: yb.bandwidth(),
        width: x(r.exactRevenue / 100) - x(0),
        interval: held ? { x0: x((held.count - held.error) / 100), x1: x(held.count / 100) } : null,
        held: held !== undefined,
      };
    }),
    xTicks: x.ticks(4).map((t) => ({ at: x(t), label: formatDollars(t) })),
  };
}

export const DRAW_FRAME = { width: 560, height: 78, left: 16, right: 16, axis: 44 } as const;

export interface DrawLineGeometry {
  /** The line 0..i, and the keep zone 0..k-1 at its left (k/(i+1) of its length). */
  x0: number;
  x1: number;
  zoneEnd: number;
  axis: number;
  /** Where the draw j landed (null when nothing was drawn). */
  draw: { x: number; kept: boolean } | null;
  ticks: Tick[];
}

/**
 * Algorithm R's draw on a number line: the whole numbers 0..i as equal cells, the first k of
 * them (the keep zone) shaded, and a marker on the cell j that was drawn. The zone shrinks as
 * i grows, which is the keep chance k/(i+1) made visible.
 */
export function drawLineGeometry(k: number, i: number, j: number | null): DrawLineGeometry {
  const { width, left, right, axis } = DRAW_FRAME;
  const cells = Math.max(1, i + 1);
  const x = scaleLinear()
    .domain([0, cells])
    .range([left, width - right]);
  const last = cells - 1;
  // 0, k - 1 and i, leaving out k - 1 where its label would run into a neighbour's.
  const ticks: Tick[] = [];
  for (const t of [...new Set([0, Math.min(k, cells) - 1, last])]) {
    const at = x(t + 0.5);
    const prev = ticks[ticks.length - 1];
    if (prev && at - prev.at < 36) {
      if (t !== last) continue;
      ticks.pop();
      if (ticks.length > 0 && at - ticks[ticks.length - 1]!.at < 36) continue;
    }
    ticks.push({ at, label: formatCount(t) });
  }
  return {
    x0: x(0),
    x1: x(cells),
    zoneEnd: x(Math.min(k, cells)),
    axis,
    draw: j === null ? null : { x: x(j + 0.5), kept: j < k },
    ticks,
  };
}
