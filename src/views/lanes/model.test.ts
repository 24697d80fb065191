import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lab, type Emission, type OrderEvent } from '../../engine';
import { batchCaption, currentBatch, microBatchModel } from './microBatchModel';
import { batchModel, batchStatus, missedCounts } from './batchModel';
import {
  allOrdersTally,
  droppedMask,
  isLate,
  latestPerWindow,
  reportedAt,
  reportedTotals,
  sharedModel,
  tallyAt,
  tallyKept,
  tallyWindows,
  windowKey,
} from './model';
import { buildOrderTrack } from '../../geometry/lanes';
import { flagsByMask, flagsByTrack } from '../../geometry/lanePlot';
import { droppedDetails, dropReason, streamCounts, streamModel, streamStatus } from './streamModel';

const runLab = lab.runLab;

const M = 60_000;
const H = 60 * M;
const NOON = 12 * H;
const W = { start: NOON, end: NOON + 5 * M };

const small = { scenario: { duration: 20 * M, rate: 20 } };

describe('shared model', () => {
  it('isLate compares the delay with the network jitter', () => {
    expect(isLate(NOON, NOON + 2000, 2000)).toBe(false);
    expect(isLate(NOON, NOON + 2001, 2000)).toBe(true);
  });
  it('sharedModel spans the scenario and flags late orders', () => {
    const run = runLab(small);
    const shared = sharedModel(run);
    expect(shared.domain).toEqual([NOON, NOON + 20 * M]);
    expect(shared.grid.step).toBe(5 * M);
    const late = run.events.filter((e) => e.arrivalTime - e.eventTime > 2000).length;
    expect(shared.late.reduce((a, b) => a + b, 0)).toBe(late);
  });
});

describe('reportedTotals', () => {
  const e = (key: string, value: number, emittedAt: number): Emission => ({
    key,
    window: W,
    value,
    count: 1,
    emittedAt,
  });
  const series = reportedTotals([e('p1', 100, 10), e('p2', 50, 10), e('p1', 130, 20)]);

  it('sums the latest value of each key per window, once per emission time', () => {
    expect(series.get(windowKey(W))!.times).toEqual([10, 20]);
    expect(reportedAt(series, W, 15)).toEqual({ value: 150, count: 2 });
    expect(reportedAt(series, W, 20)?.value).toBe(180);
  });
  it('reportedAt is null before the first result and for unknown windows', () => {
    expect(reportedAt(series, W, 9)).toBeNull();
    expect(reportedAt(series, { start: 0, end: 1 }, 99)).toBeNull();
  });
  it('latestPerWindow keeps each window last visible badge', () => {
    const badges = [
      { window: W, emittedAt: 1, value: 0, count: 0 },
      { window: { start: 0, end: 1 }, emittedAt: 2, value: 0, count: 0 },
      { window: W, emittedAt: 3, value: 0, count: 0 },
    ];
    expect([...latestPerWindow(badges, 2)].sort()).toEqual([0, 1]);
    expect([...latestPerWindow(badges, 3)].sort()).toEqual([1, 2]);
  });
});

describe('tallyWindows', () => {
  it('a window holds, by the end, exactly what the truth says', () => {
    const run = runLab(small);
    const tallies = tallyWindows(run, [], () => true);
    for (const t of tallies) {
      const truth = run.truth
        .filter((r) => windowKey(r.window) === windowKey(t.window))
        .reduce((s, r) => s + r.value, 0);
      expect(tallyAt(t, Infinity).value).toBe(truth);
      expect(tallyAt(t, -Infinity)).toEqual({ value: 0, count: 0 });
    }
  });
});

describe('streamModel', () => {
  const run = runLab({ ...small, stream: { earlyEvery: 0, allowedLateness: 0 } });
  const m = streamModel(run)!;

  it('a window closes when its on-time pane fires', () => {
    if (!run.stream.ok) throw new Error(run.stream.error);
    for (const p of run.stream.value.panes.filter((p) => p.timing === 'on-time')) {
      const w = m.windows.find((x) => windowKey(x.window) === windowKey(p.window))!;
      expect(w.closeAt).toBe(p.emittedAt);
    }
  });
  it('accepted orders plus dropped ones make up every order', () => {
    const accepted = m.windows.reduce((s, w) => s + tallyAt(w, Infinity).value, 0);
    const dropped = m.droppedOrders.reduce((s, o) => s + o.amount, 0);
    const all = run.events.reduce((s, e) => s + e.amount, 0);
    expect(accepted + dropped).toBe(all);
  });
  it('each dropped order arrived after the watermark passed its window end + lateness', () => {
    const details = droppedDetails(m, 0, m.droppedOrders.length);
    expect(details.length).toBeGreaterThan(0);
    expect(details.map((d) => d.order)).toEqual(m.droppedOrders);
    // The bin asks for the latest rows with a start that may fall before the first one.
    expect(droppedDetails(m, -5, 2).map((d) => d.order)).toEqual(m.droppedOrders.slice(0, 2));
    for (let i = 1; i < m.droppedOrders.length; i++) {
      expect(m.droppedOrders[i]!.arrivalTime).toBeGreaterThanOrEqual(
        m.droppedOrders[i - 1]!.arrivalTime,
      );
    }
    for (const d of details) expect(d.watermark).toBeGreaterThanOrEqual(d.deadline - 1);
    expect(dropReason(details[0]!, 0)).toMatch(/^arrived \d\d:\d\d.*allowed lateness 0( ms| s)?$/);
  });
  it('droppedMask flags exactly the dropped orders, and flagsByMask moves the flags onto the track', () => {
    const ids = new Set(m.droppedOrders.map((o) => o.id));
    const flagged = run.events.filter((_, i) => m.droppedMask[i] === 1);
    expect(flagged.length).toBe(ids.size);
    for (const o of flagged) expect(ids.has(o.id)).toBe(true);
    const track = buildOrderTrack(
      run.events,
      (t) => t,
      (t) => t,
    );
    expect(flagsByMask(track, m.droppedMask)).toEqual(flagsByTrack(run, track, ids));
  });
  it('streamStatus counts at the playhead', () => {
    expect(streamStatus(m, NOON - 1)).toBe('watermark none yet · 0 windows open · 0 dropped');
    const end = run.timeline.to;
    const c = streamCounts(m, end);
    expect(c.open).toBe(0);
    expect(c.dropped).toBe(m.droppedOrders.length);
    expect(streamStatus(m, NOON + 7 * M)).toMatch(/^watermark 12:0\d(:\d0)? · \d windows? open/);
  });
  it('without flushing, windows the watermark never passed stay "never closed"', () => {
    const idle = streamModel(runLab({ ...small, stream: { flushAtEnd: false } }))!;
    expect(idle.neverClosed.size).toBeGreaterThan(0);
    for (const w of idle.windows)
      if (idle.neverClosed.has(windowKey(w.window))) expect(w.closeAt).toBeNaN();
  });
});

describe('microBatchModel', () => {
  it('groups each batch rows per window, with its caption', () => {
    const run = runLab(small);
    const m = microBatchModel(run)!;
    if (!run.microBatch.ok) throw new Error(run.microBatch.error);
    const b = run.microBatch.value[3]!;
    const windows = new Set(b.rows.map((r) => windowKey(r.window)));
    expect(m.badges.filter((x) => x.batch === b.id)).toHaveLength(windows.size);
    expect(currentBatch(m, b.emittedAt)).toBe(b);
    expect(batchCaption(b)).toMatch(/^batch \d+ · \d\d:\d\d · watermark .+ · \d+ rows?$/);
    expect(batchCaption(null)).toBe('waiting for the first trigger');
    // Batch 0 ran before any watermark (Spark's starts at 0): "none yet", not 00:00.
    expect(batchCaption(run.microBatch.value[0]!)).toContain('watermark none yet');
  });
  it('complete mode marks re-sent windows unchanged; append marks rows final', () => {
    const complete = microBatchModel(runLab({ ...small, microBatch: { outputMode: 'complete' } }))!;
    expect(complete.badges.some((b) => b.kind === 'unchanged')).toBe(true);
    const append = microBatchModel(runLab({ ...small, microBatch: { outputMode: 'append' } }))!;
    expect(append.badges.every((b) => b.kind === 'final')).toBe(true);
  });
  it('is null when the micro-batch cannot run the settings (session windows)', () => {
    expect(microBatchModel(runLab({ ...small, window: { kind: 'session', gap: M } }))).toBeNull();
  });
});

describe('batchModel', () => {
  const run = runLab({
    // Half the devices go offline at 12:50 for 15 minutes: their orders arrive after 13:00.
    scenario: {
      duration: 55 * M,
      rate: 20,
      outages: [{ start: NOON + 50 * M, duration: 15 * M, share: 0.5 }],
    },
    batch: { schedule: 'hourly', runDelay: 0, duration: 5 * M },
  });
  const m = batchModel(run)!;

  it('labels each job with its times and what it read', () => {
    expect(m.jobs[0]!.label).toMatch(/^hourly job 13:00–13:05 reads [\d,]+ orders$/);
    expect(m.jobs.some((j) => j.rerun)).toBe(true);
  });
  it('orders missed by the job stay missed until the re-run picks them up', () => {
    const rerun = m.jobs.find((j) => j.rerun)!;
    const before = missedCounts(m, rerun.run.emittedAt - 1);
    expect(before.missing).toBeGreaterThan(0);
    expect(before.picked).toBe(0);
    const after = missedCounts(m, rerun.run.emittedAt);
    expect(after.missing).toBe(0);
    expect(after.picked).toBe(before.missing);
  });
  it('batchStatus follows the job', () => {
    expect(batchStatus(m, NOON, 0)).toBe('stored: 0 orders · waiting for the job at 13:00');
    expect(batchStatus(m, 13 * H + M, 10)).toBe('stored: 10 orders · job running since 13:00');
  });
});

describe('tallyKept (tumbling fast path)', () => {
  it('equals tallying only the orders the stream did not drop', () => {
    const run = runLab({
      scenario: { lateShare: 0.4, rate: 120 },
      stream: { watermarkBound: 20_000, earlyEvery: 0 },
    });
    if (!run.stream.ok) throw new Error(run.stream.error);
    const dropped = run.stream.value.dropped;
    expect(dropped.length).toBeGreaterThan(10);
    const ids = new Set(dropped.map((e) => e.id));
    expect(tallyKept(run, dropped)).toEqual(tallyWindows(run, [], (e) => !ids.has(e.id)));
    expect(tallyKept(run, [])).toEqual(tallyWindows(run, [], () => true));
    expect(allOrdersTally(run)).toEqual(tallyWindows(run, [], () => true));
  });

  it('equals tallying the kept orders for any seed, lateness, bound and window (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.constantFrom(0, 0.2, 0.6),
        fc.integer({ min: 0, max: 120_000 }),
        fc.constantFrom(M, 5 * M, 7 * M),
        fc.integer({ min: 0, max: 3 }),
        (seed, lateShare, watermarkBound, size, offsetMinutes) => {
          const run = runLab({
            scenario: { seed, lateShare, rate: 60, duration: 20 * M },
            window: { kind: 'tumbling', size, offset: (offsetMinutes * M) % size },
            stream: { watermarkBound, earlyEvery: 0 },
          });
          if (!run.stream.ok) return;
          const dropped = run.stream.value.dropped;
          const ids = new Set(dropped.map((e) => e.id));
          expect(tallyKept(run, dropped)).toEqual(tallyWindows(run, [], (e) => !ids.has(e.id)));
          expect(allOrdersTally(run)).toEqual(tallyWindows(run, [], () => true));
        },
      ),
      { numRuns: 25 },
    );
  });
});

describe('stream lane in Kafka Streams’ words', () => {
  it('streamStatus names stream time, not a watermark', () => {
    const run = runLab({ ...small, stream: { flavour: 'kafka-streams' } });
    const m = streamModel(run)!;
    expect(streamStatus(m, NOON + 7 * M)).toMatch(/^stream time 12:0\d(:\d0)? · /);
  });
});

describe('droppedMask', () => {
  it('flags the last order with each dropped id, whatever the ids (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.integer({ min: 0, max: 40 }),
            fc.integer({ min: 0, max: 400 }),
            fc.constantFrom(-1, 0.5, 1e9),
          ),
          { maxLength: 40 },
        ),
        fc.array(fc.integer({ min: -2, max: 400 }), { maxLength: 10 }),
        (ids, droppedIds) => {
          const events = ids.map((id) => ({ id }) as OrderEvent);
          const dropped = droppedIds.map((id) => ({ id }) as OrderEvent);
          const expected = new Uint8Array(events.length);
          for (const d of dropped) {
            const i = ids.lastIndexOf(d.id);
            if (i >= 0) expected[i] = 1;
          }
          expect(droppedMask(events, dropped)).toEqual(expected);
        },
      ),
    );
  });
});
