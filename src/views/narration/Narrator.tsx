// The one polite live region that tells a screen-reader user what the lanes just did, at most
// once every few seconds (a playing lab fires far more often than anyone can listen to). It
// listens to the playhead through a store subscription, so it never re-renders per frame.
import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useLab, useLabApi } from '../../store/context';
import { narrate, narrationOf } from './model';

/** The least time between two announcements. */
export const NARRATION_GAP_MS = 4000;

export function Narrator() {
  const api = useLabApi();
  // A settings change repaints the results and chart first; the narration catches up a frame later.
  const run = useDeferredValue(useLab((s) => s.run));
  const n = useMemo(() => narrationOf(run), [run]);
  const [text, setText] = useState('');
  const said = useRef({ playhead: api.getState().playhead, at: -Infinity });

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    said.current.playhead = api.getState().playhead;
    const speak = () => {
      timer = null;
      const now = performance.now();
      const wait = said.current.at + NARRATION_GAP_MS - now;
      if (wait > 0) {
        timer = setTimeout(speak, wait);
        return;
      }
      const playhead = api.getState().playhead;
      const sentence = narrate(n, said.current.playhead, playhead);
      said.current.playhead = playhead;
      if (sentence !== null) {
        said.current.at = now;
        setText(sentence);
      }
    };
    const off = api.subscribe((s, prev) => {
      if (s.playhead === prev.playhead) return;
      // Going back in time (rewind, scrub left) is not news: start listening from there.
      if (s.playhead < said.current.playhead) {
        said.current.playhead = s.playhead;
        return;
      }
      timer ??= setTimeout(speak, 0);
    });
    return () => {
      off();
      if (timer !== null) clearTimeout(timer);
    };
  }, [api, n]);

  return (
    <p className="narrator" role="status" aria-live="polite" data-testid="narrator">
      {text}
    </p>
  );
}
