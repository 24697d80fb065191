// A store value for panels beside the lanes that need not change on every frame. Paused, stepping
// or scrubbing, it follows the store at once (the same picture however a moment was reached).
// While playing, a busy scenario changes results and summaries on nearly every frame, and
// re-rendering and re-laying out those panels sixty times a second cost the lanes their frame
// rate; numbers that change faster than anyone can read gain nothing from it. So during play the
// value follows the playhead at most every PLAY_PACE_MS of wall time.
import { useEffect, useState } from 'react';
import { useLabApi } from './context';
import type { LabState, LabStore } from './labStore';
import { PLAY_PACE_MS } from './playback';

export { PLAY_PACE_MS };

/**
 * Calls `show(select(state))` now and whenever the store changes: at once for anything but a
 * playing frame (a new run, pause, a step, a scrub), at most every PLAY_PACE_MS for playing
 * frames. Pausing cancels a pending update, so nothing changes after the lab stopped. Returns
 * the unsubscribe.
 */
export function followPaced<T>(
  store: Pick<LabStore, 'getState' | 'subscribe'>,
  select: (s: LabState) => T,
  show: (value: T) => void,
): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const now = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    show(select(store.getState()));
  };
  now();
  const off = store.subscribe((s, prev) => {
    if (!s.playing || !prev.playing || s.run !== prev.run) now();
    else if (s.playhead !== prev.playhead) timer ??= setTimeout(now, PLAY_PACE_MS);
  });
  return () => {
    off();
    if (timer !== null) clearTimeout(timer);
  };
}

/** `select(state)`, updated at once except on playing frames, which it paces. */
export function usePaced<T>(select: (s: LabState) => T): T {
  const api = useLabApi();
  const [value, setValue] = useState(() => select(api.getState()));
  useEffect(() => followPaced(api, select, setValue), [api, select]);
  return value;
}
