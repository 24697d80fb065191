// HyperLogLog's registers on a canvas (up to 65,536 cells, too many for SVG nodes), shaded by
// rank, with the register the latest order touched outlined.
import { useEffect, useRef } from 'react';
import type { Palette } from '../theme/palette';
import type { HllView } from './summariesModel';
import { formatCount } from '../../format/count';

/** The registers as a grid of cells on a canvas (up to 65,536 of them), darker for a higher rank. */
export function HllRegisters({ view, palette }: { view: HllView; palette: Palette }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const cols = 1 << Math.ceil(view.precision / 2);
  const rows = view.m / cols;
  const cell = Math.max(2, Math.floor(320 / cols));
  const maxRank = view.registers.reduce((a, b) => Math.max(a, b), 0);
  const touched = view.last?.register ?? -1;
  useEffect(() => {
    const ctx = canvas.current?.getContext('2d');
    if (!ctx) return;
    const { registers } = view;
    ctx.fillStyle = palette.panel;
    ctx.fillRect(0, 0, cols * cell, rows * cell);
    const gap = cell >= 6 ? 1 : 0;
    for (let i = 0; i < registers.length; i++) {
      const r = registers[i]!;
      const x = (i % cols) * cell;
      const y = Math.floor(i / cols) * cell;
      if (r === 0) {
        ctx.strokeStyle = palette.grid;
        ctx.globalAlpha = 0.5;
        if (gap) ctx.strokeRect(x + 0.5, y + 0.5, cell - 1, cell - 1);
        ctx.globalAlpha = 1;
        continue;
      }
      ctx.fillStyle = palette.lane.batch;
      ctx.globalAlpha = 0.25 + (0.75 * r) / Math.max(1, maxRank);
      ctx.fillRect(x + gap, y + gap, cell - gap, cell - gap);
    }
    ctx.globalAlpha = 1;
    if (touched >= 0) {
      const x = (touched % cols) * cell;
      const y = Math.floor(touched / cols) * cell;
      ctx.strokeStyle = palette.text;
      ctx.lineWidth = Math.max(2, cell / 5);
      ctx.strokeRect(x, y, cell, cell);
    }
  }, [view, palette, cols, rows, cell, maxRank, touched]);
  return (
    <figure className="smp-registers" data-testid="smp-hll-registers">
      <canvas
        ref={canvas}
        width={cols * cell}
        height={rows * cell}
        role="img"
        aria-label={`${formatCount(view.m)} registers; the highest rank is ${maxRank}. ${
          view.last ? `The latest order touched register ${view.last.register}, outlined.` : ''
        }`}
      />
      <figcaption className="smp-note">
        {formatCount(view.m)} registers, darker for a higher rank; the outlined one is the register
        the latest order touched.
      </figcaption>
    </figure>
  );
}
