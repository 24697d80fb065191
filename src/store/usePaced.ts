// A store value for panels beside the lanes that need not change on every frame. Paused, stepping
// or scrubbing, it follows the store at once (the same picture however a moment was reached).
// While playing it follows the runner's paced playhead, which moves at most every PLAY_PACE_MS:
// the store's runner is the one clock, so this hook starts no timer of its own.
import { useEffect, useState } from 'react';
import { useLabApi } from './context';
import type { LabState, LabStore } from './labStore';

export { PLAY_PACE_MS } from './playback';

/** The state as a paced panel sees it: the playhead is the paced one. */
const paced = (s: LabState): LabState =>
  s.playhead === s.pacedPlayhead ? s : { ...s, playhead: s.pacedPlayhead };

/**
 * Calls `show(select(state))` now and whenever the store changes, except on playing frames that
 * leave the paced playhead where it was. Returns the unsubscribe.
 */
export function followPaced<T>(
  store: Pick<LabStore, 'getState' | 'subscribe'>,
  select: (s: LabState) => T,
  show: (value: T) => void,
): () => void {
  show(select(paced(store.getState())));
  return store.subscribe((s, prev) => {
    const playingFrame = s.playing && prev.playing && s.run === prev.run;
    if (!playingFrame || s.pacedPlayhead !== prev.pacedPlayhead) show(select(paced(s)));
  });
}

/** `select(state)`, updated at once except on playing frames, which it paces. */
export function usePaced<T>(select: (s: LabState) => T): T {
  const api = useLabApi();
  const [value, setValue] = useState(() => select(paced(api.getState())));
  useEffect(() => followPaced(api, select, setValue), [api, select]);
  return value;
}
