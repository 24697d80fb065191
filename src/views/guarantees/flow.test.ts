import { describe, expect, it } from 'vitest';
import { guarantees, time, type OrderEvent, type StreamConfig } from '../../engine';
import {
  barrierInFlight,
  flowMarks,
  quantise,
  recoveryPhase,
  RESTART_DELAY,
  watermarkProgress,
} from './flow';

const buildJob = guarantees.buildJob;
const HOUR = time.HOUR;

const order = (id: number, t: number): OrderEvent => ({
  id,
  key: id % 2 ? 'b' : 'a',
  amount: 100,
  eventTime: t,
  arrivalTime: t,
});
const NOON = 12 * HOUR;
const stream: StreamConfig = {
  window: { kind: 'tumbling', size: 60_000 },
  watermark: { kind: 'bounded', maxOutOfOrderness: 0, interval: 0 },
  flushAtEnd: true,
};
// An order every 5 s from 12:00:00 to 12:02:00; the watermark follows each order (no delay).
const events = Array.from({ length: 25 }, (_, i) => order(i, NOON + i * 5_000));
const job = buildJob(events, stream);
const path = [{ x1: 100, x2: 400, y: 80 }];

describe('watermarkProgress(job, at)', () => {
  it('is 0 before any watermark and 1 once the source has ended', () => {
    expect(watermarkProgress(job, NOON - 1_000)).toBe(0);
    expect(watermarkProgress(buildJob(events, { ...stream }), NOON + 10 * HOUR)).toBe(1);
  });
  it('grows as the watermark moves through a one-minute window, and starts again at the next', () => {
    const at20 = watermarkProgress(job, NOON + 20_000);
    const at40 = watermarkProgress(job, NOON + 40_000);
    // Flink's bounded watermark trails the largest event time by 1 ms: 12:00:19.999 at 12:00:20.
    expect(at20).toBe(20_000 / 60_000);
    expect(at40).toBeGreaterThan(at20);
    // 12:00:59.999 fires the first window: the mark is at the sink; then it enters the next one.
    expect(watermarkProgress(job, NOON + 60_000)).toBe(1);
    expect(watermarkProgress(job, NOON + 65_000)).toBe(5_000 / 60_000);
  });
});

describe('barrierInFlight(job, every 20 s, at)', () => {
  it('checkpoint 1 enters half an interval before 12:00:20 and reaches the sink at 12:00:20', () => {
    expect(barrierInFlight(job, 20_000, NOON + 9_000, null)).toBeNull();
    expect(barrierInFlight(job, 20_000, NOON + 10_000, null)).toEqual({ id: 1, progress: 0 });
    expect(barrierInFlight(job, 20_000, NOON + 15_000, null)).toEqual({ id: 1, progress: 0.5 });
    expect(barrierInFlight(job, 20_000, NOON + 20_000, null)).toBeNull();
  });
  it('none while the job is down, nor after the last order', () => {
    const down = { from: NOON + 12_000, to: NOON + 22_000 };
    expect(barrierInFlight(job, 20_000, NOON + 15_000, down)).toBeNull();
    expect(barrierInFlight(job, 20_000, NOON + 130_000, null)).toBeNull();
  });
});

describe('recoveryPhase(job, every 20 s, crash at 12:00:50)', () => {
  const crash = NOON + 50_000;
  it('runs before the crash and is down for the restart delay from the crash instant', () => {
    expect(recoveryPhase(job, 20_000, crash, crash - 1).phase).toBe('running');
    expect(recoveryPhase(job, 20_000, null, crash).phase).toBe('running');
    const down = recoveryPhase(job, 20_000, crash, crash);
    expect(down).toMatchObject({ phase: 'failed', restartAt: crash + RESTART_DELAY });
    expect(down.text).toBe('✕ Failed at 12:00:50: the job is down, restarting.');
  });
  it('replays from checkpoint 2 (offset 8) to the crash offset, then has caught up', () => {
    const p = recoveryPhase(job, 20_000, crash, crash + RESTART_DELAY);
    expect(p.phase).toBe('replaying');
    expect(p.text).toBe('⟲ Restored checkpoint 2, replaying offsets 8–9.');
    // 20 s behind at the restart, reading twice as fast as orders arrive: 20 s to catch up.
    expect(p.caughtUpAt).toBe(crash + RESTART_DELAY + 20_000);
    expect(recoveryPhase(job, 20_000, crash, p.caughtUpAt!).phase).toBe('recovered');
  });
});

describe('flowMarks(job, every 20 s, no crash, at, path)', () => {
  it('is a function of the playhead: the same moment gives the same marks', () => {
    const a = flowMarks(job, 20_000, null, NOON + 33_000, path);
    expect(flowMarks(job, 20_000, null, NOON + 33_000, path)).toEqual(a);
    expect(flowMarks(job, 20_000, null, NOON + 45_000, path).watermark.x).toBeGreaterThan(
      a.watermark.x,
    );
    expect(a.barrier).toEqual({ id: 2, x: 100 + 300 * 0.3 });
  });
});

describe('quantise(playhead, 6 s, pins)', () => {
  it('rounds down to the quantum unless a pin lies between', () => {
    expect(quantise(13_000, 6_000, [])).toBe(12_000);
    expect(quantise(13_000, 6_000, [12_500, 20_000])).toBe(12_500);
    expect(quantise(12_400, 6_000, [12_500])).toBe(12_000);
  });
});
