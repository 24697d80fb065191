// Geometry of a source partition's watermark in the stream lane: the same staircase as the job's
// watermark, cut where the partition goes idle or comes back, so the lane can draw the idle
// stretches differently (dashed, faded) from the ones where the partition held the job back.
// Pure numbers and path strings, like ./lanes.ts.
import type { Linear } from './linear';
import { watermarkPath, type TimeY } from './lanes';

/** One partition's watermark over processing time, in ascending `at`. */
export interface PartitionMarks {
  at: ArrayLike<number>;
  value: ArrayLike<number>;
  /** 1 while the partition is idle. */
  idle: ArrayLike<number>;
}

/** A stretch of a partition's staircase drawn one way: active (solid) or idle. */
export interface PartitionSegment {
  d: string;
  idle: boolean;
}

/**
 * A partition's watermark as staircase segments, one per stretch with the same idle flag. Each
 * segment after the first starts at the value the previous one held, so the joins keep the step
 * (the partition coming back moves its watermark across at that moment). The last segment runs
 * on to `until`.
 */
export function partitionSegments(
  marks: PartitionMarks,
  x: Linear,
  y: TimeY,
  until: number,
): PartitionSegment[] {
  const n = marks.at.length;
  const out: PartitionSegment[] = [];
  let from = 0;
  while (from < n) {
    const idle = marks.idle[from] === 1;
    let to = from + 1;
    while (to < n && (marks.idle[to] === 1) === idle) to++;
    const points: { at: number; value: number }[] = [];
    if (from > 0) points.push({ at: marks.at[from]!, value: marks.value[from - 1]! });
    for (let i = from; i < to; i++) points.push({ at: marks.at[i]!, value: marks.value[i]! });
    const end = to < n ? marks.at[to]! : until;
    const d = watermarkPath(points, x, y, end);
    if (d !== '') out.push({ d, idle });
    from = to;
  }
  return out;
}

/** Where one region's thin line stands at the playhead. */
export interface PartitionHead {
  partition: number;
  x: number;
  idle: boolean;
}

/** A label under the playhead naming the regions whose lines end at about the same place. */
export interface HeadLabel {
  /** "region 3", "regions 1, 2", "region 3 idle". */
  text: string;
  /** The text's anchor: its left edge (align 'left') or its right edge. */
  x: number;
  align: 'left' | 'right';
  /** 0 = the first row under the playhead; a label that would overlap goes a row further down. */
  row: number;
}

/** Average character width as a share of the font size (as the pane pills estimate it). */
const CHAR_EM = 0.6;

/**
 * Labels for the regions' line heads at the playhead. Heads of the same kind (idle or not) closer
 * than `gap` px share one label, so eight regions moving together read "regions 1, 2, 4, 5"; a
 * label starts at its heads and runs right unless it would leave the plot, then ends at them; a
 * label that would overlap one before it takes the next row down.
 */
export function headLabels(
  heads: readonly PartitionHead[],
  left: number,
  right: number,
  font: number,
  gap = 24,
): HeadLabel[] {
  const sorted = [...heads].sort((a, b) => a.x - b.x || a.partition - b.partition);
  const groups: PartitionHead[][] = [];
  for (const h of sorted) {
    const g = groups.find((g) => g[0]!.idle === h.idle && h.x - g[g.length - 1]!.x < gap);
    if (g) g.push(h);
    else groups.push([h]);
  }
  const rows: [number, number][][] = [];
  return groups.map((g) => {
    const names = g.map((h) => h.partition + 1).sort((a, b) => a - b);
    const text = `region${names.length > 1 ? 's' : ''} ${names.join(', ')}${g[0]!.idle ? ' idle' : ''}`;
    const width = text.length * font * CHAR_EM;
    const x0 = g[0]!.x;
    const x1 = g[g.length - 1]!.x;
    const runsRight = x0 - 3 + width <= right;
    const anchor = runsRight ? x0 - 3 : Math.max(left + width, x1 + 3);
    const span: [number, number] = runsRight ? [anchor, anchor + width] : [anchor - width, anchor];
    let row = 0;
    while (rows[row]?.some(([a, b]) => span[0] < b + 6 && a < span[1] + 6)) row++;
    (rows[row] ??= []).push(span);
    return { text, x: anchor, align: runsRight ? 'left' : 'right', row };
  });
}
