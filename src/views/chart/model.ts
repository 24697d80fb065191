// What the latency-versus-complexity chart shows, apart from React: one mark per lane at its
// measured latency and complexity score, a note for a lane that has none, and the same numbers
// as table rows. The component only draws these; the geometry comes from geometry/latencyChart.
import type { Mechanism } from '../../engine';
import type { LaneId, LaneSummary } from '../../engine';
import {
  chartScales,
  LATENCY_TICKS,
  placeMarks,
  regionRects,
  type ChartFrame,
  type ChartRegion,
} from '../../geometry/latencyChart';
import { formatDurationRounded } from '../../format/duration';

/** Lanes in the order the chart lists them: fastest answer first, as on the axis. */
export const CHART_LANES: readonly LaneId[] = ['request', 'stream', 'microbatch', 'batch'];

export const LANE_TITLES: Record<LaneId, string> = {
  batch: 'Batch',
  microbatch: 'Micro-batch',
  stream: 'Stream',
  request: 'Per-request',
};

/** The size the chart is laid out for before its panel has been measured. */
export const CHART_SIZE = { width: 760, height: 430 } as const;
/** Body text of the chart in px: what the stage and an embed use; presenter mode passes 16. */
export const CHART_FONT = 13;
/** Average width of a character, as a share of the font size, for fitting labels. */
const CHAR_EM = 0.6;

/** The pixel size the chart is drawn at, and its text size: it is laid out, never scaled. */
export interface ChartSize {
  width: number;
  height: number;
  /** Body text in px; titles are one step larger. */
  font: number;
}

export interface ChartMark {
  lane: LaneId;
  title: string;
  /** Pixel position of the p50 mark in the viewBox. */
  x: number;
  y: number;
  /** Right end of the p95 whisker. */
  whiskerX2: number;
  /** Latency the approach adds (arrival to first result): what places the mark. */
  p50: number;
  p95: number;
  max: number;
  /** End to end, from when the order happened (includes network delay). */
  endToEnd: { p50: number; p95: number; max: number };
  score: number;
  mechanisms: Mechanism[];
  /** Share of the truth's revenue the lane has right at the end of the run (0..1). */
  right: number;
  /** "Stream: p50 4.2 s, p95 9.1 s, complexity 12.5, 94.1% right" */
  label: string;
  /** Where its two-line label (title, share right) sits, relative to the mark. */
  labelAt: LabelPlacement;
  /** The label's block in the viewBox, as the placement reserved it. */
  labelBox: Box;
}

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

export interface ChartNote {
  lane: LaneId;
  text: string;
  /** The same in a few words, for the stage, where the lane itself gives the reason. */
  short: string;
}

export interface ChartModel {
  frame: ChartFrame;
  font: number;
  marks: ChartMark[];
  notes: ChartNote[];
}

/**
 * "94.1%", "100%": the share right, rounded down to a tenth of a percent so a lane that lost
 * anything never reads 100%.
 */
export function formatShare(share: number): string {
  if (!Number.isFinite(share)) return 'n/a';
  if (share >= 1) return '100%';
  return `${(Math.floor(share * 1000) / 10).toFixed(1)}%`;
}

/** "12.5", "13": scores are sums of halves, so one decimal is exact. */
export function formatScore(score: number): string {
  return String(Math.round(score * 10) / 10);
}

/**
 * Top of the complexity axis: at least 16 (the most a stream job can score with every option is
 * 14.5), so changing settings moves the marks, not the axis; grows in steps of 2 beyond that.
 */
export function maxComplexityFor(scores: readonly number[]): number {
  const top = Math.max(0, ...scores.filter(Number.isFinite));
  return Math.max(16, Math.ceil((top + 1) / 2) * 2);
}

/**
 * Whether the bands have room for their tools under their titles: in a tall drawing only (the
 * stage's compact chart leaves them to the tooltip and the table).
 */
function showsTools(size: ChartSize): boolean {
  return size.height >= 380 && size.width >= 560;
}

/**
 * Whether the bands' titles fit above the plot. A short drawing (the stage's chart under a
 * preset's card is about 150 px tall) would give two of its lines to them and leave the marks'
 * own labels, which name the same lanes, no room; the bands keep their tint, the tooltip and the
 * table their names.
 */
export function showsBandTitles(size: { height: number; font: number }): boolean {
  return size.height >= 15 * size.font;
}

/**
 * The chart's frame for the given lanes and size: margins made of lines of text (band titles on
 * two lines above the plot, tools under them when there is room; tick labels and an axis title
 * below and left), the complexity axis's top from the lanes' scores.
 */
export function chartFrame(
  lanes: Record<LaneId, LaneSummary>,
  size: ChartSize = { ...CHART_SIZE, font: CHART_FONT },
): ChartFrame {
  const line = Math.round(size.font * 1.25);
  const title = Math.round((size.font + 1) * 1.25);
  const top = showsBandTitles(size)
    ? 2 * title + (showsTools(size) ? 3 * line : 0) + 6
    : Math.round(size.font * 0.8);
  return {
    width: size.width,
    height: size.height,
    margin: {
      top,
      right: Math.round(size.font * 1.2),
      bottom: 2 * line + 12,
      left: Math.round(size.font * 3.4),
    },
    maxComplexity: maxComplexityFor(CHART_LANES.map((l) => lanes[l].complexity.score)),
  };
}

function noteFor(lane: LaneId, summary: LaneSummary): Omit<ChartNote, 'lane'> | null {
  const title = LANE_TITLES[lane];
  if (summary.error !== undefined)
    return {
      text: `${title}: no mark, this lane cannot run these settings (${summary.error}).`,
      short: `${title}: no mark, it cannot run these settings.`,
    };
  if (summary.addedLatency.count === 0 || !Number.isFinite(summary.addedLatency.p50)) {
    return {
      text: `${title}: no mark, it has not reported any order yet, so it has no latency to show.`,
      short: `${title}: no mark, nothing reported yet.`,
    };
  }
  return null;
}

/** Marks for the lanes that measured a latency, and a note for each lane that did not. */
export function chartModel(
  lanes: Record<LaneId, LaneSummary>,
  size: ChartSize = { ...CHART_SIZE, font: CHART_FONT },
): ChartModel {
  const frame = chartFrame(lanes, size);
  const marks: ChartMark[] = [];
  const notes: ChartNote[] = [];
  for (const lane of CHART_LANES) {
    const s = lanes[lane];
    const note = noteFor(lane, s);
    if (note !== null) {
      notes.push({ lane, ...note });
      continue;
    }
    const { p50, p95, max } = s.addedLatency;
    const [placed] = placeMarks(frame, [{ id: lane, p50, p95, complexity: s.complexity.score }]);
    const title = LANE_TITLES[lane];
    marks.push({
      lane,
      title,
      x: placed!.x,
      y: placed!.y,
      whiskerX2: placed!.whiskerX2,
      p50,
      p95,
      max,
      endToEnd: { p50: s.latency.p50, p95: s.latency.p95, max: s.latency.max },
      score: s.complexity.score,
      mechanisms: s.complexity.mechanisms,
      right: s.correctness,
      label: `${title}: p50 ${formatDurationRounded(p50)}, p95 ${formatDurationRounded(p95)}, complexity ${formatScore(s.complexity.score)}, ${formatShare(s.correctness)} right`,
      labelAt: { dx: 0, dy: 0, anchor: 'middle', lines: 2 },
      labelBox: { x0: 0, y0: 0, x1: 0, y1: 0 },
    });
  }
  dodgeMarks(marks, frame);
  placeLabels(marks, frame, size.font);
  return { frame, font: size.font, marks, notes };
}

/** Least distance between two marks' centres: their hit targets (28 px) never overlap. */
export const MARK_SPACING = 30;

/**
 * Two lanes can land on one spot (the same complexity, close latencies): the later one steps
 * down (or up, at the bottom of the plot) until its target clears the others, so each stays
 * visible and can be pointed at. Its whisker moves with it.
 */
function dodgeMarks(marks: ChartMark[], frame: ChartFrame): void {
  const top = frame.margin.top;
  const bottom = frame.height - frame.margin.bottom;
  const clear = (m: ChartMark, y: number, placed: ChartMark[]) =>
    placed.every((p) => Math.hypot(p.x - m.x, p.y - y) >= MARK_SPACING);
  const placed: ChartMark[] = [];
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
 * Puts each mark's label (its title over its share right, or both on one line where a short
 * drawing has no room for two) where it overlaps no other label, no mark and no axis text,
 * trying above, below, right, left and the corners of the mark, and keeps it inside the drawing.
 */
function placeLabels(marks: ChartMark[], frame: ChartFrame, font: number): void {
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
  const fit = (m: ChartMark, w: number, h: number, t: Try) => {
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
  const triesOf = (m: ChartMark) => {
    const share = `${formatShare(m.right)} right`;
    const titleW = m.title.length * (font + 1) * CHAR_EM;
    const shareW = share.length * font * CHAR_EM;
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
  marks.forEach((m, i) => {
    const pick = best!.chosen[i]!;
    m.labelAt = pick.at;
    m.labelBox = pick.box;
  });
}

/** Every order of the given items, the given order first. */
function permutations(items: number[]): number[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((x, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [x, ...rest]),
  );
}

/** Splits a label into lines of at most `maxChars` characters, breaking between words. */
export function wrapWords(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line === '') line = word;
    else if (line.length + 1 + word.length <= maxChars) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/**
 * Where a mark's tooltip goes: on the side of the mark with more room, and hung from the edge of
 * the drawing nearer the mark (top for marks in the upper half), so it stays inside the panel.
 */
export function tooltipSide(
  x: number,
  y: number,
  size: { width: number; height: number } = CHART_SIZE,
): { horizontal: 'left' | 'right'; edge: 'top' | 'bottom' } {
  return {
    horizontal: x > size.width / 2 ? 'left' : 'right',
    edge: y > size.height / 2 ? 'bottom' : 'top',
  };
}

export interface BandLabel {
  id: ChartRegion['id'];
  /** Band rectangle in the plot area. */
  x: number;
  width: number;
  y: number;
  height: number;
  /** Centre of the band, where its label is anchored. */
  cx: number;
  title: string;
  /** The title as drawn: one line, or two split after its hyphen. */
  titleLines: string[];
  toolLines: string[];
}

/**
 * The four regions as bands, each with its title (split at its hyphen when the band is too narrow
 * for it on one line) and, when the drawing has room, its tools wrapped to the band's width.
 */
export function bandLabels(frame: ChartFrame, font = CHART_FONT): BandLabel[] {
  const tools = showsTools({ width: frame.width, height: frame.height, font });
  const titled = showsBandTitles({ height: frame.height, font });
  const charWidth = font * CHAR_EM;
  return regionRects(frame).map((r) => {
    const fits = r.title.length * (font + 1) * CHAR_EM <= r.width - 4;
    return {
      id: r.id,
      x: r.x,
      width: r.width,
      y: r.y,
      height: r.height,
      cx: r.x + r.width / 2,
      title: r.title,
      titleLines: !titled ? [] : fits ? [r.title] : r.title.replace('-', '-\n').split('\n'),
      toolLines: tools
        ? wrapWords(r.tools, Math.max(8, Math.floor((r.width - 8) / charWidth)))
        : [],
    };
  });
}

/**
 * Complexity axis ticks: whole numbers in steps of 2, 4 or 8, with their screen y; the smallest
 * step that keeps the labels a line and a half of `font` apart (a short drawing in presenter
 * mode would otherwise stack them into one smudge).
 */
export function complexityTicks(
  frame: ChartFrame,
  font = CHART_FONT,
): { value: number; y: number }[] {
  const { y } = chartScales(frame);
  const plot = frame.height - frame.margin.top - frame.margin.bottom;
  const step =
    [2, 4, 8].find(
      (s) =>
        s >= (frame.maxComplexity > 20 ? 4 : 2) && (plot * s) / frame.maxComplexity >= font * 1.5,
    ) ?? frame.maxComplexity;
  const ticks: { value: number; y: number }[] = [];
  for (let v = 0; v <= frame.maxComplexity; v += step) ticks.push({ value: v, y: y(v) });
  return ticks;
}

/**
 * Latency axis ticks (1 ms ... 1 day) with their screen x: the first and the last always, those
 * between only where their labels keep a gap from the ones already placed.
 */
export function latencyTicks(
  frame: ChartFrame,
  font = CHART_FONT,
): { value: number; label: string; x: number }[] {
  const { x } = chartScales(frame);
  const all = LATENCY_TICKS.map((t) => ({ ...t, x: x(t.value) }));
  const half = (t: { label: string }) => (t.label.length * font * CHAR_EM) / 2;
  const gap = font * 0.8;
  const last = all.at(-1)!;
  const kept = [all[0]!];
  for (const t of all.slice(1, -1)) {
    const prev = kept.at(-1)!;
    if (t.x - half(t) - gap >= prev.x + half(prev) && t.x + half(t) + gap <= last.x - half(last))
      kept.push(t);
  }
  kept.push(last);
  return kept;
}
