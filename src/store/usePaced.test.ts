// The paced values beside the lanes (results, sampling summaries): paced while playing, final
// the moment the lab stops. A journey that pauses and then reads the results relies on the second.
import { describe, expect, it } from 'vitest';
import { createLabStore } from './labStore';
import { PLAY_PACE_MS } from './playback';
import { manualScheduler } from './testing/manualScheduler';
import { followPaced } from './usePaced';

const playhead = (s: { playhead: number }) => s.playhead;

function setup() {
  const clock = manualScheduler();
  const store = createLabStore(undefined, { scheduler: clock, reducedMotion: () => false });
  // What a component would render: a repeat of the same value renders nothing new.
  const shown: number[] = [];
  const off = followPaced(store, playhead, (v) => {
    if (shown.at(-1) !== v) shown.push(v);
  });
  const from = store.getState().playhead;
  return { clock, store, shown, off, from };
}

describe('followPaced(store, select, show)', () => {
  it('shows the value at once when subscribing, stepping and scrubbing', () => {
    const { store, shown, from } = setup();
    expect(shown).toEqual([from]);
    store.getState().stepOrder(1);
    store.getState().seek(from + 60_000);
    expect(shown).toEqual([from, store.getState().run.events[0]!.arrivalTime, from + 60_000]);
  });

  it('while playing, shows a new playhead at most every PLAY_PACE_MS, the latest one', () => {
    const { clock, store, shown, from } = setup();
    const short = Math.floor(PLAY_PACE_MS / 20); // frames of 20 ms that stay short of the pace
    store.getState().play();
    clock.frames(short, 20);
    expect(shown).toEqual([from]);
    clock.nextFrame(20); // the first frame a pace after play publishes its playhead
    expect(shown).toEqual([from, store.getState().playhead]);
    clock.frames(short, 20);
    expect(shown).toHaveLength(2);
    clock.nextFrame(20);
    expect(shown).toHaveLength(3);
    expect(shown.at(-1)).toBe(store.getState().playhead);
  });

  it('pausing shows the last playhead at once, and nothing changes after it', () => {
    const { clock, store, shown } = setup();
    store.getState().play();
    clock.frames(3, 20);
    store.getState().pause();
    expect(shown.at(-1)).toBe(store.getState().playhead);
    const count = shown.length;
    clock.frames(30, 20);
    expect(shown).toHaveLength(count);
    expect(clock.pendingFrames + clock.pendingDelays).toBe(0);
  });

  it('stops following once unsubscribed', () => {
    const { clock, store, shown, off, from } = setup();
    store.getState().play();
    clock.frames(3, 20);
    off();
    clock.frames(10, 20);
    store.getState().seek(0);
    expect(shown).toEqual([from]);
  });
});
