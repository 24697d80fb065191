// The stream lane's picture, derived once per run: one box per window with the running sum of
// the orders it accepted, its closing time (when the watermark passed its end), pane badges, the
// dropped orders with the numbers that explain each drop, the status line at a playhead, and, with
// several regions, each region's watermark and the windows a silent one held (./partitionsModel).
import { memoPer } from '../memo';
import type { LabRun, LossTimes } from '../../engine';
import type { OrderEvent, Pane, StreamRun, WindowRef } from '../../engine';
import { time, lab, metrics, assignWindows } from '../../engine';
import { firstReach } from '../../geometry/lanes';
import { formatClock, formatWatermark } from '../../format/clock';
import { formatDuration } from '../../format/duration';
import { countOf, formatCount } from '../../format/count';
import { lossTimesOf } from '../lost';
import { partitionsOf, type PartitionsModel } from './partitionsModel';
import {
  droppedMask,
  floatsOf,
  reportedSeries,
  seriesAt,
  tallyKept,
  tallyWindows,
  windowKey,
  WindowMap,
  type Badge,
  type WindowTally,
} from './model';

const countAtOrBefore = time.countAtOrBefore;

const STREAM_WORDS = lab.STREAM_WORDS;
const indexRun = lab.indexRun;
const lostBy = metrics.lostBy;

export interface StreamWindow extends WindowTally {
  /** When the watermark passed end - 1 (the on-time firing), or NaN: never closed. */
  closeAt: number;
  /** First arrival of an order it accepted (Infinity when none). */
  firstArrival: number;
}

export interface PaneBadge extends Badge {
  timing: Pane['timing'];
  /** Keys whose panes fired at this moment for this window. */
  keys: string[];
}

export interface DroppedOrder {
  order: OrderEvent;
  /** arrival - event time. */
  lateBy: number;
  /** The watermark when it arrived. */
  watermark: number;
  /** The last window it belonged to: the one that stayed open longest. */
  window: WindowRef;
  /** end + allowed lateness: the watermark had passed this. */
  deadline: number;
}

export interface StreamModel {
  run: StreamRun;
  windows: StreamWindow[];
  badges: PaneBadge[];
  badgeTimes: Float64Array;
  /** The watermark in force at processing time t (the run's index), or -Infinity. */
  watermarkAt: (t: number) => number;
  /** Dropped orders, ascending by arrival; `droppedDetails` explains a slice of them. */
  droppedOrders: readonly OrderEvent[];
  /** When each lane loses its orders: counts "dropped so far" as every panel does (lostBy). */
  losses: LossTimes;
  /** 1 at the index (in the run's orders) of each dropped order. */
  droppedMask: Uint8Array;
  allowedLateness: number;
  /** Windows still open when the input ended (run.open), for "never closed". */
  neverClosed: Set<string>;
  /** Last arrival: after it, an idle source's open windows are visibly stuck. */
  lastArrival: number;
  /** The run's settings: a dropped order's explanation needs its window spec. */
  settings: LabRun['settings'];
  /** Each region's watermark and the windows a silent one held; null with one region. */
  partitions: PartitionsModel | null;
}

/** The window of an order that stays open longest: the one whose deadline explains a drop. */
function lastWindowOf(e: OrderEvent, spec: LabRun['settings']['window']): WindowRef {
  if (spec.kind === 'session') return { start: e.eventTime, end: e.eventTime + spec.gap };
  const ws = assignWindows(e.eventTime, spec);
  return ws[ws.length - 1] ?? { start: e.eventTime, end: e.eventTime };
}

/** Per-window tallies of the orders each window accepted: not dropped, and on time for it. */
function acceptedTallies(run: LabRun, s: StreamRun): WindowTally[] {
  const ix = indexRun(run);
  const allowedLateness = run.settings.stream.allowedLateness;
  const droppedIds = new Set(s.dropped.map((e) => e.id));
  return tallyWindows(
    run,
    [...s.panes, ...(s.open ?? [])],
    (e, w) =>
      !droppedIds.has(e.id) && w.end - 1 + allowedLateness > ix.watermarkAt(e.arrivalTime - 1),
  );
}

/** Builds the stream lane's model, or null when the stream could not run these settings. */
export function streamModel(run: LabRun): StreamModel | null {
  return streamModelPerRun(run);
}

const streamModelPerRun = memoPer(
  (run: LabRun) => run.stream,
  buildStreamModel,
  (run) => [run.truth, run.events],
);

// The model itself; `streamModel` caches it on run.stream (a big run's lanes prepare it ahead).
function buildStreamModel(run: LabRun): StreamModel | null {
  if (!run.stream.ok) return null;
  const s = run.stream.value;
  const allowedLateness = run.settings.stream.allowedLateness;
  const marks = s.watermarks;
  const ix = indexRun(run);
  const tumbling = run.settings.window.kind === 'tumbling';

  // Tumbling windows: each order's only window took it unless it was dropped (a typed-array fast
  // path); other kinds check each order against its window's deadline.
  const tallies = tumbling ? tallyKept(run, s.dropped) : acceptedTallies(run, s);
  const windows: StreamWindow[] = tallies.map((t) => ({
    ...t,
    closeAt: firstReach(marks, t.window.end - 1),
    firstArrival: t.arrivals[0] ?? Infinity,
  }));

  const badges = paneBadges(run);

  // The stream reads orders in arrival order, so its drops are already ascending; the check keeps
  // the model right if that ever changes. Details are built only for the rows a reader opens.
  const droppedOrders = isByArrival(s.dropped)
    ? s.dropped
    : [...s.dropped].sort((a, b) => a.arrivalTime - b.arrivalTime);

  return {
    run: s,
    windows,
    badges,
    badgeTimes: floatsOf(badges, (b) => b.emittedAt),
    watermarkAt: (t) => ix.watermarkAt(t),
    droppedOrders,
    losses: lossTimesOf(run),
    droppedMask: droppedMask(run.events, s.dropped),
    allowedLateness,
    neverClosed: new Set((s.open ?? []).map((r) => windowKey(r.window))),
    lastArrival: ix.lastArrival,
    settings: run.settings,
    partitions: partitionsOf(run),
  };
}

// Per panes array: a big run's lanes prepare the badges ahead, in a task of their own.
const badgesOf = new WeakMap<readonly Pane[], PaneBadge[]>();

/**
 * One badge per window and emission time, with the window's reported total then, by time; once
 * per stream outcome's panes (read-only).
 */
export function paneBadges(run: LabRun): PaneBadge[] {
  if (!run.stream.ok) return [];
  const s = run.stream.value;
  let badges = badgesOf.get(s.panes);
  if (badges === undefined) {
    badges = buildBadges(run, s);
    badgesOf.set(s.panes, badges);
  }
  return badges;
}

function buildBadges(run: LabRun, s: StreamRun): PaneBadge[] {
  const { series: reported } = reportedSeries(run.lanes.stream.emissions);
  // One badge per window and emission time, keyed by numbers (a week has 35,000 panes).
  const groups = new WindowMap<Map<number, PaneBadge>>();
  const created: PaneBadge[] = [];
  let last: PaneBadge | undefined;
  for (const p of s.panes) {
    if (p.retraction) continue;
    // The panes of one window at one instant come one after another (the sink orders each
    // instant by window): most panes join the badge just made.
    if (
      last !== undefined &&
      last.emittedAt === p.emittedAt &&
      last.window.start === p.window.start &&
      last.window.end === p.window.end
    ) {
      if (!last.keys.includes(p.key)) last.keys.push(p.key);
      continue;
    }
    let atTime = groups.get(p.window);
    if (atTime === undefined) groups.set(p.window, (atTime = new Map()));
    const g = atTime.get(p.emittedAt);
    if (g) {
      if (!g.keys.includes(p.key)) g.keys.push(p.key);
      last = g;
      continue;
    }
    const total = seriesAt(reported.get(p.window), p.emittedAt);
    const badge: PaneBadge = {
      window: p.window,
      emittedAt: p.emittedAt,
      timing: p.timing,
      keys: [p.key],
      value: total?.value ?? p.value,
      count: total?.count ?? p.count,
    };
    atTime.set(p.emittedAt, badge);
    created.push(badge);
    last = badge;
  }
  return created.sort((a, b) => a.emittedAt - b.emittedAt);
}

function isByArrival(orders: readonly OrderEvent[]): boolean {
  for (let i = 1; i < orders.length; i++) {
    if (orders[i]!.arrivalTime < orders[i - 1]!.arrivalTime) return false;
  }
  return true;
}

/** Dropped orders `from` (inclusive) to `to` (exclusive), each with the numbers behind its drop. */
export function droppedDetails(m: StreamModel, from: number, to: number): DroppedOrder[] {
  return m.droppedOrders.slice(Math.max(0, from), Math.max(0, to)).map((order) => {
    const window = lastWindowOf(order, m.settings.window);
    return {
      order,
      lateBy: order.arrivalTime - order.eventTime,
      watermark: m.watermarkAt(order.arrivalTime),
      window,
      deadline: window.end + m.allowedLateness,
    };
  });
}

/** Counts at the playhead: the lane's header and live summary read these. */
export function streamCounts(m: StreamModel, playhead: number) {
  let open = 0;
  let closed = 0;
  for (const w of m.windows) {
    if (w.firstArrival > playhead) continue;
    if (w.closeAt <= playhead) closed++;
    else open++;
  }
  return {
    watermark: m.watermarkAt(playhead),
    open,
    closed,
    dropped: lostBy(m.losses, playhead).streamDropped,
    panes: countAtOrBefore(m.badgeTimes, playhead),
  };
}

/**
 * "watermark 12:04:30 · 3 windows open · 2 dropped", the watermark to 10 s so it ticks calmly; in
 * Kafka Streams' words "stream time 12:04:30 · …".
 */
export function streamStatus(m: StreamModel, playhead: number): string {
  const c = streamCounts(m, playhead);
  const clock = STREAM_WORDS[m.settings.stream.flavour].clock;
  const wm = formatWatermark(c.watermark, { step: 10_000 });
  return `${clock} ${wm} · ${countOf(c.open, 'window')} open · ${formatCount(c.dropped)} dropped`;
}

/** Why an order was dropped, with the numbers. */
export function dropReason(d: DroppedOrder, allowedLateness: number): string {
  return (
    `arrived ${formatClock(d.order.arrivalTime)}; the watermark was already ${formatWatermark(d.watermark)}, ` +
    `past its window's end ${formatClock(d.window.end)} + allowed lateness ${formatDuration(allowedLateness)}`
  );
}
