// The daily shape of order traffic: a quiet night, a lunch peak and a bigger evening peak, as a
// multiplier of the average rate. The generator samples it by thinning hour by hour, so only its
// value and its per-hour maximum matter; the UI can draw it from the same numbers.
import { DAY, HOUR } from '../core/time';
import type { CurveName } from './scenario';

// Relative traffic at each full hour (00:00, 01:00, ... 23:00) of a food-ordering day;
// linear in between and wrapping at midnight. Scaled below so the day's average is exactly 1.
const RAW_HOURLY = [
  0.25, 0.15, 0.08, 0.05, 0.05, 0.1, 0.25, 0.5, 0.7, 0.8, 0.9, 1.4, 2.2, 1.9, 1.0, 0.8, 0.85, 1.2,
  1.9, 2.4, 2.0, 1.4, 0.8, 0.45,
];
const RAW_MEAN = RAW_HOURLY.reduce((a, b) => a + b, 0) / RAW_HOURLY.length;

/**
 * Multiplier of the average rate at each full hour. A periodic piecewise-linear curve averages
 * to the mean of its knots, so dividing by that mean makes the daily average exactly 1.
 */
export const DAILY_LEVELS: readonly number[] = Object.freeze(RAW_HOURLY.map((v) => v / RAW_MEAN));

const LEVELS = Float64Array.from(DAILY_LEVELS);
const DAILY_PEAK = Math.max(...DAILY_LEVELS);

/** The daily multiplier at time `t` (ms since the epoch; any day, negative times wrap too). */
export function dailyLevel(t: number): number {
  const tod = ((t % DAY) + DAY) % DAY;
  const h = tod / HOUR;
  const i = Math.floor(h);
  const f = h - i;
  const a = LEVELS[i] ?? 0;
  const b = LEVELS[(i + 1) % 24] ?? 0;
  return a + (b - a) * f;
}

/** The rate multiplier of `curve` at time `t`: 1 for 'flat'. */
export function curveLevel(curve: CurveName, t: number): number {
  return curve === 'daily' ? dailyLevel(t) : 1;
}

/** The largest multiplier `curve` ever reaches. */
export function curvePeak(curve: CurveName): number {
  return curve === 'daily' ? DAILY_PEAK : 1;
}

/**
 * The largest multiplier within the piece of `curve` containing `t` (for 'daily', the hour from
 * one knot to the next): the local thinning envelope, tighter than the peak so that few
 * candidates are thrown away at night.
 */
export function pieceEnvelope(curve: CurveName, t: number): number {
  if (curve !== 'daily') return 1;
  const i = Math.floor((((t % DAY) + DAY) % DAY) / HOUR);
  return Math.max(LEVELS[i] ?? 0, LEVELS[(i + 1) % 24] ?? 0);
}

/** Where the piece of `curve` containing `t` ends: the next full hour, or never for 'flat'. */
export function pieceEnd(curve: CurveName, t: number): number {
  if (curve !== 'daily') return Infinity;
  return (Math.floor(t / HOUR) + 1) * HOUR;
}
