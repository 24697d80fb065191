// A preset step's full settings: the defaults with the step's patch, so picking a preset never
// keeps changes from what was on screen before (the Learn panel's presets work the same way).
import { normalizeLabSettings, type LabSettings } from '../../engine';
import { preset } from '../../views/explain/sections';
import type { PresetStep } from './types';

/** The settings a step plays; throws EngineInputError if the patch is invalid (a test checks). */
export function stepSettings(step: PresetStep): LabSettings {
  return normalizeLabSettings(preset(step.patch));
}
