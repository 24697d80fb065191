// Whether the user asks for less motion, following the system setting live (motion's own
// useReducedMotion reads it once per page load, so a change mid-lesson kept the marks gliding).
import { useSyncExternalStore } from 'react';
import { prefersReducedMotion } from '../../store/runner';

const QUERY = '(prefers-reduced-motion: reduce)';

function subscribe(onChange: () => void): () => void {
  if (typeof matchMedia !== 'function') return () => {};
  const list = matchMedia(QUERY);
  list.addEventListener('change', onChange);
  return () => list.removeEventListener('change', onChange);
}

/** True while the system prefers reduced motion; re-renders when that changes. */
export function useReducedMotion(): boolean {
  return useSyncExternalStore(subscribe, prefersReducedMotion, () => false);
}
