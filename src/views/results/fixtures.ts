// Lab settings the results tests pin down in full, so a change to the lab's defaults (a new
// default for early panes, say) cannot silently change what the tests are about.
import type { LabSettingsInput } from '../../engine';
import { time } from '../../engine';

const HOUR = time.HOUR;
const MINUTE = time.MINUTE;

/** 30 minutes of orders from 12:00, 5-minute windows, one setting per lane as the tests expect. */
export const FIXED: LabSettingsInput = {
  scenario: {
    seed: 42,
    start: 12 * HOUR,
    duration: 30 * MINUTE,
    rate: 60,
    products: 5,
    lateShare: 0.1,
  },
  window: { kind: 'tumbling', size: 5 * MINUTE },
  stream: {
    watermarkBound: MINUTE,
    allowedLateness: 0,
    earlyEvery: 0,
    accumulation: 'accumulating',
    flushAtEnd: true,
  },
  microBatch: {
    triggerInterval: MINUTE,
    watermarkDelay: MINUTE,
    outputMode: 'update',
    lateRowFilter: 'current',
  },
  batch: { schedule: 'nightly', runDelay: HOUR, duration: 20 * MINUTE },
};

/** FIXED with some sections replaced. */
export function fixed(patch: LabSettingsInput = {}): LabSettingsInput {
  return {
    scenario: { ...FIXED.scenario, ...patch.scenario },
    window: patch.window ?? FIXED.window!,
    stream: { ...FIXED.stream, ...patch.stream },
    microBatch: { ...FIXED.microBatch, ...patch.microBatch },
    batch: { ...FIXED.batch, ...patch.batch },
  };
}
