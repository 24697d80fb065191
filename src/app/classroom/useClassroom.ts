// Wires the classroom to the page once, near the root: its keys (1-9, Alt+R, ?), the pause
// points of the preset in play, and the link in the address bar.
import { useEffect, useLayoutEffect } from 'react';
import { useLabApi } from '../../store/context';
import { syncUrl } from '../url/sync';
import { useViewApi } from '../view/context';
import { classroomKey } from './keys';
import { resetAll, startPreset, watchPauses } from './player';

const TYPING = new Set(['INPUT', 'SELECT', 'TEXTAREA']);

export function useClassroom(): void {
  const lab = useLabApi();
  const view = useViewApi();
  useEffect(() => watchPauses(lab, view), [lab, view]);
  useEffect(() => syncUrl(lab, view), [lab, view]);
  // A layout effect: preset keys work from the first frame the lab is on screen.
  useLayoutEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented) return;
      const el = e.target instanceof HTMLElement ? e.target : null;
      const typing =
        el !== null &&
        ((TYPING.has(el.tagName) && (el as HTMLInputElement).type !== 'range') ||
          el.isContentEditable);
      const action = classroomKey({
        key: e.key,
        code: e.code,
        altKey: e.altKey,
        ctrlKey: e.ctrlKey,
        metaKey: e.metaKey,
        repeat: e.repeat,
        typing,
      });
      if (action === null) return;
      // A modal help dialog keeps the page inert: only ? may reach it (to do nothing).
      if (view.getState().helpOpen) return;
      e.preventDefault();
      if (action.kind === 'help') view.getState().setHelpOpen(true);
      else if (action.kind === 'reset') resetAll(lab, view);
      else startPreset(lab, view, action.index);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [lab, view]);
}
