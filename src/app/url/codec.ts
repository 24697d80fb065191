// Links <-> lab state, as two pure functions. parseLabUrl never throws: whatever it cannot use
// (unknown names, malformed or out-of-range values, repeats, settings the engine refuses) falls
// back to the default and is listed in `ignored`, so any link opens a working lab.
import {
  EngineInputError,
  defaultLabSettings,
  normalizeLabSettings,
  type LabSettings,
  type LabSettingsInput,
  type WindowSpec,
} from '../../engine';
import { SPEEDS } from '../../store/playback';
import { PRESET_IDS } from '../presets/ids';
import { BLAME, MAX_LINK_ORDERS, SETTING_PARAMS, type Draft, type SettingParam } from './params';
import {
  MODES,
  PANELS,
  THEMES,
  defaultUrlState,
  type IgnoredParam,
  type LabUrlState,
} from './state';
import { choice, integer, toggle, type Codec } from './values';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

interface ViewParam {
  key: string;
  codec: Codec<unknown>;
  get(s: LabUrlState): unknown;
  put(s: LabUrlState, value: unknown): void;
  doc: string;
}

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
    doc: `panel in view: ${PANELS.join(', ')}`,
  },
  {
    key: 'preset',
    codec: choice(PRESET_IDS) as Codec<unknown>,
    get: (s) => s.preset ?? undefined,
    put: (s, v) => {
      s.preset = v as string;
    },
    doc: 'classroom preset in play (its question shows; its settings come from the other parameters)',
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
    doc: 'shown inside another page (1 or 0)',
  },
];

const SETTINGS_BY_KEY = new Map(SETTING_PARAMS.map((p) => [p.key, p]));
const VIEW_BY_KEY = new Map(VIEW_PARAMS.map((p) => [p.key, p]));
const MAX_SHOWN = 60;

function shown(text: string): string {
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text;
}

function emptyDraft(): Draft {
  return { scenario: { lateDelay: {} }, window: {}, stream: {}, microBatch: {}, batch: {} };
}

/** The window a draft describes: the kind's missing parts take the defaults (5 min, slide 1 min). */
function windowOf(w: Draft['window']): WindowSpec | undefined {
  if (Object.keys(w).length === 0) return undefined;
  const size = w.size ?? 5 * MINUTE;
  switch (w.kind ?? 'tumbling') {
    case 'sliding':
      return {
        kind: 'sliding',
        size,
        slide: w.slide ?? Math.min(size, MINUTE),
        offset: w.offset ?? 0,
      };
    case 'session':
      return { kind: 'session', gap: w.gap ?? 5 * MINUTE };
    default:
      return { kind: 'tumbling', size, offset: w.offset ?? 0 };
  }
}

function inputOf(accepted: ReadonlyMap<SettingParam, unknown>): LabSettingsInput {
  const d = emptyDraft();
  for (const [p, v] of accepted) p.put(d, v);
  const { lateDelay, ...scenario } = d.scenario;
  const input: LabSettingsInput = {
    scenario: Object.keys(lateDelay).length > 0 ? { ...scenario, lateDelay } : scenario,
    stream: d.stream,
    microBatch: d.microBatch,
    batch: d.batch,
  } as LabSettingsInput;
  const window = windowOf(d.window);
  if (window) input.window = window;
  return input;
}

/** Parameters that do not apply to the chosen window kind (a gap with tumbling windows). */
function inapplicable(accepted: Map<SettingParam, unknown>, ignored: IgnoredParam[]) {
  const kind = (accepted.get(SETTINGS_BY_KEY.get('win')!) as string | undefined) ?? 'tumbling';
  const uses: Record<string, readonly string[]> = {
    tumbling: ['size', 'offset'],
    sliding: ['size', 'slide', 'offset'],
    session: ['gap'],
  };
  for (const key of ['size', 'slide', 'offset', 'gap']) {
    const p = SETTINGS_BY_KEY.get(key)!;
    if (accepted.has(p) && !uses[kind]!.includes(key)) {
      ignored.push({
        param: key,
        value: p.codec.write(accepted.get(p)),
        reason: `not used with ${kind} windows`,
      });
      accepted.delete(p);
    }
  }
}

/** Drops the rate (or duration) when together they ask for more orders than a link may. */
function tooManyOrders(accepted: Map<SettingParam, unknown>, ignored: IgnoredParam[]) {
  const rateP = SETTINGS_BY_KEY.get('rate')!;
  const durP = SETTINGS_BY_KEY.get('dur')!;
  const rate = (accepted.get(rateP) as number | undefined) ?? defaultLabSettings.scenario.rate;
  const dur = (accepted.get(durP) as number | undefined) ?? defaultLabSettings.scenario.duration;
  const orders = (rate * dur) / MINUTE;
  if (orders <= MAX_LINK_ORDERS) return;
  const culprit = accepted.has(rateP) ? rateP : durP;
  ignored.push({
    param: culprit.key,
    value: culprit.codec.write(accepted.get(culprit)),
    reason: `about ${Math.round(orders).toLocaleString('en')} orders; a link may ask for at most ${MAX_LINK_ORDERS.toLocaleString('en')}`,
  });
  accepted.delete(culprit);
}

/** The engine's field name in "invalid lateDelay.max: …" or "invalid outages[2].share: …". */
function fieldOf(message: string): string | null {
  const m = /^invalid (.+?)(?: field)?: /.exec(message);
  return m ? m[1]!.replace(/\[\d+\].*$/, '') : null;
}

/**
 * Settings the engine accepts: while normalizeLabSettings refuses, drop the parameter its message
 * blames (and record why). Ends: each round drops one, and no parameters at all are the defaults.
 */
function settle(accepted: Map<SettingParam, unknown>, ignored: IgnoredParam[]): LabSettings {
  for (;;) {
    try {
      return normalizeLabSettings(inputOf(accepted));
    } catch (err) {
      if (!(err instanceof EngineInputError)) throw err;
      const field = fieldOf(err.message);
      const candidates = [
        ...(field !== null ? (BLAME[field] ?? []) : []),
        ...SETTING_PARAMS.filter((p) => p.field === field).map((p) => p.key),
      ]
        .map((k) => SETTINGS_BY_KEY.get(k)!)
        .filter((p) => accepted.has(p));
      const culprits = candidates.length > 0 ? candidates.slice(0, 1) : [...accepted.keys()];
      if (culprits.length === 0) return defaultLabSettings;
      for (const p of culprits) {
        ignored.push({
          param: p.key,
          value: shown(p.codec.write(accepted.get(p))),
          reason: err.message,
        });
        accepted.delete(p);
      }
    }
  }
}

/**
 * Reads a query string (with or without "?") into the lab's state. Never throws: unknown names,
 * malformed, out-of-range or refused values, and repeats of a name (the first one counts) fall
 * back to the defaults and are listed in `ignored`, in the order they appear.
 */
export function parseLabUrl(search: string): { state: LabUrlState; ignored: IgnoredParam[] } {
  const state: LabUrlState = { ...defaultUrlState };
  const ignored: IgnoredParam[] = [];
  const accepted = new Map<SettingParam, unknown>();
  const seen = new Set<string>();
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { state, ignored: [{ param: '(query)', value: shown(search), reason: 'unreadable' }] };
  }
  for (const [rawKey, rawValue] of params) {
    const key = rawKey.trim();
    const value = rawValue.trim();
    const ignore = (reason: string) =>
      ignored.push({ param: shown(key), value: shown(value), reason });
    if (seen.has(key)) {
      ignore('repeated; the first value is used');
      continue;
    }
    seen.add(key);
    const setting = SETTINGS_BY_KEY.get(key);
    const view = VIEW_BY_KEY.get(key);
    const codec = setting?.codec ?? view?.codec;
    if (!codec) {
      ignore('unknown parameter');
      continue;
    }
    const read = codec.read(value);
    if (!read.ok) {
      ignore(read.reason);
      continue;
    }
    if (setting) accepted.set(setting, read.value);
    else view!.put(state, read.value);
  }
  inapplicable(accepted, ignored);
  tooManyOrders(accepted, ignored);
  state.settings = settle(accepted, ignored);
  return { state, ignored };
}

/**
 * The query string for `state` ("?seed=7&late=0.3", or "" when everything is at its default).
 * Only values that differ from the defaults are written, so links stay short; parseLabUrl reads
 * back the same state.
 */
export function formatLabUrl(state: LabUrlState): string {
  const parts: string[] = [];
  const put = (key: string, text: string) =>
    parts.push(`${encodeURIComponent(key)}=${encodeURIComponent(text)}`);
  for (const p of SETTING_PARAMS) {
    const value = p.get(state.settings);
    if (value === undefined) continue;
    const text = p.codec.write(value);
    const fallback = p.get(defaultLabSettings);
    if (p.always || fallback === undefined || text !== p.codec.write(fallback)) put(p.key, text);
  }
  for (const p of VIEW_PARAMS) {
    const value = p.get(state);
    if (value === undefined) continue;
    const text = p.codec.write(value);
    const fallback = p.get(defaultUrlState);
    if (fallback === undefined || text !== p.codec.write(fallback)) put(p.key, text);
  }
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

/**
 * True when the query names at least one setting (not just view parameters). A hand-written
 * `?preset=stragglers` carries no settings, so the page loads that preset's own scenario.
 */
export function hasSettingParams(search: string): boolean {
  try {
    for (const key of new URLSearchParams(search).keys())
      if (SETTINGS_BY_KEY.has(key.trim())) return true;
  } catch {
    return false;
  }
  return false;
}
