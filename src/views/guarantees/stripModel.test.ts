import { describe, expect, it } from 'vitest';
import { stripX } from '../../geometry/checkpointStrip';
import { job, NOON } from './fixtures';
import { stripModel } from './stripModel';

describe('stripModel(job, every 10 s, crash at 12:00:25, 300 px)', () => {
  it('the strip places barriers, the crash and the replayed band on one scale', () => {
    const s = stripModel(job, 10_000, NOON + 25_000, 300);
    expect(s.barriers.map((b) => b.x)).toEqual([100, 200, 300]); // 12:00:30 comes before that order
    expect(s.crash?.x).toBe(250);
    expect(s.replay).toEqual({ x0: 200, x1: 250 });
    expect(stripX(s, NOON + 15_000)).toBe(150);
    // Keys a and b each hold one minute-window from their first order until the flush at the end.
    expect(s.stateMax).toBe(2);
    expect(s.statePath.startsWith('M0,')).toBe(true);
  });
  it('labels the crash with its clock time, and has none without a crash', () => {
    expect(stripModel(job, 10_000, NOON + 25_000, 300).crash?.label).toBe('crash 12:00:25');
    const none = stripModel(job, 10_000, null, 300);
    expect(none.crash).toBeNull();
    expect(none.replay).toBeNull();
  });
});
