// Readers for one query value each: numbers, integers, durations, names, switches and the outage
// list. Each returns the value or a short reason a teacher can act on ("must be from 0 to 1"),
// never throws, and bounds what a link may ask for so a hostile link cannot stall the page.
import type { Outage } from '../../engine';
import { encodeDuration, parseDuration } from './units';

export type Read<T> = { ok: true; value: T } | { ok: false; reason: string };

/** One parameter's reader and writer. */
export interface Codec<T> {
  read(text: string): Read<T>;
  write(value: T): string;
}

const ok = <T>(value: T): Read<T> => ({ ok: true, value });
const no = <T>(reason: string): Read<T> => ({ ok: false, reason });
const DECIMAL = /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i;

/** A decimal number in [min, max] ("0.25", "1e-3"; never NaN, Infinity or hex). */
export function decimal(min: number, max: number): Codec<number> {
  return {
    read(text) {
      if (text.length > 32 || !DECIMAL.test(text)) return no('not a number');
      const n = Number(text);
      if (!Number.isFinite(n) || n < min || n > max)
        return no(`out of range (must be from ${min} to ${max})`);
      return ok(n + 0); // -0 reads as 0, so links compare equal to the values they came from
    },
    write: (n) => String(n),
  };
}

/** An integer in [min, max]. */
export function integer(min: number, max: number): Codec<number> {
  return {
    read(text) {
      if (!/^-?\d{1,16}$/.test(text)) return no('not a whole number');
      const n = Number(text);
      if (!Number.isSafeInteger(n) || n < min || n > max)
        return no(`out of range (must be from ${min} to ${max})`);
      return ok(n + 0); // -0 reads as 0, so links compare equal to the values they came from
    },
    write: (n) => String(n),
  };
}

/** A duration ("30s", "5m", "1h30m" or plain ms) in [min, max] ms; `signed` allows "-2m". */
export function duration(min: number, max: number, signed = false): Codec<number> {
  return {
    read(text) {
      const negative = signed && text.startsWith('-');
      const ms = parseDuration(negative ? text.slice(1) : text);
      if (ms === null) return no('not a duration (write it like 30s, 5m, 1h30m or in ms)');
      const value = negative ? -ms + 0 : ms;
      if (value < min || value > max)
        return no(`out of range (must be from ${encodeDuration(min)} to ${encodeDuration(max)})`);
      return ok(value);
    },
    write: (ms) => (ms < 0 ? `-${encodeDuration(ms)}` : encodeDuration(ms)),
  };
}

/** One of a fixed set of names. */
export function choice<T extends string>(names: readonly T[]): Codec<T> {
  return {
    read: (text) =>
      (names as readonly string[]).includes(text)
        ? ok(text as T)
        : no(`must be one of ${names.join(', ')}`),
    write: (name) => name,
  };
}

/** A switch: 1 / 0 (also true / false, yes / no). */
export const toggle: Codec<boolean> = {
  read(text) {
    if (['1', 'true', 'yes', 'on'].includes(text)) return ok(true);
    if (['0', 'false', 'no', 'off'].includes(text)) return ok(false);
    return no('must be 1 or 0');
  },
  write: (b) => (b ? '1' : '0'),
};

/**
 * An idle timeout: `off` (none), or a duration in (0, max] ms. 0 is refused: a region idle after
 * no time at all would never hold the watermark, which is not what "off" means either.
 */
export function idleTimeout(max: number): Codec<number | null> {
  const d = duration(1, max);
  return {
    read(text) {
      if (text === 'off' || text === 'none') return ok(null);
      if (parseDuration(text) === 0) return no('must be more than 0 (or off)');
      return d.read(text);
    },
    write: (ms) => (ms === null ? 'off' : d.write(ms)),
  };
}

/**
 * Outages as `start~length~share`, several joined by `_`: `out=12h10m~10m~0.3`; a fourth part
 * names the region taken offline: `out=12h10m~10m~1~3`. Start is the time of day (ms since 00:00
 * of day 0), as the scenario stores it.
 */
export function outages(maxCount: number, maxTime: number, maxRegion = 8): Codec<Outage[]> {
  const start = duration(0, maxTime);
  const length = duration(1, maxTime);
  const share = decimal(0, 1);
  const region = integer(1, maxRegion);
  return {
    read(text) {
      if (text === '' || text === 'none') return ok([]);
      const parts = text.split('_');
      if (parts.length > maxCount) return no(`too many outages (at most ${maxCount})`);
      const list: Outage[] = [];
      for (const part of parts) {
        const [s, d, sh, r, ...extra] = part.split('~');
        if (s === undefined || d === undefined || sh === undefined || extra.length > 0)
          return no(
            'each outage is start~length~share or start~length~share~region, e.g. 12h10m~10m~0.3',
          );
        const rs = start.read(s);
        const rd = length.read(d);
        const rsh = share.read(sh);
        if (!rs.ok) return no(`outage start ${rs.reason}`);
        if (!rd.ok) return no(`outage length ${rd.reason}`);
        if (!rsh.ok) return no(`outage share ${rsh.reason}`);
        const outage: Outage = { start: rs.value, duration: rd.value, share: rsh.value };
        if (r !== undefined) {
          const rr = region.read(r);
          if (!rr.ok) return no(`outage region ${rr.reason}`);
          outage.region = rr.value;
        }
        list.push(outage);
      }
      return ok(list);
    },
    write: (list) =>
      list.length === 0
        ? 'none'
        : list
            .map(
              (o) =>
                `${start.write(o.start)}~${length.write(o.duration)}~${share.write(o.share)}` +
                (o.region === undefined ? '' : `~${region.write(o.region)}`),
            )
            .join('_'),
  };
}
