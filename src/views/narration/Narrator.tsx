// The one polite live region that tells a screen-reader user what the lanes just did, at most
// once every few seconds (a playing lab fires far more often than anyone can listen to). It
// listens to the playhead through a store subscription (follow.ts), so it never re-renders per
// frame, and waits on the store's scheduler rather than on timers of its own.
import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useLab, useLabApi } from '../../store/context';
import { selectRun } from '../../store/selectors';
import { followNarration, type Said } from './follow';
import { narrationOf } from './model';

export function Narrator() {
  const api = useLabApi();
  // A settings change repaints the results and chart first; the narration catches up a frame later.
  const run = useDeferredValue(useLab(selectRun));
  const n = useMemo(() => narrationOf(run), [run]);
  const [text, setText] = useState('');
  const said = useRef<Said>({ playhead: api.getState().playhead, at: -Infinity });

  useEffect(() => followNarration(api, n, setText, said.current), [api, n]);

  return (
    <p className="narrator" role="status" aria-live="polite" data-testid="narrator">
      {text}
    </p>
  );
}
