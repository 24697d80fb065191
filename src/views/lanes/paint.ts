// Per-frame canvas drawing shared by the lanes: the playhead, halo text, watermark staircases,
// and the painter interface each lane fills in (orders are in ./orders.ts). Runs inside a store
// subscription, never through React.
import type { Palette } from '../theme/palette';
import { formatClock } from '../../geometry/time';
import type { LaneGeometry } from './geometry';

const DAY = 86_400_000;
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
  ctx.font = `bold 13px ${font}`;
  const w = ctx.measureText(label).width + 8;
  ctx.fillStyle = accent;
  ctx.fillRect(Math.max(0, geo.left - w - 2), yP - 9, w, 18);
  ctx.fillStyle = palette.panel;
  ctx.textAlign = 'left';
  ctx.textBaseline = 'middle';
  ctx.fillText(label, Math.max(0, geo.left - w - 2) + 4, yP + 0.5);
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
  const { ctx, palette, font } = c;
  ctx.font = `${weight} 13px ${font}`;
  ctx.textAlign = align;
  ctx.textBaseline = 'alphabetic';
  ctx.lineJoin = 'round';
  ctx.lineWidth = 3.5;
  ctx.strokeStyle = palette.panel;
  ctx.strokeText(text, x, y);
  ctx.fillStyle = color;
  ctx.fillText(text, x, y);
}

/** A staircase path (watermark) drawn only down to the playhead, with a dot where it is now. */
export function drawStaircase(c: PaintContext, path: Path2D, currentX: number | null): void {
  const { ctx, yP, geo, palette } = c;
  ctx.save();
  ctx.beginPath();
  ctx.rect(0, 0, geo.width, yP);
  ctx.clip();
  ctx.strokeStyle = palette.watermark;
  ctx.lineWidth = 2.5;
  ctx.setLineDash([]);
  ctx.stroke(path);
  ctx.restore();
  if (currentX !== null) {
    ctx.fillStyle = palette.watermark;
    ctx.beginPath();
    ctx.arc(currentX, yP, 4.5, 0, TAU);
    ctx.fill();
  }
}
