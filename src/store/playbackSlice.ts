// The playback slice: the playhead (simulated processing time on screen), whether it moves, and
// how fast. Its runner lives in this closure, one per store, and is the one source of time: it
// moves the playhead every frame and the paced playhead at most every PLAY_PACE_MS, for panels
// that must not follow every frame. Paused, the two are always equal.
import { createRunner } from './runner';
import { DEFAULT_SPEED, PLAY_PACE_MS } from './playback';
import type { Scheduler } from './scheduler';
import type { SliceCreator } from './state';
import { time } from '../engine';

const MINUTE = time.MINUTE;

export interface PlaybackSlice {
  /** Simulated processing time on screen. */
  playhead: number;
  /**
   * The playhead for panels beside the lanes: equal to `playhead` except while playing, when it
   * follows it at most every PLAY_PACE_MS of real time.
   */
  pacedPlayhead: number;
  playing: boolean;
  /** Simulated minutes per real second, on the warped axis. */
  speed: number;

  play(): void;
  pause(): void;
  togglePlay(): void;
  seek(t: number): void;
  setSpeed(speed: number): void;
  /** Back to the start of the timeline, paused. */
  rewind(): void;
}

export interface PlaybackOptions {
  /** Where the playhead starts (the run's first moment). */
  start: number;
  scheduler: Scheduler;
  /** Read at every frame: true ticks at most once a second, so marks jump instead of gliding. */
  reducedMotion: () => boolean;
}

/** Both playheads at `t`: what every move but a playing frame sets. */
const at = (t: number) => ({ playhead: t, pacedPlayhead: t });

export function createPlaybackSlice({
  start,
  scheduler,
  reducedMotion,
}: PlaybackOptions): SliceCreator<PlaybackSlice> {
  return (set, get) => {
    /** When the paced playhead last moved, on the scheduler's clock. */
    let pacedAt = 0;
    const tick = (elapsedMs: number) => {
      const { warp, playhead, speed } = get();
      const next = warp.fromWarp(warp.toWarp(playhead) + (elapsedMs / 1000) * speed * MINUTE);
      if (next >= warp.to) {
        runner.stop();
        set({ ...at(warp.to), playing: false });
        return;
      }
      const now = scheduler.now();
      if (now - pacedAt >= PLAY_PACE_MS) {
        pacedAt = now;
        set(at(next));
      } else {
        set({ playhead: next });
      }
    };
    const runner = createRunner({
      scheduler,
      onTick: tick,
      minInterval: () => (reducedMotion() ? 1000 : 0),
    });
    const stop = () => {
      runner.stop();
      set({ playing: false, pacedPlayhead: get().playhead });
    };

    return {
      ...at(start),
      playing: false,
      speed: DEFAULT_SPEED,

      play() {
        const { playhead, warp } = get();
        if (playhead >= warp.to) set(at(warp.from));
        pacedAt = scheduler.now();
        set({ playing: true });
        runner.start();
      },
      pause: stop,
      togglePlay() {
        if (get().playing) stop();
        else get().play();
      },
      seek(t) {
        const { warp } = get();
        set(at(Math.min(Math.max(t, warp.from), warp.to)));
      },
      setSpeed: (speed) => set({ speed }),
      rewind() {
        stop();
        set(at(get().warp.from));
      },
    };
  };
}
