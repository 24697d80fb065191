// Every panel that says how many orders a lane has lost counts them alike at every playhead: the
// lane headers and footers, the late side output, the explanations and the results' summary.
import { describe, expect, it } from 'vitest';
import { lab, time } from '../engine';
import { batchFacts, microBatchFacts, streamFacts } from './explain/facts';
import { batchModel, missedCounts } from './lanes/batchModel';
import { streamCounts, streamModel } from './lanes/streamModel';
import { lostAt as resultsLost } from './results/model';
import { lostAt } from './lost';

const run = lab.runLab({
  scenario: {
    lateShare: 0.4,
    lateDelay: { kind: 'exponential', mean: 20 * time.MINUTE, max: 60 * time.MINUTE },
  },
  batch: { schedule: 'hourly', runDelay: 0 },
});

describe('lostAt(run, t)', () => {
  const { from, to } = run.timeline;
  const playheads = Array.from({ length: 301 }, (_, i) => from + ((to - from) * i) / 300);
  const stream = streamModel(run)!;
  const batch = batchModel(run)!;

  it('is what the stream lane, its explanation and the results say was dropped', () => {
    for (const t of playheads) {
      const n = lostAt(run, t).streamDropped;
      expect(streamCounts(stream, t).dropped).toBe(n);
      const f = streamFacts(run, t);
      expect(f.ok && f.dropped).toBe(n);
      expect(resultsLost(run, t).streamDropped).toBe(n);
    }
    expect(lostAt(run, to).streamDropped).toBeGreaterThan(0);
  });

  it('is what the micro-batch explanation and the results say was ignored as too late', () => {
    for (const t of playheads) {
      const n = lostAt(run, t).microDropped;
      const f = microBatchFacts(run, t);
      expect(f.ok && f.dropped).toBe(n);
      expect(resultsLost(run, t).microDropped).toBe(n);
    }
    expect(lostAt(run, to).microDropped).toBeGreaterThan(0);
  });

  it('is what the batch lane and the results say was missed and picked up', () => {
    let picked = 0;
    for (const t of playheads) {
      const l = lostAt(run, t);
      expect(missedCounts(batch, t)).toEqual({
        missing: l.batchMissed - l.batchRecovered,
        picked: l.batchRecovered,
      });
      expect(resultsLost(run, t)).toMatchObject({
        batchMissed: l.batchMissed,
        batchRecovered: l.batchRecovered,
      });
      // The explanation's "N orders of that period arrived after it had started" never counts
      // orders that have not arrived yet.
      const f = batchFacts(run, t);
      if (f.ok && f.done) expect(f.done.missed).toBeLessThanOrEqual(l.batchMissed);
      picked = Math.max(picked, l.batchRecovered);
    }
    expect(lostAt(run, to).batchMissed).toBeGreaterThan(0);
    expect(picked).toBeGreaterThan(0);
  });
});
