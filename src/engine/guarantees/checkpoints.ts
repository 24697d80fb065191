// Periodic checkpoints of the guarantees job: a barrier enters the log every `interval` of
// processing time after the job starts and snapshots all window state together with the source
// offset (Flink's aligned checkpoint: the state reflects exactly the records before the barrier).
import type { Row } from '../core/types';
import { bisector } from 'd3-array';
import { check, positive } from '../core/validate';
import { offsetAt, sortRows, type GuaranteeJob } from './job';
import { compareTimes, countBefore } from '../core/sorted';

const byAt = bisector<{ at: number }, number>((m, t) => compareTimes(m.at, t));

/** A completed checkpoint: the offset to resume reading at and the state to restore. */
export interface Checkpoint {
  /** 1, 2, 3…; 0 = the job's start (empty state at offset 0), used when no checkpoint completed. */
  id: number;
  at: number;
  offset: number;
  /** The watermark the barrier carried: the last one raised before `at`. */
  watermark: number;
}

/** When the job starts: the first order's arrival (0 for an empty log). */
export function jobStart(job: GuaranteeJob): number {
  return job.log[0]?.arrivalTime ?? 0;
}

/** Checkpoint `id` (>= 1) of a job checkpointing every `interval` ms; id 0 is the job's start. */
export function checkpointOf(job: GuaranteeJob, interval: number, id: number): Checkpoint {
  positive(interval, 'checkpoint interval');
  check(Number.isInteger(id) && id >= 0, `invalid checkpoint id: ${id} (must be an integer >= 0)`);
  const at = jobStart(job) + id * interval;
  if (id === 0) return { id, at, offset: 0, watermark: -Infinity };
  return { id, at, offset: offsetAt(job.log, at), watermark: watermarkBefore(job, at) };
}

/**
 * The last checkpoint completed strictly before `t`: a crash at the very moment of a barrier
 * happens first, so that checkpoint never completes. Id 0 (offset 0, empty state) before any.
 */
export function lastCheckpointBefore(job: GuaranteeJob, interval: number, t: number): Checkpoint {
  positive(interval, 'checkpoint interval');
  const id = Math.max(0, Math.ceil((t - jobStart(job)) / interval) - 1);
  return checkpointOf(job, interval, id);
}

/** Checkpoints completed in [from, to), at most `limit` of them (for drawing barriers). */
export function checkpointsBetween(
  job: GuaranteeJob,
  interval: number,
  from: number,
  to: number,
  limit = 500,
): Checkpoint[] {
  positive(interval, 'checkpoint interval');
  const start = jobStart(job);
  const out: Checkpoint[] = [];
  for (let id = Math.max(1, Math.ceil((from - start) / interval)); out.length < limit; id++) {
    const at = start + id * interval;
    if (at >= to) break;
    out.push(checkpointOf(job, interval, id));
  }
  return out;
}

/** The watermark in force just before processing time `t`. */
export function watermarkBefore(job: GuaranteeJob, t: number): number {
  const marks = job.watermarks; // sorted by time (runStream records raises as they happen)
  const i = byAt.left(marks, t);
  return i === 0 ? -Infinity : marks[i - 1]!.value;
}

/**
 * The job's keyed window state after every record before `offset` and every watermark raised
 * before `at`: the (key, window) sums a barrier at `at` snapshots. Rows by window, then key.
 * O(states × log n) per call, from an index built once per job.
 */
export function stateAt(job: GuaranteeJob, offset: number, at: number): Row[] {
  const index = stateIndex(job);
  const rows: Row[] = [];
  job.states.forEach((st, i) => {
    if (st.clearedAt < at) return;
    const offsets = index.offsets[i]!;
    const n = countBefore(offsets, offset);
    if (n === 0) return;
    rows.push({ key: st.key, window: st.window, value: index.prefix[i]![n - 1]!, count: n });
  });
  return sortRows(rows);
}

/** Per state: offsets of its accepted records (ascending) and running sums of their revenue. */
interface StateIndex {
  offsets: Int32Array[];
  prefix: Float64Array[];
}
const indexes = new WeakMap<GuaranteeJob, StateIndex>();

function stateIndex(job: GuaranteeJob): StateIndex {
  let index = indexes.get(job);
  if (index !== undefined) return index;
  const lists: number[][] = job.states.map(() => []);
  for (const r of job.records) if (r.accepted) lists[r.state]!.push(r.offset);
  const prefix = lists.map((list) => {
    const sums = new Float64Array(list.length);
    let total = 0;
    list.forEach((o, k) => (sums[k] = total += job.records[o]!.revenue));
    return sums;
  });
  index = { offsets: lists.map((l) => Int32Array.from(l)), prefix };
  indexes.set(job, index);
  return index;
}

/** Per key: live windows and the revenue they hold, at processing time `at` (for the job view). */
export function stateByKey(
  job: GuaranteeJob,
  at: number,
): { key: string; windows: number; value: number }[] {
  const byKey = new Map<string, { key: string; windows: number; value: number }>();
  for (const row of stateAt(job, offsetAt(job.log, at), at)) {
    const k = byKey.get(row.key) ?? { key: row.key, windows: 0, value: 0 };
    k.windows += 1;
    k.value += row.value;
    byKey.set(row.key, k);
  }
  return [...byKey.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
