// The lane's canvas layer: sized for devicePixelRatio, redrawn whenever the store's playhead
// moves through useLabApi().subscribe, so playing never re-renders React. The runner owns the
// frame loop; this only listens.
import { useEffect, useRef } from 'react';
import { useLabApi } from '../../store/context';
import type { Palette } from '../theme/palette';
import type { LaneGeometry } from '../../geometry/lanePlot';
import { createOrderLayer } from './orders';
import { drawPlayhead, drawTickLabels, type LanePainter, type PaintContext } from './paint';

export function LaneCanvas({
  geo,
  painter,
  palette,
}: {
  geo: LaneGeometry;
  painter: LanePainter;
  palette: Palette;
}) {
  const ref = useRef<HTMLCanvasElement>(null);
  const api = useLabApi();

  useEffect(() => {
    const canvas = ref.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx || geo.width <= 0 || geo.height <= 0) return;
    // A CSS zoom enlarges the canvas on screen: draw at that density too, or the lanes turn soft.
    const zoom = (canvas as { currentCSSZoom?: number }).currentCSSZoom ?? 1;
    const dpr = (window.devicePixelRatio || 1) * zoom;
    canvas.width = Math.round(geo.width * dpr);
    canvas.height = Math.round(geo.height * dpr);
    const style = getComputedStyle(canvas);
    const accent = style.getPropertyValue('--accent').trim() || palette.text;
    const font = style.fontFamily || 'sans-serif';
    const orders = createOrderLayer(geo, painter, palette, dpr);

    const draw = (playhead: number) => {
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      ctx.clearRect(0, 0, geo.width, geo.height);
      const c: PaintContext = { ctx, playhead, yP: geo.y(playhead), geo, palette, accent, font };
      painter.under?.(c);
      orders.draw(ctx, playhead, c.yP);
      painter.over?.(c);
      drawTickLabels(c);
      drawPlayhead(c);
    };
    draw(api.getState().playhead);
    return api.subscribe((s, prev) => {
      if (s.playhead !== prev.playhead) draw(s.playhead);
    });
  }, [api, geo, painter, palette]);

  return (
    <canvas
      ref={ref}
      className="lane-canvas"
      aria-hidden="true"
      style={{ width: geo.width, height: geo.height }}
    />
  );
}
