import { describe, expect, it } from 'vitest';
import { checkpointStrip, STATE_HEIGHT, stripX } from './checkpointStrip';

// A strip of 300 px over 0..30 s: checkpoints every 10 s, a crash at 25 s that replays from 20 s,
// and two states alive from 0 s and 5 s until 30 s.
const input = {
  from: 0,
  to: 30_000,
  width: 300,
  checkpoints: [
    { id: 1, at: 10_000 },
    { id: 2, at: 20_000 },
    { id: 3, at: 30_000 },
  ],
  crash: { at: 25_000, replayFrom: 20_000 },
  bornAt: [0, 5_000],
  clearedAt: [30_000, 30_000],
};

describe('checkpointStrip(input)', () => {
  const s = checkpointStrip(input);
  it('places barriers, the crash and the replayed band on one scale', () => {
    expect(s.barriers.map((b) => [b.x, b.id])).toEqual([
      [100, 1],
      [200, 2],
      [300, 3],
    ]);
    expect(s.thinned).toBe(false);
    expect(s.crash).toEqual({ x: 250 });
    expect(s.replay).toEqual({ x0: 200, x1: 250 });
    expect(stripX(s, 15_000)).toBe(150);
    expect(stripX(s, 60_000)).toBe(300);
  });
  it('draws live state as a step line above the axis, the most at full height', () => {
    expect(s.stateMax).toBe(2);
    expect(s.statePath.startsWith('M0,')).toBe(true);
    expect(s.statePath).toContain(`,${-STATE_HEIGHT}`);
  });
  it('thins barriers to one per 2 px, and has no crash band without a crash', () => {
    const many = Array.from({ length: 1000 }, (_, i) => ({ id: i + 1, at: (i + 1) * 30 }));
    const t = checkpointStrip({ ...input, checkpoints: many, crash: null });
    expect(t.thinned).toBe(true);
    expect(t.barriers.length).toBeLessThanOrEqual(150);
    expect(t.crash).toBeNull();
    expect(t.replay).toBeNull();
  });
});
