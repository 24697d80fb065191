// Per-frame canvas drawing shared by the lanes: the playhead and its clock tag, the processing
// axis' clock labels (kept clear of that tag), halo text, the watermark with the region behind it,
// and the painter interface each lane fills in (orders are in ./orders.ts). Runs inside a store
// subscription, never through React. Text takes the lane's font size (larger when presenting).
import type { Palette } from '../theme/palette';
import { formatClock } from '../../format/clock';
import { gridLabel } from '../../geometry/eventAxis';
import type { LaneGeometry } from '../../geometry/lanePlot';
import { time } from '../../engine';

const DAY = time.DAY;

const TAU = Math.PI * 2;

export interface PaintContext {
  ctx: CanvasRenderingContext2D;
  playhead: number;
  /** y of the playhead. */
  yP: number;
  geo: LaneGeometry;
  palette: Palette;
  accent: string;
  font: string;
}

/** How an order looks once it has landed, per lane. */
export interface OrderLook {
  /** Per track index: 1 = dropped (a cross), 2 = missed (hollow while before `until`). */
  landed?: Uint8Array;
  /** Per track index: when a missed order stops being hollow (picked up by a re-run). */
  until?: Float64Array;
}

export interface LanePainter extends OrderLook {
  /** Drawn under the orders (bands, boxes, sweeps). */
  under?(c: PaintContext): void;
  /** Drawn over the orders (watermark lines, running sums). */
  over?(c: PaintContext): void;
}

/** Clock time within its day, short enough for the lane's left margin: "12:07". */
export function marginClock(t: number): string {
  return formatClock(((t % DAY) + DAY) % DAY, 'never');
}

/** The playhead's tag is this tall: clock labels closer than this to it are not drawn. */
function tagHeight(geo: LaneGeometry): number {
  return Math.round(geo.font * 1.45);
}

// The ticks' words, once per geometry's ticks: formatting each clock label on every frame of all
// four lanes was a visible share of a frame's script.
const tickWords = new WeakMap<LaneGeometry['ticks'], string[]>();

/** The processing axis' clock labels, except where the playhead's tag sits. */
export function drawTickLabels(c: PaintContext): void {
  const { ctx, geo, yP, palette, font } = c;
  let words = tickWords.get(geo.ticks);
  if (words === undefined) {
    words = geo.ticks.map((t) => gridLabel(t.t, marginClock));
    tickWords.set(geo.ticks, words);
  }
  const clear = tagHeight(geo) / 2 + geo.font * 0.7;
  ctx.font = `${geo.font}px ${font}`;
  ctx.fillStyle = palette.muted;
  ctx.textAlign = 'right';
  ctx.textBaseline = 'middle';
  geo.ticks.forEach((t, i) => {
    if (Math.abs(t.y - yP) < clear) return;
    ctx.fillText(words[i]!, geo.left - 6, t.y);
  });
}

/** The playhead: a line across the lane, and its time in the margin. */
export function drawPlayhead(c: PaintContext): void {
  const { ctx, yP, geo, accent, palette, font } = c;
  ctx.strokeStyle = accent;
  ctx.lineWidth = 2;
  ctx.beginPath();
  ctx.moveTo(geo.left - 2, yP);
  ctx.lineTo(geo.width, yP);
  ctx.stroke();
  const label = marginClock(c.playhead);
  ctx.font = `bold ${geo.font}px ${font}`;
  const w = ctx.measureText(label).width + 8;
  const h = tagHeight(geo);
  const x = Math.max(0, geo.left - w - 2);
  ctx.fillStyle = accent;
  ctx.fillRect(x, yP - h / 2, w, h);
  ctx.fillStyle = palette.panel;
  ctx.textAlign = 'left';
  ctx.textBaseline = 'middle';
  ctx.fillText(label, x + 4, yP + 0.5);
}

/** Text with a halo in the panel colour, readable over marks. */
export function haloText(
  c: PaintContext,
  text: string,
  x: number,
  y: number,
  align: CanvasTextAlign,
  color: string,
  weight = 'bold',
): void {
  const { ctx, palette, font, geo } = c;
  ctx.font = `${weight} ${geo.font}px ${font}`;
  ctx.textAlign = align;
  ctx.textBaseline = 'alphabetic';
  ctx.lineJoin = 'round';
  ctx.lineWidth = 3.5;
  ctx.strokeStyle = palette.panel;
  ctx.strokeText(text, x, y);
  ctx.fillStyle = color;
  ctx.fillText(text, x, y);
}

/**
 * A staircase path (watermark) drawn only down to the playhead, with a dot where it is now.
 * `thick` draws the stream's watermark, the main character of its lesson: a heavy line, the
 * region behind it shaded (`area`), and its name at its head.
 */
export function drawStaircase(
  c: PaintContext,
  path: Path2D,
  currentX: number | null,
  thick?: { area: Path2D; label: string },
): void {
  const { ctx, yP, geo, palette } = c;
  ctx.save();
  ctx.beginPath();
  ctx.rect(0, 0, geo.width, yP);
  ctx.clip();
  if (thick) {
    ctx.globalAlpha = 0.13;
    ctx.fillStyle = palette.watermark;
    ctx.fill(thick.area);
    ctx.globalAlpha = 1;
  }
  ctx.strokeStyle = palette.watermark;
  ctx.lineWidth = thick ? 4 : 2.5;
  ctx.lineJoin = 'round';
  ctx.setLineDash([]);
  ctx.stroke(path);
  ctx.restore();
  if (currentX !== null) {
    ctx.fillStyle = palette.watermark;
    ctx.beginPath();
    ctx.arc(currentX, yP, thick ? 6 : 4.5, 0, TAU);
    ctx.fill();
    if (thick) {
      // The name sits just above the playhead, left of the head: the side where late orders land.
      const right = currentX > geo.left + (geo.right - geo.left) * 0.55;
      haloText(
        c,
        thick.label,
        right ? currentX - 8 : currentX + 8,
        yP - geo.font * 0.6,
        right ? 'right' : 'left',
        palette.watermark,
      );
    }
  }
}
