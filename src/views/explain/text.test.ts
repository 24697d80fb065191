import { describe, expect, it } from 'vitest';
import { time } from '../../engine';
import type { BatchFacts, MicroBatchFacts, StreamFacts } from './facts';
import { batchText, microBatchText, requestText, streamText } from './text';

const noon = 12 * time.HOUR;
const stream: StreamFacts = {
  ok: true,
  watermark: noon + 4 * time.MINUTE + 10_000,
  bound: time.MINUTE,
  lateness: 0,
  earlyEvery: 0,
  lateShare: 0.1,
  flushAtEnd: true,
  nextClose: { start: noon, end: noon + 5 * time.MINUTE },
  session: false,
  gap: 0,
  lastFired: null,
  arrived: 300,
  inResults: 250,
  dropped: 3,
  latePanes: 0,
  earlyPanes: 0,
  neverClosed: 0,
};

describe('streamText', () => {
  it('names the watermark, the next window to fire, and the drops with allowed lateness 0', () => {
    const text = streamText(stream);
    expect(text).toContain('The watermark is at about 12:04:10');
    expect(text).toContain('minus the 1 min bound');
    expect(text).toContain('12:00–12:05 and later windows have not fired yet');
    expect(text).toContain(
      '3 orders arrived after their window had fired and were dropped, because allowed lateness is 0',
    );
    expect(text).toContain('250 of 300 orders that arrived are in a reported total');
  });
  it('credits allowed lateness with late panes and uses the singular for one drop', () => {
    const text = streamText({ ...stream, lateness: 2 * time.MINUTE, dropped: 1, latePanes: 4 });
    expect(text).toContain(
      "1 order arrived after the watermark had passed its window's end plus the 2 min of allowed lateness (event time, not time since the window fired) and was dropped",
    );
    expect(text).toContain(
      '4 late panes corrected totals that had already fired, thanks to the 2 min of allowed lateness',
    );
  });
  it('explains a missing watermark, an ended source and a stuck one', () => {
    expect(streamText({ ...stream, watermark: null, arrived: 0 })).toContain('no watermark');
    expect(streamText({ ...stream, watermark: Infinity })).toContain('The source has ended');
    expect(streamText({ ...stream, neverClosed: 6 })).toContain('6 windows will never fire');
  });
  it('groups counts of a thousand and more, as every panel does ("1,174", never "1174")', () => {
    const text = streamText({ ...stream, dropped: 1174, inResults: 1174, arrived: 2500 });
    expect(text).toContain('1,174 orders arrived after');
    expect(text).toContain('1,174 of 2,500 orders that arrived');
    expect(text).not.toMatch(/\d{4}/);
  });
  it('says "no watermark yet" for a watermark at or before 00:00, never "00:00"', () => {
    for (const watermark of [0, -1, -Infinity]) {
      const text = streamText({ ...stream, watermark, arrived: 3 });
      expect(text).toContain('There is no watermark yet');
      expect(text).not.toContain('00:00');
    }
  });
  it('speaks of sessions and early panes when they apply', () => {
    const text = streamText({
      ...stream,
      session: true,
      gap: 2 * time.MINUTE,
      nextClose: null,
      earlyEvery: 30_000,
      earlyPanes: 5,
    });
    expect(text).toContain('plus the 2 min gap');
    expect(text).toContain('Early results every 30 s');
  });
  it("passes on the engine's reason when the lane cannot run", () => {
    expect(streamText({ ok: false, error: 'invalid x' })).toBe(
      "The stream can't run these settings: invalid x",
    );
  });
});

const micro: MicroBatchFacts = {
  ok: true,
  interval: time.MINUTE,
  delay: time.MINUTE,
  mode: 'update',
  lateRowFilter: 'current',
  last: {
    start: noon + 5 * time.MINUTE,
    end: noon + 6 * time.MINUTE,
    emittedAt: noon + 6 * time.MINUTE,
    watermark: noon + 3 * time.MINUTE + 40_000,
    inputs: 61,
  },
  next: noon + 7 * time.MINUTE,
  arrived: 380,
  read: 360,
  dropped: 2,
};

describe('microBatchText', () => {
  it('describes the last batch, its watermark, the next trigger and the drops', () => {
    const text = microBatchText(micro);
    expect(text).toContain('arrived 12:05–12:06 (61 orders)');
    expect(text).toContain('It used the watermark 12:03:40');
    expect(text).toContain('Next results at 12:07');
    expect(text).toContain('In update mode');
    expect(text).toContain(
      '2 orders arrived after the watermark had passed every window they belonged to',
    );
    expect(text).toContain('20 orders arrived since and wait for the next batch');
  });
  it('explains the first batch without a watermark and the Spark 3.4 late-row filter', () => {
    const text = microBatchText({
      ...micro,
      last: { ...micro.last!, watermark: 0 },
      lateRowFilter: 'previous',
    });
    expect(text).toContain('It had no watermark yet');
    expect(text).toContain("previous batch's watermark (Spark ≥ 3.4)");
  });
  it('before any batch says when the first results come', () => {
    expect(microBatchText({ ...micro, last: null, read: 0, dropped: 0 })).toContain(
      'the first results come at 12:07',
    );
  });
});

const batch: BatchFacts = {
  ok: true,
  schedule: 'nightly',
  runDelay: time.HOUR,
  pending: {
    period: { start: 0, end: 24 * time.HOUR },
    startedAt: 25 * time.HOUR,
    emittedAt: 25 * time.HOUR + 20 * time.MINUTE,
    running: false,
  },
  done: null,
  rerunAt: null,
  arrived: 100,
};

describe('batchText', () => {
  it('before the job: when it starts and why the lane is empty', () => {
    const text = batchText(batch);
    expect(text).toContain(
      'The first job, for 00:00–+1d 00:00, starts at +1d 01:00, 1 h after the day ends',
    );
    expect(text).toContain('Until then this lane shows nothing');
  });
  it('after the job: what it counted and what it missed until the re-run', () => {
    const text = batchText({
      ...batch,
      pending: null,
      done: {
        period: { start: 0, end: 24 * time.HOUR },
        emittedAt: 25 * time.HOUR + 20 * time.MINUTE,
        read: 1700,
        missed: 12,
      },
      rerunAt: 49 * time.HOUR,
    });
    expect(text).toContain('finished at +1d 01:20 and counted 1,700 orders');
    expect(text).toContain(
      '12 orders of that period arrived after it had started, so they are missing until the next run re-processes the period at +2d 01:00',
    );
  });
  it('while the job runs it says it reads only what had arrived', () => {
    expect(batchText({ ...batch, pending: { ...batch.pending!, running: true } })).toContain(
      'is running since +1d 01:00',
    );
  });
});

describe('requestText', () => {
  it('is exact for arrived orders, names those in flight and the growing cost', () => {
    const text = requestText({ arrived: 1000, inFlight: 7, costMs: 2.5 });
    expect(text).toContain('exact for the 1,000 orders that have arrived');
    expect(text).toContain('7 orders already placed are still on the way');
    expect(text).toContain('about 2.5 ms now');
  });
});

describe('requestText before any order', () => {
  it('says nothing has arrived rather than "exact for 0 orders"', () => {
    expect(requestText({ arrived: 0, inFlight: 0, costMs: 2 })).toMatch(
      /^No order has arrived yet/,
    );
  });
});
