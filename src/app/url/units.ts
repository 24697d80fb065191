// Durations in links are written the way people say them ("30s", "5m", "12h10m") so a teacher
// can read and edit a link by hand; a bare integer is still read as milliseconds. Pure, no DOM.
// Screens spell durations for people instead ("1 min 30 s", src/format/duration).
import { time } from '../../engine';

const DAY = time.DAY;
const HOUR = time.HOUR;
const MINUTE = time.MINUTE;
const SECOND = time.SECOND;

const UNITS: readonly [suffix: string, ms: number][] = [
  ['d', DAY],
  ['h', HOUR],
  ['m', MINUTE],
  ['s', SECOND],
  ['ms', 1],
];
const UNIT_MS = new Map(UNITS);
const PART = /(\d+(?:\.\d+)?)(ms|d|h|m|s)/gy;

/**
 * Reads "1h30m", "90s", "250ms" or a bare integer of milliseconds; null for anything else
 * (empty, negative, NaN, "1e999", unknown units). Parts may repeat ("1m30s"); the total is
 * rounded to whole milliseconds.
 */
export function parseDuration(text: string): number | null {
  if (/^\d{1,16}$/.test(text)) return Number(text);
  if (text.length === 0 || text.length > 64) return null;
  PART.lastIndex = 0;
  let total = 0;
  let consumed = 0;
  for (let m = PART.exec(text); m !== null; m = PART.exec(text)) {
    total += Number(m[1]) * UNIT_MS.get(m[2]!)!;
    consumed = PART.lastIndex;
  }
  if (consumed !== text.length || !Number.isFinite(total)) return null;
  return Math.round(total);
}

/** Encodes whole milliseconds for a link as the shortest unit spelling: 0 → "0", 90 000 → "1m30s". */
export function encodeDuration(ms: number): string {
  let rest = Math.round(Math.abs(ms));
  if (rest === 0) return '0';
  let out = '';
  for (const [suffix, size] of UNITS) {
    const n = Math.floor(rest / size);
    if (n > 0) {
      out += `${n}${suffix}`;
      rest -= n * size;
    }
  }
  return out;
}
