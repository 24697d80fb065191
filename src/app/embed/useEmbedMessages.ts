// Wires the message API (messages.ts) to the window: the embed posts its height on every resize
// and its state on changes (at most every 250 ms, on the lab store's scheduler) to the page that
// embeds it, and obeys the host's play, pause, seek and setScenario. Messages of the wrong shape
// or from anyone but the embedding window (and, with `origin=`, its origin) are dropped without a
// word.
import { useEffect, type RefObject } from 'react';
import { useLabApi } from '../../store/context';
import { formatLabUrl } from '../url/codec';
import { urlStateOf } from '../url/sync';
import { useViewApi } from '../view/context';
import { handleHostData } from './apply';
import { fromHost, heightMessage, stateMessage, targetOrigin, type EmbedMessage } from './messages';

const STATE_EVERY_MS = 250;

/** Call once in the embed page; `root` is the element whose height the host should give it. */
export function useEmbedMessages(root: RefObject<HTMLElement | null>, onStart: () => void): void {
  const lab = useLabApi();
  const view = useViewApi();

  useEffect(() => {
    const parent = window.parent;
    const embedded = parent !== window;
    const to = targetOrigin(view.getState().origin);
    const post = (message: EmbedMessage) => {
      if (embedded) parent.postMessage(message, to);
    };

    const el = root.current;
    let lastHeight = -1;
    const observer = new ResizeObserver(() => {
      const height = el ? el.getBoundingClientRect().height : 0;
      if (Math.ceil(height) === lastHeight) return;
      lastHeight = Math.ceil(height);
      post(heightMessage(height));
    });
    if (el) observer.observe(el);

    let cancel: (() => void) | null = null;
    const postState = () => {
      cancel = null;
      const l = lab.getState();
      post(stateMessage(formatLabUrl(urlStateOf(l, view.getState())), l.playhead, l.playing));
    };
    const schedule = () => {
      cancel ??= lab.scheduler.after(STATE_EVERY_MS, postState);
    };
    const offLab = lab.subscribe(schedule);
    const offView = view.subscribe(schedule);
    postState();

    const onMessage = (event: MessageEvent) => {
      if (!fromHost(event, { parent, origin: view.getState().origin })) return;
      handleHostData(lab, event.data, onStart);
    };
    window.addEventListener('message', onMessage);

    return () => {
      observer.disconnect();
      offLab();
      offView();
      cancel?.();
      window.removeEventListener('message', onMessage);
    };
  }, [lab, view, root, onStart]);
}
