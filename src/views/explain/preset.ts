// A lesson's or a classroom preset's settings: the defaults with a patch applied. Its own small
// file so the classroom presets (in the first download) need not bring the lessons' long texts.
import { defaultLabSettings, type LabSettings, type LabSettingsInput } from '../../engine';

/** The default settings with `patch` applied, one level deep per section (as the store merges). */
export function preset(patch: LabSettingsInput): LabSettings {
  const d = defaultLabSettings;
  return {
    scenario: {
      ...d.scenario,
      lateDelay: { ...d.scenario.lateDelay, ...patch.scenario?.lateDelay },
      outages: [],
      ...withoutDelay(patch.scenario),
    },
    window: patch.window ?? d.window,
    stream: { ...d.stream, ...patch.stream },
    microBatch: { ...d.microBatch, ...patch.microBatch },
    batch: { ...d.batch, ...patch.batch },
  } as LabSettings;
}

function withoutDelay(s: LabSettingsInput['scenario']) {
  if (!s) return {};
  const { lateDelay: _ignored, ...rest } = s;
  return rest;
}
