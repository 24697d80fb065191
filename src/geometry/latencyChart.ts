// Geometry of the latency-versus-complexity chart: a log latency axis from 1 ms to 1 day, a linear
// complexity axis, the concept's four regions with their real tools, and a mark per lane with a
// p95 whisker. Pure numbers and strings: the view only draws them.
import { scaleLog, scaleLinear } from 'd3-scale';
import { time } from '../engine';

const DAY = time.DAY;
const HOUR = time.HOUR;
const MINUTE = time.MINUTE;
const SECOND = time.SECOND;

const MS = 1;

export const LATENCY_DOMAIN: [number, number] = [1 * MS, 1 * DAY];

/** Ticks at the units people think in. */
export const LATENCY_TICKS: { value: number; label: string }[] = [
  { value: 1, label: '1 ms' },
  { value: 100, label: '100 ms' },
  { value: SECOND, label: '1 s' },
  { value: 10 * SECOND, label: '10 s' },
  { value: MINUTE, label: '1 min' },
  { value: 10 * MINUTE, label: '10 min' },
  { value: HOUR, label: '1 h' },
  { value: 6 * HOUR, label: '6 h' },
  { value: DAY, label: '1 day' },
];

export interface ChartRegion {
  id: 'request' | 'stream' | 'microbatch' | 'batch';
  title: string;
  tools: string;
  /** Typical end-to-end latency range, in ms. */
  latency: [number, number];
}

/** The concept's spectrum: where each approach usually sits, with the tools that live there. */
export const CHART_REGIONS: ChartRegion[] = [
  {
    id: 'request',
    title: 'Per-request',
    tools: 'OLTP databases, materialized views',
    latency: [1, 200],
  },
  {
    id: 'stream',
    title: 'Stream',
    tools: 'Flink, Kafka Streams, Beam',
    latency: [200, 30 * SECOND],
  },
  {
    id: 'microbatch',
    title: 'Micro-batch',
    tools: 'Spark Structured Streaming',
    latency: [30 * SECOND, 30 * MINUTE],
  },
  {
    id: 'batch',
    title: 'Batch',
    tools: 'Hadoop, Spark batch, dbt, BigQuery',
    latency: [30 * MINUTE, DAY],
  },
];

export interface ChartFrame {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  /** Largest complexity score on the axis. */
  maxComplexity: number;
}

export interface LaneMark {
  id: string;
  p50: number;
  p95: number;
  complexity: number;
}

export interface PlacedMark {
  id: string;
  x: number;
  y: number;
  /** Whisker from p50 to p95, on the x axis. */
  whiskerX1: number;
  whiskerX2: number;
}

/** Scales for a frame. Latencies outside 1 ms..1 day are clamped onto the axis ends. */
export function chartScales(frame: ChartFrame) {
  const { width, height, margin } = frame;
  const x = scaleLog()
    .domain(LATENCY_DOMAIN)
    .range([margin.left, width - margin.right])
    .clamp(true);
  const y = scaleLinear()
    .domain([0, frame.maxComplexity])
    .range([height - margin.bottom, margin.top])
    .clamp(true);
  return { x, y };
}

/** Region bands as rectangles spanning the full complexity axis. */
export function regionRects(frame: ChartFrame) {
  const { x, y } = chartScales(frame);
  // A chart shorter or narrower than its margins (beside an enlarged lane, in presenter type)
  // has empty bands, never inverted ones: SVG refuses a negative width or height.
  return CHART_REGIONS.map((r) => ({
    ...r,
    x: x(r.latency[0]),
    width: Math.max(0, x(r.latency[1]) - x(r.latency[0])),
    y: y(frame.maxComplexity),
    height: Math.max(0, y(0) - y(frame.maxComplexity)),
  }));
}

/** Places each lane's live mark: x at p50 latency, y at its complexity score, whisker to p95. */
export function placeMarks(frame: ChartFrame, marks: LaneMark[]): PlacedMark[] {
  const { x, y } = chartScales(frame);
  return marks.map((m) => ({
    id: m.id,
    x: x(Math.max(LATENCY_DOMAIN[0], m.p50)),
    y: y(m.complexity),
    whiskerX1: x(Math.max(LATENCY_DOMAIN[0], m.p50)),
    whiskerX2: x(Math.max(LATENCY_DOMAIN[0], m.p95)),
  }));
}
