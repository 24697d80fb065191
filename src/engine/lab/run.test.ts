import { describe, expect, it } from 'vitest';
import { MINUTE } from '../core/time';
import { runLab } from './run';
import { completeModeRows, defaultLabSettings, normalizeLabSettings } from './settings';

const sum = (xs: { value: number }[]) => xs.reduce((s, x) => s + x.value, 0);

describe('runLab', () => {
  it('runs all four lanes on the default settings', () => {
    const run = runLab();
    expect(run.events.length).toBeGreaterThan(1000);
    expect(run.stream.ok && run.microBatch.ok && run.batch.ok).toBe(true);
    for (const lane of ['batch', 'microbatch', 'stream', 'request'] as const) {
      expect(run.lanes[lane].error).toBeUndefined();
      expect(run.lanes[lane].latency.count).toBeGreaterThan(0);
      expect(run.lanes[lane].complexity.score).toBeGreaterThan(0);
    }
    expect(sum(run.truth)).toBe(run.events.reduce((s, e) => s + e.amount, 0));
  });

  it('places the lanes in the concept order of latency: request < stream < micro-batch < batch', () => {
    const { lanes } = runLab();
    expect(lanes.request.latency.p50).toBeLessThan(lanes.stream.latency.p50);
    expect(lanes.stream.latency.p50).toBeLessThan(lanes.microbatch.latency.p50);
    expect(lanes.microbatch.latency.p50).toBeLessThan(lanes.batch.latency.p50);
  });

  it('gives every lane the truth once its results are in when no order is late', () => {
    const run = runLab({ scenario: { lateShare: 0, jitter: 0 } });
    const finals = (lane: 'batch' | 'microbatch' | 'stream') => {
      const last = new Map<string, number>();
      for (const e of run.lanes[lane].emissions) last.set(`${e.key}|${e.window.start}`, e.value);
      return last;
    };
    const truth = new Map(run.truth.map((r) => [`${r.key}|${r.window.start}`, r.value]));
    for (const lane of ['batch', 'microbatch', 'stream'] as const)
      expect(finals(lane)).toEqual(truth);
  });

  it('makes the stream wait for the watermark without early panes: minutes, not seconds', () => {
    const live = runLab();
    const onTimeOnly = runLab({ stream: { earlyEvery: 0 } });
    expect(live.lanes.stream.latency.p50).toBeLessThan(15_000);
    expect(onTimeOnly.lanes.stream.latency.p50).toBeGreaterThan(MINUTE);
  });

  it('moves the stream lane to a higher latency when the watermark waits longer', () => {
    const tight = runLab({ stream: { earlyEvery: 0, watermarkBound: 10_000 } });
    const loose = runLab({ stream: { earlyEvery: 0, watermarkBound: 10 * MINUTE } });
    expect(loose.lanes.stream.latency.p50).toBeGreaterThan(tight.lanes.stream.latency.p50);
  });

  it('reports why a lane cannot run the settings instead of failing the others', () => {
    const run = runLab({ window: { kind: 'session', gap: 2 * MINUTE } });
    expect(run.microBatch.ok).toBe(false);
    expect(run.lanes.microbatch.error).toMatch(/session/);
    expect(run.stream.ok).toBe(true);
  });

  it('covers the nightly job on its timeline', () => {
    const run = runLab();
    expect(run.batch.ok && run.timeline.to).toBeGreaterThan(
      run.batch.ok ? run.batch.value.runs[0]!.emittedAt : 0,
    );
  });

  it('reuses the previous orders and truth when only a pipeline setting changed, with the same result', () => {
    const first = runLab();
    const patch = { stream: { watermarkBound: 2 * MINUTE } };
    const reused = runLab(patch, first);
    const fresh = runLab(patch);
    expect(reused.events).toBe(first.events);
    expect(reused.truth).toBe(first.truth);
    expect(reused.lanes).toEqual(fresh.lanes);
    expect(reused.stream).toEqual(fresh.stream);
    // A new scenario or window is never served stale orders or truth.
    expect(runLab({ scenario: { seed: 7 } }, first).events).not.toBe(first.events);
    expect(runLab({ window: { kind: 'tumbling', size: MINUTE } }, first).truth).not.toBe(
      first.truth,
    );
  });

  it('rejects bad settings with the field named', () => {
    expect(() => runLab({ stream: { allowedLateness: -1 } })).toThrow(
      'invalid stream.allowedLateness: -1 (must be >= 0)',
    );
    expect(() => runLab({ window: { kind: 'global' } })).toThrow('invalid window kind: "global"');
    expect(() => runLab({ scenario: { lateShare: 2 } })).toThrow('lateShare');
  });

  it('normalizes to the defaults when given nothing', () => {
    expect(normalizeLabSettings()).toEqual(defaultLabSettings);
  });
});

describe('complete mode over many windows', () => {
  // Found by the link fuzz: a link of one-second windows for 12 hours in complete mode made the
  // micro-batch lane rewrite tens of thousands of windows at every trigger, and the page ran out
  // of memory. Such settings are refused, naming the output mode, before anything runs.
  it('refuses settings that would write more rows than the page can hold, naming the output mode', () => {
    const many = {
      scenario: { rate: 100, duration: 12 * 60 * MINUTE },
      window: { kind: 'tumbling' as const, size: 1000, offset: 0 },
    };
    expect(() => normalizeLabSettings({ ...many, microBatch: { outputMode: 'complete' } })).toThrow(
      /^invalid microBatch\.outputMode: complete .* about [\d,]+ rows; the limit is 1,000,000/,
    );
    // Update mode writes only what changed: the same scenario runs.
    expect(normalizeLabSettings({ ...many, microBatch: { outputMode: 'update' } }).window).toEqual(
      many.window,
    );
  });

  it('estimates the rows within a factor of two of what the lane writes', () => {
    const settings = normalizeLabSettings({
      scenario: { rate: 100, duration: 60 * MINUTE },
      window: { kind: 'tumbling', size: 1000, offset: 0 },
      microBatch: { outputMode: 'complete' },
    });
    const rows = runLab(settings).lanes.microbatch.emissions.length;
    const estimate = completeModeRows(
      settings.scenario,
      settings.window,
      settings.microBatch.triggerInterval,
    );
    expect(estimate).toBeGreaterThan(rows / 2);
    expect(estimate).toBeLessThan(rows * 2);
  });
});
