// Where the latency chart's marks and their labels go: a mark that would sit on another steps
// aside, and each label (a title over a second line) takes the first place around its mark that
// covers no other label, no mark and no axis text. Pure numbers; views/chart names the marks.
import type { ChartFrame } from './latencyChart';
import { CHAR_EM, showsBandTitles } from './latencyChartAxes';

/** A rectangle in the viewBox: left, top, right, bottom. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A mark's label block: its anchor point relative to the mark and the text alignment there. */
export interface LabelPlacement {
  dx: number;
  /** Baseline of the first line, relative to the mark. */
  dy: number;
  anchor: 'start' | 'middle' | 'end';
  /** Two lines (title over share right) or, where a short drawing has no room, one. */
  lines: 1 | 2;
}

/** A mark to label: where it is, its title, and the line under the title. */
export interface MarkLabel {
  x: number;
  y: number;
  title: string;
  note: string;
}

/** Least distance between two marks' centres: their hit targets (28 px) never overlap. */
export const MARK_SPACING = 30;

/**
 * Two lanes can land on one spot (the same complexity, close latencies): the later one steps
 * down (or up, at the bottom of the plot) until its target clears the others, so each stays
 * visible and can be pointed at. Its whisker moves with it.
 */
export function dodgeMarks(marks: { x: number; y: number }[], frame: ChartFrame): void {
  const top = frame.margin.top;
  const bottom = frame.height - frame.margin.bottom;
  const clear = (m: { x: number }, y: number, placed: { x: number; y: number }[]) =>
    placed.every((p) => Math.hypot(p.x - m.x, p.y - y) >= MARK_SPACING);
  const placed: { x: number; y: number }[] = [];
  for (const m of marks) {
    if (!clear(m, m.y, placed)) {
      for (let step = 1; step < 20; step++) {
        const down = m.y + step * 6;
        const up = m.y - step * 6;
        if (down <= bottom && clear(m, down, placed)) {
          m.y = down;
          break;
        }
        if (up >= top && clear(m, up, placed)) {
          m.y = up;
          break;
        }
      }
    }
    placed.push(m);
  }
}

/** The ring's radius for a text size: the drawing and the label placement agree on it. */
export function ringRadius(font: number): number {
  return Math.round(font * 0.8);
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * Places each mark's label (its title over its note, or both on one line where a short drawing
 * has no room for two) where it overlaps no other label, no mark and no axis text, trying above,
 * below, right, left and the corners of the mark, and keeps it inside the drawing. Returns each
 * label's anchor and block, in the order of `marks`.
 */
export function placeLabels(
  marks: readonly MarkLabel[],
  frame: ChartFrame,
  font: number,
): { at: LabelPlacement; box: Box }[] {
  const r = ringRadius(font) + 4;
  const line = Math.round(font * 1.2);
  // The band titles above the plot and the tick labels beside and under it are text too.
  const { margin } = frame;
  const frameText: Box[] = [
    ...(showsBandTitles({ height: frame.height, font })
      ? [{ x0: 0, y0: 0, x1: frame.width, y1: margin.top - 2 }]
      : []),
    { x0: 0, y0: 0, x1: margin.left - 2, y1: frame.height },
    { x0: 0, y0: frame.height - margin.bottom + 2, x1: frame.width, y1: frame.height },
  ];
  // Each try is a block of w x h whose top-left corner sits at (dx, dy) from the mark, with the
  // text anchored at `at`; the block is then kept inside the drawing, its text moved with it.
  type Try = { dx: number; dy: number; at: LabelPlacement };
  const fit = (m: MarkLabel, w: number, h: number, t: Try) => {
    const x0 = Math.min(Math.max(m.x + t.dx, 2), frame.width - w - 2);
    const y0 = Math.min(Math.max(m.y + t.dy, 2), frame.height - h - 2);
    const shiftX = x0 - (m.x + t.dx);
    const shiftY = y0 - (m.y + t.dy);
    return {
      box: { x0, y0, x1: x0 + w, y1: y0 + h },
      at: { ...t.at, dx: t.at.dx + shiftX, dy: t.at.dy + shiftY },
    };
  };
  // Above, below, right, left, then the four corners (for a mark crowded on all four sides).
  const around = (w: number, h: number, lines: 1 | 2): Try[] => {
    const above = -r - h + font;
    const below = r + font;
    const beside = -h / 2 + font - 2;
    return [
      { dx: -w / 2, dy: -r - h, at: { dx: 0, dy: above, anchor: 'middle', lines } },
      { dx: -w / 2, dy: r, at: { dx: 0, dy: below, anchor: 'middle', lines } },
      { dx: r, dy: -h / 2, at: { dx: r + 2, dy: beside, anchor: 'start', lines } },
      { dx: -r - w, dy: -h / 2, at: { dx: -r - 2, dy: beside, anchor: 'end', lines } },
      { dx: r, dy: -r - h, at: { dx: r + 2, dy: above, anchor: 'start', lines } },
      { dx: r, dy: r, at: { dx: r + 2, dy: below, anchor: 'start', lines } },
      { dx: -r - w, dy: -r - h, at: { dx: -r - 2, dy: above, anchor: 'end', lines } },
      { dx: -r - w, dy: r, at: { dx: -r - 2, dy: below, anchor: 'end', lines } },
    ];
  };
  const triesOf = (m: MarkLabel) => {
    const titleW = m.title.length * (font + 1) * CHAR_EM;
    const shareW = m.note.length * font * CHAR_EM;
    // Two lines (title over share) first; a short drawing may only have room for one.
    const w2 = Math.max(titleW, shareW) + 4;
    const w1 = titleW + font * CHAR_EM + shareW + 4;
    return [
      ...around(w2, 2 * line, 2).map((t) => fit(m, w2, 2 * line, t)),
      ...around(w1, line, 1).map((t) => fit(m, w1, line, t)),
    ];
  };
  const tries = marks.map(triesOf);
  const rings: Box[] = marks.map((m) => ({ x0: m.x - r, y0: m.y - r, x1: m.x + r, y1: m.y + r }));

  // Greedy in a given order: each label takes its first try that is clear of every mark, the
  // labels placed before it and the axes' text. Misses count the labels that found none.
  const inOrder = (order: number[]) => {
    const taken = [...rings];
    const chosen: { box: Box; at: LabelPlacement }[] = [];
    let misses = 0;
    let oneLine = 0;
    for (const i of order) {
      const ts = tries[i]!;
      // The tries touch the mark's own ring without overlapping it; one pushed back inside the
      // drawing may cover it, and then it is no place for the label.
      const clear = (t: { box: Box }) => taken.every((b) => !overlaps(t.box, b));
      const free = ts.find((t) => clear(t) && frameText.every((b) => !overlaps(t.box, b)));
      const pick = free ?? ts.find(clear) ?? ts[0]!;
      if (free === undefined) misses++;
      if (pick.at.lines === 1) oneLine++;
      chosen[i] = pick;
      taken.push(pick.box);
    }
    return { chosen, misses, oneLine };
  };
  // Four marks have 24 orders; the first that places every label cleanly (fewest one-line
  // labels among those) wins, so a label placed early never takes the only room of a later one.
  let best: ReturnType<typeof inOrder> | null = null;
  for (const order of permutations(marks.map((_, i) => i))) {
    const result = inOrder(order);
    if (
      best === null ||
      result.misses < best.misses ||
      (result.misses === best.misses && result.oneLine < best.oneLine)
    )
      best = result;
    if (best.misses === 0 && best.oneLine === 0) break;
  }
  return best!.chosen;
}

/** Every order of the given items, the given order first. */
function permutations(items: number[]): number[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((x, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [x, ...rest]),
  );
}
