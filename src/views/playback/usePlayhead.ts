// Runs a callback with the store state whenever the playhead, the paced playhead or the warp
// changes, outside React's render cycle: the clock and the scrubber follow the playhead every frame
// without re-rendering. Pausing moves only the paced playhead (up to the playhead), and what reads
// it must hear that too.
import { useEffect, useRef } from 'react';
import { useLabApi } from '../../store/context';
import type { LabState } from '../../store/labStore';

export function usePlayhead(onChange: (state: LabState) => void): void {
  const api = useLabApi();
  const latest = useRef(onChange);
  useEffect(() => {
    latest.current = onChange;
  });
  useEffect(() => {
    latest.current(api.getState());
    return api.subscribe((state, prev) => {
      if (
        state.playhead !== prev.playhead ||
        state.pacedPlayhead !== prev.pacedPlayhead ||
        state.warp !== prev.warp
      )
        latest.current(state);
    });
  }, [api]);
}
