// The lane's canvas layer: sized for devicePixelRatio, redrawn whenever the store's playhead
// moves through useLabApi().subscribe, so playing never re-renders React. The runner owns the
// frame loop; this only listens. Out of sight (scrolled away, or under the page's sticky bar) a
// lane follows the paced playhead instead, as the panels beside it do: nobody sees its frames, and
// it stays a picture of one moment for an export. The picture depends on the playhead alone, so
// however a moment is reached, its pixels are the same.
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
    let inSight = true;
    let drawnAt: number | null = null;
    const show = ({ playhead, pacedPlayhead }: { playhead: number; pacedPlayhead: number }) => {
      const t = inSight ? playhead : pacedPlayhead;
      if (t === drawnAt) return;
      drawnAt = t;
      draw(t);
    };
    show(api.getState());
    const off = api.subscribe((s, prev) => {
      if (s.playhead !== prev.playhead || s.pacedPlayhead !== prev.pacedPlayhead) show(s);
    });
    const sight = watchSight(canvas, (seen) => {
      inSight = seen;
      show(api.getState());
    });
    return () => {
      off();
      sight();
    };
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

/**
 * Calls `onChange(true | false)` as the canvas comes into or goes out of sight. The page's sticky
 * bar (its height published as --top-h) covers the top of the viewport: a lane scrolled under it
 * is out of sight too. Returns the disconnect; without IntersectionObserver, always in sight.
 */
function watchSight(canvas: HTMLCanvasElement, onChange: (seen: boolean) => void): () => void {
  if (typeof IntersectionObserver !== 'function') return () => {};
  const top = parseFloat(getComputedStyle(document.documentElement).getPropertyValue('--top-h'));
  const observer = new IntersectionObserver(
    (entries) => {
      const last = entries[entries.length - 1];
      if (last) onChange(last.isIntersecting);
    },
    { rootMargin: `${Number.isFinite(top) ? -Math.ceil(top) : 0}px 0px 0px 0px` },
  );
  observer.observe(canvas);
  return () => observer.disconnect();
}
