// Stream (Flink / Beam): how far the watermark trails the newest order, how long closed windows
// still accept late orders, early panes, what each pane carries, and whether the source ends.
import { useId } from 'react';
import { useLab } from '../../store/context';
import { ACCUMULATIONS, type Accumulation } from '../../engine';
import { Group, SelectField, Slider } from './fields';
import { spellDuration, spellOptionalDuration } from './format';
import { RANGES } from './model';
import { LaneError } from './LaneError';

const ACCUMULATION_LABELS: Record<Accumulation, [string, string]> = {
  accumulating: ['Accumulating', 'Each pane holds the whole sum so far.'],
  discarding: ['Discarding', 'Each pane holds only what came since the last pane.'],
  retracting: ['Retracting', 'Each update first withdraws the old sum, then sends the new one.'],
};
const ACCUMULATION_OPTIONS = ACCUMULATIONS.map((value) => ({
  value,
  label: ACCUMULATION_LABELS[value][0],
}));

export function StreamGroup() {
  const apply = useLab((s) => s.applySettings);
  const bound = useLab((s) => s.settings.stream.watermarkBound);
  const lateness = useLab((s) => s.settings.stream.allowedLateness);
  const early = useLab((s) => s.settings.stream.earlyEvery);
  const accumulation = useLab((s) => s.settings.stream.accumulation);
  const flush = useLab((s) => s.settings.stream.flushAtEnd);
  const flushId = useId();

  return (
    <Group title="Stream" testId="controls-stream">
      <Slider
        label="Watermark trails the newest order by"
        value={bound}
        range={RANGES.watermarkBound}
        spell={spellDuration}
        onValue={(v) => apply({ stream: { watermarkBound: v } })}
        hint="A window fires when the watermark passes its end."
      />
      <Slider
        label="Allowed lateness"
        value={lateness}
        range={RANGES.allowedLateness}
        spell={spellDuration}
        onValue={(v) => apply({ stream: { allowedLateness: v } })}
        // Event time, not wall-clock time: a window takes late orders until the watermark passes
        // its end plus this (Flink's WindowOperator: late when end - 1 + lateness <= watermark).
        hint="How far past a window's end the watermark may go while it still takes late orders (event time)."
      />
      <Slider
        label="Early results every"
        value={early}
        range={RANGES.earlyEvery}
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
      <LaneError lane="stream" name="Stream" />
    </Group>
  );
}
