// Simulated instants as people read them: clock times ("12:05", "+1d 01:00:30"), windows and
// watermarks. Every panel formats an instant here, so the clock, the lanes and the explanations
// always spell the same instant the same way (durations are in ./duration).
import { time } from '../engine';

const DAY = time.DAY;
const HOUR = time.HOUR;
const MINUTE = time.MINUTE;
const SECOND = time.SECOND;

export type SecondsMode = 'auto' | 'always' | 'never';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Formats ms since 00:00 of day 0 as a clock time: "12:05", "12:05:30", "+1d 01:00".
 * `seconds`: 'auto' (default) shows them only when they are not zero. Milliseconds are floored,
 * so a clock never shows a second that has not begun. Infinite times read "∞" and "−∞" (a
 * watermark after the source ended).
 */
export function formatClock(t: number, seconds: SecondsMode = 'auto'): string {
  if (t === Infinity) return '∞';
  if (t === -Infinity) return '−∞';
  if (!Number.isFinite(t)) return '–';
  const sign = t < 0 ? '−' : '';
  const abs = Math.floor(Math.abs(t) / SECOND) * SECOND;
  const day = Math.floor(abs / DAY);
  const inDay = abs - day * DAY;
  const h = Math.floor(inDay / HOUR);
  const m = Math.floor((inDay % HOUR) / MINUTE);
  const s = Math.floor((inDay % MINUTE) / SECOND);
  const showSeconds = seconds === 'always' || (seconds === 'auto' && s !== 0);
  const clock = `${pad(h)}:${pad(m)}${showSeconds ? `:${pad(s)}` : ''}`;
  return `${sign}${day > 0 ? `+${day}d ` : ''}${clock}`;
}

/** A window `[start, end)` as "12:00–12:05". */
export function formatSpan(start: number, end: number, seconds: SecondsMode = 'auto'): string {
  return `${formatClock(start, seconds)}–${formatClock(end, seconds)}`;
}

/**
 * True when a watermark has a value a learner can use. Spark's watermark starts at 0 and Flink's
 * at −∞ (or null: no mark yet); the lab has no order before 00:00 of day 0, so a watermark at or
 * before it has let no window close: it is "none yet", not "00:00:00".
 */
export function hasWatermark(wm: number | null): wm is number {
  return wm !== null && !Number.isNaN(wm) && wm > 0;
}

/**
 * A watermark as every panel spells it: "none yet" before it has a value (see hasWatermark),
 * "∞ (the source ended)" once the input ended, else its clock time. `step` rounds it down to a
 * multiple of that many ms first (a lane header ticks every 10 s, calmly).
 */
export function formatWatermark(
  wm: number | null,
  { seconds = 'auto', step = 0 }: { seconds?: SecondsMode; step?: number } = {},
): string {
  if (!hasWatermark(wm)) return 'none yet';
  if (wm === Infinity) return '∞ (the source ended)';
  return formatClock(step > 0 ? Math.floor(wm / step) * step : wm, seconds);
}
