// From accepted setting parameters to settings the engine takes: assemble the window from its
// parts, refuse parts the window kind does not use and links that ask for too many orders, then
// drop whatever parameter the engine blames until normalizeLabSettings accepts the rest.
import {
  time,
  lab,
  EngineInputError,
  type LabSettings,
  type LabSettingsInput,
  type WindowSpec,
} from '../../engine';
import { BLAME, SETTING_PARAMS, type Draft, type SettingParam } from './params';
import type { IgnoredParam } from './state';
import { formatCount } from '../../format/count';

const MAX_LINK_ORDERS = lab.MAX_LINK_ORDERS;
const MINUTE = time.MINUTE;

const SETTINGS_BY_KEY = new Map(SETTING_PARAMS.map((p) => [p.key, p]));
const MAX_SHOWN = 60;

/** A value as the notice shows it: at most 60 characters. */
export function shown(text: string): string {
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
export function inapplicable(accepted: Map<SettingParam, unknown>, ignored: IgnoredParam[]) {
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

/**
 * Drops the rate or the duration (or both) when together they ask for more orders than a link
 * may: the rate alone if the default rate with the link's duration fits, else the duration alone
 * if it fits with the link's rate, else both (the defaults fit).
 */
export function tooManyOrders(accepted: Map<SettingParam, unknown>, ignored: IgnoredParam[]) {
  const rateP = SETTINGS_BY_KEY.get('rate')!;
  const durP = SETTINGS_BY_KEY.get('dur')!;
  const valueOf = (p: SettingParam, keep: boolean, fallback: number) =>
    keep && accepted.has(p) ? (accepted.get(p) as number) : fallback;
  const ordersWith = (keepRate: boolean, keepDur: boolean) =>
    (valueOf(rateP, keepRate, lab.defaultLabSettings.scenario.rate) *
      valueOf(durP, keepDur, lab.defaultLabSettings.scenario.duration)) /
    MINUTE;
  const orders = ordersWith(true, true);
  if (orders <= lab.MAX_LINK_ORDERS) return;
  const culprits = !accepted.has(durP)
    ? [rateP]
    : !accepted.has(rateP)
      ? [durP]
      : ordersWith(false, true) <= lab.MAX_LINK_ORDERS
        ? [rateP]
        : ordersWith(true, false) <= lab.MAX_LINK_ORDERS
          ? [durP]
          : [rateP, durP];
  for (const p of culprits) {
    ignored.push({
      param: p.key,
      value: p.codec.write(accepted.get(p)),
      // Rounded up, so a link just over the ceiling never reads as asking for exactly it.
      reason: `about ${formatCount(Math.ceil(orders))} orders; a link may ask for at most ${formatCount(MAX_LINK_ORDERS)}`,
    });
    accepted.delete(p);
  }
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
export function settle(accepted: Map<SettingParam, unknown>, ignored: IgnoredParam[]): LabSettings {
  for (;;) {
    try {
      return lab.normalizeLabSettings(inputOf(accepted));
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
      if (culprits.length === 0) return lab.defaultLabSettings;
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
