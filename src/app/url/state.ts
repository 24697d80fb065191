// What a link restores besides the settings: the playhead, the speed, the panel in view, the
// page's mode and theme, the classroom preset, and whether the lab is embedded. Defaults here are
// what a bare link (no query) opens with.
import { lab, type LabSettings } from '../../engine';
import { DEFAULT_SPEED } from '../../store/playback';

export const PANELS = [
  'lanes',
  'results',
  'chart',
  'controls',
  'explain',
  'learn',
  'stream',
  'microbatch',
  'batch',
  'sampling',
  'failures',
  'code',
  'data',
] as const;
/**
 * A region of the page: in full mode a tab below the stage opens and scrolls into view (the
 * stage's own regions are on screen already); an embed shows it alone.
 */
export type PanelId = (typeof PANELS)[number];

/** Lanes the stage can enlarge (`focus=`): the others stay beside it as small multiples. */
export const FOCUSES = ['stream', 'microbatch', 'batch', 'request'] as const;
export type FocusLane = (typeof FOCUSES)[number];

export const MODES = ['full', 'present'] as const;
/** `present`: the presenter layout (large type, thick strokes, little chrome). */
export type LabMode = (typeof MODES)[number];

export const THEMES = ['auto', 'light', 'dark'] as const;
/** `auto` follows the system's colour scheme. */
export type ThemeChoice = (typeof THEMES)[number];

/** Everything a link holds. */
export interface LabUrlState {
  settings: LabSettings;
  /** Simulated processing time (ms) of the playhead; null = the start of the timeline. */
  playhead: number | null;
  speed: number;
  panel: PanelId | null;
  mode: LabMode;
  theme: ThemeChoice;
  /** Shown inside another page: no chrome, a click-to-start overlay, the message API. */
  embed: boolean;
  /** The embedding page's origin: where an embed posts its messages (null = '*'). */
  origin: string | null;
  /** The classroom preset in play, by id. */
  preset: string | null;
  /** The lanes run on a file the user imported (which the link itself cannot carry). */
  imported: boolean;
  /** The guarantees panel's crash: processing time (ms) the stream job crashes at; null = none. */
  crashAt: number | null;
  /** The lane the stage enlarges; null = all four at the same size. */
  focus: FocusLane | null;
}

export const defaultUrlState: LabUrlState = {
  settings: lab.defaultLabSettings,
  playhead: null,
  speed: DEFAULT_SPEED,
  panel: null,
  mode: 'full',
  theme: 'auto',
  embed: false,
  origin: null,
  preset: null,
  imported: false,
  crashAt: null,
  focus: null,
};

/** A parameter the page could not use, and why; the notice lists these. */
export interface IgnoredParam {
  param: string;
  /** The value as given, cut to 60 characters (a 10 KB value must not flood the notice). */
  value: string;
  reason: string;
}
