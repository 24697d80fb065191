// The play/pause button, shared by the full lab's playback bar and the embed's: one label, one
// test id and one keyboard hint wherever the lab is shown.
import { useShallow } from 'zustand/react/shallow';
import { useLab } from '../../store/context';
import { selectPlaybackActions, selectPlaying } from '../../store/selectors';

export function PlayToggle() {
  const playing = useLab(selectPlaying);
  const { togglePlay } = useLab(useShallow(selectPlaybackActions));
  return (
    <button
      type="button"
      className="pb-play"
      onClick={togglePlay}
      title={playing ? 'Pause (Space)' : 'Play (Space)'}
      data-testid="play-toggle"
    >
      <span aria-hidden="true">{playing ? '❚❚ ' : '▶ '}</span>
      {playing ? 'Pause' : 'Play'}
    </button>
  );
}
