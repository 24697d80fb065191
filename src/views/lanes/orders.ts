// The orders on a lane's canvas. Landed orders never move again while the playhead goes forward,
// so they are painted once into an offscreen layer and blitted each frame; only the few orders
// still falling (all on the playhead line) are drawn fresh. Seeking backwards, or crossing the
// moment a re-run picks up missed orders, repaints the layer. Marks are batched per shape and
// colour: a frame costs a blit and a handful of fill calls whatever the number of orders.
// The layer holds only whole chunks of CHUNK orders (in landing order) and the unfinished chunk is
// drawn fresh each frame, so the batches, and so the pixels, depend only on the playhead: playing,
// stepping and scrubbing to the same moment paint exactly the same picture.
import { time } from '../../engine';
import { ordersByEventTime, visibleCount, type TimedOrder } from '../../geometry/lanes';
import { PixelMarks } from '../../geometry/thin';
import { stableOrder } from '../../geometry/argsort';
import type { Palette } from '../theme/palette';
import type { LaneGeometry } from '../../geometry/lanePlot';
import type { OrderLook } from './paint';

const countAtOrBefore = time.countAtOrBefore;

const TAU = Math.PI * 2;
// On-time orders are small dots (they are many, and sit on the diagonal); late ones larger
// triangles, dropped ones crosses: the marks a learner should find stand out.
const R = 2;
const T = 4.6;
const S = 4;
/** Orders per cached batch; the unfinished one (at most CHUNK - 1 orders) is drawn each frame. */
const CHUNK = 256;

/** Five paths: filled circles and triangles, hollow ones (missed), and crosses (dropped). */
class MarkBatch {
  onTime = new Path2D();
  late = new Path2D();
  hollowOnTime = new Path2D();
  hollowLate = new Path2D();
  crosses = new Path2D();

  add(x: number, y: number, isLate: boolean, kind: number) {
    if (kind === 1) {
      const p = this.crosses;
      p.moveTo(x - S, y - S);
      p.lineTo(x + S, y + S);
      p.moveTo(x + S, y - S);
      p.lineTo(x - S, y + S);
      return;
    }
    const hollow = kind === 2;
    if (isLate) {
      const p = hollow ? this.hollowLate : this.late;
      // The last edge is drawn, not closed: Path2D.closePath costs time in the number of
      // subpaths in Chromium (1.8 s of 3 s of play with 2,000 falling orders), and fill()
      // closes every subpath anyway.
      p.moveTo(x, y - T);
      p.lineTo(x + T, y + T * 0.8);
      p.lineTo(x - T, y + T * 0.8);
      p.lineTo(x, y - T);
    } else {
      const p = hollow ? this.hollowOnTime : this.onTime;
      p.moveTo(x + R, y);
      p.arc(x, y, R, 0, TAU);
    }
  }

  paint(ctx: CanvasRenderingContext2D, palette: Palette) {
    ctx.fillStyle = palette.onTimeOrder;
    ctx.fill(this.onTime);
    ctx.fillStyle = palette.lateOrder;
    ctx.fill(this.late);
    ctx.lineWidth = 1.4;
    ctx.strokeStyle = palette.onTimeOrder;
    ctx.stroke(this.hollowOnTime);
    ctx.strokeStyle = palette.lateOrder;
    ctx.stroke(this.hollowLate);
    ctx.lineWidth = 2;
    ctx.strokeStyle = palette.dropped;
    ctx.stroke(this.crosses);
  }
}

/** How a landed order looks at the playhead: 0 plain, 1 cross, 2 hollow. */
function kindAt(look: OrderLook, i: number, playhead: number): number {
  const k = look.landed?.[i] ?? 0;
  if (k === 2 && look.until !== undefined && playhead >= look.until[i]!) return 0;
  return k;
}

export interface OrderLayer {
  /** Paints every order that has happened by the playhead onto ctx (in CSS pixels). */
  draw(ctx: CanvasRenderingContext2D, playhead: number, yP: number): void;
}

// Keyed on the track's event-time order, one object per orders array: a new time warp moves the
// marks but not the order in which orders land.
const landings = new WeakMap<Int32Array, { byLanding: Int32Array; landingSorted: Float64Array }>();

// Per event-time position, the latest arrival among that order and every earlier one: all orders
// before the first position whose running latest arrival is after the playhead have arrived, so
// the search for falling orders starts there instead of at the first order of the run.
const arrivedBounds = new WeakMap<Int32Array, Float64Array>();

/** What the landing order and arrival bounds read of a track: its orders' times by event time. */
type TrackTimes = Pick<LaneGeometry['track'], 'length' | 'source' | 'eventTime' | 'arrivalTime'>;

/** Running maximum of the track's arrival times (ascending); shared by all lanes. */
function latestArrivals(track: TrackTimes): Float64Array {
  let cached = arrivedBounds.get(track.source);
  if (cached === undefined) {
    cached = new Float64Array(track.length);
    let latest = -Infinity;
    for (let i = 0; i < track.length; i++) {
      latest = Math.max(latest, track.arrivalTime[i]!);
      cached[i] = latest;
    }
    arrivedBounds.set(track.source, cached);
  }
  return cached;
}

/** Track indices in the order orders land (max of event and arrival time); shared by all lanes. */
function landingOrder(track: TrackTimes) {
  let cached = landings.get(track.source);
  if (cached === undefined) {
    const n = track.length;
    const landing = new Float64Array(n);
    for (let i = 0; i < n; i++) landing[i] = Math.max(track.eventTime[i]!, track.arrivalTime[i]!);
    const byLanding = stableOrder(landing);
    const landingSorted = new Float64Array(n);
    for (let k = 0; k < n; k++) landingSorted[k] = landing[byLanding[k]!]!;
    cached = { byLanding, landingSorted };
    landings.set(track.source, cached);
  }
  return cached;
}

/**
 * Steps that compute ahead what every order layer of these orders shares (the landing order, the
 * running latest arrival), so a big run's first layer does not sort a million orders in its task.
 */
export function prepareOrderLayers(orders: readonly TimedOrder[]): (() => void)[] {
  const times = () => ({ length: orders.length, ...ordersByEventTime(orders) });
  return [() => void landingOrder(times()), () => void latestArrivals(times())];
}

/**
 * The moments a missed (hollow) order turns plain, ascending: the layer repaints when the playhead
 * crosses one. Only missed orders' `until` counts (kindAt reads no other); sorting every order's
 * slot (zero for most) was a sort of a million numbers after a big import.
 */
function untilsOf(look: OrderLook): Float64Array {
  const { landed, until } = look;
  if (until === undefined || landed === undefined) return new Float64Array(0);
  const out: number[] = [];
  for (let i = 0; i < until.length; i++) {
    if (landed[i] === 2 && Number.isFinite(until[i])) out.push(until[i]!);
  }
  return Float64Array.from(out).sort();
}

/**
 * A cached layer of landed orders for one lane. An order lands at max(eventTime, arrival): from
 * then on it sits at (event time, arrival).
 */
export function createOrderLayer(
  geo: LaneGeometry,
  look: OrderLook,
  palette: Palette,
  dpr: number,
): OrderLayer {
  const { track, late } = geo;
  const { byLanding, landingSorted } = landingOrder(track);
  const latestArrival = latestArrivals(track);
  const untilSorted = untilsOf(look);

  const layer = document.createElement('canvas');
  layer.width = Math.max(1, Math.round(geo.width * dpr));
  layer.height = Math.max(1, Math.round(geo.height * dpr));
  const lctx = layer.getContext('2d');
  let drawn = 0;
  let untilSeen = -1;
  const columns = layer.width + 1;
  /** Per device pixel column, which falling marks (bit 1 on time, bit 2 late) are drawn. */
  const fallingSeen = new Uint8Array(columns);
  // Per device pixel of the layer, which kinds of landed mark (one bit each) it already holds.
  // Over a week the 30,000 orders of a lane pile onto a few thousand pixels: a mark snapped to
  // its device pixel paints the same pixels as the one there before it, so it is skipped.
  // Building and filling 120,000 marks was a second of main-thread work after a preset switch.
  const landedSeen = new PixelMarks(columns, layer.height + 1);
  const bitOf = (isLate: boolean, kind: number) => 1 << (kind * 2 + (isLate ? 1 : 0));

  return {
    draw(ctx, playhead, yP) {
      if (!lctx) return;
      const landed = countAtOrBefore(landingSorted, playhead);
      const crossed = countAtOrBefore(untilSorted, playhead);
      const whole = landed - (landed % CHUNK);
      if (whole < drawn || crossed !== untilSeen) {
        lctx.setTransform(1, 0, 0, 1, 0, 0);
        lctx.clearRect(0, 0, layer.width, layer.height);
        landedSeen.clear();
        drawn = 0;
        untilSeen = crossed;
      }
      // `keep`: the layer's chunks mark the pixels they fill; the unfinished chunk, drawn on the
      // frame itself, only skips pixels the layer holds.
      const batchOf = (from: number, to: number, keep: boolean) => {
        const batch = new MarkBatch();
        for (let k = from; k < to; k++) {
          const i = byLanding[k]!;
          const isLate = late[i] === 1;
          const kind = kindAt(look, i, playhead);
          const x = Math.round(track.x[i]! * dpr);
          const y = Math.round(track.yArrival[i]! * dpr);
          if (!landedSeen.fresh(x, y, bitOf(isLate, kind), keep)) continue;
          batch.add(x / dpr, y / dpr, isLate, kind);
        }
        return batch;
      };
      if (whole > drawn) {
        lctx.setTransform(dpr, 0, 0, dpr, 0, 0);
        for (let from = drawn; from < whole; from += CHUNK) {
          batchOf(from, from + CHUNK, true).paint(lctx, palette);
        }
        drawn = whole;
      }
      ctx.drawImage(layer, 0, 0, geo.width, geo.height);
      batchOf(whole, landed, false).paint(ctx, palette);

      // Still falling: happened, not yet arrived. They ride the playhead line, all at one y, so
      // two that fall on the same device pixel column paint the same mark: one is drawn. With
      // 2,000 orders in flight the path was most of a frame's time (12 ms of Skia per frame).
      const falling = new MarkBatch();
      const visible = visibleCount(track, playhead);
      fallingSeen.fill(0);
      for (let i = countAtOrBefore(latestArrival, playhead); i < visible; i++) {
        if (track.arrivalTime[i]! <= playhead) continue;
        const x = track.x[i]!;
        const isLate = late[i] === 1;
        const column = Math.min(columns - 1, Math.max(0, Math.round(x * dpr)));
        const bit = isLate ? 2 : 1;
        const seen = fallingSeen[column]!;
        if ((seen & bit) !== 0) continue;
        fallingSeen[column] = seen | bit;
        falling.add(Math.round(x * dpr) / dpr, yP, isLate, 0);
      }
      falling.paint(ctx, palette);
    },
  };
}
