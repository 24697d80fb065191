// Selectors at module scope (xyflow's habit): one function object per value, so a component's
// `useLab(selectPlaying)` keeps the same selector across renders and re-renders only when that
// value changes. Per-frame values (the playhead) are for `store.subscribe`, not components.
import type { LabState } from './state';

/** The playback actions, which never change: `useLab(useShallow(selectPlaybackActions))`. */
export const selectPlaybackActions = (s: LabState) => ({
  play: s.play,
  pause: s.pause,
  togglePlay: s.togglePlay,
  seek: s.seek,
  setSpeed: s.setSpeed,
  rewind: s.rewind,
  stepOrder: s.stepOrder,
  stepFiring: s.stepFiring,
});

export const selectRun = (s: LabState) => s.run;
export const selectSettings = (s: LabState) => s.settings;
export const selectLanes = (s: LabState) => s.run.lanes;
export const selectWarp = (s: LabState) => s.warp;
export const selectNotice = (s: LabState) => s.notice;
export const selectImported = (s: LabState) => s.imported;
export const selectStaleImport = (s: LabState) => s.staleImport;
export const selectPlaying = (s: LabState) => s.playing;
export const selectSpeed = (s: LabState) => s.speed;
/** The playhead at most every PLAY_PACE_MS while playing; exact while paused. */
export const selectPacedPlayhead = (s: LabState) => s.pacedPlayhead;
export const selectCrashAt = (s: LabState) => s.crashAt;
export const selectBugFoundAt = (s: LabState) => s.bugFoundAt;
