// A component loaded after the first screen, without Suspense: React reveals a suspended
// boundary on a timer, and a journey that holds the page clock would then never see it. A plain
// state update when the import settles needs no timer.
import { useEffect, useState, type ComponentType } from 'react';

export function useLater<P extends object>(
  load: () => Promise<ComponentType<P>>,
): ComponentType<P> | null {
  const [component, setComponent] = useState<ComponentType<P> | null>(null);
  useEffect(() => {
    let live = true;
    void load().then((c) => {
      if (live) setComponent(() => c);
    });
    return () => {
      live = false;
    };
    // The loader is fixed for the component's life.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return component;
}
