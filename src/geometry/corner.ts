// The empty corner of a lane's plot: above the diagonal nothing is drawn (an order cannot arrive
// before it happens), save the tops of window boxes and badges, which reach up to a window left of
// it. A note placed there covers no mark, if it fits; these say whether it does.
import type { Linear } from './linear';
import type { TimeY } from './lanes';

/** Width in px of a line of the note; the first line is the bold title. */
export type MeasureLine = (text: string, index: number) => number;

/**
 * The size in px of a note of `lines` at `font` px, at most `maxWidth` wide, each line measured by
 * `measure` (the page's text metrics; a test passes its own). Lines longer than the note wrap.
 */
export function noteSize(
  lines: readonly string[],
  font: number,
  maxWidth: number,
  measure: MeasureLine,
): { width: number; height: number } {
  // Padding and border: 7 + 2 px a side across, 3 + 2 px above and below (.lane-callout).
  const inner = maxWidth - 18;
  const widths = lines.map(measure);
  const width = Math.min(maxWidth, Math.max(0, ...widths) + 18);
  const rows = widths.reduce((n, w) => n + Math.max(1, Math.ceil(w / inner)), 0);
  return { width, height: rows * font * 1.3 + 10 };
}

/** A mark that may reach above the diagonal: its right edge and its top, px. */
export interface MarkReach {
  right: number;
  top: number;
}

/**
 * Whether a note of `size` fits the plot's top-right corner (`gap` px in from its right edge and
 * below its top) without covering a mark: the diagonal (every order lands on or below it) passes
 * under the note's bottom-left corner, and each of `marks` (window boxes, badges with their values)
 * ends left of the note or starts below it.
 */
export function fitsCorner(
  size: { width: number; height: number },
  plot: { right: number; top: number },
  x: Linear,
  y: TimeY,
  marks: readonly MarkReach[],
  gap = 4,
): boolean {
  const left = plot.right - gap - size.width;
  const bottom = plot.top + gap + size.height;
  if (y(x.invert(left)) < bottom) return false;
  return marks.every((m) => m.right <= left || m.top >= bottom);
}
