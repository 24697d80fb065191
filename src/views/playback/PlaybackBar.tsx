// The playback bar: play/pause, steps to the previous/next order or firing, speed, rewind, a clock
// and the timeline scrubber. Only discrete state (playing, speed, the run) re-renders it; the clock
// and the scrubber thumb follow the playhead through store subscriptions.
import { useId } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useLab } from '../../store/context';
import { SPEEDS } from '../../store/playback';
import { selectPlaybackActions, selectSpeed } from '../../store/selectors';
import { PlayToggle } from './PlayToggle';
import { Clock } from './Clock';
import { Scrubber } from './Scrubber';
import './playback.css';

export function PlaybackBar() {
  const speed = useLab(selectSpeed);
  const { stepOrder, stepFiring, setSpeed, rewind } = useLab(useShallow(selectPlaybackActions));
  const speedId = useId();

  return (
    <div className="pb" role="group" aria-label="Playback" data-testid="playback-bar">
      <div className="pb-buttons">
        <PlayToggle />
        <button type="button" onClick={rewind} title="Rewind to the start (Home)">
          <span aria-hidden="true">|◀ </span>Rewind
        </button>
        <button
          type="button"
          onClick={() => stepOrder(-1)}
          title="Previous order (←)"
          aria-label="Previous order"
        >
          ◀ order
        </button>
        <button
          type="button"
          onClick={() => stepOrder(1)}
          title="Next order (→)"
          aria-label="Next order"
        >
          order ▶
        </button>
        <button
          type="button"
          onClick={() => stepFiring(-1)}
          title="Previous firing (Shift + ←)"
          aria-label="Previous firing"
        >
          ◀ firing
        </button>
        <button
          type="button"
          onClick={() => stepFiring(1)}
          title="Next firing (Shift + →)"
          aria-label="Next firing"
        >
          firing ▶
        </button>
        <label htmlFor={speedId} className="pb-speed-label">
          Speed <span className="visually-hidden">in simulated minutes per second</span>
        </label>
        <select
          id={speedId}
          value={speed}
          onChange={(e) => setSpeed(Number(e.currentTarget.value))}
          data-testid="speed-select"
        >
          {SPEEDS.map((s) => (
            <option key={s} value={s}>
              ×{s}
            </option>
          ))}
        </select>
      </div>
      <Scrubber />
      <Clock />
    </div>
  );
}
