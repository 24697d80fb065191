// Horizontal grid lines with their labels at the left margin: the value axis every sampling
// chart shares (trial histograms, the HyperLogLog estimate).
import type { Palette } from '../theme/palette';
import type { Frame, Tick } from '../../geometry/sampling';

export function YGrid({
  ticks,
  frame,
  palette,
  opacity,
}: {
  ticks: readonly Tick[];
  frame: Frame;
  palette: Palette;
  opacity: number;
}) {
  return (
    <>
      {ticks.map((t) => (
        <g key={t.label}>
          <line
            x1={frame.margin.left}
            x2={frame.width - frame.margin.right}
            y1={t.at}
            y2={t.at}
            stroke={palette.grid}
            strokeOpacity={opacity}
          />
          <text
            x={frame.margin.left - 6}
            y={t.at}
            dy="0.32em"
            textAnchor="end"
            fill={palette.muted}
            fontSize={12}
          >
            {t.label}
          </text>
        </g>
      ))}
    </>
  );
}
