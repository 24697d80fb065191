// The timeline scrubber: a native range over the warped axis, where quiet stretches are squeezed,
// with the squeezes drawn as breaks and each lane's firings as ticks above the track. The thumb and
// its aria-valuetext follow the playhead imperatively; React renders only when the run changes.
import { useEffect, useId, useMemo, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useLab, useLabApi } from '../../store/context';
import type { LabState } from '../../store/labStore';
import { selectLanes, selectPlaybackActions, selectWarp } from '../../store/selectors';
import { formatClock } from '../../format/clock';
import { formatDuration } from '../../format/duration';
import { formatCount } from '../../format/count';
import { usePalette } from '../theme/usePalette';
import { breakMarks, firingTicks, scrubStep, TICK_LANES, type TickLane } from './model';
import { usePlayhead } from './usePlayhead';

const WIDTH = 1000;
// Rows per lane, so a tick's lane reads from its height as well as its colour.
const ROW: Record<TickLane, { y1: number; y2: number }> = {
  stream: { y1: 1, y2: 7 },
  microbatch: { y1: 8, y2: 14 },
  batch: { y1: 15, y2: 21 },
};
const LANE_NAMES: Record<TickLane, string> = {
  stream: 'stream',
  microbatch: 'micro-batch',
  batch: 'batch',
};

export function Scrubber() {
  const warp = useLab(selectWarp);
  const lanes = useLab(selectLanes);
  const { seek } = useLab(useShallow(selectPlaybackActions));
  const palette = usePalette();
  const api = useLabApi();
  const input = useRef<HTMLInputElement>(null);
  const id = useId();

  const sync = (state: LabState) => {
    const el = input.current;
    if (!el) return;
    el.value = String(state.warp.toWarp(state.playhead));
    // The thumb glides every frame; its spoken time, like the clock, follows the paced playhead.
    const text = formatClock(state.pacedPlayhead, 'always');
    if (el.getAttribute('aria-valuetext') !== text) el.setAttribute('aria-valuetext', text);
  };
  usePlayhead(sync);
  // The store notifies before React applies a new `max`, which would clamp the thumb to the old
  // axis; place it again once the new axis is in the DOM.
  useEffect(() => sync(api.getState()), [api, warp]);

  const breaks = useMemo(() => breakMarks(warp), [warp]);
  const ticks = useMemo(
    () =>
      firingTicks(
        {
          stream: lanes.stream.emissions,
          microbatch: lanes.microbatch.emissions,
          batch: lanes.batch.emissions,
        },
        warp,
      ),
    [lanes, warp],
  );
  const summary = useMemo(() => {
    const counts = TICK_LANES.map(
      (l) => `${formatCount(ticks.filter((t) => t.lane === l).length)} ${LANE_NAMES[l]}`,
    ).join(', ');
    const squeezed = breaks.length
      ? ` ${formatCount(breaks.length)} quiet ${breaks.length === 1 ? 'stretch' : 'stretches'} squeezed (${breaks
          .map((b) => formatDuration(b.hidden))
          .join(', ')}).`
      : '';
    return `Timeline from ${formatClock(warp.from)} to ${formatClock(warp.to)}. Moments with results: ${counts}.${squeezed}`;
  }, [breaks, ticks, warp]);

  return (
    <div className="pb-scrubber">
      <svg
        className="pb-track"
        viewBox={`0 0 ${WIDTH} 22`}
        preserveAspectRatio="none"
        role="img"
        aria-label={summary}
        data-testid="timeline-track"
      >
        {breaks.map((b) => (
          <g key={b.x0} className="pb-break">
            <rect x={b.x0 * WIDTH} y={0} width={Math.max(2, (b.x1 - b.x0) * WIDTH)} height={22} />
            <line x1={b.x0 * WIDTH} x2={b.x0 * WIDTH} y1={0} y2={22} />
            <line x1={b.x1 * WIDTH} x2={b.x1 * WIDTH} y1={0} y2={22} />
          </g>
        ))}
        {ticks.map((t) => (
          <line
            key={`${t.lane}-${t.x}`}
            x1={t.x * WIDTH}
            x2={t.x * WIDTH}
            y1={ROW[t.lane].y1}
            y2={ROW[t.lane].y2}
            stroke={palette.lane[t.lane]}
            strokeWidth={2}
            vectorEffect="non-scaling-stroke"
          />
        ))}
      </svg>
      <label className="visually-hidden" htmlFor={id}>
        Playhead
      </label>
      <input
        ref={input}
        id={id}
        className="pb-range"
        type="range"
        min={0}
        max={warp.total}
        step={scrubStep(warp.total)}
        defaultValue={0}
        data-testid="timeline-scrubber"
        onInput={(e) => seek(warp.fromWarp(Number(e.currentTarget.value)))}
        onKeyDown={(e) => {
          // The range snaps to steps of a 400th of the run: a playhead within half a step of an
          // end already shows as that end, and the browser would then ignore Home or End.
          if (e.key !== 'End' && e.key !== 'Home') return;
          e.preventDefault();
          // The range shows the new end at once, as the browser's own Home and End would: the
          // next arrow key steps from there, not from where the playhead was.
          e.currentTarget.value = String(e.key === 'End' ? warp.total : 0);
          seek(e.key === 'End' ? warp.to : warp.from);
        }}
      />
    </div>
  );
}
