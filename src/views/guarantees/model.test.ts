import { describe, expect, it } from 'vitest';
import { guarantees, time, type OrderEvent, type StreamConfig } from '../../engine';
import { backfillModel, lambdaModel } from './backfillModel';
import { savepointModel } from './savepointModel';
import {
  crashModel,
  defaultCrashAt,
  formatSigned,
  graphModel,
  logSpan,
  playheadX,
  spanOf,
  stripModel,
  windowNote,
} from './model';

const buildJob = guarantees.buildJob;
const DAY = time.DAY;
const HOUR = time.HOUR;

const order = (id: number, key: string, t: number, amount = 100): OrderEvent => ({
  id,
  key,
  amount,
  eventTime: t,
  arrivalTime: t,
});
const stream: StreamConfig = {
  window: { kind: 'tumbling', size: 60_000 },
  watermark: { kind: 'bounded', maxOutOfOrderness: 0, interval: 0 },
  flushAtEnd: true,
};
// Orders of $1 every 5 s from 12:00:00 to 12:00:30; checkpoints every 10 s.
const NOON = 12 * HOUR;
const events = [0, 5, 10, 15, 20, 25, 30].map((s, i) =>
  order(i, i % 2 ? 'b' : 'a', NOON + s * 1000),
);
const job = buildJob(events, stream);

describe('crashModel(job, every 10 s, crash at 12:00:25)', () => {
  const model = crashModel(job, 10_000, NOON + 25_000);

  it('tells which checkpoint is restored and which orders fall in between', () => {
    expect(model.story).toBe(
      'Crash at 12:00:25. The job restores checkpoint 2 at 12:00:20 (offset 4). Between it and the crash (offsets 4 to 4) it had processed 1 order (id 4, $1.00).',
    );
  });

  it('puts each guarantee’s totals beside the run without a crash', () => {
    expect(model.noCrash).toBe(700);
    expect(model.truth).toBe(700);
    expect(model.rows.map((r) => [r.guarantee, r.beforeCrash, r.final, r.diff])).toEqual([
      ['at-most-once', 400, 600, -100],
      ['at-least-once', 500, 800, 100],
      ['exactly-once', 400, 700, 0],
    ]);
    expect(model.rows[1]!.explanation).toBe(
      '1 order (id 4, $1.00) was written before the crash and again by the replay: counted twice.',
    );
  });

  it('names the first mode for what it models, offsets committed before processing, not a Flink sink mode', () => {
    const row = model.rows[0]!;
    expect(row.label).toBe('Offsets committed first (at most once)');
    expect(row.rule).toContain('commits its offsets as it reads');
    expect(row.rule).toContain('no Flink sink mode does');
  });

  it('signs differences with an arrow as well as a sign', () => {
    expect(formatSigned(100)).toBe('+$1.00 ▲');
    expect(formatSigned(-100)).toBe('−$1.00 ▼');
    expect(formatSigned(0)).toBe('same');
  });
});

describe('graphModel and stripModel at 12:00:12', () => {
  it('lays four operators in a row and reports the source offset, barrier and state', () => {
    const g = graphModel(job, 10_000, null, NOON + 12_000, 640);
    expect(g.nodes.map((n) => n.id)).toEqual(['source', 'keyby', 'window', 'sink']);
    expect(g.nodes[3]!.x + g.nodes[3]!.width).toBeCloseTo(640);
    expect(g.nodes[0]!.lines[0]).toBe('read 3 of 7');
    expect(g.barrierLabel).toBe('checkpoint 1');
    expect(g.barrierId).toBe(1);
    // The watermark mark sits on the path from the source to the sink.
    expect(g.marks.watermark.x).toBeGreaterThanOrEqual(g.edges[0]!.x1);
    expect(g.marks.watermark.x).toBeLessThan(g.nodes[3]!.x);
    expect(g.keys.map((k) => k.label)).toEqual(['a: 1 window, $2.00', 'b: 1 window, $1.00']);
    // keyBy routes; the keyed state is the window operator's.
    expect(g.nodes[1]!.lines).toEqual(['routes by product', 'holds no state']);
    expect(g.nodes[2]!.lines[0]).toBe('state: 2 windows, 2 keys');
    expect(g.status).toBe('running');
  });

  it('at the crash the job reads as failed, then as replaying from its checkpoint', () => {
    const g = graphModel(job, 10_000, NOON + 25_000, NOON + 28_000, 640);
    expect(g.status).toBe('failed');
    expect(g.summary).toContain('Failed at 12:00:25');
    const r = graphModel(job, 10_000, NOON + 25_000, NOON + 35_000, 640);
    expect(r.status).toBe('replaying');
    expect(r.summary).toContain('Restored checkpoint 2, replaying offsets 4–4');
  });

  it('the strip places barriers, the crash and the replayed band on one scale', () => {
    const s = stripModel(job, 10_000, NOON + 25_000, 300);
    expect(s.barriers.map((b) => b.x)).toEqual([100, 200, 300]); // 12:00:30 comes before that order
    expect(s.crash?.x).toBe(250);
    expect(s.replay).toEqual({ x0: 200, x1: 250 });
    expect(playheadX(s, NOON + 15_000)).toBe(150);
    // Keys a and b each hold one minute-window from their first order until the flush at the end.
    expect(s.stateMax).toBe(2);
    expect(s.statePath.startsWith('M0,')).toBe(true);
  });

  it('a default crash falls 60 % through the log, on a whole second', () => {
    expect(defaultCrashAt(spanOf(events))).toBe(NOON + 18_000);
    expect(spanOf(events)).toEqual(logSpan(job));
  });
});

describe('backfillModel over eight days, found on day 7', () => {
  const days = [0, 1, 2, 3, 4, 5, 6, 7].map((d) => order(d, 'a', d * DAY + NOON));
  const settings = {
    period: DAY,
    foundAt: 7 * DAY + 18 * HOUR,
    retention: Infinity,
    batchRunDelay: HOUR,
    batchDuration: 20 * 60_000,
  };

  it('before the fix, every architecture serves the buggy totals', () => {
    const m = backfillModel(days, settings, 7 * DAY + 12 * HOUR);
    expect(m.rows.map((r) => r.state)).toEqual(['buggy', 'buggy', 'buggy']);
    expect(m.warning).toBeNull();
  });

  it('long after, all three are right, with different work', () => {
    const m = backfillModel(days, settings, 9 * DAY);
    expect(m.rows.map((r) => r.state)).toEqual(['right', 'right', 'right']);
    expect(m.rows.map((r) => r.work)).toEqual([
      '7 orders re-read',
      '8 orders re-read, every night',
      '8 orders replayed',
    ]);
  });

  it('with two days of retention the warning names what is gone, and Kappa stays short', () => {
    const m = backfillModel(days, { ...settings, retention: 2 * DAY }, 9 * DAY);
    expect(m.warning).toContain('6 orders, $6.00');
    expect(m.warning).toContain('Keep at least 7 d 6 h of retention.');
    expect(m.rows[2]).toMatchObject({ state: 'short', rightAt: 'never, from this log' });
  });

  it('Lambda with only the batch layer patched disagrees on finished days', () => {
    const periods = lambdaModel(days, settings, false, 8 * DAY);
    expect(periods[0]).toMatchObject({ batch: 100, speed: 120, disagree: true });
    expect(lambdaModel(days, settings, true, 8 * DAY).some((p) => p.disagree)).toBe(false);
  });
});

describe('savepointModel(stop at 12:00:12)', () => {
  it('the same job resumed ends where it would have without stopping', () => {
    const m = savepointModel(events, stream, NOON + 12_000, 'none');
    expect(m.verdict).toContain('✓ Resumed from the savepoint');
    expect(m.lines[0]).toEqual({ label: 'Savepoint', value: 'at 12:00:12, offset 3' });
  });

  it('a new formula leaves a window mixing both, short of the new job run from the start', () => {
    const m = savepointModel(events, stream, NOON + 12_000, 'formula');
    expect(m.lines.at(-1)).toEqual({ label: 'Rows mixing both formulas', value: '2' });
    expect(m.verdict).toBe(
      '✗ Neither the old job nor the new one: $0.60 short of the new job run from the start.',
    );
  });

  it('a new window size restores every window state, which fires with its old size', () => {
    const m = savepointModel(events, stream, NOON + 12_000, 'window-size');
    expect(m.lines[1]!.value).toBe('2: all restored');
    expect(m.lines.at(-1)).toEqual({
      label: 'Restored windows firing with the old size',
      value: '2',
    });
    expect(m.notes[1]).toContain('keep their old bounds');
  });
});

describe('windowNote(spec)', () => {
  it('says sliding windows become tumbling windows of their size, sessions of their gap', () => {
    expect(windowNote({ kind: 'sliding', size: 600_000, slide: 300_000 })).toContain(
      'sliding 10 min windows become tumbling 10 min windows (their size)',
    );
    expect(windowNote({ kind: 'session', gap: 120_000 })).toContain(
      'sessions become tumbling 2 min windows (their gap)',
    );
  });
  it('says nothing for tumbling or global windows', () => {
    expect(windowNote({ kind: 'tumbling', size: 60_000 })).toBeNull();
    expect(windowNote({ kind: 'global' })).toBeNull();
  });
});
