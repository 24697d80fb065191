// Playback state: where the playhead is (simulated processing time), whether it moves, and how
// fast. Seeking is pure: every view derives its picture from (run, playhead) alone, so playing,
// stepping and scrubbing to the same time give the same picture.

export interface PlaybackState {
  /** Simulated processing time shown on screen (ms since the epoch). */
  playhead: number;
  playing: boolean;
  /** Warped minutes of simulated time per real second (see geometry/timewarp). */
  speed: number;
}

/** Speeds offered by the speed control, in simulated minutes per real second on the warped axis. */
export const SPEEDS = [0.25, 0.5, 1, 2, 4, 8] as const;
export const DEFAULT_SPEED = 1;
