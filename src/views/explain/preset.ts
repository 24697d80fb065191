// A lesson's settings: the defaults with a patch merged in, exactly as the store merges a change
// (the engine's lab.mergeSettings). Its own small file so the lessons' long texts stay apart.
import { lab, type LabSettingsInput } from '../../engine';

/** The default settings with `patch` applied, one level deep per section (as the store merges). */
export function preset(patch: LabSettingsInput): LabSettingsInput {
  return lab.mergeSettings(lab.defaultLabSettings, patch);
}
