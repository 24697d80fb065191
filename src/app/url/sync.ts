// Keeps the address bar equal to what is on screen, so copying it shares this very picture.
// The lab and view stores are read on change; writes go through history.replaceState (no new
// history entry per slider step), at most every `wait` ms of the lab store's scheduler, and the
// playhead is written only while paused: playing would otherwise rewrite the address sixty times
// a second.
import type { LabState, LabStore } from '../../store/labStore';
import type { ViewState, ViewStore } from '../view/viewStore';
import { formatLabUrl } from './codec';
import type { LabUrlState } from './state';

/** The link state for what the stores hold now. */
export function urlStateOf(lab: LabState, view: ViewState): LabUrlState {
  return {
    settings: lab.settings,
    playhead: lab.playhead <= lab.warp.from ? null : lab.playhead,
    speed: lab.speed,
    panel: view.panel,
    mode: view.mode,
    theme: view.theme,
    embed: view.embed,
    origin: view.origin,
    preset: view.preset,
    imported: lab.imported !== null,
    crashAt: lab.crashAt,
    focus: view.focus,
  };
}

export interface UrlTarget {
  /** The current query string ("?…" or ""). */
  search(): string;
  replace(search: string): void;
}

/** The browser's address bar; the path and hash stay as they are. */
export const browserUrl: UrlTarget = {
  search: () => window.location.search,
  replace(search) {
    const { pathname, hash } = window.location;
    window.history.replaceState(window.history.state, '', `${pathname}${search}${hash}`);
  },
};

/**
 * Starts syncing (and writes the canonical link for the state at hand); returns the function that
 * stops it. While playing, the last written playhead
 * stays in the link, and the new one is written once playback stops.
 */
export function syncUrl(lab: LabStore, view: ViewStore, target = browserUrl, wait = 300) {
  let cancel: (() => void) | null = null;
  let lastPlayhead = lab.getState().playhead;
  const write = () => {
    cancel = null;
    const l = lab.getState();
    if (!l.playing) lastPlayhead = l.playhead;
    const search = formatLabUrl(urlStateOf({ ...l, playhead: lastPlayhead }, view.getState()));
    if (search !== target.search()) target.replace(search);
  };
  const schedule = () => {
    cancel ??= lab.scheduler.after(wait, write);
  };
  const offLab = lab.subscribe((s, prev) => {
    if (s.playing && s.playhead !== prev.playhead && s.settings === prev.settings) {
      if (s.speed !== prev.speed) schedule();
      return;
    }
    schedule();
  });
  const offView = view.subscribe(schedule);
  // A link the page could not fully use is rewritten at once to what the page shows.
  schedule();
  return () => {
    offLab();
    offView();
    if (cancel !== null) {
      cancel();
      write();
    }
  };
}
