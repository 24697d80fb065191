// The tooltip of a chart mark: the lane's latency figures and the complexity model's breakdown,
// so the height of a mark is never a magic number. Shown on hover and on keyboard focus.
import { formatDurationRounded } from '../../format/duration';
import { tooltipSide } from '../../geometry/latencyChartAxes';
import { formatScore, formatShare, type ChartMark } from './model';

export function ChartTooltip({
  id,
  mark,
  size,
  onPointerLeave,
}: {
  id: string;
  mark: ChartMark;
  size: { width: number; height: number };
  onPointerLeave: () => void;
}) {
  const side = tooltipSide(mark.x, mark.y, size);
  // Hung from the drawing's edge nearer the mark, so a long breakdown stays inside the panel;
  // beside the mark, so it never hides it.
  const vertical = side.edge === 'top' ? { top: 0 } : { bottom: 0 };
  return (
    <div
      id={id}
      role="tooltip"
      className={`latency-chart__tooltip latency-chart__tooltip--${side.horizontal}`}
      style={{ left: mark.x, ...vertical }}
      onPointerLeave={onPointerLeave}
    >
      <p className="latency-chart__tooltip-title">{mark.title}</p>
      <p>
        Added latency (arrival to first result): median {formatDurationRounded(mark.p50)}, p95{' '}
        {formatDurationRounded(mark.p95)}, max {formatDurationRounded(mark.max)}
      </p>
      <p>
        End to end (from when the order happened): median {formatDurationRounded(mark.endToEnd.p50)}
        , p95 {formatDurationRounded(mark.endToEnd.p95)}
      </p>
      <p>
        Right at the end: {formatShare(mark.right)} of the truth&apos;s revenue (every product and
        window it reports correctly)
      </p>
      <p>Complexity {formatScore(mark.score)}, the sum of what it needs:</p>
      <ul>
        {mark.mechanisms.map((m) => (
          <li key={m.id}>
            <strong>
              {m.label} ({formatScore(m.weight)})
            </strong>
            : {m.reason}
          </li>
        ))}
      </ul>
    </div>
  );
}
