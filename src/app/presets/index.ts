// Classroom presets: data, the moments they pause at, and the facts their answers quote.
export { PRESETS, PLANNED_PRESETS, presetById } from './presets';
export { PRESET_IDS, type PresetId } from './ids';
export type { ClassroomPreset, PausePoint, PresetStep } from './types';
export { fullPatch, stepSettings } from './settings';
