// Simulated times as people read them: clock times for instants ("12:05", "+1d 01:00:30") and
// plain words for durations ("2 min", "1 minute 30 seconds"). Every panel formats time here, so
// the clock, the lanes and the explanations always spell the same instant the same way.

const SECOND = 1_000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

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

const UNITS = [
  { ms: DAY, short: 'd', one: 'day', many: 'days' },
  { ms: HOUR, short: 'h', one: 'hour', many: 'hours' },
  { ms: MINUTE, short: 'min', one: 'minute', many: 'minutes' },
  { ms: SECOND, short: 's', one: 'second', many: 'seconds' },
] as const;

/**
 * Formats a duration: 'short' for visible values ("1 min 30 s", "200 ms"), 'long' for screen
 * readers' aria-valuetext ("1 minute 30 seconds"). Below a second it counts milliseconds (zero reads "0 s"); above,
 * it rounds to a tenth of a second and drops zero parts ("1 h 5 min", never "1 h 5 min 0 s").
 */
export function formatDuration(ms: number, style: 'short' | 'long' = 'short'): string {
  if (!Number.isFinite(ms)) return ms > 0 ? '∞' : '–';
  if (ms < 0) return `−${formatDuration(-ms, style)}`;
  if (ms === 0) return style === 'short' ? '0 s' : '0 seconds';
  if (ms < SECOND) {
    const n = Math.round(ms);
    if (style === 'short') return `${n} ms`;
    return `${n} ${n === 1 ? 'millisecond' : 'milliseconds'}`;
  }
  let rest = Math.round(ms / 100) * 100;
  const parts: string[] = [];
  for (const u of UNITS) {
    const isLast = u.ms === SECOND;
    const n = isLast ? rest / u.ms : Math.floor(rest / u.ms);
    rest -= isLast ? rest : n * u.ms;
    if (n === 0) continue;
    const text = isLast ? String(Math.round(n * 10) / 10) : String(n);
    parts.push(style === 'short' ? `${text} ${u.short}` : `${text} ${n === 1 ? u.one : u.many}`);
  }
  return parts.join(' ');
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
