// The playhead as a clock time ("12:07:31", "+1d 01:00:00"). Its text is written straight into the
// DOM from a store subscription, so a playing lab does not re-render React 60 times a second.
import { useRef } from 'react';
import { formatClock } from '../../format/clock';
import { usePlayhead } from './usePlayhead';

export function Clock() {
  const ref = useRef<HTMLOutputElement>(null);
  usePlayhead((state) => {
    const el = ref.current;
    const text = formatClock(state.playhead, 'always');
    if (el && el.textContent !== text) el.textContent = text;
  });
  return (
    <span className="pb-clock-wrap">
      <span className="visually-hidden">Simulated time </span>
      {/* aria-live off: a status region updated every frame would flood a screen reader. */}
      <output ref={ref} className="pb-clock" aria-live="off" data-testid="playback-clock" />
    </span>
  );
}
