// The controls' arithmetic, apart from React: slider positions (the ranges themselves are the
// engine's, lab.RANGES, since links share them), and the patches that keep coupled settings valid
// (a slide never longer than its window, a delay's mean never above its max), so the engine's
// refusals stay rare and every control stays in range.
import type { WindowSpec } from '../../engine';
import type { LateDelay, Outage, Scenario } from '../../engine';
import { scenarios, time, type lab } from '../../engine';
import type { BatchSchedule, BatchSettings } from '../../engine';

const MINUTE = time.MINUTE;
const HOUR = time.HOUR;

/** Converts a setting to its slider position and back (rounded to whole setting units). */
// Rounded, so 0.1 / 0.01 shows as 10 rather than 10.000000000000002.
export const toSlider = (value: number, r: lab.Range) => Math.round((value / r.unit) * 1e6) / 1e6;
export const fromSlider = (position: number, r: lab.Range, integer = true) => {
  const v = position * r.unit;
  return integer ? Math.round(v) : Math.round(v * 1e9) / 1e9;
};

/**
 * The seed "New seed" moves to: the next integer (wrapping at the safe-integer limit). Chosen over
 * a random seed so a class can follow along ("press New seed twice") and tests stay stable.
 */
export function nextSeed(seed: number): number {
  return seed >= Number.MAX_SAFE_INTEGER ? 0 : Math.floor(seed) + 1;
}

/** Parses a typed integer, or null while the text is not yet one (empty, "-", "1.5"). */
export function parseInteger(text: string, min: number, max: number): number | null {
  if (!/^-?\d+$/.test(text.trim())) return null;
  const n = Number(text);
  return Number.isSafeInteger(n) && n >= min && n <= max ? n : null;
}

/** Outage lengths offered, in minutes. */
export const OUTAGE_MINUTES = [1, 2, 5, 10, 15] as const;
/** Share of sources an outage takes offline: "a region". */
export const OUTAGE_SHARE = 0.3;

/**
 * When a new outage begins: at the playhead while it is inside the scenario's orders (the learner
 * sees it start where they are looking), otherwise a third of the way in, so it is never at the
 * very first instant where nothing is on screen yet.
 */
export function outageStart(scenario: Scenario, playhead: number): number {
  const { start, duration } = scenario;
  const inside = playhead > start && playhead < start + duration;
  return Math.round(inside ? playhead : start + duration / 3);
}

/**
 * The scenario's outages with one more of `minutes`; null when the engine's cap is reached. With
 * a `region` (1..regions) that whole region goes offline; without, OUTAGE_SHARE of the sources.
 */
export function withOutage(
  scenario: Scenario,
  playhead: number,
  minutes: number,
  region?: number,
): Outage[] | null {
  if (scenario.outages.length >= scenarios.MAX_OUTAGES) return null;
  const start = outageStart(scenario, playhead);
  const duration = minutes * MINUTE;
  const outage: Outage =
    region === undefined || region > scenario.regions
      ? { start, duration, share: OUTAGE_SHARE }
      : { start, duration, share: 1, region };
  return [...scenario.outages, outage];
}

/**
 * The patch for a new number of regions: outages naming a region that no longer exists go with
 * it (the engine would refuse them), the others stay.
 */
export function regionsPatch(
  scenario: Scenario,
  regions: number,
): { regions: number; outages?: Outage[] } {
  const kept = scenario.outages.filter((o) => o.region === undefined || o.region <= regions);
  return kept.length === scenario.outages.length ? { regions } : { regions, outages: kept };
}

/** An outage in words: "12:10 for 5 min (region 3)" or "… (30 % of sources)". */
export function outageWords(o: Outage, clock: (t: number) => string, length: string): string {
  const who = o.region === undefined ? `${Math.round(o.share * 100)} % of sources` : regionWho(o);
  return `${clock(o.start)} for ${length} (${who})`;
}

function regionWho(o: Outage): string {
  return o.share === 1
    ? `region ${o.region}`
    : `${Math.round(o.share * 100)} % of region ${o.region}`;
}

/** The idle timeout from its slider (0 = off) and back. */
export const idleFromSlider = (ms: number): number | null => (ms <= 0 ? null : ms);
export const idleToSlider = (idle: number | null): number => idle ?? 0;

/** Lateness tail fields, changed one at a time, keeping mean <= max. */
export function lateDelayPatch(
  delay: LateDelay,
  change: { mean: number } | { max: number },
): Partial<LateDelay> {
  if ('mean' in change) return { mean: change.mean, max: Math.max(delay.max, change.mean) };
  return { max: change.max, mean: Math.min(delay.mean, change.max) };
}

export type LabWindowKind = 'tumbling' | 'sliding' | 'session';
export const WINDOW_KINDS: readonly LabWindowKind[] = ['tumbling', 'sliding', 'session'];

const DEFAULT_SIZE = 5 * MINUTE;
const DEFAULT_GAP = 2 * MINUTE;

/** Size of a window spec, or the default for sessions. */
export function windowSize(w: WindowSpec): number {
  return w.kind === 'tumbling' || w.kind === 'sliding' ? w.size : DEFAULT_SIZE;
}

/**
 * The window when the kind select changes: keeps the size across tumbling and sliding, and picks a
 * slide of a fifth of the size (at least a minute) so a sliding window overlaps visibly.
 */
export function windowForKind(current: WindowSpec, kind: LabWindowKind): WindowSpec {
  if (kind === current.kind) return current;
  const size = windowSize(current);
  switch (kind) {
    case 'tumbling':
      return { kind: 'tumbling', size };
    case 'sliding':
      return {
        kind: 'sliding',
        size,
        slide: Math.max(MINUTE, Math.min(size, roundMinute(size / 5))),
      };
    case 'session':
      return { kind: 'session', gap: DEFAULT_GAP };
  }
}

function roundMinute(ms: number): number {
  return Math.round(ms / MINUTE) * MINUTE;
}

/** A new size; a sliding window's slide shrinks with it so slide <= size always holds. */
export function windowWithSize(current: WindowSpec, size: number): WindowSpec {
  if (current.kind === 'sliding') {
    const slide = Math.min(current.slide, size);
    return { kind: 'sliding', size, slide, ...offsetBelow(current.offset, slide) };
  }
  if (current.kind === 'tumbling')
    return { kind: 'tumbling', size, ...offsetBelow(current.offset, size) };
  return current;
}

/** A new slide for a sliding window, never above its size. */
export function windowWithSlide(current: WindowSpec, slide: number): WindowSpec {
  if (current.kind !== 'sliding') return current;
  const s = Math.min(slide, current.size);
  return { kind: 'sliding', size: current.size, slide: s, ...offsetBelow(current.offset, s) };
}

// Flink needs |offset| < size (or slide); an offset a URL set survives only while it still fits.
function offsetBelow(offset: number | undefined, limit: number): { offset?: number } {
  return offset !== undefined && offset !== 0 && Math.abs(offset) < limit ? { offset } : {};
}

/** Schedules reset delay and duration to values that fit the schedule's sliders. */
export function scheduleDefaults(schedule: BatchSchedule): BatchSettings {
  return schedule === 'nightly'
    ? { schedule, runDelay: 1 * HOUR, duration: 20 * MINUTE }
    : { schedule, runDelay: 5 * MINUTE, duration: 5 * MINUTE };
}
