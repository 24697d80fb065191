// The sticky header's height as the CSS variable --top-h, so the stage fills exactly the rest of
// the first screen whatever the header wraps to (presenter mode, a narrow window, a long notice).
import { useLayoutEffect, useRef } from 'react';

export function useTopHeight() {
  const ref = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const root = document.documentElement;
    const update = () => root.style.setProperty('--top-h', `${Math.ceil(el.offsetHeight)}px`);
    update();
    const observer = new ResizeObserver(update);
    observer.observe(el);
    return () => {
      observer.disconnect();
      root.style.removeProperty('--top-h');
    };
  }, []);
  return ref;
}
