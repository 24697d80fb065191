// What a first-time learner sees on the empty stage: what to press, and what to watch. It shows
// whenever the playhead is at the very start and nothing plays (a fresh page, after Rewind), and
// stays away while a preset asks its own question.
import { useLab } from '../../store/context';
import { selectAtStart } from '../../store/selectors';
import { PRESET_IDS } from '../presets/ids';
import { useView } from '../view/context';

export function StartHint() {
  const atStart = useLab(selectAtStart);
  const preset = useView((s) => s.preset);
  if (!atStart || preset !== null) return null;
  return (
    <div className="start-hint" data-testid="start-hint">
      <p className="start-hint-do">
        Press <strong>▶ Play</strong> (or the space bar) to send the same orders through all four
        pipelines, or pick a <strong>Classroom preset</strong> (keys 1–{PRESET_IDS.length}).
      </p>
      <p className="start-hint-watch">
        Watch the stream lane: its thick <strong>watermark</strong> line decides when a window
        closes, and orders that land behind it are late.
      </p>
    </div>
  );
}
