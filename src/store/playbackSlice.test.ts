// Playback through the store's own runner, cranked frame by frame: nothing here waits on a real
// clock, and two stores on one scheduler move independently.
import { describe, expect, it } from 'vitest';
import { createLabStore } from './labStore';
import { PLAY_PACE_MS } from './playback';
import { manualScheduler } from './testing/manualScheduler';
import { time } from '../engine';

const MINUTE = time.MINUTE;

function setup(reducedMotion = false) {
  const clock = manualScheduler();
  const store = createLabStore(undefined, { scheduler: clock, reducedMotion: () => reducedMotion });
  return { clock, store };
}

/** Where `ms` of real time at `speed` moves a playhead from `t`, on the warped axis. */
function advanced(store: ReturnType<typeof setup>['store'], t: number, ms: number) {
  const { warp, speed } = store.getState();
  return warp.fromWarp(warp.toWarp(t) + (ms / 1000) * speed * MINUTE);
}

describe('lab store playback', () => {
  it('play() moves the playhead on each frame by the real time elapsed, at the speed set', () => {
    const { clock, store } = setup();
    const from = store.getState().playhead;
    store.getState().play();
    expect(store.getState().playing).toBe(true);
    clock.nextFrame(16);
    const first = advanced(store, from, 16);
    expect(store.getState().playhead).toBe(first);
    clock.nextFrame(20);
    expect(store.getState().playhead).toBe(advanced(store, first, 20));
  });

  it('setSpeed(4) moves the playhead four times as far per frame', () => {
    const { clock, store } = setup();
    const from = store.getState().playhead;
    store.getState().setSpeed(4);
    store.getState().play();
    clock.nextFrame(100);
    const { warp } = store.getState();
    expect(warp.toWarp(store.getState().playhead) - warp.toWarp(from)).toBeCloseTo(
      0.1 * 4 * MINUTE,
      6,
    );
  });

  it('pause() stops the playhead and asks for no further frame', () => {
    const { clock, store } = setup();
    store.getState().play();
    clock.nextFrame(16);
    store.getState().pause();
    const t = store.getState().playhead;
    clock.frames(10);
    expect(store.getState().playhead).toBe(t);
    expect(store.getState().playing).toBe(false);
    expect(clock.pendingFrames).toBe(0);
  });

  it('stops at the end of the timeline, and play() from the end starts over', () => {
    const { clock, store } = setup();
    const { warp } = store.getState();
    store.getState().seek(warp.fromWarp(warp.toWarp(warp.to) - 1000));
    store.getState().play();
    clock.nextFrame(100); // 6 simulated seconds at speed 1: past the end
    expect(store.getState().playhead).toBe(warp.to);
    expect(store.getState().pacedPlayhead).toBe(warp.to);
    expect(store.getState().playing).toBe(false);
    expect(clock.pendingFrames).toBe(0);
    store.getState().play();
    expect(store.getState().playhead).toBe(warp.from);
    expect(store.getState().playing).toBe(true);
  });

  it('with reduced motion, moves at most once a second, by the whole second', () => {
    const { clock, store } = setup(true);
    const from = store.getState().playhead;
    store.getState().play();
    clock.frames(62, 16); // 992 ms
    expect(store.getState().playhead).toBe(from);
    clock.nextFrame(16);
    expect(store.getState().playhead).toBe(advanced(store, from, 1008));
  });

  it('moves the paced playhead at most every PLAY_PACE_MS while playing, and to the playhead on pause', () => {
    const { clock, store } = setup();
    const from = store.getState().playhead;
    store.getState().play();
    clock.frames(Math.floor(PLAY_PACE_MS / 10) - 1, 10);
    expect(store.getState().pacedPlayhead).toBe(from);
    expect(store.getState().playhead).toBeGreaterThan(from);
    clock.nextFrame(10);
    expect(store.getState().pacedPlayhead).toBe(store.getState().playhead);
    clock.nextFrame(10);
    expect(store.getState().pacedPlayhead).toBeLessThan(store.getState().playhead);
    store.getState().pause();
    expect(store.getState().pacedPlayhead).toBe(store.getState().playhead);
  });

  it('seek, steps and rewind move both playheads at once', () => {
    const { store } = setup();
    const { warp } = store.getState();
    store.getState().seek(warp.from + MINUTE);
    expect(store.getState().pacedPlayhead).toBe(warp.from + MINUTE);
    store.getState().stepOrder(1);
    expect(store.getState().pacedPlayhead).toBe(store.getState().playhead);
    store.getState().rewind();
    expect(store.getState().pacedPlayhead).toBe(warp.from);
  });

  it("one store's play does not move another store's playhead, on separate schedulers", () => {
    const a = setup();
    const b = setup();
    const bFrom = b.store.getState().playhead;
    a.store.getState().play();
    a.clock.frames(60);
    b.clock.frames(60);
    expect(a.store.getState().playhead).toBeGreaterThan(bFrom);
    expect(b.store.getState().playhead).toBe(bFrom);
    expect(b.store.getState().playing).toBe(false);
  });

  it('two stores on one scheduler play and pause independently', () => {
    const clock = manualScheduler();
    const make = () => createLabStore(undefined, { scheduler: clock, reducedMotion: () => false });
    const a = make();
    const b = make();
    const from = b.getState().playhead;
    a.getState().play();
    b.getState().play();
    b.getState().pause(); // stops b's runner, not a's
    clock.frames(30);
    expect(a.getState().playing).toBe(true);
    expect(a.getState().playhead).toBeCloseTo(advanced(a, from, 30 * (1000 / 60)), 3);
    expect(b.getState().playhead).toBe(from);
  });
});
