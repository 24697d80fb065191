import { describe, expect, it } from 'vitest';
import { defaultLabSettings, normalizeLabSettings, runLab } from '../../engine';
import { LEARN_SECTIONS, preset } from './sections';

const byId = (id: string) => {
  const s = LEARN_SECTIONS.find((x) => x.id === id);
  if (!s) throw new Error(id);
  return runLab(preset(s.showMe.patch));
};

describe('learn sections', () => {
  it('preset({}) is the default settings', () => {
    expect(normalizeLabSettings(preset({}))).toEqual(normalizeLabSettings(defaultLabSettings));
  });

  it('every "Show me" preset is accepted by the engine and every lane runs', () => {
    for (const s of LEARN_SECTIONS) {
      const run = runLab(preset(s.showMe.patch));
      expect(run.stream.ok && run.microBatch.ok && run.batch.ok, s.id).toBe(true);
    }
  });

  it('ids are unique', () => {
    expect(new Set(LEARN_SECTIONS.map((s) => s.id)).size).toBe(LEARN_SECTIONS.length);
  });

  it('late events: the stream drops some orders', () => {
    const run = byId('late');
    expect(run.stream.ok && run.stream.value.dropped.length).toBeGreaterThan(0);
  });

  it('backfilling: the first nightly run misses orders and the re-run recovers them', () => {
    const run = byId('backfill');
    if (!run.batch.ok) throw new Error(run.batch.error);
    expect(run.batch.value.runs[0]!.missed.length).toBeGreaterThan(0);
    expect(run.batch.value.reruns.length).toBeGreaterThan(0);
    expect(run.batch.value.reruns[0]!.missed.length).toBe(0);
  });

  it('Lambda vs Kappa: the stream drops late orders the batch counts', () => {
    const run = byId('lambda-kappa');
    expect(run.stream.ok && run.stream.value.dropped.length).toBeGreaterThan(0);
    if (!run.batch.ok) throw new Error(run.batch.error);
    expect(run.batch.value.runs.every((r) => r.missed.length === 0)).toBe(true);
  });

  it('state: many products in long windows hold much more stream state than the default', () => {
    const peak = (r: ReturnType<typeof runLab>) =>
      r.stream.ok ? (r.stream.value.peakState ?? 0) : 0;
    expect(peak(byId('state'))).toBeGreaterThan(2 * peak(runLab(defaultLabSettings)));
  });

  it("Flink's model: early, on-time and late panes all appear", () => {
    const run = byId('flink');
    if (!run.stream.ok) throw new Error(run.stream.error);
    const timings = new Set(run.stream.value.panes.map((p) => p.timing));
    expect([...timings].sort()).toEqual(['early', 'late', 'on-time']);
  });
});
