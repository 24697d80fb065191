// A crash of the guarantees job and its recovery, simulated write by write: the job restores the
// last completed checkpoint, and the delivery guarantee decides where the source resumes and what
// the sink keeps of the writes made since that checkpoint.
import type { Row } from '../core/types';
import { finiteNumber, oneOf, positive } from '../core/validate';
import { groundTruth } from '../pipelines/query';
import { lastCheckpointBefore, jobStart, type Checkpoint } from './checkpoints';
import { offsetAt, totalsOf, type GuaranteeJob, type JobRecord } from './job';

export type Guarantee = 'at-most-once' | 'at-least-once' | 'exactly-once';
export const GUARANTEES: readonly Guarantee[] = ['at-most-once', 'at-least-once', 'exactly-once'];

export interface CrashConfig {
  /** Processing time between checkpoint barriers. */
  checkpointInterval: number;
  /** Processing time of the crash; it happens before anything else scheduled at that moment. */
  crashAt: number;
  guarantee: Guarantee;
}

export interface CrashRun {
  guarantee: Guarantee;
  crashAt: number;
  /** Offset the source had reached: orders that arrived before the crash. */
  crashOffset: number;
  /** The checkpoint the job restored (id 0: none had completed, so the job starts over). */
  checkpoint: Checkpoint;
  /** Where the restarted source reads from: the checkpoint's offset, or the crash offset (at-most-once). */
  resumeOffset: number;
  /**
   * Accepted orders between the checkpoint's offset and the crash offset: the interval whose
   * effect at-most-once loses, at-least-once counts twice and exactly-once counts once.
   */
  interval: JobRecord[];
  /** What the sink holds at the end, per (key, window). */
  totals: Row[];
  /** The same job without a crash. */
  noCrash: Row[];
  /** Every order counted once with the job's formula, late or not (the lab's ground truth). */
  truth: Row[];
  /** Sum of totals minus sum of noCrash: +interval revenue, -interval revenue or 0. */
  difference: number;
  /** What the sink durably held just before the crash (all keys and windows). */
  beforeCrash: number;
}

/**
 * Crashes `job` at `crashAt` and recovers it under a delivery guarantee. The job writes each
 * accepted order's revenue to its window's row in an additive sink (`total = total + revenue`,
 * not idempotent) as it processes the order. Checkpoint barriers every `checkpointInterval` after
 * the job starts snapshot the window state with the source offset (see checkpoints.ts). On the
 * crash the job restores the last checkpoint completed before it, then:
 *
 * - **exactly-once**: the sink writes inside a transaction per checkpoint, pre-committed at the
 *   barrier and committed when the checkpoint completes (Flink's two-phase-commit sink). The
 *   crash aborts the open transaction, the source rewinds to the checkpoint's offset and replays
 *   the log: the totals equal the run without a crash. Writes become visible only at commits.
 * - **at-least-once**: writes reach the sink at once. The source rewinds to the checkpoint's
 *   offset and the replay writes the interval's orders again: the sink over-counts by exactly
 *   their revenue (Kafka's "commit after processing": reprocessing after a failure).
 * - **at-most-once**: the source commits its offsets as it reads (Kafka's "commit before
 *   processing"), and the sink buffers writes and flushes them when a checkpoint completes,
 *   without a transaction. The crash loses the buffer and the source resumes at the crash
 *   offset: the interval's orders are never counted, an under-count of exactly their revenue.
 *   Orders after the crash are accepted or dropped as in the run without a crash: the lab keeps
 *   the watermark the source had reached, as it keeps the offset.
 *
 * Throws EngineInputError for a bad interval, crash time or guarantee.
 */
export function crashAndRecover(job: GuaranteeJob, config: CrashConfig): CrashRun {
  const interval = positive(config.checkpointInterval, 'checkpoint interval');
  const crashAt = finiteNumber(config.crashAt, 'crash time');
  const guarantee = oneOf(config.guarantee, GUARANTEES, 'delivery guarantee');
  const checkpoint = lastCheckpointBefore(job, interval, crashAt);
  const crashOffset = offsetAt(job.log, crashAt);
  const resumeOffset = guarantee === 'at-most-once' ? crashOffset : checkpoint.offset;
  const sink = simulateSink(job, interval, crashAt, guarantee, checkpoint, resumeOffset);
  const totals = totalsOf(job, (r) => sink.counted[r.offset]!);
  const { noCrash, truth } = referenceOf(job);
  const sum = (rows: Row[]) => rows.reduce((s, r) => s + r.value, 0);
  return {
    guarantee,
    crashAt,
    crashOffset,
    checkpoint,
    resumeOffset,
    interval: job.records.slice(checkpoint.offset, crashOffset).filter((r) => r.accepted),
    totals,
    noCrash,
    truth,
    difference: sum(totals) - sum(noCrash),
    beforeCrash: sink.beforeCrash,
  };
}

const references = new WeakMap<GuaranteeJob, { noCrash: Row[]; truth: Row[] }>();

/** The run without a crash and the truth: the same for every crash of a job, so kept per job. */
function referenceOf(job: GuaranteeJob): { noCrash: Row[]; truth: Row[] } {
  let ref = references.get(job);
  if (ref === undefined) {
    ref = { noCrash: totalsOf(job, () => 1), truth: truthOf(job) };
    references.set(job, ref);
  }
  return ref;
}

/** Every order once, with the job's formula and windows, late or not. */
export function truthOf(job: GuaranteeJob): Row[] {
  if (job.formula === 'correct') return groundTruth(job.log, job.window);
  return totalsOf({ ...job, records: job.records.map((r) => ({ ...r, accepted: true })) }, () => 1);
}

/**
 * Replays the job's writes through the sink of each guarantee: how many times the sink finally
 * counts each log offset. Barriers at start + j * interval come before records arriving then.
 */
function simulateSink(
  job: GuaranteeJob,
  interval: number,
  crashAt: number,
  guarantee: Guarantee,
  checkpoint: Checkpoint,
  resumeOffset: number,
): { counted: Int32Array; beforeCrash: number } {
  const n = job.log.length;
  const counted = new Int32Array(n);
  const start = jobStart(job);
  let pending: number[] = []; // written since the last barrier, not yet durable in the sink
  let nextBarrier = start + interval;
  const durable = guarantee === 'at-least-once';
  const commit = () => {
    for (const o of pending) counted[o]! += 1;
    pending = [];
  };
  const write = (offset: number) => {
    if (durable) counted[offset]! += 1;
    else pending.push(offset);
  };
  const processUntil = (from: number, until: number) => {
    for (let o = from; o < until; o++) {
      const t = job.log[o]!.arrivalTime;
      while (nextBarrier <= t) {
        commit(); // the checkpoint completes: the transaction commits, the buffer is flushed
        nextBarrier += interval;
      }
      write(o);
    }
  };
  // Before the crash: every order that arrived before it, and the barriers between.
  const crashOffset = offsetAt(job.log, crashAt);
  processUntil(0, crashOffset);
  while (nextBarrier < crashAt) {
    commit();
    nextBarrier += interval;
  }
  let beforeCrash = 0;
  for (let o = 0; o < crashOffset; o++) {
    const r = job.records[o]!;
    if (r.accepted) beforeCrash += counted[o]! * r.revenue;
  }
  // The crash: writes not yet durable are gone (aborted transaction, lost buffer).
  pending = [];
  // Recovery: barriers resume after the restored checkpoint; the log is read from resumeOffset.
  nextBarrier = checkpoint.at + interval;
  if (checkpoint.id === 0) nextBarrier = start + interval;
  processUntil(resumeOffset, n);
  commit(); // the input ends: the last checkpoint commits what is left
  return { counted, beforeCrash };
}
