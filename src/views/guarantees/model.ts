// The guarantees panel's numbers and words, apart from React: the crash under each delivery
// guarantee next to the truth, the Flink job's operator graph at the playhead, the processing-time
// strip with its checkpoint barriers, and the backfill side by side. Pure: same input, same output.
import { scaleLinear } from 'd3-scale';
import { curveStepAfter, line } from 'd3-shape';
import {
  GUARANTEES,
  checkpointsBetween,
  crashAndRecover,
  jobStart,
  lastCheckpointBefore,
  offsetAt,
  stateByKey,
  watermarkBefore,
  type CrashRun,
  type Guarantee,
  type GuaranteeJob,
  type OrderEvent,
  type Row,
  type WindowSpec,
} from '../../engine';
import { formatClock, formatSpan, formatWatermark } from '../../format/clock';
import { formatDuration } from '../../format/duration';
import { countOf, formatCount } from '../../format/count';
import { formatIds, orders } from '../results/format';
import { formatMoney } from '../../format/money';
import { flowMarks, type FlowMarks } from './flow';

// 'at-most-once' is named for what it models: offsets committed before processing, as a Kafka
// consumer can (kafka.apache.org/documentation/#semantics). It is not a Flink sink mode: Flink's
// DeliveryGuarantee has NONE, AT_LEAST_ONCE and EXACTLY_ONCE (apache/flink, flink-connector-base/
// src/main/java/org/apache/flink/connector/base/DeliveryGuarantee.java).
export const GUARANTEE_LABELS: Record<Guarantee, string> = {
  'at-most-once': 'Offsets committed first (at most once)',
  'at-least-once': 'At-least-once',
  'exactly-once': 'Exactly-once',
};

/** What each guarantee does with the interval, in one line; and a shape, so colour is never alone. */
export const GUARANTEE_RULES: Record<Guarantee, { rule: string; shape: string }> = {
  'at-most-once': {
    rule: 'The source commits its offsets as it reads, before the writes are safe (a Kafka consumer can; no Flink sink mode does); unflushed writes die with the job. The interval is lost.',
    shape: '▼',
  },
  'at-least-once': {
    rule: 'Writes reach the sink at once; the source rewinds to the checkpoint. The interval is counted twice.',
    shape: '▲',
  },
  'exactly-once': {
    rule: 'Writes commit with each checkpoint, so readers see them only then (read_committed); the crash aborts the open transaction. The replay counts the interval once.',
    shape: '✓',
  },
};

const sum = (rows: readonly Row[]) => rows.reduce((s, r) => s + r.value, 0);

/** Processing-time span of the log: first and last arrival (equal for one order, 0 for none). */
export function logSpan(job: GuaranteeJob): { from: number; to: number } {
  const from = jobStart(job);
  const to = job.log.at(-1)?.arrivalTime ?? from;
  return { from, to };
}

/** First and last arrival of orders already sorted by arrival (the lab's run.events). */
export function spanOf(events: readonly OrderEvent[]): { from: number; to: number } {
  const from = events[0]?.arrivalTime ?? 0;
  return { from, to: events.at(-1)?.arrivalTime ?? from };
}

/** A crash time that teaches well by default: 60 % through the log, on a whole second. */
export function defaultCrashAt({ from, to }: { from: number; to: number }): number {
  return Math.round((from + 0.6 * (to - from)) / 1000) * 1000;
}

export interface ModeRow {
  guarantee: Guarantee;
  label: string;
  shape: string;
  rule: string;
  beforeCrash: number;
  final: number;
  /** Final minus the run without a crash. */
  diff: number;
  explanation: string;
}

export interface CrashModel {
  runs: CrashRun[];
  rows: ModeRow[];
  noCrash: number;
  truth: number;
  /** Why the run without a crash differs from the truth (late orders dropped), or that it matches. */
  truthNote: string;
  /** The checkpoint restored and the interval, in words. */
  story: string;
}

/** The crash under all three guarantees, for the totals table. */
export function crashModel(job: GuaranteeJob, interval: number, crashAt: number): CrashModel {
  const runs = GUARANTEES.map((guarantee) =>
    crashAndRecover(job, { checkpointInterval: interval, crashAt, guarantee }),
  );
  const first = runs[0]!;
  const noCrash = sum(first.noCrash);
  const truth = sum(first.truth);
  const ids = first.interval.map((r) => r.order.id);
  const revenue = first.interval.reduce((s, r) => s + r.revenue, 0);
  const what =
    ids.length === 0
      ? 'no orders'
      : `${orders(ids.length)} (${formatIds(ids)}, ${formatMoney(revenue)})`;
  const cp = first.checkpoint;
  const from =
    cp.id === 0
      ? 'the job’s start (no checkpoint had completed)'
      : `checkpoint ${cp.id} at ${formatClock(cp.at, 'always')} (offset ${formatCount(cp.offset)})`;
  const story = `Crash at ${formatClock(crashAt, 'always')}. The job restores ${from}. Between it and the crash (offsets ${formatCount(cp.offset)} to ${formatCount(first.crashOffset - 1 < cp.offset ? cp.offset : first.crashOffset - 1)}) it had processed ${what}.`;
  const were = ids.length === 1 ? 'was' : 'were';
  const rows = runs.map((run): ModeRow => {
    const diff = sum(run.totals) - noCrash;
    const explanation =
      diff === 0
        ? ids.length === 0
          ? 'Nothing was processed since the checkpoint, so nothing is lost or repeated.'
          : `The replay wrote ${what} once: equal to the run without a crash.`
        : diff > 0
          ? `${what} ${were} written before the crash and again by the replay: counted twice.`
          : `${what} ${were} read, the writes lost, and never read again: lost.`;
    return {
      guarantee: run.guarantee,
      label: GUARANTEE_LABELS[run.guarantee],
      shape: GUARANTEE_RULES[run.guarantee].shape,
      rule: GUARANTEE_RULES[run.guarantee].rule,
      beforeCrash: run.beforeCrash,
      final: sum(run.totals),
      diff,
      explanation: capitalise(explanation),
    };
  });
  const late = job.records.filter((r) => !r.accepted).length;
  const truthNote =
    noCrash === truth
      ? 'Without a crash the job matches the truth.'
      : `Without a crash the job is ${formatMoney(truth - noCrash)} short of the truth: its watermark dropped ${orders(late)} as too late.`;
  return { runs, rows, noCrash, truth, truthNote, story };
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** A signed difference with an arrow, so the sign is not carried by colour alone. */
export function formatSigned(cents: number): string {
  if (cents === 0) return 'same';
  return cents > 0 ? `+${formatMoney(cents)} ▲` : `${formatMoney(cents)} ▼`;
}

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
  edges: { x1: number; x2: number; y: number }[];
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
  const w = Math.max(320, width);
  const gap = 28;
  const nodeW = (w - 3 * gap) / 4;
  const nodeH = 100;
  const read = offsetAt(job.log, at + 1);
  const cp = lastCheckpointBefore(job, interval, at + 1);
  const wm = watermarkBefore(job, at + 1);
  const crashed = crashAt !== null && at >= crashAt;
  const size =
    job.window.kind === 'tumbling' ? `tumbling ${formatDuration(job.window.size)}` : 'global';
  const keys = stateByKey(job, at + 1);
  const maxValue = Math.max(1, ...keys.map((k) => k.value));
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
    x: i * (nodeW + gap),
    y: 0,
    width: nodeW,
    height: nodeH,
  }));
  // The edges run low in the boxes, under the text, so the marks can travel through the operators.
  const flowY = nodeH - 20;
  const edges = nodes.slice(1).map((n, i) => ({
    x1: nodes[i]!.x + nodeW,
    x2: n.x,
    y: flowY,
  }));
  const path = [{ x1: edges[0]!.x1, x2: edges[2]!.x2 - 6, y: flowY }];
  const marks = flowMarks(job, interval, crashAt, at, path);
  const barLength = scaleLinear()
    .domain([0, maxValue])
    .range([0, nodeW * 2]);
  const status = marks.recovery.phase;
  const summary = crashed
    ? `${marks.recovery.text} Now at offset ${formatCount(read)}.`
    : `Running: offset ${formatCount(read)}; last checkpoint ${cp.id === 0 ? 'none yet' : `${cp.id} at ${formatClock(cp.at, 'always')}`}.`;
  return {
    nodes,
    edges,
    keys: keys.map((k) => ({
      ...k,
      length: barLength(k.value),
      label: `${k.key}: ${countOf(k.windows, 'window')}, ${formatMoney(k.value)}`,
    })),
    status,
    summary,
    barrierLabel: cp.id === 0 ? 'no checkpoint yet' : `checkpoint ${cp.id}`,
    barrierId: cp.id,
    marks,
    flowY,
    watermarkLabel: `watermark ${formatWatermark(wm, { seconds: 'always' })}`,
    width: w,
    height: nodeH,
  };
}

export interface StripModel {
  width: number;
  barriers: { x: number; id: number; at: number }[];
  /** Barriers omitted because they would sit closer than 2 px. */
  thinned: boolean;
  crash: { x: number; label: string } | null;
  /** The interval between the restored checkpoint and the crash. */
  replay: { x0: number; x1: number } | null;
  /** Processing-time span the strip's width covers. */
  domain: [number, number];
  ticks: { x: number; label: string }[];
  /** Live (key, window) states over processing time, as a step line above the axis (y 0..-H). */
  statePath: string;
  stateMax: number;
}

/** Height in px of the state line above the strip's axis. */
export const STATE_HEIGHT = 36;

/** The playhead's x on a strip (kept apart so the strip is not rebuilt at every step). */
export function playheadX(strip: StripModel, at: number): number {
  const [from, to] = strip.domain;
  const x = scaleLinear()
    .domain([from, Math.max(to, from + 1)])
    .range([0, strip.width])
    .clamp(true);
  return x(at);
}

/** The processing-time strip under the graph: barriers, the crash, the replayed interval, state. */
export function stripModel(
  job: GuaranteeJob,
  interval: number,
  crashAt: number | null,
  width: number,
): StripModel {
  const { from, to } = logSpan(job);
  const x = scaleLinear()
    .domain([from, Math.max(to, from + 1)])
    .range([0, width])
    .clamp(true);
  const all = checkpointsBetween(job, interval, from, to + 1, 2000);
  const step = Math.max(1, Math.ceil(all.length / Math.max(1, width / 2)));
  const barriers = all
    .filter((_, i) => i % step === 0)
    .map((c) => ({ x: x(c.at), id: c.id, at: c.at }));
  let crash: StripModel['crash'] = null;
  let replay: StripModel['replay'] = null;
  if (crashAt !== null) {
    const cp = lastCheckpointBefore(job, interval, crashAt);
    crash = { x: x(crashAt), label: `crash ${formatClock(crashAt, 'always')}` };
    replay = { x0: x(cp.id === 0 ? from : cp.at), x1: x(crashAt) };
  }
  const ticks = x.ticks(5).map((t) => ({ x: x(t), label: formatClock(t) }));
  // Keyed state over time: a state is live from its first accepted order until the watermark
  // clears it. Sampled at one point per 4 px, by sweeping sorted births and clearings.
  const born = job.states.map((st) => st.bornAt).sort((a, b) => a - b);
  const cleared = job.states.map((st) => st.clearedAt).sort((a, b) => a - b);
  const samples = Math.max(2, Math.round(width / 4));
  const points: [number, number][] = [];
  let stateMax = 0;
  let b = 0;
  let c = 0;
  for (let i = 0; i <= samples; i++) {
    const t = from + ((to - from) * i) / samples;
    while (b < born.length && born[b]! <= t) b++;
    while (c < cleared.length && cleared[c]! <= t) c++;
    const live = b - c;
    stateMax = Math.max(stateMax, live);
    points.push([x(t), live]);
  }
  const y = scaleLinear()
    .domain([0, Math.max(1, stateMax)])
    .range([0, -STATE_HEIGHT]);
  const statePath =
    line<[number, number]>()
      .x((p) => p[0])
      .y((p) => y(p[1]))
      .curve(curveStepAfter)(points) ?? '';
  return {
    width,
    barriers,
    thinned: step > 1,
    crash,
    replay,
    domain: [from, to],
    ticks,
    statePath,
    stateMax,
  };
}

/**
 * The sentence the panel shows when the lab's windows are not ones the crash lab keeps as they are
 * (see the engine's jobWindow); null for tumbling and global windows.
 */
export function windowNote(spec: WindowSpec): string | null {
  if (spec.kind === 'sliding') {
    return `Here the sliding ${formatDuration(spec.size)} windows become tumbling ${formatDuration(spec.size)} windows (their size), so each order is in one window and is lost or counted twice once.`;
  }
  if (spec.kind === 'session') {
    return `Here sessions become tumbling ${formatDuration(spec.gap)} windows (their gap), so each order is in one window and is lost or counted twice once.`;
  }
  return null;
}

/** A span of processing time as people read it, for the tables. */
export function spanText(from: number, to: number): string {
  return formatSpan(from, to, 'always');
}
