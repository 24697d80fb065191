// indexRun against the run it indexes: each lookup equals a linear scan of the run's own arrays
// at random playheads, and a run is indexed once.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MINUTE } from '../core/time';
import { indexRun } from './indexRun';
import { runLab } from './run';

const run = runLab({ stream: { earlyEvery: 0 } });
const ix = indexRun(run);
const stream = run.stream.ok ? run.stream.value : null;

/** Every moment a lane emits, and every nightly job's start (not its re-runs). */
const firings = [
  ...Object.values(run.lanes).flatMap((l) => l.emissions.map((e) => e.emittedAt)),
  ...(run.batch.ok ? run.batch.value.runs.map((r) => r.startedAt) : []),
].sort((a, b) => a - b);

const { from, to } = run.timeline;
// Playheads anywhere on the timeline and a little beyond, and exactly on arrivals and firings.
const playhead = fc.oneof(
  fc.double({ min: from - MINUTE, max: to + MINUTE, noNaN: true }),
  fc.constantFrom(...run.events.slice(0, 50).map((e) => e.arrivalTime), ...firings.slice(0, 50)),
);

describe('indexRun(run)', () => {
  it('holds the run arrivals, event times, firings, watermarks and instants, ascending', () => {
    expect([...ix.arrivals]).toEqual(run.events.map((e) => e.arrivalTime));
    expect([...ix.eventTimes]).toEqual(run.events.map((e) => e.eventTime).sort((a, b) => a - b));
    expect([...ix.firings]).toEqual(firings);
    expect([...ix.watermarks.at]).toEqual(stream!.watermarks.map((w) => w.at));
    expect([...ix.watermarks.value]).toEqual(stream!.watermarks.map((w) => w.value));
    expect(ix.instants).toBe(run.timeline.instants);
    expect(ix.lastArrival).toBe(Math.max(...run.events.map((e) => e.arrivalTime)));
  });

  it('indexRun(run) is built once per run object', () => {
    expect(indexRun(run)).toBe(ix);
    expect(indexRun(run).arrivals).toBe(ix.arrivals);
  });

  it('a run on the same orders shares their arrivals; a run with another stream, not its marks', () => {
    const next = runLab({ stream: { earlyEvery: 0, allowedLateness: 5 * MINUTE } }, run);
    expect(next.events).toBe(run.events);
    expect(indexRun(next)).not.toBe(ix);
    expect(indexRun(next).arrivals).toBe(ix.arrivals);
  });

  it('gives an empty watermark (-Infinity) when the stream lane could not run', () => {
    // The Kafka Streams flavour refuses session windows (see run.partitions.test.ts).
    const failed = runLab({
      window: { kind: 'session', gap: MINUTE },
      stream: { flavour: 'kafka-streams' },
    });
    expect(failed.stream.ok).toBe(false);
    expect(indexRun(failed).watermarks.at.length).toBe(0);
    expect(indexRun(failed).watermarkAt(to)).toBe(-Infinity);
  });

  it('arrivedBy, happenedBy and firedBy at any playhead equal counting by a linear scan', () => {
    fc.assert(
      fc.property(playhead, (t) => {
        expect(ix.arrivedBy(t)).toBe(run.events.filter((e) => e.arrivalTime <= t).length);
        expect(ix.happenedBy(t)).toBe(run.events.filter((e) => e.eventTime <= t).length);
        expect(ix.firedBy(t)).toBe(firings.filter((f) => f <= t).length);
      }),
      { numRuns: 200 },
    );
  });

  it('watermarkAt(t) is the value of the last watermark move at or before t (-Infinity before)', () => {
    fc.assert(
      fc.property(playhead, (t) => {
        const last = stream!.watermarks.findLast((w) => w.at <= t);
        expect(ix.watermarkAt(t)).toBe(last?.value ?? -Infinity);
      }),
      { numRuns: 200 },
    );
  });

  it('instantAt, next and previous arrival and firing equal a linear scan', () => {
    const instants = [...run.timeline.instants];
    const arrivals = run.events.map((e) => e.arrivalTime);
    fc.assert(
      fc.property(playhead, (t) => {
        expect(ix.instantAt(t)).toBe(instants.findLast((x) => x <= t) ?? -Infinity);
        expect(ix.nextArrival(t)).toBe(arrivals.find((x) => x > t) ?? null);
        expect(ix.previousArrival(t)).toBe(arrivals.findLast((x) => x < t) ?? null);
        expect(ix.nextFiring(t)).toBe(firings.find((x) => x > t) ?? null);
        expect(ix.previousFiring(t)).toBe(firings.findLast((x) => x < t) ?? null);
      }),
      { numRuns: 200 },
    );
  });
});
