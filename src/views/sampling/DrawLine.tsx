// Algorithm R's draw as a picture: the numbers 0..i on a line, the keep zone 0..k-1 shaded (it
// shrinks to k/(i+1) of the line as orders arrive) and a marker where j landed.
import { usePalette } from '../theme/usePalette';
import { DRAW_FRAME, drawLineGeometry } from '../../geometry/sampling';
import { formatChance, type ReservoirView } from './reservoirModel';

/**
 * The draw on a number line 0..i: the shaded keep zone 0..k-1 is k/(i+1) of it, and the marker
 * shows where j landed. It repeats the sentence above as a picture, so it is hidden from
 * screen readers.
 */
export function DrawLine({ view }: { view: ReservoirView }) {
  const palette = usePalette();
  const step = view.last!;
  const g = drawLineGeometry(view.k, step.index, step.draw);
  const { width, height } = DRAW_FRAME;
  const y = g.axis;
  return (
    <svg
      className="smp-drawline"
      viewBox={`0 0 ${width} ${height}`}
      aria-hidden="true"
      data-testid="smp-drawline"
    >
      <rect
        x={g.x0}
        y={y - 10}
        width={g.x1 - g.x0}
        height={20}
        fill={palette.grid}
        fillOpacity={0.15}
        stroke={palette.grid}
      />
      <rect
        x={g.x0}
        y={y - 10}
        width={Math.max(1.5, g.zoneEnd - g.x0)}
        height={20}
        fill={palette.lane.microbatch}
      />
      <text x={g.x0} y={14} fill={palette.text} fontSize={13}>
        keep zone 0 to {view.k - 1}: {formatChance(step.chance)} of the draws from 0 to {step.index}
      </text>
      {g.ticks.map((t) => (
        <text
          key={t.label}
          x={t.at}
          y={y + 26}
          textAnchor="middle"
          fill={palette.muted}
          fontSize={12}
        >
          {t.label}
        </text>
      ))}
      {g.draw && (
        <g>
          <path
            d={`M${g.draw.x},${y - 10}l-7,-12h14z`}
            fill={g.draw.kept ? palette.lane.microbatch : palette.dropped}
            stroke={palette.panel}
            strokeWidth={1.5}
          />
          <line
            x1={g.draw.x}
            x2={g.draw.x}
            y1={y - 10}
            y2={y + 10}
            stroke={palette.text}
            strokeWidth={2}
          />
        </g>
      )}
    </svg>
  );
}
