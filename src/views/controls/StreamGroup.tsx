// Stream: which engine's model the lane runs, then its settings. Flink / Beam: how long a silent
// region may hold the watermark (idle timeout), early panes, what each pane carries, whether the
// source ends. Kafka Streams: whether rows wait for the window to close (suppress). The settings
// of the late-data lesson (the watermark bound and allowed lateness, or Kafka's grace) are on the
// stage, beside the chart.
import { useId } from 'react';
import { useLab } from '../../store/context';
import {
  selectAccumulation,
  selectApplySettings,
  selectEarlyEvery,
  selectFlushAtEnd,
  selectIdleTimeout,
  selectStreamFlavour,
  selectSuppress,
} from '../../store/selectors';
import { lab, type Accumulation, type StreamFlavour } from '../../engine';
import { Group, SelectField, Slider } from './fields';
import { spellOptionalDuration } from './format';
import { idleFromSlider, idleToSlider } from './model';
import { LaneError } from './LaneError';

const ACCUMULATION_LABELS: Record<Accumulation, [string, string]> = {
  accumulating: ['Accumulating', 'Each pane holds the whole sum so far.'],
  discarding: ['Discarding', 'Each pane holds only what came since the last pane.'],
  retracting: ['Retracting', 'Each update first withdraws the old sum, then sends the new one.'],
};
const ACCUMULATION_OPTIONS = lab.ACCUMULATIONS.map((value) => ({
  value,
  label: ACCUMULATION_LABELS[value][0],
}));

const FLAVOUR_HINTS: Record<StreamFlavour, string> = {
  flink: 'Event time moves on with the watermark: the lowest of the regions’ watermarks.',
  'kafka-streams':
    'No watermark: stream time is the newest order’s time, over every region; a window closes when stream time passes its end plus the grace.',
};
const FLAVOUR_OPTIONS = lab.STREAM_FLAVOURS.map((value) => ({
  value,
  label: lab.STREAM_WORDS[value].engine,
}));

export function StreamGroup() {
  const apply = useLab(selectApplySettings);
  const flavour = useLab(selectStreamFlavour);

  return (
    <Group title="Stream" testId="controls-stream">
      <SelectField
        label="Stream engine"
        value={flavour}
        options={FLAVOUR_OPTIONS}
        hint={FLAVOUR_HINTS[flavour]}
        onValue={(v) => apply({ stream: { flavour: v } })}
        testId="stream-flavour"
      />
      {flavour === 'flink' ? <FlinkSettings /> : <KafkaStreamsSettings />}
      <LaneError lane="stream" name="Stream" />
    </Group>
  );
}

function FlinkSettings() {
  const apply = useLab(selectApplySettings);
  const idle = useLab(selectIdleTimeout);
  const early = useLab(selectEarlyEvery);
  const accumulation = useLab(selectAccumulation);
  const flush = useLab(selectFlushAtEnd);
  const flushId = useId();

  return (
    <>
      <Slider
        label="Idle timeout (a silent region stops holding the watermark after)"
        value={idleToSlider(idle)}
        range={lab.RANGES.idleTimeout}
        spell={spellOptionalDuration}
        onValue={(v) => apply({ stream: { idleTimeout: idleFromSlider(v) } })}
        hint="Flink's withIdleness. Off: a region with no orders holds every window open."
        testId="idle-timeout"
      />
      <Slider
        label="Early results every"
        value={early}
        range={lab.RANGES.earlyEvery}
        spell={spellOptionalDuration}
        onValue={(v) => apply({ stream: { earlyEvery: v } })}
        hint="0 = off: a window reports only when it fires."
      />
      <SelectField
        label="Each pane carries"
        value={accumulation}
        options={ACCUMULATION_OPTIONS}
        hint={ACCUMULATION_LABELS[accumulation][1]}
        onValue={(v) => apply({ stream: { accumulation: v } })}
      />
      <div className="ctl-field ctl-check">
        <input
          id={flushId}
          type="checkbox"
          checked={flush}
          onChange={(e) => apply({ stream: { flushAtEnd: e.currentTarget.checked } })}
        />
        <label htmlFor={flushId}>Source ends: close every window after the last order</label>
      </div>
    </>
  );
}

function KafkaStreamsSettings() {
  const apply = useLab(selectApplySettings);
  const suppress = useLab(selectSuppress);
  const suppressId = useId();
  const hintId = useId();

  return (
    <>
      <div className="ctl-field ctl-check">
        <input
          id={suppressId}
          type="checkbox"
          checked={suppress}
          aria-describedby={hintId}
          data-testid="kafka-suppress"
          onChange={(e) => apply({ stream: { suppress: e.currentTarget.checked } })}
        />
        <label htmlFor={suppressId}>Suppress until the window closes</label>
        <p id={hintId} className="ctl-hint">
          {suppress
            ? 'One final result per window, when stream time passes its end plus the grace.'
            : 'An updated result for every order (the default), and none when the window closes.'}
        </p>
      </div>
    </>
  );
}
