// Settings as a complete patch: the store deep-merges patches, so a field missing from the patch
// (a lognormal sigma) would survive from what was on screen. Presets and "reset all" replace
// everything, so they go through fullPatch.
import { lab, type LabSettings, type LabSettingsInput, type LateDelay } from '../../engine';
import type { PresetStep } from './types';

/**
 * The settings a step plays: the defaults with its patch merged in, as the store merges; throws
 * EngineInputError if the patch is invalid (a test checks).
 */
export function stepSettings(step: PresetStep): LabSettings {
  return lab.normalizeLabSettings(lab.mergeSettings(lab.defaultLabSettings, step.patch));
}

/** A patch that turns any settings into exactly `settings` under the store's merge. */
export function fullPatch(settings: LabSettings): LabSettingsInput {
  const lateDelay = { sigma: undefined, ...settings.scenario.lateDelay } as unknown as LateDelay;
  return { ...settings, scenario: { ...settings.scenario, lateDelay } };
}
