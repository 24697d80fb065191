// The paced values beside the lanes (results, sampling summaries): paced while playing, final
// the moment the lab stops. A journey that pauses and then reads the results relies on the second.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLabStore } from './labStore';
import { followPaced, PLAY_PACE_MS } from './usePaced';

const playhead = (s: { playhead: number }) => s.playhead;

function setup() {
  const store = createLabStore();
  // What a component would render: a repeat of the same value renders nothing new.
  const shown: number[] = [];
  const off = followPaced(store, playhead, (v) => {
    if (shown.at(-1) !== v) shown.push(v);
  });
  const from = store.getState().playhead;
  /** A frame of the runner while playing: the playhead moves by `ms`. */
  const frame = (ms: number) => store.setState({ playhead: store.getState().playhead + ms });
  return { store, shown, off, from, frame };
}

describe('followPaced(store, select, show)', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows the value at once when subscribing, stepping and scrubbing', () => {
    const { store, shown, from } = setup();
    expect(shown).toEqual([from]);
    store.getState().stepOrder(1);
    store.getState().seek(from + 60_000);
    expect(shown).toEqual([from, store.getState().run.events[0]!.arrivalTime, from + 60_000]);
  });

  it('while playing, shows a new playhead at most every PLAY_PACE_MS, the latest one', () => {
    const { store, shown, from, frame } = setup();
    store.setState({ playing: true });
    for (let i = 0; i < 5; i++) frame(1000);
    expect(shown.at(-1)).toBe(from);
    vi.advanceTimersByTime(PLAY_PACE_MS);
    expect(shown.at(-1)).toBe(from + 5000);
    const count = shown.length;
    frame(1000);
    vi.advanceTimersByTime(PLAY_PACE_MS - 1);
    expect(shown).toHaveLength(count);
    vi.advanceTimersByTime(1);
    expect(shown.at(-1)).toBe(from + 6000);
  });

  it('pausing shows the last playhead at once, and nothing changes after it', () => {
    const { store, shown, from, frame } = setup();
    store.setState({ playing: true });
    frame(1000);
    frame(1000);
    store.getState().pause();
    expect(shown.at(-1)).toBe(from + 2000);
    const count = shown.length;
    // The update the frames had scheduled was cancelled: the paused picture is final.
    vi.advanceTimersByTime(10 * PLAY_PACE_MS);
    expect(shown).toHaveLength(count);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('stops following once unsubscribed, and leaves no timer behind', () => {
    const { store, shown, off, frame } = setup();
    store.setState({ playing: true });
    frame(1000);
    off();
    vi.advanceTimersByTime(PLAY_PACE_MS);
    store.getState().seek(0);
    expect(shown).toEqual([store.getState().run.timeline.from]);
    expect(vi.getTimerCount()).toBe(0);
  });
});
