import { describe, expect, it } from 'vitest';
import { lab, time } from '../../engine';
import { batchFacts, microBatchFacts, nextWindowToClose, requestFacts, streamFacts } from './facts';

const run = lab.runLab({ scenario: { lateShare: 0.3 } });
const start = run.settings.scenario.start;
const end = run.timeline.to;

describe('nextWindowToClose', () => {
  it('nextWindowToClose(tumbling 5m, 12:04:10) is 12:00–12:05', () => {
    const w = nextWindowToClose(
      { kind: 'tumbling', size: 5 * time.MINUTE },
      12 * time.HOUR + 4 * time.MINUTE + 10_000,
    );
    expect(w).toEqual({ start: 12 * time.HOUR, end: 12 * time.HOUR + 5 * time.MINUTE });
  });
  it('a window whose end - 1 the watermark has reached counts as fired', () => {
    const w = nextWindowToClose(
      { kind: 'tumbling', size: 5 * time.MINUTE },
      12 * time.HOUR + 5 * time.MINUTE - 1,
    );
    expect(w!.start).toBe(12 * time.HOUR + 5 * time.MINUTE);
  });
  it('for sliding windows it is the open window with the earliest end', () => {
    const w = nextWindowToClose(
      { kind: 'sliding', size: 10 * time.MINUTE, slide: 5 * time.MINUTE },
      12 * time.HOUR + 6 * time.MINUTE,
    );
    expect(w).toEqual({ start: 12 * time.HOUR, end: 12 * time.HOUR + 10 * time.MINUTE });
  });
  it('is null for sessions and infinite watermarks', () => {
    expect(nextWindowToClose({ kind: 'session', gap: time.MINUTE }, 0)).toBeNull();
    expect(nextWindowToClose({ kind: 'tumbling', size: time.MINUTE }, Infinity)).toBeNull();
  });
});

describe('facts at the playhead', () => {
  it('before any order: no watermark, nothing arrived, no batch yet', () => {
    const s = streamFacts(run, start - 1);
    expect(s.ok && s.watermark).toBeNull();
    expect(s.ok && s.arrived).toBe(0);
    const m = microBatchFacts(run, start - 1);
    expect(m.ok && m.last).toBeNull();
    const b = batchFacts(run, start - 1);
    expect(b.ok && b.done).toBeNull();
    expect(b.ok && b.pending?.startedAt).toBe(time.DAY + time.HOUR);
  });

  it('counts grow with the playhead and never exceed what arrived', () => {
    let prev = { arrived: 0, dropped: 0, inResults: 0 };
    for (let t = start; t <= end; t += 2 * time.MINUTE) {
      const s = streamFacts(run, t);
      if (!s.ok) throw new Error(s.error);
      expect(s.arrived).toBeGreaterThanOrEqual(prev.arrived);
      expect(s.dropped).toBeGreaterThanOrEqual(prev.dropped);
      expect(s.inResults + s.dropped).toBeLessThanOrEqual(s.arrived);
      prev = s;
      const m = microBatchFacts(run, t);
      if (!m.ok) throw new Error(m.error);
      expect(m.read).toBeLessThanOrEqual(m.arrived);
    }
  });

  it('at the end every order is accounted for by the stream with the source ending', () => {
    const s = streamFacts(run, end);
    if (!s.ok) throw new Error(s.error);
    expect(s.watermark).toBe(Infinity);
    expect(s.arrived).toBe(run.events.length);
    expect(s.inResults + s.dropped).toBe(run.events.length);
    expect(s.dropped).toBe(run.stream.ok ? run.stream.value.dropped.length : -1);
  });

  it('the stream reports never-closing windows when the source does not end', () => {
    const open = lab.runLab({ stream: { flushAtEnd: false } });
    const s = streamFacts(open, open.timeline.to);
    expect(s.ok && s.neverClosed).toBeGreaterThan(0);
  });

  it('after the nightly job it reports what the job read', () => {
    const b = batchFacts(run, end);
    if (!b.ok) throw new Error(b.error);
    expect(b.done).not.toBeNull();
    expect(b.done!.read + b.done!.missed).toBe(run.events.length);
  });

  it('a session-window run reports the micro-batch error', () => {
    const sessions = lab.runLab({ window: { kind: 'session', gap: 2 * time.MINUTE } });
    const m = microBatchFacts(sessions, start);
    expect(m.ok).toBe(false);
  });

  it('requestFacts counts arrived orders and orders still on the way', () => {
    const r = requestFacts(run, start + 10 * time.MINUTE);
    expect(r.arrived).toBeGreaterThan(0);
    expect(r.inFlight).toBeGreaterThan(0);
    expect(r.costMs).toBeGreaterThan(2);
  });
});
