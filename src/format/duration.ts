// Durations of simulated time as people read them on screen: every part ("1 min 30 s", and in
// words for screen readers) or one rounded unit ("1.5 min") where a chart compares magnitudes.
// Links spell durations their own way ("1m30s", src/app/url/units.ts).
import { time } from '../engine';

const DAY = time.DAY;
const HOUR = time.HOUR;
const MINUTE = time.MINUTE;
const SECOND = time.SECOND;

const UNITS = [
  { ms: DAY, short: 'd', one: 'day', many: 'days' },
  { ms: HOUR, short: 'h', one: 'hour', many: 'hours' },
  { ms: MINUTE, short: 'min', one: 'minute', many: 'minutes' },
  { ms: SECOND, short: 's', one: 'second', many: 'seconds' },
] as const;

/**
 * Formats a duration: 'short' for visible values ("1 min 30 s", "200 ms"), 'long' for screen
 * readers' aria-valuetext ("1 minute 30 seconds"). Below a second it counts milliseconds (zero
 * reads "0 s"); above, it rounds to a tenth of a second and drops zero parts ("1 h 5 min", never
 * "1 h 5 min 0 s").
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
 * A duration in its largest unit, rounded to a tenth below 10 and to a whole number above:
 * "3 ms", "1.5 s", "4 min", "13 h", "2 days"; "never" for an infinite one. Latencies on the
 * chart's log axis span a million times, so one unit reads better there than every part.
 */
export function formatDurationRounded(ms: number): string {
  if (!Number.isFinite(ms)) return 'never';
  const fmt = (v: number, unit: string) =>
    `${v >= 10 ? Math.round(v) : Math.round(v * 10) / 10} ${unit}`;
  if (ms < SECOND) return fmt(ms, 'ms');
  if (ms < MINUTE) return fmt(ms / SECOND, 's');
  if (ms < HOUR) return fmt(ms / MINUTE, 'min');
  if (ms < DAY) return fmt(ms / HOUR, 'h');
  return fmt(ms / DAY, 'days');
}
