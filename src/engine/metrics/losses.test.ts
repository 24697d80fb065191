// lossTimes/lostBy: the instant each lane loses each lost order, so "dropped so far" is one count
// that the lanes, the results, the explanations and the tables share.
import { describe, expect, it } from 'vitest';
import { HOUR, MINUTE, SECOND } from '../core/time';
import { runStream } from '../pipelines/stream';
import { runMicroBatch } from '../pipelines/microbatch';
import { rerunBatch, runBatch } from '../pipelines/batch';
import { order as ev } from '../testing/orders';
import { accounting } from './accounting';
import { lossTimes, lostBy } from './losses';

const s = (x: number) => x * SECOND;
const events = [
  ev(0, 'a', s(1), s(1)),
  ev(1, 'a', s(30), s(31)),
  ev(2, 'b', s(61), s(61.5)),
  ev(3, 'a', s(2), s(130)), // late for the stream and the micro-batch
  ev(4, 'b', s(3), s(200)), // late too
];

describe('lossTimes / lostBy', () => {
  it('lostBy(lossTimes({ stream }), t) counts a stream drop from its arrival on', () => {
    const stream = runStream(events, {
      window: { kind: 'tumbling', size: MINUTE },
      watermark: { kind: 'bounded', maxOutOfOrderness: 0, interval: 0 },
    });
    expect(stream.dropped.map((e) => e.id)).toEqual([3, 4]);
    const times = lossTimes({ stream });
    expect(lostBy(times, s(129)).streamDropped).toBe(0);
    expect(lostBy(times, s(130)).streamDropped).toBe(1);
    expect(lostBy(times, s(199)).streamDropped).toBe(1);
    expect(lostBy(times, s(200)).streamDropped).toBe(2);
    // By the end it is the run's whole account.
    expect(lostBy(times, Infinity).streamDropped).toBe(
      accounting(events, { stream }).stream!.lost.events,
    );
  });

  it('lostBy(lossTimes({ microBatch }), t) counts a drop when the batch that read it writes', () => {
    const { batches } = runMicroBatch(events, {
      triggerInterval: MINUTE,
      window: { kind: 'tumbling', size: MINUTE },
      watermarkDelay: 0,
      outputMode: 'append',
      batchDuration: s(5),
    });
    const dropping = batches.filter((b) => b.dropped.length > 0);
    expect(dropping.length).toBeGreaterThan(0);
    const times = lossTimes({ microBatch: batches });
    for (const b of dropping) {
      const before = lostBy(times, b.emittedAt - 1).microDropped;
      expect(lostBy(times, b.emittedAt).microDropped).toBe(before + b.dropped.length);
      // Not at the order's arrival: the batch had not run yet.
      for (const e of b.dropped)
        expect(lostBy(times, e.arrivalTime).microDropped).toBeLessThan(before + b.dropped.length);
    }
    expect(lostBy(times, Infinity).microDropped).toBe(
      accounting(events, { microBatch: batches }).microBatch!.lost.events,
    );
  });

  it('lostBy(lossTimes({ batch }), t) counts a miss at its arrival and its pickup when the re-run writes', () => {
    // The job for [0, 1 min) starts at 2:40 and has read order 3 (2:10), not order 4 (3:20).
    const config = { period: MINUTE, runDelay: s(100), duration: s(10) };
    const { runs } = runBatch(events, config);
    const reruns = [rerunBatch(events, config, runs[0]!.period, HOUR)];
    const missed = runs.flatMap((r) => r.missed);
    expect(missed.map((e) => e.id)).toEqual([4]);
    const times = lossTimes({ batch: { runs, reruns } });
    expect(lostBy(times, s(199))).toMatchObject({ batchMissed: 0, batchRecovered: 0 });
    expect(lostBy(times, s(200))).toMatchObject({ batchMissed: 1, batchRecovered: 0 });
    const rerun = reruns[0]!;
    expect(lostBy(times, rerun.emittedAt - 1).batchRecovered).toBe(0);
    expect(lostBy(times, rerun.emittedAt)).toMatchObject({ batchMissed: 1, batchRecovered: 1 });
  });

  it('lossTimes({}) times nothing', () => {
    expect(lostBy(lossTimes({}), Infinity)).toEqual({
      streamDropped: 0,
      microDropped: 0,
      batchMissed: 0,
      batchRecovered: 0,
    });
  });
});
