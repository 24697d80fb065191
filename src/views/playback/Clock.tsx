// The playhead as a clock time ("12:07:31", "+1d 01:00:00"). Its text is written straight into the
// DOM from a store subscription, so a playing lab does not re-render React 60 times a second. While
// playing it shows the paced playhead: a few readings a second, as fast as anyone reads a clock.
// Any text change makes the browser lay out and repaint the page (4-5 ms on a 2-core machine, even
// for one word), so a clock changing every frame cost more than the four lanes' canvases.
// Paused, stepping or scrubbing, it is the playhead itself.
import { useRef } from 'react';
import { formatClock } from '../../format/clock';
import { usePlayhead } from './usePlayhead';

export function Clock() {
  const ref = useRef<HTMLOutputElement>(null);
  usePlayhead((state) => {
    const el = ref.current;
    const text = formatClock(state.pacedPlayhead, 'always');
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
