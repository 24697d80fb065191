import { describe, expect, it } from 'vitest';
import { metrics, time, lab } from '../../engine';
import type { LaneId, LaneSummary } from '../../engine';
import { MARK_SPACING } from '../../geometry/latencyChartMarks';
import { chartModel, formatScore, CHART_SIZE } from './model';

const HOUR = time.HOUR;
const SECOND = time.SECOND;

function summary(
  approach: LaneId,
  latency: { p50: number; p95: number; max: number; count?: number },
  extra: Partial<LaneSummary> = {},
): LaneSummary {
  const stats = { count: latency.count ?? 10, mean: latency.p50, ...latency };
  // End to end adds the same 1 s of network delay to every order; the chart must ignore it.
  return {
    latency: { ...stats, p50: stats.p50 + 1000, p95: stats.p95 + 1000, max: stats.max + 1000 },
    addedLatency: stats,
    complexity: metrics.complexityOf(approach, approach === 'stream' ? { stream: {} } : {}),
    emissions: [],
    correctness: 0.941,
    ...extra,
  };
}

function lanes(over: Partial<Record<LaneId, LaneSummary>> = {}): Record<LaneId, LaneSummary> {
  return {
    request: summary('request', { p50: 3, p95: 5, max: 8 }),
    stream: summary('stream', { p50: 4.2 * SECOND, p95: 9.1 * SECOND, max: 20 * SECOND }),
    microbatch: summary('microbatch', { p50: 60 * SECOND, p95: 90 * SECOND, max: 120 * SECOND }),
    batch: summary('batch', { p50: 13 * HOUR, p95: 24 * HOUR, max: 25 * HOUR }),
    ...over,
  };
}

describe('chartModel', () => {
  it('places one mark per lane, fastest lane leftmost, and names it with its figures', () => {
    const { marks, notes } = chartModel(lanes());
    expect(notes).toEqual([]);
    expect(marks.map((m) => m.lane)).toEqual(['request', 'stream', 'microbatch', 'batch']);
    for (let i = 1; i < marks.length; i++) expect(marks[i]!.x).toBeGreaterThan(marks[i - 1]!.x);
    const stream = marks.find((m) => m.lane === 'stream')!;
    expect(stream.label).toBe('Stream: p50 4.2 s, p95 9.1 s, complexity 12, 94.1% right');
    expect(stream.whiskerX2).toBeGreaterThan(stream.x);
    expect(stream.mechanisms.length).toBeGreaterThan(3);
  });

  it("shows the engine's re-derived scores on the default run: per-request 2, stream 12, micro-batch 12 (always on, replay-tolerant sink), batch 2", () => {
    const { marks } = chartModel(lab.runLab(lab.defaultLabSettings).lanes);
    const byLane = Object.fromEntries(marks.map((m) => [m.lane, m]));
    expect(marks.map((m) => [m.lane, m.score])).toEqual(
      expect.arrayContaining([
        ['request', 2],
        ['stream', 12],
        ['microbatch', 12],
        ['batch', 2],
      ]),
    );
    // The table's Complexity column and the mark's label print the same figure.
    expect(formatScore(byLane.microbatch!.score)).toBe('12');
    expect(byLane.microbatch!.label).toContain('complexity 12,');
    expect(byLane.microbatch!.mechanisms.map((x) => x.id)).toEqual(
      expect.arrayContaining(['always-on-cluster', 'idempotent-sink']),
    );
  });

  it('puts the stream lane higher than the batch lane: it needs more machinery', () => {
    const { marks } = chartModel(lanes());
    const y = (l: LaneId) => marks.find((m) => m.lane === l)!.y;
    expect(y('stream')).toBeLessThan(y('batch'));
    expect(y('stream')).toBeGreaterThanOrEqual(0);
    expect(y('batch')).toBeLessThanOrEqual(CHART_SIZE.height);
  });

  it('gives a lane that failed no mark but a note with its reason', () => {
    const { marks, notes } = chartModel(
      lanes({
        microbatch: summary(
          'microbatch',
          { p50: NaN, p95: NaN, max: NaN, count: 0 },
          {
            error:
              'micro-batch pipeline supports tumbling, sliding and global windows, not session',
          },
        ),
      }),
    );
    expect(marks.map((m) => m.lane)).not.toContain('microbatch');
    expect(notes).toHaveLength(1);
    expect(notes[0]!.text).toMatch(/^Micro-batch: no mark.*not session/);
  });

  it('gives a lane without any measured latency a note instead of a mark at the axis end', () => {
    const { marks, notes } = chartModel(
      lanes({ stream: summary('stream', { p50: NaN, p95: NaN, max: NaN, count: 0 }) }),
    );
    expect(marks.map((m) => m.lane)).not.toContain('stream');
    expect(notes[0]!.text).toMatch(/^Stream: no mark/);
  });

  it('moves the stream mark right when its latency grows, at the same height', () => {
    const before = chartModel(lanes()).marks.find((m) => m.lane === 'stream')!;
    const after = chartModel(
      lanes({
        stream: summary('stream', { p50: 70 * SECOND, p95: 90 * SECOND, max: 100 * SECOND }),
      }),
    ).marks.find((m) => m.lane === 'stream')!;
    expect(after.x).toBeGreaterThan(before.x);
    expect(after.y).toBe(before.y);
  });
});

describe('formatScore', () => {
  it('formatScore shows halves exactly and whole numbers without a decimal', () => {
    expect(formatScore(12.5)).toBe('12.5');
    expect(formatScore(13)).toBe('13');
  });
});

describe('chartModel: marks that would sit on one spot', () => {
  it('steps one aside so their targets never overlap', () => {
    const { marks } = chartModel(
      lanes({
        stream: summary('stream', { p50: 60 * SECOND, p95: 70 * SECOND, max: 80 * SECOND }),
        microbatch: summary('microbatch', { p50: 61 * SECOND, p95: 90 * SECOND, max: 99 * SECOND }),
      }),
      { width: 340, height: 260, font: 13 },
    );
    for (const a of marks)
      for (const b of marks)
        if (a !== b) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(MARK_SPACING);
  });
});

describe('chartModel: labels in a short drawing', () => {
  // The stage's chart under a preset's card: 336 x 151 px at 13 px text. Preset 9's marks sit
  // two abreast near the top (stream and micro-batch within a minute of each other).
  const crowded = lanes({
    stream: summary('stream', { p50: 4 * 60 * SECOND, p95: 5 * 60 * SECOND, max: 6 * 60 * SECOND }),
    microbatch: summary('microbatch', {
      p50: 90 * SECOND,
      p95: 2 * 60 * SECOND,
      max: 3 * 60 * SECOND,
    }),
  });
  const overlap = (
    a: { x0: number; y0: number; x1: number; y1: number },
    b: { x0: number; y0: number; x1: number; y1: number },
  ) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

  it.each([
    ['crowded, 336 x 151', crowded, { width: 336, height: 151, font: 13 }],
    ['default, 336 x 151', lanes(), { width: 336, height: 151, font: 13 }],
    ['crowded, presenter 420 x 190', crowded, { width: 420, height: 190, font: 16 }],
  ])(
    '%s: no label covers another label, a mark or the axes, and none leaves the drawing',
    (_n, l, size) => {
      const { marks, frame } = chartModel(l, size);
      expect(marks).toHaveLength(4);
      const r = size.font * 0.8;
      for (const m of marks) {
        const box = m.labelBox;
        expect(box.x0).toBeGreaterThanOrEqual(0);
        expect(box.y0).toBeGreaterThanOrEqual(0);
        expect(box.x1).toBeLessThanOrEqual(frame.width);
        expect(box.y1).toBeLessThanOrEqual(frame.height - frame.margin.bottom);
        expect(box.x0).toBeGreaterThanOrEqual(frame.margin.left - 2);
        for (const o of marks) {
          if (o === m) continue;
          expect(overlap(box, o.labelBox), `${m.lane} label over ${o.lane} label`).toBe(false);
          const ring = { x0: o.x - r, y0: o.y - r, x1: o.x + r, y1: o.y + r };
          expect(overlap(box, ring), `${m.lane} label over ${o.lane} mark`).toBe(false);
        }
      }
    },
  );
});
