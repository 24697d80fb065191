// The micro-batch lane's picture, derived once per run: each batch's band of arrivals and its
// trigger, the watermark stepping once per batch, the rows each batch wrote (grouped per window,
// marked changed, re-sent unchanged, or final), the orders ignored as too late (with those of the
// region an outage took offline counted apart: Spark's one watermark rejects them when they come
// back), and the caption.
import { memoPer } from '../memo';
import type { LabRun, LossTimes } from '../../engine';
import type { MicroBatch, OrderEvent, WindowRef } from '../../engine';
import type { OutputMode } from '../../engine';
import { formatClock, formatWatermark } from '../../format/clock';
import { metrics, time } from '../../engine';
import { countOf, formatCount } from '../../format/count';
import { lossTimesOf } from '../lost';
import { floatsOf, reportedSeries, seriesAt, WindowMap, type Badge } from './model';

const countAtOrBefore = time.countAtOrBefore;

const lostBy = metrics.lostBy;

export type RowKind = 'changed' | 'unchanged' | 'final';

export interface RowBadge extends Badge {
  batch: number;
  kind: RowKind;
}

export interface IgnoredOrder {
  order: OrderEvent;
  batch: number;
  /** The watermark that filtered it. */
  watermark: number;
}

export interface MicroBatchModel {
  batches: MicroBatch[];
  mode: OutputMode;
  /** emittedAt per batch, ascending. */
  emitted: Float64Array;
  /** The watermark as (batch time, value) marks, for the staircase. */
  marks: { at: number; value: number }[];
  badges: RowBadge[];
  badgeTimes: Float64Array;
  ignored: IgnoredOrder[];
  ignoredIds: Set<number>;
  /** When each lane loses its orders: counts "dropped so far" as every panel does (lostBy). */
  losses: LossTimes;
  /** The region (1-based) the first outage takes offline, with several regions; else null. */
  outageRegion: number | null;
  /**
   * When each of that region's ignored orders counts as dropped (its batch writes its rows, as
   * lostBy counts), ascending; empty when outageRegion is null.
   */
  regionDroppedAt: Float64Array;
}

/** Same start and end (as the window maps compare them). */
const sameWindow = (a: WindowRef, b: WindowRef) =>
  (a.start === b.start || (a.start !== a.start && b.start !== b.start)) &&
  (a.end === b.end || (a.end !== a.end && b.end !== b.end));

/**
 * The micro-batch lane's model of `run` (null when it cannot run these settings), once per lane
 * outcome (and truth).
 */
export function microBatchModel(run: LabRun): MicroBatchModel | null {
  return microBatchModelPerRun(run);
}

const microBatchModelPerRun = memoPer(
  (run: LabRun) => run.microBatch,
  buildMicroBatchModel,
  (run) => [run.truth, run.events],
);

// The model itself; `microBatchModel` caches it on run.microBatch (big runs prepare it ahead).
function buildMicroBatchModel(run: LabRun): MicroBatchModel | null {
  if (!run.microBatch.ok) return null;
  const batches = run.microBatch.value;
  const mode = run.settings.microBatch.outputMode;
  const { series: reported } = reportedSeries(run.lanes.microbatch.emissions);
  // The value each (window, key) was last sent with, keyed by numbers: a week of batches writes
  // tens of thousands of rows.
  const lastSent = new WindowMap<Map<string, number>>();
  const badges: RowBadge[] = [];
  for (const b of batches) {
    // A batch's windows in the order they first appear. Its rows come window by window, so the
    // window at hand is nearly always the last one seen; a map is made only for a batch of many.
    const order: { window: WindowRef; changed: boolean }[] = [];
    let perWindow: WindowMap<{ window: WindowRef; changed: boolean }> | null = null;
    for (const r of b.rows) {
      let sent = lastSent.get(r.window);
      if (sent === undefined) lastSent.set(r.window, (sent = new Map()));
      const changed = sent.get(r.key) !== r.value;
      sent.set(r.key, r.value);
      const w = r.window;
      const last = order[order.length - 1];
      let g =
        last !== undefined && last.window.start === w.start && last.window.end === w.end
          ? last
          : undefined;
      if (g === undefined) {
        if (perWindow === null && order.length >= 8) {
          perWindow = new WindowMap();
          for (const o of order)
            if (perWindow.get(o.window) === undefined) perWindow.set(o.window, o);
        }
        g = perWindow !== null ? perWindow.get(w) : order.find((o) => sameWindow(o.window, w));
      }
      if (g) g.changed ||= changed;
      else {
        const first = { window: w, changed };
        perWindow?.set(w, first);
        order.push(first);
      }
    }
    for (const { window, changed } of order) {
      const total = seriesAt(reported.get(window), b.emittedAt);
      badges.push({
        window,
        emittedAt: b.emittedAt,
        value: total?.value ?? 0,
        count: total?.count ?? 0,
        batch: b.id,
        kind: mode === 'append' ? 'final' : changed ? 'changed' : 'unchanged',
      });
    }
  }
  badges.sort((a, b) => a.emittedAt - b.emittedAt || a.window.start - b.window.start);

  const ignored = batches
    .flatMap((b) =>
      b.dropped.map((order) => ({ order, batch: b.id, watermark: b.lateWatermark ?? b.watermark })),
    )
    .sort((a, b) => a.order.arrivalTime - b.order.arrivalTime);

  const emittedById = new Map(batches.map((b) => [b.id, b.emittedAt]));
  const scenario = run.settings.scenario;
  const region = scenario.regions > 1 ? (scenario.outages[0]?.region ?? null) : null;
  const fromRegion = ignored.filter(
    (d) => region !== null && (d.order.partition ?? 0) === region - 1,
  );

  return {
    batches,
    mode,
    emitted: floatsOf(batches, (b) => b.emittedAt),
    marks: batches.map((b) => ({ at: b.end, value: b.watermark })),
    badges,
    badgeTimes: floatsOf(badges, (b) => b.emittedAt),
    ignored,
    ignoredIds: new Set(ignored.map((d) => d.order.id)),
    losses: lossTimesOf(run),
    outageRegion: region,
    regionDroppedAt: Float64Array.from(
      fromRegion,
      (d) => emittedById.get(d.batch) ?? Infinity,
    ).sort(),
  };
}

/** "Dropped as too late: 83 (region 3: 83)" at the playhead; the region part with an outage region. */
export function ignoredCaption(m: MicroBatchModel, playhead: number): string {
  const all = formatCount(lostBy(m.losses, playhead).microDropped);
  if (m.outageRegion === null) return `Dropped as too late: ${all}`;
  const region = formatCount(countAtOrBefore(m.regionDroppedAt, playhead));
  return `Dropped as too late: ${all} (region ${m.outageRegion}: ${region})`;
}

/**
 * The outage region's orders Spark has rejected by the playhead (they came back after its one
 * watermark had moved on), for the lane's plot: "Dropped as too late: 83 orders of region 3";
 * null before any.
 */
export function regionRejectNote(m: MicroBatchModel, playhead: number): string | null {
  const n = countAtOrBefore(m.regionDroppedAt, playhead);
  if (m.outageRegion === null || n === 0) return null;
  return `Dropped as too late: ${countOf(n, 'order')} of region ${m.outageRegion}`;
}

/** The latest batch that has emitted by the playhead, or null before the first. */
export function currentBatch(m: MicroBatchModel, playhead: number): MicroBatch | null {
  const i = countAtOrBefore(m.emitted, playhead) - 1;
  return i >= 0 ? m.batches[i]! : null;
}

/** "batch 7 · 12:07 · watermark 12:01 · 3 rows". */
export function batchCaption(b: MicroBatch | null): string {
  if (!b) return 'waiting for the first trigger';
  return `batch ${b.id} · ${formatClock(b.end)} · watermark ${formatWatermark(b.watermark)} · ${countOf(b.rows.length, 'row')}`;
}

/** How the sink's rows are chosen in each output mode, for the lane's legend. */
export const MODE_NOTE: Record<OutputMode, string> = {
  update: 'update mode: each batch writes only the windows it changed',
  complete: 'complete mode: each batch rewrites every window (hollow = unchanged)',
  append: 'append mode: a window is written once, when the watermark finalises it',
};
