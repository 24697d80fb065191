// Each classroom preset, run through the engine, shows the lesson its question is about, and its
// pause points fall inside the timeline in order. The figures the answers quote come from the
// same run (lessonFacts), so an answer can never contradict the lanes on screen.
import { describe, expect, it } from 'vitest';
import { time, metrics, lab, type LabRun, type LaneId } from '../../engine';
import { lessonFacts } from './facts';
import { backfillAnswer, backfillFacts, crashFacts } from './guarantees';
import { PRESET_IDS } from './ids';
import { PRESETS, presetById } from './presets';
import { stepSettings } from './settings';

const HOUR = time.HOUR;

const runs = new Map<string, LabRun>();
function runOf(id: string, step = 0): LabRun {
  const key = `${id}/${step}`;
  let run = runs.get(key);
  if (!run) {
    run = lab.runLab(stepSettings(presetById(id)!.steps[step]!));
    runs.set(key, run);
  }
  return run;
}

/** Cells whose final value differs from the truth. */
function wrongCells(run: LabRun, lane: Exclude<LaneId, 'request'>): number {
  return metrics.compareToTruth(run.lanes[lane].emissions, run.truth).filter((c) => c.error !== 0)
    .length;
}

describe('classroom presets', () => {
  it('have the ids the link codec knows, in the same order, and at most nine (keys 1-9)', () => {
    expect(PRESETS.map((p) => p.id)).toEqual([...PRESET_IDS]);
    expect(PRESETS.length).toBeLessThanOrEqual(9);
  });

  for (const p of PRESETS)
    p.steps.forEach((step, i) => {
      it(`${p.id} step ${i + 1}: valid settings, pause points inside the timeline in order, answers with numbers`, () => {
        const run = runOf(p.id, i);
        const times = step.pauses.map((q) => q.at(run));
        expect(times.length).toBeGreaterThan(0);
        for (const t of times) {
          expect(t).toBeGreaterThan(run.timeline.from);
          expect(t).toBeLessThanOrEqual(run.timeline.to);
        }
        expect([...times].sort((a, b) => a - b)).toEqual(times);
        for (const q of step.pauses) expect(q.reveal(run)).not.toMatch(/NaN|undefined|never/);
        expect(step.question.length).toBeLessThan(140);
      });
    });

  it('"Everything on time": every lane ends equal to the truth, and nothing is dropped', () => {
    const run = runOf('on-time');
    const f = lessonFacts(run);
    expect(wrongCells(run, 'stream')).toBe(0);
    expect(wrongCells(run, 'microbatch')).toBe(0);
    expect(wrongCells(run, 'batch')).toBe(0);
    expect([f.streamDropped, f.microDropped, f.batchMissed]).toEqual([0, 0, 0]);
    // ...and they differ in when: the stream answers in seconds, the nightly job in hours.
    expect(f.addedP50.stream).toBeLessThan(60_000);
    expect(f.addedP50.batch).toBeGreaterThan(3_600_000);
  });

  it('"A few stragglers": the stream drops some late orders, the nightly job misses none', () => {
    const run = runOf('stragglers');
    const f = lessonFacts(run);
    expect(f.streamDropped).toBeGreaterThan(0);
    expect(wrongCells(run, 'stream')).toBeGreaterThan(0);
    expect(f.batchMissed).toBe(0);
    expect(wrongCells(run, 'batch')).toBe(0);
  });

  it('"Phones offline for 10 minutes": the backlog is dropped by the stream and the micro-batch, and it hit 12:10-12:20', () => {
    const run = runOf('offline');
    const f = lessonFacts(run);
    expect(f.streamDropped).toBeGreaterThan(0);
    expect(f.microDropped).toBeGreaterThan(0);
    expect(f.batchMissed).toBe(0);
    const dropped = run.stream.ok ? run.stream.value.dropped : [];
    for (const e of dropped) {
      expect(e.eventTime).toBeGreaterThanOrEqual(12 * HOUR + 10 * 60_000);
      expect(e.eventTime).toBeLessThan(12 * HOUR + 20 * 60_000);
    }
  });

  it('"Flash-sale spike": the stream keeps its latency while micro-batches and queries do more work', () => {
    const calm = lessonFacts(runOf('on-time'));
    const spike = lessonFacts(runOf('flash-sale'));
    expect(spike.addedP50.stream).toBeLessThan(2 * calm.addedP50.stream);
    expect(spike.ordersPerMicroBatch).toBeGreaterThan(5 * calm.ordersPerMicroBatch);
    expect(spike.requestCostMs).toBeGreaterThan(2 * calm.requestCostMs);
  });

  it('"Flash-sale spike": each micro-batch read about the 1,000 orders a minute the sale sends, not half of it', () => {
    const run = runOf('flash-sale');
    const f = lessonFacts(run);
    // 1,000 orders a minute, a 1-minute trigger: the batches of the sale read about 1,000 each.
    expect(f.ordersPerMicroBatch).toBeGreaterThan(900);
    expect(f.ordersPerMicroBatch).toBeLessThan(1100);
    // The small batches of late stragglers after the sale (and any with no input) are not averaged.
    const batches = run.microBatch.ok ? run.microBatch.value : [];
    expect(batches.some((b) => b.inputIds.length < 200)).toBe(true);
    const answer = presetById('flash-sale')!.steps[0]!.pauses[0]!.reveal(run);
    expect(answer).toMatch(
      /while the sale lasted, each micro-batch read about (9\d\d|1,0\d\d) orders/,
    );
    expect(answer).not.toMatch(/\d{4}/);
  });

  it('"Watermark too tight vs too loose": tight drops orders (some only seconds late), loose drops none but answers later', () => {
    const tightRun = runOf('watermark', 0);
    const tight = lessonFacts(tightRun);
    const loose = lessonFacts(runOf('watermark', 1));
    expect(tight.streamDropped).toBeGreaterThan(0);
    const delays = (tightRun.stream.ok ? tightRun.stream.value.dropped : []).map(
      (e) => e.arrivalTime - e.eventTime,
    );
    expect(Math.min(...delays)).toBeLessThan(10_000);
    expect(loose.streamDropped).toBe(0);
    expect(loose.addedP50.stream - tight.addedP50.stream).toBeGreaterThan(5 * 60_000);
  });

  it('"Micro-batch vs stream on the Spark guide\'s example": same watermark, the micro-batch drops fewer (its watermark trails a batch)', () => {
    const run = runOf('spark-example');
    const f = lessonFacts(run);
    expect(run.settings.window).toEqual({
      kind: 'sliding',
      size: 600_000,
      slide: 300_000,
      offset: 0,
    });
    expect(f.streamDropped).toBeGreaterThan(f.microDropped);
    expect(run.batch.ok).toBe(false);
    // The answer quotes the run's own intervals: Spark's trigger, Flink's periodic watermark.
    expect(run.settings.microBatch.lateRowFilter).toBe('previous');
    const answer = presetById('spark-example')!.steps[0]!.pauses[0]!.reveal(run);
    expect(answer).toContain('one to two trigger intervals (5 min each here)');
    expect(answer).toContain(`emitted every ${lab.WATERMARK_INTERVAL} ms`);
    expect(answer).not.toContain('with every order');
  });

  it('"A few stragglers": the nightly answer names its cutoff instead of calling waiting always right', () => {
    const run = runOf('stragglers');
    const answer = presetById('stragglers')!.steps[0]!.pauses[1]!.reveal(run);
    expect(answer).toContain('by its cutoff, 1 h after the day ended');
    expect(answer).not.toMatch(/always right/);
  });

  it('"Pipeline crash": sets a crash; exactly-once matches the run without it, the others are off by the same interval', () => {
    const run = runOf('crash');
    const step = presetById('crash')!.steps[0];
    expect(step.crashAt?.(run)).toBe(12 * 3_600_000 + 20 * 60_000 + 10_000);
    const f = crashFacts(run);
    expect(f.interval).toBeGreaterThan(0);
    expect(f.diff['exactly-once']).toBe(0);
    expect(f.diff['at-least-once']).toBeGreaterThan(0);
    expect(f.diff['at-most-once']).toBe(-f.diff['at-least-once']);
  });

  it('"Backfill after a bug": found on day 7 after exactly seven nightly jobs ran with the bug; Kappa switches before Batch and Lambda are right again', () => {
    const run = runOf('backfill');
    const step = presetById('backfill')!.steps[0];
    const { foundAt, plan } = backfillFacts(run);
    expect(step.bugFoundAt?.(run)).toBe(foundAt);
    expect(Math.floor(foundAt / time.DAY)).toBe(7);
    // The panel's slider reaches it: inside the timeline.
    expect(foundAt).toBeLessThanOrEqual(run.timeline.to);
    expect(plan.batch.reruns.map((r) => r.period.start / time.DAY)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(plan.kappa.uncovered).toBeNull();
    expect(plan.kappa.switchAt).toBeLessThan(plan.batch.rightAt);
    expect(plan.kappa.result).toEqual(plan.truth);
    const answer = backfillAnswer(run);
    expect(answer).toContain('after 7 nightly jobs ran with the bug');
    expect(answer).toContain(`${plan.kappa.work.toLocaleString('en')} orders replayed`);
  });
});
