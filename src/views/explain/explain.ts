// One lane's live explanation at a playhead: facts, then sentences. Kept apart from the component
// so the store selector that calls it stays a plain function of the store's state.
import type { LabRun, LaneId } from '../../engine';
import type { TimeWarp } from '../../geometry/timewarp';
import { batchFacts, microBatchFacts, requestFacts, streamFacts } from './facts';
import { batchText, microBatchText, requestText, streamText } from './text';

export function explainLane(lane: LaneId, run: LabRun, t: number): string {
  switch (lane) {
    case 'stream':
      return streamText(streamFacts(run, t));
    case 'microbatch':
      return microBatchText(microBatchFacts(run, t));
    case 'batch':
      return batchText(batchFacts(run, t));
    case 'request':
      return requestText(requestFacts(run, t));
  }
}

/** While playing, explanations move on about this often (real seconds): text can't be read faster. */
export const PLAYING_REFRESH = 0.25;
const MINUTE = 60_000;

/**
 * The time an explanation describes: the playhead itself when paused (a step or a scrub shows its
 * exact facts), and while playing the playhead rounded down on the warped axis to steps of
 * PLAYING_REFRESH real seconds, so the text changes about four times a second at any speed
 * instead of every frame.
 */
export function explanationTime(s: {
  playhead: number;
  playing: boolean;
  speed: number;
  warp: TimeWarp;
}): number {
  if (!s.playing || !(s.speed > 0)) return s.playhead;
  const step = s.speed * MINUTE * PLAYING_REFRESH;
  // The epsilon keeps a playhead exactly on a step (up to rounding in the warp) on that step.
  const k = Math.floor(s.warp.toWarp(s.playhead) / step + 1e-9);
  return Math.min(s.playhead, s.warp.fromWarp(k * step));
}
