import { describe, expect, it } from 'vitest';
import { complexityOf } from './complexity';

describe('complexityOf', () => {
  it('scores each approach as the sum of its mechanisms, each with a reason', () => {
    for (const approach of [
      'request',
      'batch',
      'microbatch',
      'stream',
      'lambda',
      'kappa',
    ] as const) {
      const c = complexityOf(approach);
      expect(c.score).toBe(c.mechanisms.reduce((s, m) => s + m.weight, 0));
      expect(c.mechanisms.length).toBeGreaterThan(0);
      for (const m of c.mechanisms) expect(m.reason.length).toBeGreaterThan(20);
      expect(new Set(c.mechanisms.map((m) => m.id)).size).toBe(c.mechanisms.length);
    }
  });

  it('scores request 2, batch 2, micro-batch 12, stream 12, Lambda 18: the fastest lane is the simplest', () => {
    const score = (a: Parameters<typeof complexityOf>[0]) => complexityOf(a).score;
    expect(
      (['request', 'batch', 'microbatch', 'stream', 'lambda', 'kappa'] as const).map(score),
    ).toEqual([2, 2, 12, 12, 18, 12]);
  });

  it('runs a micro-batch query as an always-on application, like the stream job', () => {
    const micro = complexityOf('microbatch').mechanisms.map((m) => m.id);
    const stream = complexityOf('stream').mechanisms.map((m) => m.id);
    expect(micro).toContain('always-on-cluster');
    // The two differ only in what decides when to compute: a trigger loop or per-window timers.
    expect(micro.filter((id) => !stream.includes(id))).toEqual(['trigger-loop']);
    expect(stream.filter((id) => !micro.includes(id))).toEqual(['event-time-triggers']);
  });

  it('adds a late-data path to the stream job when allowed lateness is above zero', () => {
    const strict = complexityOf('stream', { stream: { allowedLateness: 0 } });
    const lenient = complexityOf('stream', { stream: { allowedLateness: 60_000 } });
    expect(strict.mechanisms.map((m) => m.id)).not.toContain('late-data-path');
    expect(lenient.mechanisms.map((m) => m.id)).toContain('late-data-path');
    expect(lenient.score).toBeGreaterThan(strict.score);
  });

  it('adds retractions to the stream job in retracting mode', () => {
    const ids = complexityOf('stream', { stream: { accumulation: 'retracting' } }).mechanisms.map(
      (m) => m.id,
    );
    expect(ids).toContain('retractions');
  });

  it('needs an idempotent sink for a micro-batch query in every output mode: a crash replays a batch', () => {
    for (const outputMode of ['append', 'update', 'complete'] as const) {
      const c = complexityOf('microbatch', { microBatch: { outputMode } });
      expect(c.mechanisms.map((m) => m.id)).toContain('idempotent-sink');
      expect(c.score).toBe(complexityOf('microbatch').score);
    }
  });

  it('says checkpoints make the state exactly-once, not the sink', () => {
    const checkpoints = complexityOf('stream').mechanisms.find((m) => m.id === 'checkpoints')!;
    expect(checkpoints.reason).not.toMatch(/neither loses nor double-counts/);
    expect(checkpoints.reason).toContain('reach the sink again');
  });

  it('charges Lambda for a second codebase and a serving-layer merge on top of both layers', () => {
    const ids = complexityOf('lambda').mechanisms.map((m) => m.id);
    expect(ids).toEqual(
      expect.arrayContaining(['scheduler', 'state-store', 'second-codebase', 'serving-merge']),
    );
  });
});
