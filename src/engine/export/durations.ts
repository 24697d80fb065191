// Durations written the way each engine spells them. Each picks the largest unit that states the
// value exactly, so `300000` ms reads `INTERVAL '5' MINUTE` / "5 minutes" / 300, never a rounded
// figure that would make the exported job differ from the lab.
import { DAY, HOUR, MINUTE, SECOND } from '../core/time';

const UNITS: readonly [number, string][] = [
  [DAY, 'DAY'],
  [HOUR, 'HOUR'],
  [MINUTE, 'MINUTE'],
  [SECOND, 'SECOND'],
];

function largestUnit(ms: number): [number, string] | null {
  if (ms === 0) return [SECOND, 'SECOND'];
  for (const unit of UNITS) if (ms % unit[0] === 0) return unit;
  return null;
}

/** Flink SQL interval literal: `INTERVAL '5' MINUTE`, or fractional seconds `INTERVAL '0.5' SECOND`. */
export function flinkInterval(ms: number): string {
  const unit = largestUnit(ms);
  if (unit) return `INTERVAL '${ms / unit[0]}' ${unit[1]}`;
  return `INTERVAL '${ms / SECOND}' SECOND`;
}

/** Spark duration string: "5 minutes", "1 minute", "500 milliseconds". */
export function sparkDuration(ms: number): string {
  const unit = largestUnit(ms);
  const [n, name] = unit ? [ms / unit[0], unit[1].toLowerCase()] : [ms, 'millisecond'];
  return `${n} ${name}${n === 1 ? '' : 's'}`;
}

/** Beam Python takes seconds as numbers: 300, 0.5. */
export function beamSeconds(ms: number): string {
  return String(ms / SECOND);
}

/** A duration for humans in comments: "5 min", "90 s", "1 h". */
export function humanDuration(ms: number): string {
  if (ms === 0) return '0 s';
  if (ms % HOUR === 0) return `${ms / HOUR} h`;
  if (ms % MINUTE === 0) return `${ms / MINUTE} min`;
  return `${ms / SECOND} s`;
}

/** A java.time.Duration expression: `Duration.ofMinutes(5)`, `Duration.ofSeconds(90)`, `Duration.ofMillis(1500)`. */
export function javaDuration(ms: number): string {
  if (ms !== 0 && ms % HOUR === 0) return `Duration.ofHours(${ms / HOUR})`;
  if (ms !== 0 && ms % MINUTE === 0) return `Duration.ofMinutes(${ms / MINUTE})`;
  if (ms % SECOND === 0) return `Duration.ofSeconds(${ms / SECOND})`;
  return `Duration.ofMillis(${ms})`;
}

/** A Flink configuration duration, as `SET` takes it: '30 s', '5 min', '1500 ms'. */
export function flinkConfigDuration(ms: number): string {
  if (ms !== 0 && ms % MINUTE === 0) return `${ms / MINUTE} min`;
  if (ms % SECOND === 0) return `${ms / SECOND} s`;
  return `${ms} ms`;
}
