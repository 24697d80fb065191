// The page's own state, apart from the simulation: presenter or full mode, the theme, the panel
// in view, the classroom preset in play, the help dialog, and the link parameters that could not
// be used. A separate small store, so the lab store stays about the simulation alone (the lesson's
// inputs, such as the crash time, are the lab store's failure slice).
import { create } from 'zustand';
import type {
  FocusLane,
  IgnoredParam,
  LabMode,
  LabUrlState,
  PanelId,
  ThemeChoice,
} from '../url/state';
import { DEFAULT_TAB, tabOf, type TabId } from '../stage/tabs';
import type { Spotlight } from '../presets/types';

export interface ViewState {
  mode: LabMode;
  theme: ThemeChoice;
  panel: PanelId | null;
  /** The tab open below the stage: the last one chosen, or the link's panel's. */
  tab: TabId;
  /** The lane the stage enlarges; null = four equal lanes. */
  focus: FocusLane | null;
  /**
   * What a preset's answer quotes, brought into view and outlined; null = nothing. `seq` counts
   * each request, so asking for the same place twice brings it back into view.
   */
  spotlight: { at: Spotlight; seq: number } | null;
  embed: boolean;
  /** The host page's origin an embed talks to (from `origin=`); null = any ('*'). */
  origin: string | null;
  preset: string | null;
  /** Which step of the preset (0 for most; "too tight" then "too loose"). */
  presetStep: number;
  /** Link parameters the page ignored; the notice lists them until dismissed. */
  ignored: IgnoredParam[];
  helpOpen: boolean;
  setMode(mode: LabMode): void;
  setTheme(theme: ThemeChoice): void;
  /** The region in view; a region below the stage opens its tab too. */
  setPanel(panel: PanelId | null): void;
  setFocus(focus: FocusLane | null): void;
  /**
   * Brings what an answer quotes into view: a lane enlarged (several: all four, outlined), the
   * chart, or a place in a tab (the tab opens). Null puts the stage back as it was.
   */
  setSpotlight(at: Spotlight | null): void;
  setPreset(preset: string | null, step?: number): void;
  dismissIgnored(): void;
  setHelpOpen(open: boolean): void;
}

/** A view store opened from a link's state (or the defaults). */
export function createViewStore(
  from: Pick<LabUrlState, 'mode' | 'theme' | 'panel' | 'embed' | 'preset'> &
    Partial<Pick<LabUrlState, 'origin' | 'focus'>>,
  ignored: IgnoredParam[] = [],
) {
  return create<ViewState>()((set) => ({
    mode: from.mode,
    theme: from.theme,
    panel: from.panel,
    tab: tabOf(from.panel) ?? DEFAULT_TAB,
    focus: from.focus ?? null,
    spotlight: null,
    embed: from.embed,
    origin: from.origin ?? null,
    preset: from.preset,
    presetStep: 0,
    ignored,
    helpOpen: false,
    setMode: (mode) => set({ mode }),
    setTheme: (theme) => set({ theme }),
    setPanel: (panel) => set((s) => ({ panel, tab: tabOf(panel) ?? s.tab })),
    setFocus: (focus) => set({ focus }),
    setSpotlight: (at) =>
      set((s) => {
        if (at === null) return { spotlight: null, focus: null };
        const spotlight = { at, seq: (s.spotlight?.seq ?? 0) + 1 };
        if (at.kind === 'lanes')
          return { spotlight, focus: at.lanes.length === 1 ? at.lanes[0]! : null };
        if (at.kind === 'panel') return { spotlight, panel: at.tab, tab: at.tab };
        return { spotlight };
      }),
    setPreset: (preset, step = 0) => set({ preset, presetStep: step }),
    dismissIgnored: () => set({ ignored: [] }),
    setHelpOpen: (helpOpen) => set({ helpOpen }),
  }));
}

export type ViewStore = ReturnType<typeof createViewStore>;
