// Micro-batch (Spark Structured Streaming): how often a batch runs, how far its watermark trails,
// what the sink receives, and which watermark filters late rows (Spark 3.4+, the default, or the
// guide's figures).
import { useLab } from '../../store/context';
import {
  selectApplySettings,
  selectLateRowFilter,
  selectMicroWatermarkDelay,
  selectOutputMode,
  selectTriggerInterval,
} from '../../store/selectors';
import { lab, type LateRowFilter, type OutputMode } from '../../engine';
import { Group, SelectField, Slider } from './fields';
import { spellDuration } from './format';

import { LaneError } from './LaneError';

const MODE_LABELS: Record<OutputMode, [string, string]> = {
  append: ['Append', 'A window is written once, when it is final.'],
  update: ['Update', 'Windows that changed are rewritten after every batch.'],
  complete: ['Complete', 'The whole result table is rewritten after every batch.'],
};
// Since Spark 3.4 late rows are filtered by the previous batch's watermark (SPARK-40925; apache/
// spark, sql/core/.../streaming/IncrementalExecution.scala, eventTimeWatermarkForLateEvents), so
// that is the lab's default; the guide's figures and Spark before 3.4 use this batch's.
const FILTER_LABELS: Record<LateRowFilter, [string, string]> = {
  current: [
    "This batch's watermark",
    "As in the programming guide's figures and Spark before 3.4: a little stricter.",
  ],
  previous: [
    "The previous batch's (Spark ≥ 3.4)",
    "Spark's default since 3.4: a late row is judged by the watermark one batch older.",
  ],
};
const MODE_OPTIONS = lab.OUTPUT_MODES.map((value) => ({ value, label: MODE_LABELS[value][0] }));
const FILTER_OPTIONS = lab.LATE_ROW_FILTERS.map((value) => ({
  value,
  label: FILTER_LABELS[value][0],
}));

export function MicroBatchGroup() {
  const apply = useLab(selectApplySettings);
  const interval = useLab(selectTriggerInterval);
  const delay = useLab(selectMicroWatermarkDelay);
  const mode = useLab(selectOutputMode);
  const filter = useLab(selectLateRowFilter);

  return (
    <Group title="Micro-batch" testId="controls-microbatch">
      <Slider
        label="A batch runs every"
        value={interval}
        range={lab.RANGES.triggerInterval}
        spell={spellDuration}
        onValue={(v) => apply({ microBatch: { triggerInterval: v } })}
      />
      <Slider
        label="Watermark delay"
        value={delay}
        range={lab.RANGES.watermarkDelay}
        spell={spellDuration}
        onValue={(v) => apply({ microBatch: { watermarkDelay: v } })}
        hint="Watermark = newest order time seen minus this; used from the next batch."
      />
      <SelectField
        label="Output mode"
        value={mode}
        options={MODE_OPTIONS}
        hint={MODE_LABELS[mode][1]}
        onValue={(v) => apply({ microBatch: { outputMode: v } })}
      />
      <SelectField
        label="Late rows are filtered by"
        value={filter}
        options={FILTER_OPTIONS}
        hint={FILTER_LABELS[filter][1]}
        onValue={(v) => apply({ microBatch: { lateRowFilter: v } })}
      />
      <LaneError lane="microbatch" name="Micro-batch" />
    </Group>
  );
}
