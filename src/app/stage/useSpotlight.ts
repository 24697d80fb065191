// Brings what a preset's answer quotes into view. Lanes and the chart are on the stage: the page
// goes back to the top (the store has already enlarged a single lane). A place in a tab is
// outlined and scrolled to once it exists: the tab's panel may still be loading its code, so a
// MutationObserver waits for it (no timer).
import { useEffect } from 'react';
import type { ViewStore } from '../view/viewStore';

const ATTR = 'data-spotlit';

function clearMarks() {
  for (const el of document.querySelectorAll(`[${ATTR}]`)) el.removeAttribute(ATTR);
}

export function useSpotlight(view: ViewStore): void {
  useEffect(() => {
    let observer: MutationObserver | null = null;
    const stop = () => {
      observer?.disconnect();
      observer = null;
    };
    const off = view.subscribe((s, prev) => {
      if (s.spotlight === prev.spotlight) return;
      stop();
      clearMarks();
      const at = s.spotlight?.at ?? null;
      if (at === null || at.kind !== 'panel') {
        window.scrollTo({ top: 0 });
        return;
      }
      const selector = `[data-spotlight="${at.target}"]`;
      const reveal = (el: Element) => {
        el.setAttribute(ATTR, '');
        el.scrollIntoView({ block: 'center' });
      };
      const el = document.querySelector(selector);
      if (el) return reveal(el);
      observer = new MutationObserver(() => {
        const found = document.querySelector(selector);
        if (!found) return;
        stop();
        reveal(found);
      });
      observer.observe(document.body, { childList: true, subtree: true });
    });
    return () => {
      off();
      stop();
    };
  }, [view]);
}
