// The settings that drive the late-data lesson, on the stage beside the lanes (as PhET keeps a
// lesson's few controls next to what they change): how many orders arrive late, how far the
// watermark trails, and how far past a window's end the watermark may go while the window still
// takes late orders (allowed lateness is event time, not wall-clock time since the window fired:
// Flink's WindowOperator drops an order when end - 1 + lateness <= watermark, isWindowLate). With
// the Kafka Streams engine, its grace period instead. The Controls tab holds everything else.
import { lab } from '../../engine';
import { useLab } from '../../store/context';
import {
  selectAllowedLateness,
  selectApplySettings,
  selectGrace,
  selectLateShare,
  selectStreamFlavour,
  selectWatermarkBound,
} from '../../store/selectors';
import { Slider } from './fields';
import { spellDuration, spellPercent } from './format';

// The stage shows these before the Controls tab (and its lazily loaded panel) ever opens.
import './controls.css';

export function LateLessonControls() {
  const apply = useLab(selectApplySettings);
  const lateShare = useLab(selectLateShare);
  const bound = useLab(selectWatermarkBound);
  const lateness = useLab(selectAllowedLateness);
  const kafka = useLab(selectStreamFlavour) === 'kafka-streams';
  const grace = useLab(selectGrace);
  return (
    <div className="ctl ctl-lesson" data-testid="lesson-controls">
      <Slider
        label="Late orders"
        value={lateShare}
        range={lab.RANGES.lateShare}
        integer={false}
        spell={spellPercent}
        onValue={(v) => apply({ scenario: { lateShare: v } })}
      />
      {kafka ? (
        // Kafka Streams keeps no watermark: stream time and a grace period decide when a window
        // closes (TimeWindows.ofSizeAndGrace).
        <Slider
          label="Grace period after a window ends"
          value={grace}
          range={lab.RANGES.grace}
          spell={spellDuration}
          onValue={(v) => apply({ stream: { grace: v } })}
          testId="kafka-grace"
        />
      ) : (
        <>
          <Slider
            label="Watermark trails the newest order by"
            value={bound}
            range={lab.RANGES.watermarkBound}
            spell={spellDuration}
            onValue={(v) => apply({ stream: { watermarkBound: v } })}
          />
          <Slider
            label="Allowed lateness"
            value={lateness}
            range={lab.RANGES.allowedLateness}
            spell={spellDuration}
            onValue={(v) => apply({ stream: { allowedLateness: v } })}
            hint="Event time: a window takes late orders until the watermark passes its end plus this."
          />
        </>
      )}
    </div>
  );
}
