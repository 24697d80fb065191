import { describe, expect, it } from 'vitest';
import { runLab } from '../../engine';
import { createTimeWarp } from '../../geometry/timewarp';
import { explainLane, explanationTime } from './explain';

const MIN = 60_000;
const warp = createTimeWarp(
  Array.from({ length: 11 }, (_, i) => i * MIN),
  {
    from: 0,
    to: 10 * MIN,
    maxGap: 5 * MIN,
    gapSize: MIN,
  },
);

describe('explanationTime', () => {
  it('is the playhead itself when paused', () => {
    expect(explanationTime({ playhead: 12_345, playing: false, speed: 1, warp })).toBe(12_345);
  });
  it('while playing at 1 min/s, rounds down to 15 s steps (a quarter of a real second)', () => {
    expect(explanationTime({ playhead: 29_999, playing: true, speed: 1, warp })).toBe(15_000);
    expect(explanationTime({ playhead: 30_000, playing: true, speed: 1, warp })).toBe(30_000);
  });
  it('never runs ahead of the playhead', () => {
    for (const p of [0, 1, 59_999, 4 * MIN + 7]) {
      expect(explanationTime({ playhead: p, playing: true, speed: 8, warp })).toBeLessThanOrEqual(
        p,
      );
    }
  });
});

describe('explainLane', () => {
  it('gives every lane some text at every point of a run', () => {
    const run = runLab();
    for (const lane of ['batch', 'microbatch', 'stream', 'request'] as const) {
      for (const t of [
        run.timeline.from,
        (run.timeline.from + run.timeline.to) / 2,
        run.timeline.to,
      ]) {
        expect(explainLane(lane, run, t).length).toBeGreaterThan(20);
      }
    }
  });
});
