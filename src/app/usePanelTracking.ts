// The panel part of the link: the region a person last worked in becomes `panel`, and a link's
// panel is shown on load, so a shared link opens where its author was looking. The stage's own
// regions (the lanes, one lane, the chart) are on the first screen already; a panel below the
// stage opens its tab, scrolled to just under the sticky header.
import { useEffect } from 'react';
import { tabOf } from './stage/tabs';
import { PANELS, type PanelId } from './url/state';
import { useViewApi } from './view/context';

export function usePanelTracking(): void {
  const view = useViewApi();
  useEffect(() => {
    if (tabOf(view.getState().panel) !== null)
      document.querySelector('[role="tablist"]')?.scrollIntoView({ block: 'start' });
    const onFocus = (e: FocusEvent) => {
      const region = e.target instanceof Element ? e.target.closest('[data-panel]') : null;
      const id = region?.getAttribute('data-panel') as PanelId | null | undefined;
      if (id && (PANELS as readonly string[]).includes(id) && id !== view.getState().panel)
        view.getState().setPanel(id);
    };
    document.addEventListener('focusin', onFocus);
    return () => document.removeEventListener('focusin', onFocus);
  }, [view]);
}
