// Links <-> lab state, as two pure functions. parseLabUrl never throws: whatever it cannot use
// (unknown names, malformed or out-of-range values, repeats, settings the engine refuses) falls
// back to the default and is listed in `ignored`, so any link opens a working lab.
import { lab } from '../../engine';
import { SETTING_PARAMS, type SettingParam } from './params';
import { inapplicable, settle, shown, tooManyOrders } from './settle';
import { defaultUrlState, type IgnoredParam, type LabUrlState } from './state';
import { VIEW_PARAMS } from './viewParams';

export { VIEW_PARAMS } from './viewParams';

const SETTINGS_BY_KEY = new Map(SETTING_PARAMS.map((p) => [p.key, p]));
const VIEW_BY_KEY = new Map(VIEW_PARAMS.map((p) => [p.key, p]));

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
    const fallback = p.get(lab.defaultLabSettings);
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
