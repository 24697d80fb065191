import { describe, expect, it } from 'vitest';
import { lab } from '../../engine';
import { explainLane } from './explain';

describe('explainLane', () => {
  it('gives every lane some text at every point of a run', () => {
    const run = lab.runLab();
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
