// Layout of the Flink job's operator graph in the guarantees panel: four operator boxes in a row
// joined by arrows, the path the watermark and barrier marks travel, and the length of each key's
// state bar. Pure numbers: the panel fills the boxes with words and JobGraph.tsx draws them.
import { scaleLinear } from 'd3-scale';

/** An edge of the graph, drawn at height y from x1 to x2. */
export interface Edge {
  x1: number;
  x2: number;
  y: number;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface JobGraphLayout {
  /** The laid-out width (at least 320 px) and the boxes' height. */
  width: number;
  height: number;
  /** One box per operator, left to right. */
  boxes: Box[];
  /** The arrows between neighbouring boxes. */
  edges: Edge[];
  /** Height of the path the marks travel (the edges' y). */
  flowY: number;
  /** The marks' path: from the first arrow to just before the last box. */
  path: Edge[];
}

const GAP = 28;
const BOX_HEIGHT = 100;

/** `operators` boxes (at least two) in a row across `width` px, 28 px apart. */
export function jobGraphLayout(width: number, operators = 4): JobGraphLayout {
  const w = Math.max(320, width);
  const boxWidth = (w - (operators - 1) * GAP) / operators;
  const boxes = Array.from({ length: operators }, (_, i) => ({
    x: i * (boxWidth + GAP),
    y: 0,
    width: boxWidth,
    height: BOX_HEIGHT,
  }));
  // The edges run low in the boxes, under the text, so the marks can travel through the operators.
  const flowY = BOX_HEIGHT - 20;
  const edges = boxes.slice(1).map((b, i) => ({ x1: boxes[i]!.x + boxWidth, x2: b.x, y: flowY }));
  const path = [{ x1: edges[0]!.x1, x2: edges.at(-1)!.x2 - 6, y: flowY }];
  return { width: w, height: BOX_HEIGHT, boxes, edges, flowY, path };
}

/** Bar lengths in px for `values`, the largest spanning two boxes of `layout` (0 stays 0). */
export function stateBarLengths(values: readonly number[], layout: JobGraphLayout): number[] {
  const length = scaleLinear()
    .domain([0, Math.max(1, ...values)])
    .range([0, layout.boxes[0]!.width * 2]);
  return values.map((v) => length(v));
}

/**
 * The x at fraction `f` (0..1, clamped) of the way along `edges`, counting only the edges' own
 * lengths: a mark moving by it is always on an arrow, jumping across each operator it passes.
 */
export function alongEdges(edges: readonly Edge[], f: number): number {
  const total = edges.reduce((s, e) => s + Math.max(0, e.x2 - e.x1), 0);
  if (edges.length === 0) return 0;
  let left = Math.min(1, Math.max(0, f)) * total;
  for (const e of edges) {
    const len = Math.max(0, e.x2 - e.x1);
    if (left <= len) return e.x1 + left;
    left -= len;
  }
  return edges.at(-1)!.x2;
}
