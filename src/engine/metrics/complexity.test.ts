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

  it('orders the approaches as the concept does: request and batch simplest, stream most complex', () => {
    const score = (a: Parameters<typeof complexityOf>[0]) => complexityOf(a).score;
    expect(score('batch')).toBeLessThan(score('microbatch'));
    expect(score('request')).toBeLessThan(score('microbatch'));
    expect(score('microbatch')).toBeLessThan(score('stream'));
    expect(score('stream')).toBeLessThan(score('lambda'));
    expect(score('kappa')).toBe(score('stream'));
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

  it('needs no idempotent sink for a micro-batch query in append mode, which writes each row once', () => {
    const append = complexityOf('microbatch', { microBatch: { outputMode: 'append' } });
    const update = complexityOf('microbatch', { microBatch: { outputMode: 'update' } });
    expect(append.mechanisms.map((m) => m.id)).not.toContain('idempotent-sink');
    expect(update.score - append.score).toBe(1.5);
  });

  it('charges Lambda for a second codebase and a serving-layer merge on top of both layers', () => {
    const ids = complexityOf('lambda').mechanisms.map((m) => m.id);
    expect(ids).toEqual(
      expect.arrayContaining(['scheduler', 'state-store', 'second-codebase', 'serving-merge']),
    );
  });
});
