// ISO 8601 timestamps for exported and imported events, computed by hand because the engine may
// not touch Date (its results must not depend on the machine's clock or time zone). The civil
// calendar maths is Howard Hinnant's days_from_civil / civil_from_days, exact for any year.
import { DAY } from '../core/time';

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** Days since 1970-01-01 of a proleptic Gregorian date. */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/**
 * `ms` since 1970-01-01T00:00:00Z (the lab's day 0) as `YYYY-MM-DDTHH:mm:ss.sssZ`, always with
 * milliseconds, so the text round-trips exactly. Integer ms in years 0000..9999 only.
 */
export function isoFromMs(ms: number): string {
  const days = Math.floor(ms / DAY);
  const { year, month, day } = civilFromDays(days);
  let rest = ms - days * DAY;
  const h = Math.floor(rest / 3_600_000);
  rest -= h * 3_600_000;
  const m = Math.floor(rest / 60_000);
  rest -= m * 60_000;
  const s = Math.floor(rest / 1000);
  const milli = rest - s * 1000;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}T${pad(h, 2)}:${pad(m, 2)}:${pad(s, 2)}.${pad(milli, 3)}Z`;
}

/** `YYYY-MM-DD HH:mm:ss` in UTC, as SQL `TIMESTAMP '...'` literals want it. */
export function sqlTimestampFromMs(ms: number): string {
  return isoFromMs(ms).slice(0, 19).replace('T', ' ');
}

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})$/;

/**
 * Parses an ISO 8601 date-time with an explicit zone (`Z` or `±hh:mm`) into ms since the epoch;
 * null when the text is not one, or names an impossible date (2024-02-30, 25:00). Fractions
 * finer than a millisecond must be zeros: the lab counts whole milliseconds and would otherwise
 * silently round a user's data.
 */
export function msFromIso(text: string): number | null {
  const m = ISO.exec(text);
  if (!m) return null;
  const [, ys, mos, ds, hs, mis, ss, frac, zone] = m;
  const year = Number(ys);
  const month = Number(mos);
  const day = Number(ds);
  const hour = Number(hs);
  const minute = Number(mis);
  const second = ss === undefined ? 0 : Number(ss);
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return null;
  const monthDays = [
    31,
    year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28,
    31,
    30,
    31,
    30,
    31,
    31,
    30,
    31,
    30,
    31,
  ];
  if (day > monthDays[month - 1]!) return null;
  let milli = 0;
  if (frac !== undefined) {
    const padded = frac.padEnd(9, '0');
    if (!/^0*$/.test(padded.slice(3))) return null;
    milli = Number(padded.slice(0, 3));
  }
  let offset = 0;
  if (zone !== undefined && zone !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    const oh = Number(digits.slice(0, 2));
    const om = Number(digits.slice(2, 4));
    if (oh > 23 || om > 59) return null;
    offset = sign * (oh * 60 + om) * 60_000;
  }
  return (
    daysFromCivil(year, month, day) * DAY +
    hour * 3_600_000 +
    minute * 60_000 +
    second * 1000 +
    milli -
    offset
  );
}
