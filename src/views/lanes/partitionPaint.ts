// The stream lane's regions on its canvas, per frame: each region's watermark as a thin line (solid
// while it counts, dashed and faded while idle, when the job's watermark goes on without it), a
// small dot where each stands at the playhead with the regions' names under the dots ("regions
// 1, 2", "region 3 idle"), and a dashed outline on the windows a silent region holds open. The job's thick watermark is drawn
// over all of this by the lane, so a region holding it back disappears under it.
import { windowBox, type WindowBox } from '../../geometry/lanes';
import { headLabels, partitionSegments, type PartitionHead } from '../../geometry/partitions';
import type { Palette } from '../theme/palette';
import type { LaneGeometry } from '../../geometry/lanePlot';
import { haloText, type PaintContext } from './paint';
import { heldAt, partitionStates, type PartitionsModel } from './partitionsModel';

const TAU = Math.PI * 2;

export interface PartitionPainter {
  /** Outlines the windows held open at the playhead (under the orders). */
  held(c: PaintContext): void;
  /** The thin lines and their heads (before the job's thick watermark). */
  lines(c: PaintContext): void;
  /** Which region each head is, under the playhead ("regions 1, 2", "region 3 idle"). */
  labels(c: PaintContext): void;
}

export function partitionPainter(
  geo: LaneGeometry,
  model: PartitionsModel,
  palette: Palette,
): PartitionPainter {
  const until = geo.warp.to;
  const segments = model.lines.map((line) =>
    partitionSegments(line, geo.x, geo.y, until).map((s) => ({
      path: new Path2D(s.d),
      idle: s.idle,
    })),
  );
  const boxes = new Map<number, WindowBox>();
  for (const h of model.holds)
    boxes.set(h.window.end, windowBox(h.window, h.firedAt, geo.x, geo.y));
  const [d0, d1] = geo.x.domain() as [number, number];
  const headX = (value: number) =>
    value === -Infinity ? null : geo.x(Math.min(d1, Math.max(d0, value)));

  return {
    held({ ctx, playhead, yP }) {
      const held = heldAt(model, playhead);
      if (held.length === 0) return;
      ctx.save();
      ctx.strokeStyle = palette.watermark;
      ctx.lineWidth = 2.5;
      ctx.setLineDash([6, 4]);
      for (const h of held) {
        const box = boxes.get(h.window.end);
        if (!box || box.yTop >= yP) continue;
        ctx.strokeRect(box.x0 + 1.5, box.yTop + 1, box.x1 - box.x0 - 3, yP - box.yTop - 1);
      }
      ctx.restore();
    },
    lines({ ctx, playhead, yP }) {
      ctx.save();
      ctx.beginPath();
      ctx.rect(0, 0, geo.width, yP);
      ctx.clip();
      ctx.strokeStyle = palette.watermark;
      ctx.lineJoin = 'round';
      for (const line of segments) {
        for (const s of line) {
          ctx.globalAlpha = s.idle ? 0.55 : 0.9;
          ctx.lineWidth = 2;
          ctx.setLineDash(s.idle ? [5, 4] : []);
          ctx.stroke(s.path);
        }
      }
      ctx.restore();
      ctx.fillStyle = palette.watermark;
      for (const s of partitionStates(model, playhead)) {
        const x = headX(s.value);
        if (x === null) continue;
        ctx.globalAlpha = s.idle ? 0.55 : 1;
        ctx.beginPath();
        ctx.arc(x, yP, 3, 0, TAU);
        ctx.fill();
      }
      ctx.globalAlpha = 1;
    },
    labels(c) {
      const heads: PartitionHead[] = [];
      for (const s of partitionStates(model, c.playhead)) {
        const x = headX(s.value);
        if (x !== null) heads.push({ partition: s.partition, x, idle: s.idle });
      }
      // Under the playhead, where nothing has happened yet: the thick line's name sits above.
      for (const l of headLabels(heads, geo.left, geo.right, geo.font)) {
        const y = c.yP + (l.row + 1) * (geo.font + 3);
        haloText(c, l.text, l.x, y, l.align, palette.watermark, '600');
      }
    },
  };
}
