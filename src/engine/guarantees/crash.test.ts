// The crash and its recovery on a log small enough to follow by hand. Rules and where they come from:
// - Flink's checkpoint barrier: the state a checkpoint holds reflects every record before the
//   barrier and none after it; on failure Flink restores it and rewinds the source to the offset
//   stored with it (Flink docs, "Stateful Stream Processing": checkpointing, barriers, recovery).
// - Flink's TwoPhaseCommitSinkFunction: writes since a checkpoint sit in a transaction that is
//   pre-committed at the barrier and committed when the checkpoint completes; a failure aborts it.
// - Kafka's consumer delivery semantics: committing the position before processing gives
//   at-most-once (a crash loses what was read but not done); committing after processing gives
//   at-least-once (a crash processes those records again).
import { describe, expect, it } from 'vitest';
import type { StreamConfig } from '../core/types';
import { order } from '../testing/orders';
import { lastCheckpointBefore, stateAt, stateByKey } from './checkpoints';
import { crashAndRecover } from './crash';
import { buildJob } from './job';

const stream: StreamConfig = {
  window: { kind: 'tumbling', size: 1000 },
  watermark: { kind: 'bounded', maxOutOfOrderness: 0, interval: 0 },
  flushAtEnd: true,
};
// Seven orders of 100 cents arriving at 0, 5, …, 30; the job starts at 0; barriers every 10.
const events = [0, 5, 10, 15, 20, 25, 30].map((t, i) => order(i, i % 2 ? 'b' : 'a', t));
const job = buildJob(events, stream);
const total = (rows: { value: number }[]) => rows.reduce((s, r) => s + r.value, 0);

describe('crashAndRecover(job, every 10, crash at 25)', () => {
  it('restores checkpoint 2 (barrier at 20, offset 4) and names the order at 20 as the interval', () => {
    const run = crashAndRecover(job, {
      checkpointInterval: 10,
      crashAt: 25,
      guarantee: 'exactly-once',
    });
    expect(run.checkpoint).toEqual({ id: 2, at: 20, offset: 4, watermark: 14 });
    expect(run.crashOffset).toBe(5);
    expect(run.interval.map((r) => r.order.id)).toEqual([4]);
  });

  it('exactly-once: the aborted transaction is replayed, the sink equals the run without a crash', () => {
    const run = crashAndRecover(job, {
      checkpointInterval: 10,
      crashAt: 25,
      guarantee: 'exactly-once',
    });
    expect(run.totals).toEqual(run.noCrash);
    expect(total(run.totals)).toBe(700);
    expect(run.difference).toBe(0);
    expect(run.resumeOffset).toBe(4);
    expect(run.beforeCrash).toBe(400); // committed at the barrier at 20
  });

  it('at-least-once: the order at 20 was written, then replayed and written again', () => {
    const run = crashAndRecover(job, {
      checkpointInterval: 10,
      crashAt: 25,
      guarantee: 'at-least-once',
    });
    expect(total(run.totals)).toBe(800);
    expect(run.difference).toBe(100);
    expect(run.beforeCrash).toBe(500); // every write so far reached the sink
    expect(run.totals.find((r) => r.key === 'a')).toMatchObject({ value: 500, count: 5 });
  });

  it('at-most-once: the buffered write of the order at 20 dies and the source resumes after it', () => {
    const run = crashAndRecover(job, {
      checkpointInterval: 10,
      crashAt: 25,
      guarantee: 'at-most-once',
    });
    expect(run.resumeOffset).toBe(5);
    expect(total(run.totals)).toBe(600);
    expect(run.difference).toBe(-100);
  });

  it('lists the ground truth beside the totals', () => {
    const run = crashAndRecover(job, {
      checkpointInterval: 10,
      crashAt: 25,
      guarantee: 'at-least-once',
    });
    expect(total(run.truth)).toBe(700);
  });
});

describe('lastCheckpointBefore(job, 10, t)', () => {
  it('a crash at the very moment of a barrier happens first: that checkpoint never completes', () => {
    expect(lastCheckpointBefore(job, 10, 20)).toMatchObject({ id: 1, at: 10, offset: 2 });
    const run = crashAndRecover(job, {
      checkpointInterval: 10,
      crashAt: 20,
      guarantee: 'at-least-once',
    });
    expect(run.interval.map((r) => r.order.id)).toEqual([2, 3]);
    expect(run.difference).toBe(200);
  });

  it('before the first barrier the job starts over from offset 0 with empty state', () => {
    const cp = lastCheckpointBefore(job, 10, 7);
    expect(cp).toEqual({ id: 0, at: 0, offset: 0, watermark: -Infinity });
    const run = crashAndRecover(job, {
      checkpointInterval: 10,
      crashAt: 7,
      guarantee: 'at-most-once',
    });
    expect(run.difference).toBe(-200);
  });
});

describe('stateAt(job, offset, at): what a barrier snapshots', () => {
  it('holds the sums of the records before the barrier, per key and window', () => {
    expect(stateAt(job, 4, 20)).toEqual([
      { key: 'a', window: { start: 0, end: 1000 }, value: 200, count: 2 },
      { key: 'b', window: { start: 0, end: 1000 }, value: 200, count: 2 },
    ]);
    expect(stateByKey(job, 20)).toEqual([
      { key: 'a', windows: 1, value: 200 },
      { key: 'b', windows: 1, value: 200 },
    ]);
  });

  it('drops a window the watermark has cleared', () => {
    // Without the flush at the end, the second window is still open after its order.
    const two = buildJob([order(0, 'a', 0), order(1, 'a', 2000)], { ...stream, flushAtEnd: false });
    expect(stateAt(two, 2, 2001)).toEqual([
      { key: 'a', window: { start: 2000, end: 3000 }, value: 100, count: 1 },
    ]);
  });
});

describe('crashAndRecover input checks', () => {
  it('rejects a bad interval, crash time or guarantee with a clear message', () => {
    expect(() =>
      crashAndRecover(job, { checkpointInterval: 0, crashAt: 5, guarantee: 'exactly-once' }),
    ).toThrow('invalid checkpoint interval: 0 (must be > 0)');
    expect(() =>
      crashAndRecover(job, { checkpointInterval: 10, crashAt: NaN, guarantee: 'exactly-once' }),
    ).toThrow('invalid crash time: NaN');
    expect(() =>
      crashAndRecover(job, { checkpointInterval: 10, crashAt: 5, guarantee: 'twice' as never }),
    ).toThrow('invalid delivery guarantee: "twice"');
  });
});
