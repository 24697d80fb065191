// The narrator's pacing on a hand-cranked store: it speaks after the playhead moves forward, never
// twice within NARRATION_GAP_MS, catches up on what happened meanwhile, and stays quiet going back.
import { describe, expect, it } from 'vitest';
import { createLabStore } from '../../store/labStore';
import { manualScheduler } from '../../store/testing/manualScheduler';
import { followNarration, NARRATION_GAP_MS } from './follow';
import { narrationOf } from './model';

function setup() {
  const clock = manualScheduler();
  const store = createLabStore(
    { scenario: { lateShare: 0.3 }, stream: { watermarkBound: 0 } },
    { scheduler: clock },
  );
  const n = narrationOf(store.getState().run);
  const said: { at: number; text: string }[] = [];
  const off = followNarration(store, n, (text) => said.push({ at: clock.now(), text }));
  return { clock, store, n, said, off };
}

describe('followNarration(store, narration, say)', () => {
  it('says what a step forward crossed once the page has had a turn', () => {
    const { clock, store, n, said } = setup();
    store.getState().seek(n.closings[0]!.at);
    expect(said).toEqual([]);
    clock.advance(0);
    expect(said).toHaveLength(1);
    expect(said[0]!.text).toMatch(/^Window 12:00–12:05 closed/);
  });

  it('never speaks twice within NARRATION_GAP_MS, and the next sentence covers the gap', () => {
    const { clock, store, n, said } = setup();
    store.getState().seek(n.closings[0]!.at);
    clock.advance(0);
    store.getState().seek(n.closings[1]!.at);
    clock.advance(NARRATION_GAP_MS - 1);
    expect(said).toHaveLength(1);
    clock.advance(1);
    expect(said).toHaveLength(2);
    expect(said[1]!.at - said[0]!.at).toBe(NARRATION_GAP_MS);
  });

  it('is quiet when the playhead goes back, and leaves no delay behind once stopped', () => {
    const { clock, store, n, said, off } = setup();
    store.getState().seek(n.closings[0]!.at);
    clock.advance(0);
    store.getState().rewind();
    clock.advance(2 * NARRATION_GAP_MS);
    expect(said).toHaveLength(1);
    store.getState().seek(n.closings[0]!.at); // forward again: the same closing is news again
    off();
    expect(clock.pendingDelays).toBe(0);
    clock.advance(NARRATION_GAP_MS);
    expect(said).toHaveLength(1);
  });
});
