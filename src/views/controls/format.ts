// How each control spells its value: short for the visible <output>, long for aria-valuetext, so
// a screen reader hears "2 minutes" where the screen shows "2 min".
import { formatClock } from '../../format/clock';
import { formatDuration } from '../../format/duration';
import { countOf, formatCount } from '../../format/count';

export interface Spelled {
  short: string;
  long: string;
}

export const spellDuration = (ms: number): Spelled => ({
  short: formatDuration(ms),
  long: formatDuration(ms, 'long'),
});

/** A duration where 0 means the feature is off (early firings). */
export const spellOptionalDuration = (ms: number): Spelled =>
  ms === 0 ? { short: 'off', long: 'off' } : spellDuration(ms);

export const spellPercent = (share: number): Spelled => {
  const p = Math.round(share * 100);
  return { short: `${p} %`, long: `${p} percent` };
};

export const spellRate = (perMinute: number): Spelled => ({
  short: `${formatCount(perMinute)} /min`,
  long: `${formatCount(perMinute)} orders per minute`,
});

export const spellCount =
  (one: string, many: string) =>
  (n: number): Spelled => {
    const text = countOf(n, one, many);
    return { short: text, long: text };
  };

export const spellNumber = (n: number): Spelled => {
  const text = String(Math.round(n * 100) / 100);
  return { short: text, long: text };
};

export const spellClock = (t: number): Spelled => ({ short: formatClock(t), long: formatClock(t) });
