// The Flink job's operator graph at the playhead, in words and numbers: what the source has read,
// the last completed checkpoint, the watermark, the state each key holds, and whether the job has
// crashed and recovered. The boxes, arrows and bar lengths come from geometry/jobGraph.
import { guarantees, type GuaranteeJob } from '../../engine';
import { formatClock, formatWatermark } from '../../format/clock';
import { countOf, formatCount } from '../../format/count';
import { formatDuration } from '../../format/duration';
import { formatMoney } from '../../format/money';
import { jobGraphLayout, stateBarLengths, type Edge } from '../../geometry/jobGraph';
import { flowMarks, type FlowMarks } from './flow';

const lastCheckpointBefore = guarantees.lastCheckpointBefore;
const offsetAt = guarantees.offsetAt;
const stateByKey = guarantees.stateByKey;
const watermarkBefore = guarantees.watermarkBefore;

export interface GraphNode {
  id: 'source' | 'keyby' | 'window' | 'sink';
  title: string;
  lines: string[];
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface KeyBar {
  key: string;
  windows: number;
  value: number;
  /** Bar length in px, by revenue held. */
  length: number;
  label: string;
}

export interface GraphModel {
  nodes: GraphNode[];
  edges: Edge[];
  keys: KeyBar[];
  /** The crash as the playhead passes it: running, failed (down), replaying, recovered. */
  status: FlowMarks['recovery']['phase'];
  /** One line on the state of the job at the playhead. */
  summary: string;
  /** Labels under the graph: the last completed checkpoint and the watermark's value. */
  barrierLabel: string;
  watermarkLabel: string;
  /** The last completed checkpoint (0: none). */
  barrierId: number;
  /** The watermark and any barrier in flight on the path source -> sink, and the crash's phase. */
  marks: FlowMarks;
  /** Height of the path the marks travel (the edges' y). */
  flowY: number;
  width: number;
  height: number;
}

/**
 * The operator graph (source -> keyBy -> window -> sink) at processing time `at`, laid out in
 * `width` px: what the source has read, the last completed checkpoint, the watermark, the state
 * each key holds, and whether the job has crashed and recovered.
 */
export function graphModel(
  job: GuaranteeJob,
  interval: number,
  crashAt: number | null,
  at: number,
  width: number,
): GraphModel {
  const layout = jobGraphLayout(width);
  const read = offsetAt(job.log, at + 1);
  const cp = lastCheckpointBefore(job, interval, at + 1);
  const wm = watermarkBefore(job, at + 1);
  const crashed = crashAt !== null && at >= crashAt;
  const size =
    job.window.kind === 'tumbling' ? `tumbling ${formatDuration(job.window.size)}` : 'global';
  const keys = stateByKey(job, at + 1);
  const titles: [GraphNode['id'], string, string[]][] = [
    [
      'source',
      'Source (log)',
      [
        `read ${formatCount(read)} of ${formatCount(job.log.length)}`,
        `offset ${formatCount(read)}`,
      ],
    ],
    // keyBy only routes each order to the task that owns its product; the keyed state lives in
    // the window operator after it (Flink docs, "Working with State": keyed state is per operator).
    ['keyby', 'keyBy(product)', ['routes by product', 'holds no state']],
    [
      'window',
      `Window (${size})`,
      [
        `state: ${formatCount(keys.reduce((s, k) => s + k.windows, 0))} windows, ${formatCount(keys.length)} keys`,
        `lateness ${formatDuration(job.allowedLateness)}`,
      ],
    ],
    ['sink', 'Sink (revenue rows)', [crashed ? 'after the crash' : 'receiving writes']],
  ];
  const nodes = titles.map(([id, title, lines], i): GraphNode => ({
    id,
    title,
    lines,
    ...layout.boxes[i]!,
  }));
  const marks = flowMarks(job, interval, crashAt, at, layout.path);
  const lengths = stateBarLengths(
    keys.map((k) => k.value),
    layout,
  );
  const status = marks.recovery.phase;
  const summary = crashed
    ? `${marks.recovery.text} Now at offset ${formatCount(read)}.`
    : `Running: offset ${formatCount(read)}; last checkpoint ${cp.id === 0 ? 'none yet' : `${cp.id} at ${formatClock(cp.at, 'always')}`}.`;
  return {
    nodes,
    edges: layout.edges,
    keys: keys.map((k, i) => ({
      ...k,
      length: lengths[i]!,
      label: `${k.key}: ${countOf(k.windows, 'window')}, ${formatMoney(k.value)}`,
    })),
    status,
    summary,
    barrierLabel: cp.id === 0 ? 'no checkpoint yet' : `checkpoint ${cp.id}`,
    barrierId: cp.id,
    marks,
    flowY: layout.flowY,
    watermarkLabel: `watermark ${formatWatermark(wm, { seconds: 'always' })}`,
    width: layout.width,
    height: layout.height,
  };
}
