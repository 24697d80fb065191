// The stream lane's regions (source partitions), derived once per run: each partition's watermark
// and idle flag over processing time, its orders' arrivals, and the windows each one held open.
// At a playhead it answers what the lane draws and says: where each thin line is, which regions
// are idle, and why a window is still open ("Waiting for region 3: no orders since 12:09:52").
import {
  time,
  metrics,
  type LabRun,
  type OrderEvent,
  type StreamRun,
  type WindowHold,
} from '../../engine';
import type { PartitionMarks } from '../../geometry/partitions';
import { formatClock } from '../../format/clock';

const countAtOrBefore = time.countAtOrBefore;

const windowHolds = metrics.windowHolds;

/**
 * How long a region must have sent nothing before the lane names it as the cause. A region that
 * keeps sending holds each window for a few seconds as it passes last, which is no story; a
 * silence this long is one a class can see.
 */
export const QUIET = 30_000;

export interface PartitionLine extends PartitionMarks {
  partition: number;
  at: Float64Array;
  value: Float64Array;
  idle: Uint8Array;
  /** Arrivals of this partition's orders, ascending. */
  arrivals: Float64Array;
}

export interface PartitionsModel {
  lines: PartitionLine[];
  /** Windows that waited for one partition alone (engine's windowHolds), by window end. */
  holds: readonly WindowHold[];
}

/** Where a partition's watermark stands at a playhead, and whether (since when) it is idle. */
export interface PartitionState {
  partition: number;
  /** -Infinity before its first watermark. */
  value: number;
  idle: boolean;
  /** When its current idle stretch began (NaN while active). */
  idleSince: number;
}

/**
 * The partitions of a stream run that reads several (or has an idle timeout), or null: with one
 * partition the job's watermark is the partition's, and the lane draws exactly what it always did.
 */
export function partitionsModel(
  stream: StreamRun,
  events: readonly OrderEvent[],
): PartitionsModel | null {
  const samples = stream.partitionWatermarks;
  if (samples === undefined || samples.length === 0) return null;
  let n = 0;
  for (const s of samples) if (s.partition + 1 > n) n = s.partition + 1;
  if (n < 2) return null;
  const counts = new Int32Array(n);
  for (const s of samples) counts[s.partition]!++;
  const orderCounts = new Int32Array(n);
  for (const e of events) if ((e.partition ?? 0) < n) orderCounts[e.partition ?? 0]!++;
  const lines: PartitionLine[] = Array.from({ length: n }, (_, p) => ({
    partition: p,
    at: new Float64Array(counts[p]!),
    value: new Float64Array(counts[p]!),
    idle: new Uint8Array(counts[p]!),
    arrivals: new Float64Array(orderCounts[p]!),
  }));
  const fill = new Int32Array(n);
  for (const s of samples) {
    const line = lines[s.partition]!;
    const i = fill[s.partition]!++;
    line.at[i] = s.at;
    line.value[i] = s.value;
    line.idle[i] = s.idle ? 1 : 0;
  }
  // The lab holds its orders by arrival, so each partition's arrivals come out ascending.
  fill.fill(0);
  for (const e of events) {
    const p = e.partition ?? 0;
    if (p < n) lines[p]!.arrivals[fill[p]!++] = e.arrivalTime;
  }
  for (const line of lines) line.arrivals.sort();
  return { lines, holds: windowHolds(stream) };
}

/** The partitions model of a lab run's stream, or null (one partition, or no stream). */
export function partitionsOf(run: LabRun): PartitionsModel | null {
  return run.stream.ok ? partitionsModel(run.stream.value, run.events) : null;
}

/** Each partition's watermark and idle flag in force at `t`. */
export function partitionStates(m: PartitionsModel, t: number): PartitionState[] {
  return m.lines.map((line) => {
    const i = countAtOrBefore(line.at, t) - 1;
    if (i < 0) return { partition: line.partition, value: -Infinity, idle: false, idleSince: NaN };
    const idle = line.idle[i] === 1;
    let since = NaN;
    if (idle) {
      let j = i;
      while (j > 0 && line.idle[j - 1] === 1) j--;
      since = line.at[j]!;
    }
    return { partition: line.partition, value: line.value[i]!, idle, idleSince: since };
  });
}

/** Arrival of partition `p`'s last order at or before `t`, or NaN if it has sent none yet. */
export function lastArrival(m: PartitionsModel, p: number, t: number): number {
  const arrivals = m.lines[p]?.arrivals;
  if (!arrivals) return NaN;
  const i = countAtOrBefore(arrivals, t) - 1;
  return i >= 0 ? arrivals[i]! : NaN;
}

/**
 * The windows held open at `t` by a region that has been silent for QUIET or longer: every other
 * region has passed the window, the window has not fired, and its holder sends nothing.
 */
export function heldAt(m: PartitionsModel, t: number): WindowHold[] {
  return m.holds.filter((h) => {
    if (!(h.readyAt <= t && t < h.firedAt)) return false;
    const last = lastArrival(m, h.holder, t);
    return Number.isNaN(last) || t - last >= QUIET;
  });
}

/** Why the stream's windows are open, or a region is left out, at `t`; null when neither. */
export interface PartitionNote {
  /** "Waiting for region 3" or "Region 3 idle". */
  title: string;
  /** "no orders since 12:09:52 · 2 windows held open": parts joined by " · ". */
  detail: string;
  /** The 1-based region the note is about. */
  region: number;
}

/** "no orders since 12:09:52", or "no orders from it yet". */
function silentSince(m: PartitionsModel, p: number, t: number): string {
  const last = lastArrival(m, p, t);
  return Number.isNaN(last)
    ? 'no orders from it yet'
    : `no orders since ${formatClock(last, 'always')}`;
}

/**
 * What the stream lane says about its regions at `t`: the region a window waits for, since when
 * it has sent nothing and how many windows it holds; else a region the job left behind as idle.
 */
export function partitionNote(m: PartitionsModel, t: number): PartitionNote | null {
  const held = heldAt(m, t);
  const first = held[0];
  if (first !== undefined) {
    const p = first.holder;
    const count = held.filter((h) => h.holder === p).length;
    const since = silentSince(m, p, t);
    const windows = `${count} window${count === 1 ? '' : 's'} held open`;
    return { title: `Waiting for region ${p + 1}`, detail: `${since} · ${windows}`, region: p + 1 };
  }
  // The region idle longest is the one whose orders the job has left furthest behind.
  let idle: PartitionState | undefined;
  for (const s of partitionStates(m, t))
    if (s.idle && (idle === undefined || s.idleSince < idle.idleSince)) idle = s;
  if (idle !== undefined) {
    return {
      title: `Region ${idle.partition + 1} idle`,
      detail: `${silentSince(m, idle.partition, t)} · left out of the watermark`,
      region: idle.partition + 1,
    };
  }
  return null;
}

/** The note as one line of text, for a screen reader and a test: "Waiting for region 3: …". */
export function partitionNoteText(note: PartitionNote | null): string {
  return note === null ? '' : `${note.title}: ${note.detail}`;
}
