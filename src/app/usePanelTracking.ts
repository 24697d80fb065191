// The panel part of the link: the region a person last worked in becomes `panel`, and a link's
// panel is scrolled into view on load, so a shared link opens where its author was looking.
import { useEffect } from 'react';
import { PANEL_REGION, PANELS, type PanelId } from './url/state';
import { useViewApi } from './view/context';

export function usePanelTracking(): void {
  const view = useViewApi();
  useEffect(() => {
    const initial = view.getState().panel;
    // One lane lives inside a bigger region: scroll to that region.
    const region = initial ? (PANEL_REGION[initial] ?? initial) : null;
    if (region) document.querySelector(`[data-panel="${region}"]`)?.scrollIntoView();
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
