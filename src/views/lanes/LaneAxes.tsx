// The still parts of a lane, drawn once per run, size and zoom: faint window bands with their
// start times across the top (round times and days when the windows are too many to draw), processing-time grid lines (their clock labels are on the canvas,
// which keeps them clear of the playhead's tag), the diagonal where an order that arrived
// instantly would sit, and zig-zag marks where the time axis is squeezed.
import { memo } from 'react';
import { eventAxisGrid, gridLabel } from '../../geometry/eventAxis';
import { breakMarks } from '../../geometry/lanes';
import type { Palette } from '../theme/palette';
import type { LaneGeometry } from '../../geometry/lanePlot';
import { marginClock } from './paint';
import type { SharedModel } from './model';
import { time } from '../../engine';

const DAY = time.DAY;

export const LaneAxes = memo(function LaneAxes({
  geo,
  shared,
  palette,
}: {
  geo: LaneGeometry;
  shared: SharedModel;
  palette: Palette;
}) {
  const { x, y, top, bottom, left, right, width, height } = geo;
  const grid = eventAxisGrid(
    shared.domain,
    shared.grid.step,
    shared.grid.offset,
    right - left,
    geo.font * 3.4,
  );
  const bounds = grid.bounds;
  // The last boundary sits on the right edge, its label pulled left: drop it if that collides.
  const labelled = [...grid.labelled];
  const lastLabelled = labelled.lastIndexOf(true);
  const prevLabelled = labelled.lastIndexOf(true, lastLabelled - 1);
  if (
    prevLabelled >= 0 &&
    x(bounds[lastLabelled]!) > right - 18 &&
    x(bounds[lastLabelled]!) - x(bounds[prevLabelled]!) < geo.font * 4.3
  )
    labelled[lastLabelled] = false;
  const ticks = geo.ticks;
  const [d0, d1] = shared.domain;

  return (
    <svg className="lane-svg" width={width} height={height} aria-hidden="true">
      {bounds
        .slice(0, -1)
        .map((b, i) =>
          grid.shaded && i % 2 === 0 ? (
            <rect
              key={b}
              x={x(b)}
              y={top}
              width={Math.max(0, x(bounds[i + 1]!) - x(b))}
              height={bottom - top}
              fill={palette.grid}
              opacity={0.1}
            />
          ) : null,
        )}
      {bounds.map((b, i) => (
        <g key={b}>
          <line x1={x(b)} x2={x(b)} y1={top - 4} y2={bottom} stroke={palette.grid} opacity={0.35} />
          {labelled[i] && (
            <text
              x={x(b)}
              y={top - 8}
              textAnchor={x(b) > right - 18 ? 'end' : 'middle'}
              className="lane-tick"
              fill={palette.muted}
            >
              {grid.kind === 'time' ? gridLabel(b, marginClock) : marginClock(b)}
            </text>
          )}
        </g>
      ))}
      {ticks.map((t) => (
        <line
          key={t.t}
          x1={left - 4}
          x2={right}
          y1={t.y}
          y2={t.y}
          stroke={palette.grid}
          opacity={0.18}
        />
      ))}
      <line
        x1={x(d0)}
        y1={y(d0)}
        x2={x(d1)}
        y2={y(d1)}
        stroke={palette.muted}
        strokeDasharray="4 4"
        opacity={0.8}
      />
    </svg>
  );
});

/** Zig-zags where the axis squeezes a quiet stretch, with how long it really was. */
export const LaneBreaks = memo(function LaneBreaks({
  geo,
  palette,
}: {
  geo: LaneGeometry;
  palette: Palette;
}) {
  const marks = breakMarks(geo.warp, geo.y, geo.left, geo.right);
  // Breaks closer than a line of text share the first one's label.
  let lastLabelY = -Infinity;
  const labelled = marks.map((m) => {
    const show = m.y - lastLabelY > 22;
    if (show) lastLabelY = m.y;
    return show;
  });
  return (
    <g>
      {marks.map((m, i) => {
        const nextDay = Math.floor(m.end / DAY) > Math.floor(m.start / DAY);
        return (
          <g key={m.start}>
            <path d={m.path} fill="none" stroke={palette.muted} strokeWidth={1.5} />
            {labelled[i] && (
              <text x={geo.left + 4} y={m.y - 8} className="lane-label halo" fill={palette.muted}>
                {nextDay ? m.label.replace(/ …$/, ', next day …') : m.label}
              </text>
            )}
          </g>
        );
      })}
    </g>
  );
});
