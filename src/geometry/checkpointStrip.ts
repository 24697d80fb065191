// The processing-time strip under the job graph: checkpoint barriers as ticks (thinned to one per
// 2 px), the crash, the replayed interval, clock ticks, and the live keyed state as a step line
// above the axis. Pure D3 maths on times the guarantees panel reads from the engine.
import { scaleLinear } from 'd3-scale';
import { curveStepAfter, line } from 'd3-shape';
import { formatClock } from '../format/clock';

/** Height in px of the state line above the strip's axis. */
export const STATE_HEIGHT = 36;

export interface StripInput {
  /** Processing-time span of the log: first and last arrival. */
  from: number;
  to: number;
  width: number;
  /** Completed checkpoints in time order. */
  checkpoints: readonly { id: number; at: number }[];
  /** The crash, and the time its replay restarts from (the restored checkpoint or the start). */
  crash: { at: number; replayFrom: number } | null;
  /** When each (key, window) state was created and cleared, each list ascending. */
  bornAt: readonly number[];
  clearedAt: readonly number[];
}

export interface StripGeometry {
  width: number;
  barriers: { x: number; id: number; at: number }[];
  /** Barriers omitted because they would sit closer than 2 px. */
  thinned: boolean;
  crash: { x: number } | null;
  /** The interval between the restored checkpoint and the crash. */
  replay: { x0: number; x1: number } | null;
  /** Processing-time span the strip's width covers. */
  domain: [number, number];
  ticks: { x: number; label: string }[];
  /** Live (key, window) states over processing time, as a step line above the axis (y 0..-H). */
  statePath: string;
  stateMax: number;
}

const stripScale = ([from, to]: readonly [number, number], width: number) =>
  scaleLinear()
    .domain([from, Math.max(to, from + 1)])
    .range([0, width])
    .clamp(true);

/** The x of processing time `at` on a strip (kept apart so the strip is not rebuilt per step). */
export function stripX(strip: { domain: [number, number]; width: number }, at: number): number {
  return stripScale(strip.domain, strip.width)(at);
}

/** The strip at `width` px. */
export function checkpointStrip(input: StripInput): StripGeometry {
  const { from, to, width, checkpoints, crash, bornAt, clearedAt } = input;
  const x = stripScale([from, to], width);
  const step = Math.max(1, Math.ceil(checkpoints.length / Math.max(1, width / 2)));
  const barriers = checkpoints
    .filter((_, i) => i % step === 0)
    .map((c) => ({ x: x(c.at), id: c.id, at: c.at }));
  const ticks = x.ticks(5).map((t) => ({ x: x(t), label: formatClock(t) }));
  // Keyed state over time: a state is live from its first accepted order until the watermark
  // clears it. Sampled at one point per 4 px, by sweeping sorted births and clearings.
  const samples = Math.max(2, Math.round(width / 4));
  const points: [number, number][] = [];
  let stateMax = 0;
  let b = 0;
  let c = 0;
  for (let i = 0; i <= samples; i++) {
    const t = from + ((to - from) * i) / samples;
    while (b < bornAt.length && bornAt[b]! <= t) b++;
    while (c < clearedAt.length && clearedAt[c]! <= t) c++;
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
    crash: crash && { x: x(crash.at) },
    replay: crash && { x0: x(crash.replayFrom), x1: x(crash.at) },
    domain: [from, to],
    ticks,
    statePath,
    stateMax,
  };
}
