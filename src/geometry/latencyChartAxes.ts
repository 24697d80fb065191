// The latency chart's frame and axes, measured in lines of text: margins that hold the band titles
// (and their tools when there is room), ticks thinned so their labels never touch, the region
// bands' labels wrapped to fit, and which way a mark's tooltip opens. Pure numbers and strings.
import {
  chartScales,
  LATENCY_TICKS,
  regionRects,
  type ChartFrame,
  type ChartRegion,
} from './latencyChart';

/** Average width of a character, as a share of the font size, for fitting labels. */
export const CHAR_EM = 0.6;

/** The pixel size the chart is drawn at, and its text size: it is laid out, never scaled. */
export interface ChartSize {
  width: number;
  height: number;
  /** Body text in px; titles are one step larger. */
  font: number;
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
 * The chart's frame for a size and the lanes' complexity scores: margins made of lines of text
 * (band titles on two lines above the plot, tools under them when there is room; tick labels and
 * an axis title below and left), the complexity axis's top from the scores.
 */
export function chartFrame(scores: readonly number[], size: ChartSize): ChartFrame {
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
    maxComplexity: maxComplexityFor(scores),
  };
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
  size: { width: number; height: number },
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
export function bandLabels(frame: ChartFrame, font: number): BandLabel[] {
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
export function complexityTicks(frame: ChartFrame, font: number): { value: number; y: number }[] {
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
  font: number,
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
