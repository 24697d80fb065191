// The event-time axis across the top of a lane. Over an hour the windows' own boundaries are the
// grid (each band a window, as in Akidau's figures); over a week there are thousands of them, a
// grey slab nobody reads, so the grid falls back to round times (hours, then days) labelled with
// the day, and only day bands are shaded.
import { time } from '../engine';

const DAY = time.DAY;
const MINUTE = time.MINUTE;

/** Round steps for the fallback grid, smallest first. */
const ROUND_STEPS = [5, 10, 15, 30, 60, 120, 180, 360, 720, 1440, 2880, 10080].map(
  (m) => m * MINUTE,
);

export interface EventAxisGrid {
  /** Grid lines, ascending, inside the domain. */
  bounds: number[];
  /** Whether each bound carries a label. */
  labelled: boolean[];
  /** Shade every other interval (true when the intervals mean something: windows or days). */
  shaded: boolean;
  /** What the grid marks. */
  kind: 'windows' | 'time';
}

/** Window boundaries inside the domain: every `step` ms from `offset`, at most `cap` of them. */
function boundaries(domain: readonly [number, number], step: number, offset: number, cap: number) {
  const out: number[] = [];
  if (!(step > 0)) return out;
  const first = Math.ceil((domain[0] - offset) / step) * step + offset;
  for (let t = first; t <= domain[1] && out.length < cap; t += step) out.push(t);
  return out;
}

/**
 * The grid for a lane `widthPx` wide over `domain`: the windows' boundaries (`step`, `offset`) while
 * they are at least `minPx` apart, else the smallest round step whose labels fit. Labels are at
 * least `labelPx` apart.
 */
export function eventAxisGrid(
  domain: readonly [number, number],
  step: number,
  offset: number,
  widthPx: number,
  labelPx: number,
  minPx = 6,
): EventAxisGrid {
  const span = domain[1] - domain[0];
  const pxPerMs = span > 0 ? widthPx / span : 0;
  if (step > 0 && step * pxPerMs >= minPx) {
    const bounds = boundaries(domain, step, offset, 1000);
    const every = Math.max(1, Math.ceil(labelPx / (step * pxPerMs)));
    return {
      bounds,
      labelled: bounds.map((_, i) => i % every === 0),
      shaded: true,
      kind: 'windows',
    };
  }
  const round = ROUND_STEPS.find((s) => s >= step && s * pxPerMs >= labelPx) ?? ROUND_STEPS.at(-1)!;
  const bounds = boundaries(domain, round, 0, 1000);
  return {
    bounds,
    labelled: bounds.map(() => true),
    shaded: round === DAY,
    kind: 'time',
  };
}

/**
 * A grid time as its label: the clock within its day, except that midnight after the first day
 * names the day ("+3d"), as the playback clock does.
 */
export function gridLabel(t: number, clock: (t: number) => string): string {
  const day = Math.floor(t / DAY);
  if (day >= 1 && t - day * DAY === 0) return `+${day}d`;
  return clock(t);
}
