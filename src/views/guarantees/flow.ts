// What moves through the operator graph at a playhead: the watermark mark, a checkpoint barrier in
// flight, and the crash's phases (failed, replaying, recovered). Pure functions of the playhead, not
// of wall-clock timers, so stepping, scrubbing and playing to the same moment draw the same picture.
import { guarantees, time, type GuaranteeJob } from '../../engine';
import { formatClock } from '../../format/clock';
import { formatCount } from '../../format/count';
import { alongEdges, type Edge } from '../../geometry/jobGraph';

const jobStart = guarantees.jobStart;
const lastCheckpointBefore = guarantees.lastCheckpointBefore;
const offsetAt = guarantees.offsetAt;
const watermarkBefore = guarantees.watermarkBefore;

const MINUTE = time.MINUTE;

/**
 * How long the lab's job stays down after a crash before it has restored its checkpoint (a
 * teaching assumption, in the range of Flink's fixed-delay restart strategy plus a task restart).
 */
export const RESTART_DELAY = 10_000;
/** The restarted job reads its backlog twice as fast as orders arrive, so it catches up. */
export const CATCH_UP_SPEED = 2;

/**
 * The playhead the panel draws at: `playhead` rounded down to a multiple of `quantum` (so the panel
 * re-renders at most once per quantum), except that a pinned moment (the crash, the restart) in
 * between wins, so the graph turns failed at the crash instant and not up to a quantum later.
 */
export function quantise(playhead: number, quantum: number, pins: readonly number[]): number {
  let at = Math.floor(playhead / quantum) * quantum;
  for (const p of pins) if (p > at && p <= playhead) at = p;
  return at;
}

/**
 * How far the watermark at processing time `at` has advanced through its current window, 0..1:
 * 0 as it enters a window, near 1 as it reaches the window's end (where the window fires). Global
 * windows use one-minute steps. 0 before any watermark, 1 once the source has ended (∞).
 */
export function watermarkProgress(job: GuaranteeJob, at: number): number {
  const wm = watermarkBefore(job, at + 1);
  if (wm === -Infinity) return 0;
  if (wm === Infinity) return 1;
  const w = job.window;
  const size = w.kind === 'tumbling' ? w.size : MINUTE;
  const offset = w.kind === 'tumbling' ? (w.offset ?? 0) : 0;
  const into = (((wm - offset) % size) + size) % size;
  return (into + 1) / size;
}

/** The crash as the playhead passes it. */
export interface RecoveryPhase {
  phase: 'running' | 'failed' | 'replaying' | 'recovered';
  /** One line for the graph ('' while running). */
  text: string;
  /** When the job is back up, and when its replay has caught up (null without a crash). */
  restartAt: number | null;
  caughtUpAt: number | null;
}

/**
 * The crash's phases at `at`: down for RESTART_DELAY, then it restores the last checkpoint before
 * the crash and replays offsets from the checkpoint's up to the crash offset, reading at
 * CATCH_UP_SPEED until it has caught up with the orders still arriving; then it runs on.
 */
export function recoveryPhase(
  job: GuaranteeJob,
  interval: number,
  crashAt: number | null,
  at: number,
): RecoveryPhase {
  if (crashAt === null || at < crashAt) {
    return { phase: 'running', text: '', restartAt: null, caughtUpAt: null };
  }
  const cp = lastCheckpointBefore(job, interval, crashAt);
  const restartAt = crashAt + RESTART_DELAY;
  const behind = restartAt - (cp.id === 0 ? jobStart(job) : cp.at);
  const caughtUpAt = restartAt + Math.ceil(behind / (CATCH_UP_SPEED - 1));
  const last = offsetAt(job.log, crashAt) - 1;
  const offsets =
    last < cp.offset
      ? `offset ${formatCount(cp.offset)} (nothing before the crash)`
      : `offsets ${formatCount(cp.offset)}–${formatCount(last)}`;
  const restored = cp.id === 0 ? 'the start (no checkpoint yet)' : `checkpoint ${cp.id}`;
  const when = { restartAt, caughtUpAt };
  if (at < restartAt) {
    return {
      phase: 'failed',
      text: `✕ Failed at ${formatClock(crashAt, 'always')}: the job is down, restarting.`,
      ...when,
    };
  }
  if (at < caughtUpAt) {
    return { phase: 'replaying', text: `⟲ Restored ${restored}, replaying ${offsets}.`, ...when };
  }
  return {
    phase: 'recovered',
    text: `✓ Recovered: restored ${restored}, replayed ${offsets}, caught up at ${formatClock(caughtUpAt, 'always')}.`,
    ...when,
  };
}

/**
 * The barrier in flight at `at`, if any: checkpoint k's barrier enters the source half an interval
 * before start + k × interval and reaches the sink then, when the checkpoint completes. None while
 * the job is down after a crash, and none after the last order (no more checkpoints drawn).
 */
export function barrierInFlight(
  job: GuaranteeJob,
  interval: number,
  at: number,
  down: { from: number; to: number } | null,
): { id: number; progress: number } | null {
  const start = jobStart(job);
  const end = job.log.at(-1)?.arrivalTime ?? start;
  const id = Math.max(1, Math.floor((at - start) / interval) + 1);
  const completesAt = start + id * interval;
  const travel = interval / 2;
  const enteredAt = completesAt - travel;
  if (at < enteredAt || completesAt > end + 1) return null;
  // A barrier that was in flight when the job failed, or enters while it is down, never arrives.
  if (down !== null && enteredAt < down.to && completesAt > down.from) return null;
  return { id, progress: (at - enteredAt) / travel };
}

export interface FlowMarks {
  watermark: { x: number; progress: number };
  barrier: { x: number; id: number } | null;
  recovery: RecoveryPhase;
}

/** Where the watermark and barrier marks sit on the graph's edges at `at`, and the crash phase. */
export function flowMarks(
  job: GuaranteeJob,
  interval: number,
  crashAt: number | null,
  at: number,
  edges: readonly Edge[],
): FlowMarks {
  const recovery = recoveryPhase(job, interval, crashAt, at);
  const progress = watermarkProgress(job, at);
  const down =
    crashAt === null || recovery.restartAt === null
      ? null
      : { from: crashAt, to: recovery.restartAt };
  const b = barrierInFlight(job, interval, at, down);
  return {
    watermark: { x: alongEdges(edges, progress), progress },
    barrier: b && { x: alongEdges(edges, b.progress), id: b.id },
    recovery,
  };
}
