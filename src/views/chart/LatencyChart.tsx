// The latency-versus-complexity chart: the concept's four regions with their tools, and a live mark
// per lane at its measured latency and complexity, with a ring showing how much of the truth it
// has right. It depends on the run only (not the playhead), so it re-renders when settings change;
// the marks then glide to their new places. It is laid out for its measured size and text size,
// never scaled, so its text stays as large as asked on a small stage.
import { useId, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { LazyMotion, type Transition } from 'motion/react';
import * as animated from 'motion/react-m';
import { useLab } from '../../store/context';
import { selectLanes } from '../../store/selectors';
import { usePalette } from '../theme/usePalette';
import { useReducedMotion } from '../theme/useReducedMotion';
import { useElementSize } from '../useElementSize';
import type { LaneId } from '../../engine';
import { ChartDrawing } from './ChartDrawing';
import { ChartTable } from './ChartTable';
import { ChartTooltip } from './ChartTooltip';
import { chartModel, CHART_FONT, type ChartMark } from './model';
import './chart.css';

const loadFeatures = () => import('./motionFeatures').then((mod) => mod.default);

const GLIDE: Transition = { duration: 0.6, ease: 'easeInOut' };
const INSTANT: Transition = { duration: 0 };

/**
 * `stage`: the compact chart beside the lanes, filling its box (its numbers are in the Results
 * tab's table). `full`: with its caption, notes and table, for an embed.
 */
export function LatencyChart({
  variant = 'full',
  font = CHART_FONT,
}: {
  variant?: 'stage' | 'full';
  font?: number;
}) {
  const lanes = useLab(selectLanes);
  const boxRef = useRef<HTMLDivElement>(null);
  const { width, height } = useElementSize(boxRef);
  const model = useMemo(
    () => (width > 0 && height > 0 ? chartModel(lanes, { width, height, font }) : null),
    [lanes, width, height, font],
  );
  const palette = usePalette();
  const reduced = useReducedMotion();
  const transition = reduced ? INSTANT : GLIDE;
  const [active, setActive] = useState<LaneId | null>(null);
  const tooltipId = useId();
  const activeMark = model?.marks.find((m) => m.lane === active) ?? null;

  const summary = model
    ? [
        'Latency versus complexity: the four regions per-request, stream, micro-batch and batch from left to right; each mark shows how much of the truth its lane has right.',
        ...model.marks.map((m) => `${m.label}.`),
        ...model.notes.map((n) => n.text),
      ].join(' ')
    : 'Latency versus complexity';

  return (
    <div className={`latency-chart latency-chart--${variant}`} data-testid="latency-chart">
      {variant === 'full' && (
        <p className="latency-chart__caption">
          Shaded bands: where each approach usually sits, with the tools that live there. Marks:
          this run&apos;s measured median latency each approach adds once an order reaches it
          (whisker to p95), how much machinery the lane needs, and (the ring) how much of the truth
          it has right at the end. Hover or focus a mark for the breakdown.
        </p>
      )}
      <LazyMotion features={loadFeatures} strict>
        <div className="latency-chart__stage" ref={boxRef}>
          {model && (
            <>
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
                <ChartTooltip
                  id={tooltipId}
                  mark={activeMark}
                  size={model.frame}
                  onPointerLeave={() => setActive(null)}
                />
              )}
            </>
          )}
        </div>
      </LazyMotion>
      {model && model.notes.length > 0 && (
        <ul className="latency-chart__notes">
          {model.notes.map((n) => (
            <li key={n.lane} data-lane={n.lane}>
              {variant === 'stage' ? n.short : n.text}
            </li>
          ))}
        </ul>
      )}
      {variant === 'full' && <ChartTable lanes={lanes} />}
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
      data-right={mark.right.toFixed(4)}
      aria-label={mark.label}
      aria-describedby={describedBy}
      initial={false}
      animate={{ left: mark.x, top: mark.y }}
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
