// The latency-versus-complexity chart: the concept's four regions with their tools, and a live mark
// per lane at its measured latency and complexity. It depends on the run only (not the playhead),
// so it re-renders when settings change; the marks then glide to their new places.
import { useId, useMemo, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { LazyMotion, type Transition } from 'motion/react';
import * as animated from 'motion/react-m';
import { useLab } from '../../store/context';
import { usePalette } from '../theme/usePalette';
import { useReducedMotion } from '../theme/useReducedMotion';
import type { LaneId } from '../../engine';
import { ChartDrawing } from './ChartDrawing';
import { ChartTable } from './ChartTable';
import { ChartTooltip } from './ChartTooltip';
import { chartModel, CHART_SIZE, type ChartMark } from './model';
import './chart.css';

const loadFeatures = () => import('./motionFeatures').then((mod) => mod.default);

const GLIDE: Transition = { duration: 0.6, ease: 'easeInOut' };
const INSTANT: Transition = { duration: 0 };

export function LatencyChart() {
  const lanes = useLab((s) => s.run.lanes);
  const model = useMemo(() => chartModel(lanes), [lanes]);
  const palette = usePalette();
  const reduced = useReducedMotion();
  const transition = reduced ? INSTANT : GLIDE;
  const [active, setActive] = useState<LaneId | null>(null);
  const tooltipId = useId();
  const activeMark = model.marks.find((m) => m.lane === active) ?? null;

  const summary = [
    'Latency versus complexity: the four regions per-request, stream, micro-batch and batch from left to right.',
    ...model.marks.map((m) => `${m.label}.`),
    ...model.notes.map((n) => n.text),
  ].join(' ');

  return (
    <div className="latency-chart" data-testid="latency-chart">
      <p className="latency-chart__caption">
        Shaded bands: where each approach usually sits, with the tools that live there. Marks: this
        run&apos;s measured median latency each approach adds once an order reaches it (whisker to
        p95) and how much machinery the lane needs. Hover or focus a mark for the breakdown.
      </p>
      <LazyMotion features={loadFeatures} strict>
        <div className="latency-chart__stage">
          <ChartDrawing
            model={model}
            palette={palette}
            label={summary}
            transition={transition}
            active={active}
          />
          {model.marks.map((m) => (
            <MarkButton
              key={m.lane}
              mark={m}
              transition={transition}
              describedBy={active === m.lane ? tooltipId : undefined}
              onShow={() => setActive(m.lane)}
              onHide={() => setActive((a) => (a === m.lane ? null : a))}
            />
          ))}
          {activeMark && (
            <ChartTooltip id={tooltipId} mark={activeMark} onPointerLeave={() => setActive(null)} />
          )}
        </div>
      </LazyMotion>
      {model.notes.length > 0 && (
        <ul className="latency-chart__notes">
          {model.notes.map((n) => (
            <li key={n.lane} data-lane={n.lane}>
              {n.text}
            </li>
          ))}
        </ul>
      )}
      <ChartTable model={model} />
    </div>
  );
}

/** The focusable target over a mark: same place as the drawn mark, moving with it. */
function MarkButton({
  mark,
  transition,
  describedBy,
  onShow,
  onHide,
}: {
  mark: ChartMark;
  transition: Transition;
  describedBy: string | undefined;
  onShow: () => void;
  onHide: () => void;
}) {
  const leave = (e: PointerEvent) => {
    // Moving onto the tooltip keeps it open, so its text can be read with the pointer on it.
    const to = e.relatedTarget;
    if (to instanceof Element && to.closest('[role="tooltip"]')) return;
    onHide();
  };
  const key = (e: KeyboardEvent) => {
    if (e.key === 'Escape') onHide();
  };
  return (
    <animated.button
      type="button"
      className="latency-chart__hit"
      data-testid={`chart-mark-${mark.lane}`}
      data-lane={mark.lane}
      data-x={mark.x.toFixed(1)}
      data-y={mark.y.toFixed(1)}
      aria-label={mark.label}
      aria-describedby={describedBy}
      initial={false}
      animate={{
        left: `${(mark.x / CHART_SIZE.width) * 100}%`,
        top: `${(mark.y / CHART_SIZE.height) * 100}%`,
      }}
      transition={transition}
      onPointerEnter={onShow}
      onPointerLeave={leave}
      onFocus={onShow}
      onBlur={onHide}
      onKeyDown={key}
      onClick={onShow}
    />
  );
}
