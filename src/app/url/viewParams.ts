// The view part of a link: playhead, speed, panel, preset, mode, theme and embed. Each has a
// reader, where it lives in LabUrlState, and a line for the table in docs/url-parameters.md.
import { SPEEDS } from '../../store/playback';
import { PRESET_IDS } from '../presets/ids';
import { FOCUSES, MODES, PANELS, THEMES, type LabUrlState } from './state';
import { choice, integer, toggle, type Codec } from './values';
import { time } from '../../engine';

const DAY = time.DAY;

export interface ViewParam {
  key: string;
  codec: Codec<unknown>;
  get(s: LabUrlState): unknown;
  put(s: LabUrlState, value: unknown): void;
  doc: string;
}

/** A serialised http(s) origin, exactly as `location.origin` writes it (no path, no slash). */
const originCodec: Codec<string> = {
  read: (text) => {
    try {
      const url = new URL(text);
      if ((url.protocol === 'https:' || url.protocol === 'http:') && url.origin === text)
        return { ok: true, value: text };
    } catch {
      // falls through to the reason below
    }
    return { ok: false, reason: 'must be an origin like https://example.org' };
  },
  write: String,
};

const speedCodec: Codec<number> = {
  read: (text) => {
    const n = Number(text);
    return (SPEEDS as readonly number[]).includes(n) && /^[\d.]+$/.test(text)
      ? { ok: true, value: n }
      : { ok: false, reason: `must be one of ${SPEEDS.join(', ')}` };
  },
  write: String,
};

/** View parameters, written after the settings. */
export const VIEW_PARAMS: readonly ViewParam[] = [
  {
    key: 't',
    codec: integer(0, 60 * DAY) as Codec<unknown>,
    get: (s) => (s.playhead === null ? undefined : Math.round(s.playhead)),
    put: (s, v) => {
      s.playhead = v as number;
    },
    doc: 'playhead, in simulated ms since 00:00 of day 0 (clamped to the timeline)',
  },
  {
    key: 'speed',
    codec: speedCodec as Codec<unknown>,
    get: (s) => s.speed,
    put: (s, v) => {
      s.speed = v as number;
    },
    doc: `playback speed in simulated minutes per second: ${SPEEDS.join(', ')}`,
  },
  {
    key: 'panel',
    codec: choice(PANELS) as Codec<unknown>,
    get: (s) => s.panel ?? undefined,
    put: (s, v) => {
      s.panel = v as LabUrlState['panel'];
    },
    doc: `panel in view: ${PANELS.join(', ')}; the tab below the stage opens and scrolls into view; with \`embed=1\` the only one shown (one lane, the chart, …)`,
  },
  {
    key: 'focus',
    codec: choice(FOCUSES) as Codec<unknown>,
    get: (s) => s.focus ?? undefined,
    put: (s, v) => {
      s.focus = v as LabUrlState['focus'];
    },
    doc: `lane the stage enlarges: ${FOCUSES.join(', ')}; the other three stay beside it, small`,
  },
  {
    key: 'preset',
    codec: choice(PRESET_IDS) as Codec<unknown>,
    get: (s) => s.preset ?? undefined,
    put: (s, v) => {
      s.preset = v as string;
    },
    doc: 'classroom preset in play: its question shows; alone (no settings in the link) it loads its scenario',
  },
  {
    key: 'mode',
    codec: choice(MODES) as Codec<unknown>,
    get: (s) => s.mode,
    put: (s, v) => {
      s.mode = v as LabUrlState['mode'];
    },
    doc: 'full, or present (presenter mode)',
  },
  {
    key: 'theme',
    codec: choice(THEMES) as Codec<unknown>,
    get: (s) => s.theme,
    put: (s, v) => {
      s.theme = v as LabUrlState['theme'];
    },
    doc: 'auto (follow the system), light or dark',
  },
  {
    key: 'embed',
    codec: toggle as Codec<unknown>,
    get: (s) => s.embed,
    put: (s, v) => {
      s.embed = v as boolean;
    },
    doc: 'shown inside another page (1 or 0): no chrome, click to start, the message API (see Embedding)',
  },
  {
    key: 'origin',
    codec: originCodec as Codec<unknown>,
    get: (s) => s.origin ?? undefined,
    put: (s, v) => {
      s.origin = v as string;
    },
    doc: "embed: the host page's origin (`https://docs.example.org`); messages go only there and only its messages count",
  },
  {
    key: 'crash',
    codec: integer(0, 60 * DAY) as Codec<unknown>,
    get: (s) => (s.crashAt === null ? undefined : Math.round(s.crashAt)),
    put: (s, v) => {
      s.crashAt = v as number;
    },
    doc: 'failures panel: the stream job crashes at this processing time, in simulated ms since 00:00 of day 0',
  },
  {
    key: 'data',
    codec: choice(['imported'] as const) as Codec<unknown>,
    get: (s) => (s.imported ? 'imported' : undefined),
    put: (s) => {
      s.imported = true;
    },
    doc: 'imported: the lanes ran on a file the author imported, which a link cannot carry (the page says so and shows generated orders)',
  },
];
