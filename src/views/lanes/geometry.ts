// One lane's scales and order track for a plot size: every lane builds the same ones (the four
// plots have the same size), so x, y and the falling orders line up across the play area.
import type { ScaleLinear } from 'd3-scale';
import type { LabRun } from '../../engine';
import type { TimeWarp } from '../../geometry/timewarp';
import {
  LANE_MARGIN,
  buildOrderTrack,
  eventScale,
  processingY,
  type LaneFrame,
  type OrderTrack,
  type TimeY,
} from '../../geometry/lanes';
import type { SharedModel } from './model';

export interface LaneGeometry {
  frame: LaneFrame;
  width: number;
  height: number;
  x: ScaleLinear<number, number>;
  y: TimeY;
  warp: TimeWarp;
  track: OrderTrack;
  /** Per track index: 1 for a late order (a triangle), 0 for an on-time one (a circle). */
  late: Uint8Array;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

// The four lanes have the same size, so they share one track; and the orders' event-time order
// depends on the orders alone, so a settings change that keeps them skips the sort.
const tracks = new WeakMap<TimeWarp, Map<string, { track: OrderTrack; late: Uint8Array }>>();

export function laneGeometry(
  run: LabRun,
  warp: TimeWarp,
  shared: SharedModel,
  width: number,
  height: number,
): LaneGeometry {
  const frame: LaneFrame = { width, height, margin: LANE_MARGIN };
  const x = eventScale(shared.domain, frame);
  const y = processingY(warp, frame);
  const sizeKey = `${width}x${height}|${shared.domain.join(':')}`;
  let bySize = tracks.get(warp);
  if (bySize === undefined) tracks.set(warp, (bySize = new Map()));
  let cached = bySize.get(sizeKey);
  if (cached === undefined || cached.late.length !== run.events.length) {
    const track = buildOrderTrack(run.events, x, y);
    const late = new Uint8Array(track.length);
    for (let i = 0; i < track.length; i++) late[i] = shared.late[track.source[i]!]!;
    cached = { track, late };
    bySize.set(sizeKey, cached);
  }
  const { track, late } = cached;
  return {
    frame,
    width,
    height,
    x,
    y,
    warp,
    track,
    late,
    left: LANE_MARGIN.left,
    right: width - LANE_MARGIN.right,
    top: LANE_MARGIN.top,
    bottom: height - LANE_MARGIN.bottom,
  };
}

/** Per track index, 1 when the order's id is in `ids` (dropped, missed...). */
export function flagsByTrack(run: LabRun, track: OrderTrack, ids: ReadonlySet<number>): Uint8Array {
  const out = new Uint8Array(track.length);
  if (ids.size === 0) return out;
  for (let i = 0; i < track.length; i++) out[i] = ids.has(run.events[track.source[i]!]!.id) ? 1 : 0;
  return out;
}
