import { describe, expect, it } from 'vitest';
import { HOUR, MINUTE, SECOND } from '../core/time';
import { runStream } from '../pipelines/stream';
import { runMicroBatch } from '../pipelines/microbatch';
import { rerunBatch, runBatch } from '../pipelines/batch';
import { accounting } from './accounting';
import { order as ev } from '../testing/orders';

const s = (x: number) => x * SECOND;

describe('accounting', () => {
  const events = [
    ev(0, 'a', s(1), s(1), 100),
    ev(1, 'a', s(30), s(31), 200),
    ev(2, 'b', s(61), s(61.5), 400),
    ev(3, 'a', s(2), s(130), 800), // late everywhere but in the nightly batch's first hour
  ];

  it('accounting(events, { stream }) splits the events into counted and dropped, with amounts', () => {
    const run = runStream(events, {
      window: { kind: 'tumbling', size: MINUTE },
      watermark: { kind: 'bounded', maxOutOfOrderness: 0, interval: 0 },
    });
    const acc = accounting(events, { stream: run });
    expect(acc.total).toEqual({ events: 4, amount: 1500 });
    expect(acc.stream).toEqual({
      counted: { events: 3, amount: 700 },
      lost: { events: 1, amount: 800 },
      lostAs: 'dropped',
      unread: { events: 0, amount: 0 },
      // [60 s, 120 s) never closes without flushAtEnd: counted but not emitted yet.
      pending: { events: 1, amount: 400 },
    });
    expect(acc.microBatch).toBeUndefined();
  });

  it('accounting(events, { microBatch }) counts what the batches read, minus what they dropped', () => {
    const { batches } = runMicroBatch(events, {
      triggerInterval: MINUTE,
      window: { kind: 'tumbling', size: MINUTE },
      watermarkDelay: 0,
      outputMode: 'update',
    });
    expect(accounting(events, { microBatch: batches }).microBatch).toEqual({
      counted: { events: 3, amount: 700 },
      lost: { events: 1, amount: 800 },
      lostAs: 'dropped',
      unread: { events: 0, amount: 0 },
      pending: null,
    });
  });

  it('accounting(events, { batch }) counts missed events as lost unless a re-run read them', () => {
    const config = { period: HOUR, runDelay: s(60) };
    const late = [...events, ev(4, 'b', s(10), HOUR + s(60), 1600)];
    const { runs } = runBatch(late, config);
    expect(accounting(late, { batch: runs }).batch).toEqual({
      counted: { events: 4, amount: 1500 },
      lost: { events: 1, amount: 1600 },
      lostAs: 'missed',
      unread: { events: 0, amount: 0 },
      pending: null,
    });
    const rerun = rerunBatch(late, config, runs[0]!.period, 2 * HOUR);
    expect(accounting(late, { batch: [...runs, rerun] }).batch?.lost).toEqual({
      events: 0,
      amount: 0,
    });
  });

  it('accounting counts an event no batch read as unread', () => {
    const { batches } = runMicroBatch(events.slice(0, 2), {
      triggerInterval: MINUTE,
      window: { kind: 'tumbling', size: MINUTE },
      watermarkDelay: 0,
      outputMode: 'update',
    });
    expect(accounting(events, { microBatch: batches }).microBatch?.unread).toEqual({
      events: 2,
      amount: 1200,
    });
  });

  it('accounting rejects a lane output that names events it was not given', () => {
    const run = runStream(events, {
      window: { kind: 'tumbling', size: MINUTE },
      watermark: { kind: 'bounded', maxOutOfOrderness: 0, interval: 0 },
    });
    expect(() => accounting(events.slice(0, 3), { stream: run })).toThrow(
      'invalid stream dropped: event id 3 (not among the events given; pass the same events the pipeline ran on)',
    );
  });
});
