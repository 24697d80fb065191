// The embed's few controls: play or pause, the clock, the timeline scrubber, and the one slider
// every lesson turns to (the share of late orders). Everything else stays in the full lab.
import { lab } from '../../engine';
import { useLab } from '../../store/context';
import { selectApplySettings, selectLateShare } from '../../store/selectors';

import { Slider } from '../../views/controls/fields';
import { spellPercent } from '../../views/controls/format';
import { PlayToggle } from '../../views/playback/PlayToggle';
import { Clock } from '../../views/playback/Clock';
import { Scrubber } from '../../views/playback/Scrubber';
import '../../views/playback/playback.css';
import '../../views/controls/controls.css';

export function EmbedBar() {
  const apply = useLab(selectApplySettings);
  const lateShare = useLab(selectLateShare);
  return (
    <div className="pb embed-bar" role="group" aria-label="Playback" data-testid="playback-bar">
      <div className="pb-buttons">
        <PlayToggle />
        <Clock />
        <div className="embed-late">
          <Slider
            label="Late orders"
            value={lateShare}
            range={lab.RANGES.lateShare}
            integer={false}
            spell={spellPercent}
            onValue={(v) => apply({ scenario: { lateShare: v } })}
          />
        </div>
      </div>
      <Scrubber />
    </div>
  );
}
