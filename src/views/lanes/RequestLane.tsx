// The per-request lane (a query on the orders table): nothing is computed ahead; at any moment a
// query reads every order stored above the "now" line (the translucent sweep) and is always
// right about what has arrived, at a cost that grows with the rows it scans.
import { useMemo } from 'react';
import { metrics } from '../../engine';
import { useLab } from '../../store/context';
import type { Palette } from '../theme/palette';
import type { LaneGeometry } from './geometry';
import { LaneCanvas } from './LaneCanvas';
import { LaneShell } from './LaneShell';
import { arrivedBy, tallyAt, type SharedModel, type WindowTally } from './model';
import { formatCount } from '../../format/count';
import { formatMoneyShort } from '../../format/money';
import { haloText, type LanePainter } from './paint';

const requestCost = metrics.requestCost;

/** "scans 1,234 rows · 2.6 ms per query". */
export function requestCaption(rows: number): string {
  const ms = requestCost(rows);
  return `query scans ${formatCount(rows)} rows · ${ms < 10 ? ms.toFixed(1) : Math.round(ms)} ms`;
}

function RequestStatus({ shared }: { shared: SharedModel }) {
  return <>{useLab((s) => requestCaption(arrivedBy(shared, s.pacedPlayhead)))}</>;
}

function RequestSummary({ shared }: { shared: SharedModel }) {
  const hundreds = useLab((s) => Math.floor(arrivedBy(shared, s.pacedPlayhead) / 100));
  return (
    <>{`Per-request lane: a query now reads about ${formatCount(hundreds * 100)} stored orders; its answer is always up to date with what has arrived.`}</>
  );
}

function usePainter(
  geo: LaneGeometry,
  windows: readonly WindowTally[],
  palette: Palette,
): LanePainter {
  return useMemo(() => {
    const color = palette.lane.request;
    const columns = windows
      .map((w) => ({ w, x0: geo.x(w.window.start), x1: geo.x(w.window.end) }))
      .filter((c) => c.x0 >= geo.left - 0.5 && c.x1 <= geo.right + 0.5 && c.x1 - c.x0 >= 1);
    return {
      under({ ctx, yP }) {
        ctx.globalAlpha = 0.1;
        ctx.fillStyle = color;
        ctx.fillRect(geo.left, geo.top, geo.right - geo.left, Math.max(0, yP - geo.top));
        ctx.globalAlpha = 1;
      },
      over(c) {
        // Narrow columns alternate between two rows of labels, so neighbours never overlap.
        columns.forEach((col, i) => {
          const { value, count } = tallyAt(col.w, c.playhead);
          if (count === 0) return;
          const row = col.x1 - col.x0 < 44 && i % 2 === 1 ? 1 : 0;
          const y = c.yP + 17 + row * 16;
          haloText(c, formatMoneyShort(value), (col.x0 + col.x1) / 2, y, 'center', color);
        });
      },
    };
  }, [geo, windows, palette]);
}

function RequestCanvas(props: {
  geo: LaneGeometry;
  windows: readonly WindowTally[];
  palette: Palette;
}) {
  const painter = usePainter(props.geo, props.windows, props.palette);
  return <LaneCanvas geo={props.geo} painter={painter} palette={props.palette} />;
}

export function RequestLane({
  shared,
  windows,
  palette,
}: {
  shared: SharedModel;
  windows: readonly WindowTally[];
  palette: Palette;
}) {
  return (
    <LaneShell
      id="request"
      name="Per-request"
      tool="query on the orders table"
      testId="lane-request"
      shared={shared}
      palette={palette}
      status={<RequestStatus shared={shared} />}
      summary={<RequestSummary shared={shared} />}
      footer={
        <div className="lane-foot-text">
          <span className="lane-note">
            Each query reads everything stored so far (shaded): always current, slower as data
            grows.
          </span>
        </div>
      }
    >
      {(geo) => ({
        canvas: <RequestCanvas geo={geo} windows={windows} palette={palette} />,
        marks: null,
      })}
    </LaneShell>
  );
}
