// The HyperLogLog estimate against the exact count after each arrived order, inside the ±1σ
// (about 68 %) and ±3σ bands, with a legend that tells the lines apart by shape as well as colour.
import type { Palette } from '../theme/palette';
import { YGrid } from './YGrid';
import { hllGeometry } from '../../geometry/sampling';
import type { HllView } from './summariesModel';
import { formatCount } from '../../format/count';

export function HllChart({
  view,
  total,
  finalDistinct,
  palette,
}: {
  view: HllView;
  total: number;
  finalDistinct: number;
  palette: Palette;
}) {
  const g = hllGeometry(view.exactSeries, view.estimateSeries, view.se, total, finalDistinct);
  const { frame } = g;
  const bottom = frame.height - frame.margin.bottom;
  const label =
    `Distinct customers after each arrived order: exact count ${formatCount(view.exact)}, ` +
    `HyperLogLog estimate ${formatCount(Math.round(view.estimate))}, within the shaded ±3σ band ` +
    `(inner band ±1σ, about 68 %).`;
  return (
    <figure className="smp-chart" data-testid="smp-hll-chart">
      <svg viewBox={`0 0 ${frame.width} ${frame.height}`} role="img" aria-label={label}>
        <path d={g.band3} fill={palette.grid} fillOpacity={0.22} />
        <path d={g.band1} fill={palette.grid} fillOpacity={0.35} />
        <YGrid ticks={g.yTicks} frame={frame} palette={palette} opacity={0.3} />
        <line
          x1={frame.margin.left}
          x2={frame.width - frame.margin.right}
          y1={bottom}
          y2={bottom}
          stroke={palette.muted}
        />
        {g.xTicks.map((t) => (
          <text
            key={t.label}
            x={t.at}
            y={bottom + 16}
            textAnchor="middle"
            fill={palette.muted}
            fontSize={12}
          >
            {t.label}
          </text>
        ))}
        <text
          x={frame.width - frame.margin.right}
          y={bottom + 32}
          textAnchor="end"
          fill={palette.muted}
          fontSize={12}
        >
          orders arrived
        </text>
        <path d={g.exact} stroke={palette.text} strokeWidth={2} fill="none" />
        <path
          d={g.estimate}
          stroke={palette.lane.stream}
          strokeWidth={2.5}
          strokeDasharray="7 4"
          fill="none"
        />
        {g.current && (
          <>
            <rect
              x={g.current.x - 4}
              y={g.current.exactY - 4}
              width={8}
              height={8}
              fill={palette.text}
            />
            <circle
              cx={g.current.x}
              cy={g.current.estimateY}
              r={5}
              fill={palette.lane.stream}
              stroke={palette.panel}
              strokeWidth={1.5}
            />
          </>
        )}
      </svg>
      <figcaption className="smp-legend">
        <span>
          <svg width="28" height="12" aria-hidden="true">
            <line x1="0" x2="20" y1="6" y2="6" stroke={palette.text} strokeWidth={2} />
            <rect x="20" y="2" width="8" height="8" fill={palette.text} />
          </svg>{' '}
          exact count
        </span>
        <span>
          <svg width="28" height="12" aria-hidden="true">
            <line
              x1="0"
              x2="18"
              y1="6"
              y2="6"
              stroke={palette.lane.stream}
              strokeWidth={2.5}
              strokeDasharray="5 3"
            />
            <circle cx="23" cy="6" r="4.5" fill={palette.lane.stream} />
          </svg>{' '}
          HyperLogLog estimate
        </span>
        <span>
          <svg width="20" height="12" aria-hidden="true">
            <rect width="20" height="12" fill={palette.grid} fillOpacity={0.35} />
          </svg>{' '}
          ±1σ (about 68 % of the time)
        </span>
        <span>
          <svg width="20" height="12" aria-hidden="true">
            <rect width="20" height="12" fill={palette.grid} fillOpacity={0.22} />
          </svg>{' '}
          ±3σ (almost always)
        </span>
      </figcaption>
    </figure>
  );
}
