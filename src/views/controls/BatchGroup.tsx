// Batch: a scheduled job over a whole period. Switching the schedule resets its delay and
// duration to values on the new schedule's scale (hours for nightly, minutes for hourly).
import { useLab } from '../../store/context';
import {
  selectApplySettings,
  selectBatchDuration,
  selectBatchRunDelay,
  selectBatchSchedule,
} from '../../store/selectors';
import { lab, type BatchSchedule } from '../../engine';
import { Group, SelectField, Slider } from './fields';
import { spellDuration } from './format';
import { scheduleDefaults } from './model';
import { LaneError } from './LaneError';

const SCHEDULE_LABELS: Record<BatchSchedule, [string, string]> = {
  nightly: ['Nightly', 'One job per day, over that day’s orders.'],
  hourly: ['Hourly', 'One job per hour, over that hour’s orders.'],
};
const SCHEDULE_OPTIONS = lab.BATCH_SCHEDULES.map((value) => ({
  value,
  label: SCHEDULE_LABELS[value][0],
}));

export function BatchGroup() {
  const apply = useLab(selectApplySettings);
  const schedule = useLab(selectBatchSchedule);
  const runDelay = useLab(selectBatchRunDelay);
  const duration = useLab(selectBatchDuration);
  const ranges = lab.batchRanges(schedule);
  const period = schedule === 'nightly' ? 'day' : 'hour';

  return (
    <Group title="Batch" testId="controls-batch">
      <SelectField
        label="Schedule"
        value={schedule}
        options={SCHEDULE_OPTIONS}
        hint={SCHEDULE_LABELS[schedule][1]}
        onValue={(v) => apply({ batch: scheduleDefaults(v) })}
      />
      <Slider
        label={`Job starts after the ${period} ends, by`}
        value={runDelay}
        range={ranges.runDelay}
        spell={spellDuration}
        onValue={(v) => apply({ batch: { runDelay: v } })}
        hint="Orders that arrive after the job starts wait for the next run."
      />
      <Slider
        label="The job runs for"
        value={duration}
        range={ranges.duration}
        spell={spellDuration}
        onValue={(v) => apply({ batch: { duration: v } })}
      />
      <LaneError lane="batch" name="Batch" />
    </Group>
  );
}
