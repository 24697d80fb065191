// Playback constants: the speeds offered and how often a paced playhead may move. Seeking is pure:
// every view derives its picture from (run, playhead) alone, so playing, stepping and scrubbing to
// the same time give the same picture.

/** Speeds offered by the speed control, in simulated minutes per real second on the warped axis. */
export const SPEEDS = [0.25, 0.5, 1, 2, 4, 8] as const;
export const DEFAULT_SPEED = 1;

/**
 * Least real time between two moves of the paced playhead while playing. Numbers that change
 * faster than anyone can read gain nothing, and re-laying out the panels beside the lanes sixty
 * times a second costs the lanes their frame rate.
 */
export const PLAY_PACE_MS = 150;
