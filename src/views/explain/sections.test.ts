import { describe, expect, it } from 'vitest';
import { lab, metrics } from '../../engine';
import { LEARN_SECTIONS, preset } from './sections';

const byId = (id: string) => {
  const s = LEARN_SECTIONS.find((x) => x.id === id);
  if (!s?.showMe) throw new Error(`${id} has no "Show me"`);
  return lab.runLab(preset(s.showMe.patch));
};
const textOf = (id: string) => {
  const s = LEARN_SECTIONS.find((x) => x.id === id);
  if (!s) throw new Error(id);
  return [...s.paragraphs, ...(s.points ?? []), s.showMe?.watch ?? ''].join(' ');
};

describe('learn sections', () => {
  it('preset({}) is the default settings', () => {
    expect(lab.normalizeLabSettings(preset({}))).toEqual(
      lab.normalizeLabSettings(lab.defaultLabSettings),
    );
  });

  it('every "Show me" preset is accepted by the engine and every lane runs', () => {
    for (const s of LEARN_SECTIONS) {
      if (!s.showMe) continue;
      const run = lab.runLab(preset(s.showMe.patch));
      expect(run.stream.ok && run.microBatch.ok && run.batch.ok, s.id).toBe(true);
    }
  });

  it('ids are unique', () => {
    expect(new Set(LEARN_SECTIONS.map((s) => s.id)).size).toBe(LEARN_SECTIONS.length);
  });

  it('only the idea the lab cannot show yet is text only: duplicates already in the log', () => {
    expect(LEARN_SECTIONS.filter((s) => !s.showMe).map((s) => s.id)).toEqual(['duplicates']);
  });

  it('many partitions: a silent region holds the stream windows open, and Spark drops its returning orders', () => {
    const run = byId('partitions');
    if (!run.stream.ok || !run.microBatch.ok) throw new Error('a lane failed');
    expect(metrics.windowHolds(run.stream.value).some((h) => h.held > 60_000)).toBe(true);
    const region3 = (e: { partition?: number }) => e.partition === 2;
    expect(run.microBatch.value.flatMap((b) => b.dropped).filter(region3).length).toBeGreaterThan(
      0,
    );
  });

  it('why it matters: with the defaults the two do not end equal, the stream drops what the nightly job counts', () => {
    const run = byId('why');
    if (!run.stream.ok || !run.batch.ok) throw new Error('a lane failed');
    expect(run.stream.value.dropped.length).toBeGreaterThan(0);
    expect(run.batch.value.runs.every((r) => r.missed.length === 0)).toBe(true);
  });

  it('the spectrum lesson does not claim that faster needs more machinery, which the chart contradicts', () => {
    const run = byId('spectrum');
    // The fastest lane is the simplest one.
    expect(run.lanes.request.complexity.score).toBeLessThanOrEqual(
      run.lanes.batch.complexity.score,
    );
    expect(textOf('spectrum')).not.toMatch(/faster answers need more machinery/i);
  });

  it('names the corrected rules: exactly-once state needs a sink for end to end, Flink defaults to the heap', () => {
    expect(textOf('exactly-once')).toContain('read_committed');
    expect(textOf('flink')).not.toMatch(/so each order counts once/);
    expect(textOf('state')).toContain('heap by default');
    expect(textOf('late')).not.toMatch(/never meets this/);
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
    const peak = (r: ReturnType<typeof lab.runLab>) =>
      r.stream.ok ? (r.stream.value.peakState ?? 0) : 0;
    expect(peak(byId('state'))).toBeGreaterThan(2 * peak(lab.runLab(lab.defaultLabSettings)));
  });

  it("Flink's model: early, on-time and late panes all appear", () => {
    const run = byId('flink');
    if (!run.stream.ok) throw new Error(run.stream.error);
    const timings = new Set(run.stream.value.panes.map((p) => p.timing));
    expect([...timings].sort()).toEqual(['early', 'late', 'on-time']);
  });
});
