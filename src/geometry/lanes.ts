// Geometry of the play area's lanes: event time across (one shared linear scale), processing time
// down (through the time warp, so a nightly job's hours fit under a stream's seconds), orders
// falling from the diagonal to their arrival, watermark staircases, window boxes and badges.
// Pure numbers and path strings; the lane views only draw them.
import { bisector } from 'd3-array';
import { linearScale, type Linear } from './linear';
import type { TimeWarp } from './timewarp';
import { stableOrder } from './argsort';
import { time } from '../engine';

const HOUR = time.HOUR;
const MINUTE = time.MINUTE;
const countAtOrBefore = time.countAtOrBefore;
const compareTimes = time.compareTimes;

export interface LaneMargin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/**
 * Room around a lane's plot for text of `font` px: clock labels ("12:05") on the left, window
 * labels on top, and a little air below and to the right.
 */
export function laneMargin(font: number): LaneMargin {
  return { top: Math.round(font * 1.4) + 8, right: 8, bottom: 4, left: Math.round(font * 3.1) + 6 };
}

export interface LaneFrame {
  width: number;
  height: number;
  margin: LaneMargin;
}

/** Maps simulated processing time to a y pixel (down) through the warp. */
export type TimeY = (t: number) => number;

/** The event-time axis: [scenario start, scenario end) across the plot's width. */
export function eventScale(domain: readonly [number, number], frame: LaneFrame): Linear {
  const { width, margin } = frame;
  return linearScale(
    [domain[0], domain[1]],
    [margin.left, Math.max(margin.left + 1, width - margin.right)],
  );
}

/**
 * The processing-time axis: y = scale(warp.toWarp(t)), the top of the plot at warp.from and its
 * bottom `span` further down the warped axis (the whole axis by default; see zoomSpan). Times
 * past the span fall below the plot, where the lane clips them.
 */
export function processingY(warp: TimeWarp, frame: LaneFrame, span = warp.total): TimeY {
  const { height, margin } = frame;
  const scale = linearScale(
    [0, Math.max(1, Math.min(span, warp.total))],
    [margin.top, Math.max(margin.top + 1, height - margin.bottom)],
  );
  return (t) => scale(warp.toWarp(t));
}

/** The shortest stretch of processing time a lane shows: a few minutes fill the plot at first. */
export const ZOOM_MIN = 6 * MINUTE;
/** Each zoom level shows this much more than the one before. */
export const ZOOM_STEP = 1.5;
/** The playhead stays above this share of the plot's height: the rest is room for what comes. */
export const ZOOM_FILL = 0.8;

/**
 * How much of the warped processing-time axis a lane shows at the playhead: from the start to a
 * little past the playhead, so what has arrived fills the plot instead of its top third. It grows
 * in steps of ZOOM_STEP (a lane re-lays out a handful of times per run, never per frame) and is
 * the whole axis once the playhead nears its end. A pure function of the playhead, so stepping
 * and scrubbing to a moment show the same picture.
 */
export function zoomSpan(warp: TimeWarp, playhead: number): number {
  const need = warp.toWarp(playhead) / ZOOM_FILL;
  let span = ZOOM_MIN;
  while (span < need && span < warp.total) span *= ZOOM_STEP;
  return Math.min(span, warp.total);
}

/**
 * Orders sorted by event time with their pixel positions precomputed once per run and size, so a
 * frame only binary-searches how many have appeared and reads typed arrays.
 */
export interface OrderTrack {
  length: number;
  /** Ascending. Read-only: every track of the same orders shares its times. */
  eventTime: Float64Array;
  arrivalTime: Float64Array;
  x: Float32Array;
  /** Where each order comes to rest: y of its arrival time. */
  yArrival: Float32Array;
  /** Position of each order in the source array (run.events). */
  source: Int32Array;
}

export interface TimedOrder {
  eventTime: number;
  arrivalTime: number;
}

/** The orders' times by event time, shared by every track of the same orders (read-only). */
export interface ByEventTime {
  /** Position of each in the orders array. */
  source: Int32Array;
  eventTime: Float64Array;
  arrivalTime: Float64Array;
}

/** The orders' times as typed arrays, in the orders' own order (read-only). */
export interface OrderTimes {
  eventTime: Float64Array;
  arrivalTime: Float64Array;
}

const timesOf = new WeakMap<readonly TimedOrder[], OrderTimes>();

/**
 * The orders' event and arrival times as typed arrays, once per orders array: the one pass over a
 * million order objects that the tracks, the lanes' buckets and the results table then share.
 */
export function orderTimes(orders: readonly TimedOrder[]): OrderTimes {
  let times = timesOf.get(orders);
  if (times === undefined) {
    const n = orders.length;
    const eventTime = new Float64Array(n);
    const arrivalTime = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const o = orders[i]!;
      eventTime[i] = o.eventTime;
      arrivalTime[i] = o.arrivalTime;
    }
    times = { eventTime, arrivalTime };
    timesOf.set(orders, times);
  }
  return times;
}

const eventOrders = new WeakMap<readonly TimedOrder[], ByEventTime>();
const sourceOrders = new WeakMap<readonly TimedOrder[], Int32Array>();

/**
 * The orders sorted by event time (ties: source order) as typed arrays, once per orders array:
 * every size and zoom step of a lane's track then reads these instead of a million objects.
 */
export function ordersByEventTime(orders: readonly TimedOrder[]): ByEventTime {
  let sorted = eventOrders.get(orders);
  if (sorted === undefined) {
    const n = orders.length;
    const { eventTime: times, arrivalTime: arrivals } = orderTimes(orders);
    const source = eventTimeOrder(orders);
    const eventTime = new Float64Array(n);
    const arrivalTime = new Float64Array(n);
    for (let k = 0; k < n; k++) {
      const i = source[k]!;
      eventTime[k] = times[i]!;
      arrivalTime[k] = arrivals[i]!;
    }
    sorted = { source, eventTime, arrivalTime };
    eventOrders.set(orders, sorted);
  }
  return sorted;
}

/** Positions of `orders` sorted by event time (ties: source order); cached per orders array. */
export function eventTimeOrder(orders: readonly TimedOrder[]): Int32Array {
  let source = sourceOrders.get(orders);
  if (source === undefined) {
    source = stableOrder(orderTimes(orders).eventTime);
    sourceOrders.set(orders, source);
  }
  return source;
}

/** Sorts orders by event time (ties: source order) and places them once. */
export function buildOrderTrack(
  orders: readonly TimedOrder[],
  x: (eventTime: number) => number,
  y: TimeY,
): OrderTrack {
  const n = orders.length;
  const { source, eventTime, arrivalTime } = ordersByEventTime(orders);
  // The times are the orders' own, shared with every other track of them; only pixels are new.
  const track: OrderTrack = {
    length: n,
    eventTime,
    arrivalTime,
    x: new Float32Array(n),
    yArrival: new Float32Array(n),
    source,
  };
  for (let i = 0; i < n; i++) {
    track.x[i] = x(eventTime[i]!);
    track.yArrival[i] = y(arrivalTime[i]!);
  }
  return track;
}

/** How many orders of the track are on screen at the playhead: those with eventTime <= playhead. */
export function visibleCount(track: OrderTrack, playhead: number): number {
  return countAtOrBefore(track.eventTime, playhead);
}

/**
 * Where order i is at the playhead: it appears on the diagonal when the playhead reaches its event
 * time and falls straight down until its arrival, where it stays. Null while it has not happened.
 */
export function orderPositionAt(
  track: OrderTrack,
  i: number,
  playhead: number,
  y: TimeY,
): { x: number; y: number; landed: boolean } | null {
  const e = track.eventTime[i];
  if (e === undefined || e > playhead) return null;
  const arrival = track.arrivalTime[i]!;
  return {
    x: track.x[i]!,
    y: Math.min(y(playhead), track.yArrival[i]!),
    landed: arrival <= playhead,
  };
}

/**
 * Clamps event times into the axis so off-scale values (watermark 0, +∞) sit on its edges. The
 * domain is read once: d3's `domain()` copies it, and a week's watermark has tens of thousands of
 * marks.
 */
function clampedX(x: Linear): (value: number) => number {
  const [a, b] = x.domain() as [number, number];
  const left = x(a);
  const right = x(b);
  return (value) => (!(value > a) ? left : !(value < b) ? right : x(value));
}

function clampX(x: Linear, value: number): number {
  return clampedX(x)(value);
}

/**
 * The watermark's corners as Akidau draws it: x = the watermark's value, y = the processing time
 * it held from. Marks whose value would go backwards are held (a watermark never regresses),
 * marks that move less than half a pixel are skipped, and the last value runs on to `until`.
 */
function watermarkPoints(
  marks: readonly { at: number; value: number }[],
  x: Linear,
  y: TimeY,
  until: number,
): [number, number][] {
  // The line and the area behind it are drawn from the same corners: the last ones are kept.
  const last = lastPoints;
  if (last && last.marks === marks && last.x === x && last.y === y && last.until === until)
    return last.points;
  const points = cornersOf(marks, x, y, until);
  lastPoints = { marks, x, y, until, points };
  return points;
}

let lastPoints:
  | {
      marks: readonly { at: number; value: number }[];
      x: Linear;
      y: TimeY;
      until: number;
      points: [number, number][];
    }
  | undefined;

function cornersOf(
  marks: readonly { at: number; value: number }[],
  x: Linear,
  y: TimeY,
  until: number,
): [number, number][] {
  const points: [number, number][] = [];
  let lastX = -Infinity;
  let best = -Infinity;
  const clampX = clampedX(x);
  for (const m of marks) {
    if (!Number.isFinite(m.at) || Number.isNaN(m.value)) continue;
    best = Math.max(best, m.value);
    const px = clampX(best);
    if (px - lastX < 0.5 && points.length > 0) continue;
    points.push([px, y(m.at)]);
    lastX = px;
  }
  if (points.length > 0) points.push([lastX, y(until)]);
  return points;
}

/**
 * The watermark as a staircase going down and right. Processing time is the independent variable
 * here, so the step that holds a value until the next mark goes down first at the old value, then
 * across to the new (what d3's curveStepBefore draws on (x, y) points; written out here so the
 * page's first download need not carry d3-shape).
 */
export function watermarkPath(
  marks: readonly { at: number; value: number }[],
  x: Linear,
  y: TimeY,
  until: number,
): string {
  const points = watermarkPoints(marks, x, y, until);
  if (points.length === 0) return '';
  let d = `M${points[0]![0]},${points[0]![1]}`;
  for (let i = 1; i < points.length; i++)
    d += `L${points[i - 1]![0]},${points[i]![1]}L${points[i]![0]},${points[i]![1]}`;
  return d;
}

/**
 * The region behind the watermark: at each processing time, the event times left of the
 * watermark's value, from the plot's `left` edge. An order that lands in it arrived late.
 */
export function watermarkAreaPath(
  marks: readonly { at: number; value: number }[],
  x: Linear,
  y: TimeY,
  until: number,
  left: number,
): string {
  const points = watermarkPoints(marks, x, y, until);
  if (points.length === 0) return '';
  const [x0, y0] = points[0]!;
  let d = `M${left},${y0}L${x0},${y0}`;
  for (let i = 1; i < points.length; i++) {
    const [px, py] = points[i]!;
    d += `L${points[i - 1]![0]},${py}L${px},${py}`;
  }
  return `${d}L${left},${points.at(-1)![1]}Z`;
}

/** The watermark in force at processing time t (the last mark at or before t), or -Infinity. */
export function watermarkAt(
  marks: readonly { at: number; value: number }[],
  ats: ArrayLike<number>,
  t: number,
): number {
  const i = countAtOrBefore(ats, t) - 1;
  return i >= 0 ? marks[i]!.value : -Infinity;
}

// Marks by the value they set the watermark to, compared as the sorted-time lookups compare.
const byValue = bisector<{ value: number }, number>((m, x) => compareTimes(m.value, x));

/**
 * The processing time at which the watermark first reached `threshold` (marks ascending in `at`
 * and, as watermarks do, in value), or NaN when it never did.
 */
export function firstReach(
  marks: readonly { at: number; value: number }[],
  threshold: number,
): number {
  const i = byValue.left(marks, threshold);
  return i < marks.length ? marks[i]!.at : NaN;
}

export interface WindowBox {
  start: number;
  end: number;
  /** Left and right edges: the window is [start, end), so x1 is where the next one begins. */
  x0: number;
  x1: number;
  /** The diagonal at the window's start: no order of the window can happen above it. */
  yTop: number;
  /** Where it closed, or NaN while it never does. */
  yClose: number;
  closeAt: number;
}

/** A box per window, from its start on the diagonal down to its close (NaN: never closed). */
export function windowBox(
  window: { start: number; end: number },
  closeAt: number,
  x: Linear,
  y: TimeY,
): WindowBox {
  return {
    start: window.start,
    end: window.end,
    x0: clampX(x, window.start),
    x1: clampX(x, window.end),
    yTop: y(window.start),
    yClose: Number.isFinite(closeAt) ? y(closeAt) : NaN,
    closeAt,
  };
}

/** How far down a box reaches at the playhead: to its close, or to the playhead while open. */
export function boxBottomAt(box: WindowBox, playheadY: number): number {
  return Number.isNaN(box.yClose) ? playheadY : Math.min(box.yClose, playheadY);
}

/** Where a result for a window emitted at `emittedAt` sits: the window's centre, that time. */
export function badgePosition(
  window: { start: number; end: number },
  emittedAt: number,
  x: Linear,
  y: TimeY,
): { x: number; y: number } {
  const x0 = clampX(x, window.start);
  const x1 = clampX(x, window.end);
  return { x: (x0 + x1) / 2, y: y(emittedAt) };
}

/** Boundaries of the windows' grid inside the axis: every `step` ms from `offset`. */
export function windowBoundaries(
  domain: readonly [number, number],
  step: number,
  offset = 0,
): number[] {
  if (!(step > 0)) return [];
  const out: number[] = [];
  const first = Math.ceil((domain[0] - offset) / step) * step + offset;
  for (let t = first; t <= domain[1] && out.length < 1000; t += step) out.push(t);
  return out;
}

export interface TimeTick {
  t: number;
  y: number;
}

const TICK_STEPS = [1, 2, 5, 10, 15, 30, 60, 120, 360, 720, 1440].map((m) => m * MINUTE);

/**
 * Clock ticks for the processing axis: round times inside each unsqueezed stretch, at least
 * `minGap` pixels apart, none inside a break.
 */
export function processingTicks(
  warp: TimeWarp,
  y: TimeY,
  minGap = 28,
  maxY = Infinity,
): TimeTick[] {
  const pxPerMs = (y(warp.from + MINUTE) - y(warp.from)) / MINUTE;
  const step = TICK_STEPS.find((s) => s * pxPerMs >= minGap) ?? TICK_STEPS[TICK_STEPS.length - 1]!;
  const stretches: [number, number][] = [];
  let from = warp.from;
  for (const b of warp.breaks) {
    stretches.push([from, b.start]);
    from = b.end;
  }
  stretches.push([from, warp.to]);
  const ticks: TimeTick[] = [];
  let lastY = -Infinity;
  for (const [a, b] of stretches) {
    for (let t = Math.ceil(a / step) * step; t <= b; t += step) {
      const ty = y(t);
      if (ty > maxY) return ticks;
      if (ty - lastY < minGap) continue;
      ticks.push({ t, y: ty });
      lastY = ty;
    }
  }
  return ticks;
}

export interface BreakMark {
  /** The squeezed stretch in simulated time. */
  start: number;
  end: number;
  y: number;
  /** A zig-zag across the plot at the break. */
  path: string;
  /** "… 12 h later …". */
  label: string;
}

/** A length of time rounded the way a caption says it: "40 min", "12 h", "2 days". */
export function roughDuration(ms: number): string {
  if (ms >= 48 * HOUR) return `${Math.round(ms / (24 * HOUR))} days`;
  if (ms >= 2 * HOUR) return `${Math.round(ms / HOUR)} h`;
  if (ms >= HOUR) {
    const m = Math.round((ms - HOUR) / MINUTE);
    return m === 0 ? '1 h' : `1 h ${m} min`;
  }
  return `${Math.max(1, Math.round(ms / MINUTE))} min`;
}

/** A zig-zag from x0 to x1 around y: the classic broken-axis mark. */
export function zigzagPath(x0: number, x1: number, y: number, amplitude = 4, tooth = 8): string {
  const points: [number, number][] = [];
  const n = Math.max(2, Math.round((x1 - x0) / tooth));
  for (let i = 0; i <= n; i++) {
    points.push([x0 + ((x1 - x0) * i) / n, y + (i % 2 === 0 ? -amplitude : amplitude)]);
  }
  return `M${points.map(([x, y]) => `${x},${y}`).join('L')}`;
}

/** One mark per squeezed stretch of the warp, so the picture never hides a squeeze. */
export function breakMarks(warp: TimeWarp, y: TimeY, x0: number, x1: number): BreakMark[] {
  return warp.breaks.map((b) => {
    const my = (y(b.start) + y(b.end)) / 2;
    return {
      start: b.start,
      end: b.end,
      y: my,
      path: zigzagPath(x0, x1, my),
      label: `… ${roughDuration(b.end - b.start)} later …`,
    };
  });
}

/**
 * Places labels at or above their wanted y, at least `gap` apart, keeping the last one closest to
 * its anchor (labels are stacked upwards from the bottom) and none above `minY`.
 */
export function stackLabels(wanted: readonly number[], gap: number, minY: number): number[] {
  const out = new Array<number>(wanted.length);
  let below = Infinity;
  for (let i = wanted.length - 1; i >= 0; i--) {
    const y = Math.max(minY, Math.min(wanted[i]!, below - gap));
    out[i] = y;
    below = y;
  }
  return out;
}

/**
 * Like `stackLabels`, but a label that would have to sit above `minY` (or closer than `gap` to the
 * one below it) is left out (null) instead of piled on the others: the latest labels win.
 */
export function stackLabelsOrHide(
  wanted: readonly number[],
  gap: number,
  minY: number,
): (number | null)[] {
  const out = new Array<number | null>(wanted.length).fill(null);
  let below = Infinity;
  for (let i = wanted.length - 1; i >= 0; i--) {
    const y = Math.min(wanted[i]!, below - gap);
    if (y < minY) continue;
    out[i] = y;
    below = y;
  }
  return out;
}

/** Whether a window's column is wide enough to hold a value label of `textWidth` pixels. */
export function fitsLabel(
  window: { start: number; end: number },
  x: Linear,
  textWidth = 40,
): boolean {
  return clampX(x, window.end) - clampX(x, window.start) >= textWidth;
}
