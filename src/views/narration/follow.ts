// When the narrator speaks: after the playhead moves forward, once the page has had a turn, and
// never sooner than NARRATION_GAP_MS after the last sentence. It waits on the lab store's
// scheduler, so a test cranks it like the runner and the narrator starts no timer of its own.
import type { LabStore } from '../../store/labStore';
import { narrate, type Narration } from './model';

/** The least time between two announcements. */
export const NARRATION_GAP_MS = 4000;

/** What was last said: up to which playhead, and when (on the scheduler's clock). */
export interface Said {
  playhead: number;
  at: number;
}

/**
 * Calls `say(sentence)` as the playhead moves forward, at most once per NARRATION_GAP_MS;
 * `said` carries over between calls (a new run keeps the gap). Returns the unsubscribe.
 */
export function followNarration(
  store: Pick<LabStore, 'getState' | 'subscribe' | 'scheduler'>,
  n: Narration,
  say: (sentence: string) => void,
  said: Said = { playhead: store.getState().playhead, at: -Infinity },
): () => void {
  const { scheduler } = store;
  let cancel: (() => void) | null = null;
  said.playhead = store.getState().playhead;
  const speak = () => {
    cancel = null;
    const now = scheduler.now();
    const wait = said.at + NARRATION_GAP_MS - now;
    if (wait > 0) {
      cancel = scheduler.after(wait, speak);
      return;
    }
    const playhead = store.getState().playhead;
    const sentence = narrate(n, said.playhead, playhead);
    said.playhead = playhead;
    if (sentence !== null) {
      said.at = now;
      say(sentence);
    }
  };
  const off = store.subscribe((s, prev) => {
    if (s.playhead === prev.playhead) return;
    // Going back in time (rewind, scrub left) is not news: start listening from there.
    if (s.playhead < said.playhead) {
      said.playhead = s.playhead;
      return;
    }
    cancel ??= scheduler.after(0, speak);
  });
  return () => {
    off();
    cancel?.();
  };
}
