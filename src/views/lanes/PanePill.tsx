// A stream pane's label: its letter and value in a pill whose outline says its timing as well as
// its colour does: early panes dashed and open (a provisional number), the on-time pane a solid
// block, late panes a tag pointing back at the window they correct.
import type { PlacedPane } from '../../geometry/panes';
import type { Palette } from '../theme/palette';

export function PanePill({ pill, palette }: { pill: PlacedPane; palette: Palette }) {
  const { x, y, width: w, height: h, timing } = pill;
  const colour = palette.timing[timing];
  const left = x - w / 2;
  const top = y - h / 2;
  const outline =
    timing === 'late'
      ? // A tag: pointed on the left.
        `M${left - 5},${y}L${left + 2},${top}H${left + w}V${top + h}H${left + 2}Z`
      : `M${left + 4},${top}H${left + w - 4}Q${left + w},${top} ${left + w},${top + 4}V${top + h - 4}Q${left + w},${top + h} ${left + w - 4},${top + h}H${left + 4}Q${left},${top + h} ${left},${top + h - 4}V${top + 4}Q${left},${top} ${left + 4},${top}Z`;
  const solid = timing !== 'early';
  return (
    <g data-pane={timing}>
      <path
        d={outline}
        fill={solid ? colour : palette.panel}
        stroke={colour}
        strokeWidth={2}
        strokeDasharray={solid ? undefined : '4 2'}
      />
      <text
        x={x}
        y={y}
        dy="0.35em"
        textAnchor="middle"
        className="lane-pane-text"
        fill={solid ? palette.panel : colour}
      >
        {pill.text}
      </text>
    </g>
  );
}
