// The lab's keyboard shortcuts, on one window listener: Space plays or pauses, ← / → step orders,
// Shift + ← / → step firings, Home rewinds. keyAction decides; this hook only wires it to the store.
import { useLayoutEffect } from 'react';
import { useLabApi } from '../../store/context';
import { keyAction } from './model';

/** Call once, near the root (App), inside the LabProvider. */
export function usePlaybackKeys(): void {
  const api = useLabApi();
  // A layout effect: the keys work from the first frame the lab is on screen, not a task later.
  useLayoutEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented) return;
      const el = e.target instanceof HTMLElement ? e.target : null;
      const action = keyAction({
        key: e.key,
        shiftKey: e.shiftKey,
        altKey: e.altKey,
        ctrlKey: e.ctrlKey,
        metaKey: e.metaKey,
        repeat: e.repeat,
        target: el && {
          tagName: el.tagName,
          role: el.getAttribute('role'),
          isContentEditable: el.isContentEditable,
        },
      });
      if (action === null) return;
      e.preventDefault();
      const s = api.getState();
      switch (action) {
        case 'toggle':
          return s.togglePlay();
        case 'nextOrder':
          return s.stepOrder(1);
        case 'previousOrder':
          return s.stepOrder(-1);
        case 'nextFiring':
          return s.stepFiring(1);
        case 'previousFiring':
          return s.stepFiring(-1);
        case 'rewind':
          return s.rewind();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [api]);
}
