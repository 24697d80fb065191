// Playing a classroom preset: load its step (settings from the defaults, playhead at the start or
// where the step says,
// paused, so the class can predict first), pause at its pause points, and reveal the answers the
// playhead has reached. The pure parts are exported for tests; the rest touches the two stores.
import { lab, type LabRun } from '../../engine';
import type { LabStore } from '../../store/labStore';
import { DEFAULT_SPEED } from '../../store/playback';
import { fullPatch, PRESETS, presetById, stepSettings, type PresetStep } from '../presets';
import type { ViewStore } from '../view/viewStore';

// The store is `lab` in this file; the engine's lab namespace gives the defaults.
const defaultLabSettings = lab.defaultLabSettings;

/** The step's pause times in this run, ascending. */
export function pauseTimes(run: LabRun, step: PresetStep): number[] {
  return step.pauses.map((p) => p.at(run)).sort((a, b) => a - b);
}

/** What the answers revealed by `playhead` quote: the latest one's spotlight, or null. */
export function latestSpotlight(run: LabRun, step: PresetStep, playhead: number) {
  let best: { t: number; show: PresetStep['pauses'][number]['show'] } | null = null;
  for (const p of step.pauses) {
    const t = p.at(run);
    if (t <= playhead && (best === null || t >= best.t)) best = { t, show: p.show };
  }
  return best?.show ?? null;
}

/** The first pause time in (from, to], or null: where playback moving forward must stop. */
export function crossedPause(times: readonly number[], from: number, to: number): number | null {
  for (const t of times) if (t > from && t <= to) return t;
  return null;
}

/** How many pause points the playhead has reached (their answers are shown). */
export function reachedPauses(times: readonly number[], playhead: number): number {
  return times.filter((t) => t <= playhead).length;
}

/** The step on screen, if a preset is in play. */
export function activeStep(view: ViewStore): PresetStep | undefined {
  const { preset, presetStep } = view.getState();
  return presetById(preset)?.steps[presetStep];
}

/** Loads a preset's step by menu position or id; false if there is none. */
export function startPreset(lab: LabStore, view: ViewStore, which: number | string, step = 0) {
  const preset = typeof which === 'number' ? PRESETS[which] : presetById(which);
  const s = preset?.steps[step];
  if (!preset || !s) return false;
  lab.getState().applySettings(fullPatch(stepSettings(s)));
  if (lab.getState().notice !== null) return false;
  lab.getState().rewind();
  if (s.startAt) lab.getState().seek(s.startAt(lab.getState().run));
  view.getState().setSpotlight(null);
  view.getState().setPreset(preset.id, step);
  lab.getState().setCrashAt(s.crashAt ? s.crashAt(lab.getState().run) : null);
  lab.getState().setBugFoundAt(s.bugFoundAt ? s.bugFoundAt(lab.getState().run) : null);
  return true;
}

/**
 * Alt+R: default settings, playhead at the start, default speed, no preset, no panel, no notices.
 * Presenter mode and the theme stay: they are how the room sees the lab, not part of the lesson.
 */
export function resetAll(lab: LabStore, view: ViewStore): void {
  const s = lab.getState();
  s.applySettings(fullPatch(defaultLabSettings));
  s.rewind();
  s.setSpeed(DEFAULT_SPEED);
  s.dismissNotice();
  view.getState().setPreset(null);
  view.getState().setSpotlight(null);
  view.getState().setPanel(null);
  s.setCrashAt(null);
  s.setBugFoundAt(null);
}

/**
 * Stops playback at the active step's pause points and brings what the answer quotes into view.
 * Returns the unsubscribe function. Pause times are recomputed when the run changes (a teacher
 * may move a slider mid-lesson).
 */
export function watchPauses(lab: LabStore, view: ViewStore): () => void {
  let cache: { run: LabRun; step: PresetStep; times: number[] } | null = null;
  return lab.subscribe((s, prev) => {
    // Playback that reaches the end of the run stops in the same update: a pause point at the
    // very end still counts (the backfill preset's bug is found in the run's last minute).
    if (!(s.playing || prev.playing) || s.playhead <= prev.playhead) return;
    const step = activeStep(view);
    if (!step) return;
    if (cache?.run !== s.run || cache.step !== step)
      cache = { run: s.run, step, times: pauseTimes(s.run, step) };
    const t = crossedPause(cache.times, prev.playhead, s.playhead);
    if (t === null) return;
    s.pause();
    s.seek(t);
    const show = latestSpotlight(s.run, step, t);
    if (show) view.getState().setSpotlight(show);
  });
}
