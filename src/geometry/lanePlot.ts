// One lane's plot for a size: its scales, order track, ticks and edges. Every lane builds the same
// one (the four plots have the same size), so x, y and the falling orders line up across the play
// area. Pure numbers, like the rest of src/geometry; the lane views only draw them.
import type { Linear } from './linear';
import type { LabRun } from '../engine';
import type { TimeWarp } from './timewarp';
import {
  buildOrderTrack,
  eventScale,
  laneMargin,
  processingTicks,
  processingY,
  type LaneFrame,
  type OrderTrack,
  type TimeTick,
  type TimeY,
} from './lanes';

/** What a plot needs of the lanes' shared model: the event-time domain and which orders are late. */
export interface PlotOrders {
  /** Event time across the plot, [from, to] in ms. */
  domain: readonly [number, number];
  /** Per event index: 1 for a late order, 0 for an on-time one. */
  late: Uint8Array;
}

export interface LaneGeometry {
  frame: LaneFrame;
  width: number;
  height: number;
  x: Linear;
  y: TimeY;
  warp: TimeWarp;
  /** The stretch of the warped processing axis the plot shows (see zoomSpan). */
  span: number;
  track: OrderTrack;
  /** Clock ticks down the processing axis, inside the plot. */
  ticks: TimeTick[];
  /** Text size in px of the lane's labels. */
  font: number;
  /** Per track index: 1 for a late order (a triangle), 0 for an on-time one (a circle). */
  late: Uint8Array;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

// The four lanes have the same size, so they share one track; it is rebuilt only when the orders,
// the time warp (the store keeps the same warp object while its breaks are unchanged) or the
// plot size change.
const tracks = new WeakMap<
  readonly object[],
  WeakMap<TimeWarp, Map<string, { track: OrderTrack; late: Uint8Array }>>
>();

/**
 * The plot of one lane `width` x `height` px: x over the orders' event time, y down the warped
 * processing time (showing `span` of it), the orders' track and the clock ticks. The track is
 * shared between lanes of one size, so four lanes cost one track.
 */
export function laneGeometry(
  run: Pick<LabRun, 'events'>,
  warp: TimeWarp,
  shared: PlotOrders,
  width: number,
  height: number,
  span: number = warp.total,
  font = 13,
): LaneGeometry {
  const margin = laneMargin(font);
  const frame: LaneFrame = { width, height, margin };
  const x = eventScale(shared.domain, frame);
  const y = processingY(warp, frame, span);
  const sizeKey = `${width}x${height}|${shared.domain.join(':')}|${span}`;
  let byWarp = tracks.get(run.events);
  if (byWarp === undefined) tracks.set(run.events, (byWarp = new WeakMap()));
  let bySize = byWarp.get(warp);
  if (bySize === undefined) byWarp.set(warp, (bySize = new Map()));
  let cached = bySize.get(sizeKey);
  if (cached === undefined) {
    const track = buildOrderTrack(run.events, x, y);
    const late = new Uint8Array(track.length);
    for (let i = 0; i < track.length; i++) late[i] = shared.late[track.source[i]!]!;
    cached = { track, late };
    bySize.set(sizeKey, cached);
  }
  const { track, late } = cached;
  // A lane shorter (or narrower) than its margins (a small lane beside an enlarged one, in
  // presenter type) has an empty plot, never an inverted one: SVG refuses negative sizes.
  const top = margin.top;
  const bottom = Math.max(top, height - margin.bottom);
  const left = margin.left;
  const right = Math.max(left, width - margin.right);
  return {
    frame,
    width,
    height,
    x,
    y,
    warp,
    span,
    track,
    ticks: processingTicks(warp, y, Math.round(font * 2.2), bottom),
    font,
    late,
    left,
    right,
    top,
    bottom,
  };
}

// Track index of each order id, once per orders' event-time order (the track's source array, which
// every zoom and size of the same orders shares): flagging a few hundred dropped or missed orders
// then costs a few hundred look-ups, not a pass over every order. Keyed on the track itself, each
// zoom step while playing rebuilt the map for every order (100 ms of a 3 s profile).
const trackIndexById = new WeakMap<Int32Array, TrackIds>();

/** Order ids to track indices: the last order with an id wins; `unique` when no id repeats. */
export interface TrackIds {
  find(id: number): number | undefined;
  unique: boolean;
}

/**
 * Each order id's track index. Ids that are whole numbers up to a few times the orders' count
 * (generated and most imported ones) are looked up in a typed array, others in a Map: a Map of a
 * million entries was a tenth of a second after a big import.
 */
export function trackIds(run: Pick<LabRun, 'events'>, track: OrderTrack): TrackIds {
  let ids = trackIndexById.get(track.source);
  if (ids === undefined) {
    const n = track.length;
    const bound = 4 * n + 16;
    let at: Int32Array | null = new Int32Array(bound + 1).fill(-1);
    let unique = true;
    for (let i = 0; i < n; i++) {
      const id = run.events[track.source[i]!]!.id;
      if (!Number.isInteger(id) || id < 0 || id > bound) {
        at = null;
        break;
      }
      if (at[id] !== -1) unique = false;
      at[id] = i;
    }
    if (at !== null) {
      const typed = at;
      ids = {
        find: (id) => {
          const i = Number.isInteger(id) && id >= 0 && id <= bound ? typed[id]! : -1;
          return i >= 0 ? i : undefined;
        },
        unique,
      };
    } else {
      const byId = new Map<number, number>();
      for (let i = 0; i < n; i++) byId.set(run.events[track.source[i]!]!.id, i);
      ids = { find: (id) => byId.get(id), unique: byId.size === n };
    }
    trackIndexById.set(track.source, ids);
  }
  return ids;
}

/** Per track index, 1 when the order's id is in `ids` (dropped, missed...). */
export function flagsByTrack(
  run: Pick<LabRun, 'events'>,
  track: OrderTrack,
  ids: ReadonlySet<number>,
): Uint8Array {
  const out = new Uint8Array(track.length);
  if (ids.size === 0) return out;
  const { find } = trackIds(run, track);
  for (const id of ids) {
    const i = find(id);
    if (i !== undefined) out[i] = 1;
  }
  return out;
}

// Per mask, per track order: every zoom step and size of the same orders shares the flags.
const maskFlags = new WeakMap<Uint8Array, WeakMap<Int32Array, Uint8Array>>();

/**
 * Per track index, the flag `mask` holds for that order's index in the run's events; once per
 * mask and events' order (read-only: the lanes share it).
 */
export function flagsByMask(track: OrderTrack, mask: Uint8Array): Uint8Array {
  let bySource = maskFlags.get(mask);
  if (bySource === undefined) maskFlags.set(mask, (bySource = new WeakMap()));
  let out = bySource.get(track.source);
  if (out === undefined || out.length !== track.length) {
    out = new Uint8Array(track.length);
    for (let i = 0; i < track.length; i++) out[i] = mask[track.source[i]!]!;
    bySource.set(track.source, out);
  }
  return out;
}
